// Group traces (src/eligibility/evaluate.ts): an any node is named "any", and a group is decisive only when it decided.
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/index.js";

describe("group traces", () => {
  it("name any groups and mark a group decisive only when it decided", () => {
    const result = evaluate(
      { any: [{ fact: "a", op: "eq", value: 1 }, { all: [{ fact: "b", op: "eq", value: 1 }] }] },
      { a: 1, b: 2 },
    );
    expect(result.trace.kind).toBe("any");
    const children = (result.trace as unknown as { children: { kind: string; decisive: boolean }[] }).children;
    expect(children.map((child) => [child.kind, child.decisive])).toEqual([
      ["condition", true],
      ["all", false],
    ]);
  });
});
