// Reading a fact path (src/rules/fact-path.ts): own properties only where Object.prototype could answer, inherited
// ones of the caller's own prototypes allowed, functions and non-objects read as missing.
import { afterEach, describe, expect, it } from "vitest";
import { compileRule, evaluate, type Rule } from "../../src/index.js";
import { isPresent, prototypeGuards, prototypeIsPolluted, readPath, splitFactPath } from "../../src/rules/fact-path.js";

describe("readPath", () => {
  it("walks nested objects and arrays", () => {
    expect(readPath({ a: { b: [10, 20] } }, ["a", "b", "1"])).toBe(20);
    expect(readPath({ a: { b: 0 } }, ["a", "b"], [false, false])).toBe(0);
    expect(readPath({ a: null }, ["a"])).toBe(null);
  });

  it("reads through a primitive, null or a missing key as undefined", () => {
    expect(readPath({ a: 5 }, ["a", "b"])).toBeUndefined();
    expect(readPath({ a: "text" }, ["a", "length"])).toBeUndefined();
    expect(readPath({ a: null }, ["a", "b"])).toBeUndefined();
    expect(readPath(null, ["a"])).toBeUndefined();
    expect(readPath({}, ["a"])).toBeUndefined();
  });

  it("reads a function as undefined", () => {
    expect(readPath({ a: () => 1 }, ["a"])).toBeUndefined();
    expect(readPath({ a: { b: () => 1 } }, ["a", "b"], [false, false])).toBeUndefined();
  });

  it("checks own properties where the guard is set, or everywhere without guards", () => {
    const inherited = Object.create({ x: 1 }) as object;
    expect(readPath(inherited, ["x"], [false])).toBe(1);
    expect(readPath(inherited, ["x"], [true])).toBeUndefined();
    expect(readPath(inherited, ["x"])).toBeUndefined();
    expect(readPath({}, ["toString"], [true])).toBeUndefined();
    expect(readPath({ toString: "own" }, ["toString"], [true])).toBe("own");
    expect(readPath({ a: inherited }, ["a", "x"], [true, false])).toBe(1);
    expect(readPath({ a: inherited }, ["a", "x"], [false, true])).toBeUndefined();
  });
});

describe("prototypeGuards, splitFactPath, isPresent", () => {
  it("guards exactly the segments Object.prototype has", () => {
    expect(prototypeGuards(["company", "toString", "constructor", "valueOf", "x"])).toEqual([false, true, true, true, false]);
  });

  it("splits a dotted path into its segments", () => {
    expect(splitFactPath("company.location.regionCode")).toEqual(["company", "location", "regionCode"]);
    expect(splitFactPath("a.0.b")).toEqual(["a", "0", "b"]);
  });

  it("counts null and undefined as missing, every other value as present", () => {
    expect([undefined, null, 0, "", false, Number.NaN].map(isPresent)).toEqual([false, false, true, true, true, true]);
  });
});

describe("prototypeIsPolluted", () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>)["pollutedForTest"];
  });

  it("is false on a clean Object.prototype and true once an enumerable key is added to it", () => {
    expect(prototypeIsPolluted()).toBe(false);
    (Object.prototype as Record<string, unknown>)["pollutedForTest"] = 1;
    expect(prototypeIsPolluted()).toBe(true);
  });

  it("makes evaluate and compileRule ignore an inherited fact on a polluted prototype", () => {
    const rule: Rule = { fact: "company.regularWorkers", op: "gte", value: 1 };
    (Object.prototype as Record<string, unknown>)["regularWorkers"] = 5;
    try {
      expect(evaluate(rule, { company: {} }).outcome).toBe("undetermined");
      expect(compileRule(rule)({ company: {} })).toBe("undetermined");
      expect(evaluate(rule, { company: { regularWorkers: 5 } }).outcome).toBe("eligible");
    } finally {
      delete (Object.prototype as Record<string, unknown>)["regularWorkers"];
    }
  });
});
