import { describe, expect, it } from "vitest";
import { explain, findRegionByName, isMicroEnterprise, membersAsOf, regionAsOf } from "../../src/index.js";
import { regions } from "../../src/data/index.js";

// Functions whose argument is a record give a typed VALIDATION error, naming the argument, when handed
// something else — never a TypeError from deep inside.
describe("arguments of the wrong shape are refused with VALIDATION, never a TypeError", () => {
  it.each([
    ["isMicroEnterprise(null)", () => isMicroEnterprise(null as never, { asOf: "2025-01-01" }), ["input"], "input: expected an object { ksic, regularWorkers, smeSize? }, received null"],
    ["regionAsOf(null)", () => regionAsOf(null as never, "2024-01-01"), ["region"], "region: expected a Region record, received null"],
    ["findRegionByName(regions, 42)", () => findRegionByName(regions, 42 as never, "2024-01-01"), ["name"], "name: expected a region name (string), received 42"],
    ["membersAsOf(undefined)", () => membersAsOf(undefined as never, "2024-01-01"), ["association"], "association: expected an Association record, received undefined"],
    ["explain(null)", () => explain(null as never), ["result"], "result: expected an EligibilityResult from evaluate, received null"],
    ["explain({})", () => explain({} as never), ["result", "trace"], "result.trace: expected the trace of an EligibilityResult, received undefined"],
  ])("%s", (_name, call, path, message) => {
    expect(call).toThrowError(expect.objectContaining({ code: "VALIDATION", path, message }));
  });
});
