import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { Progress } from "../../src/cli/progress.js";

function stream(isTTY: boolean): { stream: PassThrough & { isTTY: boolean }; text: () => string } {
  const s = Object.assign(new PassThrough(), { isTTY });
  let text = "";
  s.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
  return { stream: s, text: () => text };
}

describe("progress indicator", () => {
  it("stays silent up to 10,000 records, then reports every 10,000 on a terminal, and clears its line", async () => {
    const { stream: s, text } = stream(true);
    const progress = new Progress(s, "en");
    for (let i = 1; i <= 30_000; i++) progress.tick(i);
    progress.done();
    await new Promise((resolve) => setImmediate(resolve));
    expect(text()).toBe("\r20,000 records…\r30,000 records…\r\u001b[K");
  });

  it("never writes when stderr is not a terminal (pipes and CI logs stay clean)", async () => {
    const { stream: s, text } = stream(false);
    const progress = new Progress(s, "ko");
    for (let i = 1; i <= 50_000; i++) progress.tick(i);
    progress.done();
    await new Promise((resolve) => setImmediate(resolve));
    expect(text()).toBe("");
  });

  it("writes nothing to clear when it never showed", async () => {
    const { stream: s, text } = stream(true);
    const progress = new Progress(s, "ko");
    for (let i = 1; i <= 10_000; i++) progress.tick(i);
    progress.done();
    await new Promise((resolve) => setImmediate(resolve));
    expect(text()).toBe("");
  });
});
