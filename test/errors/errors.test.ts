import { describe, expect, it } from "vitest";
import { z } from "zod";
import { CurrencyMismatchError, InvalidRuleError, MissingRateError, TechnoparkError, ValidationError, isTechnoparkError } from "../../src/index.js";
import { fromZodError, parseWith } from "../../src/schemas/index.js";

describe("TechnoparkError family", () => {
  it.each([
    [new ValidationError("v"), "VALIDATION", "ValidationError"],
    [new CurrencyMismatchError("c"), "CURRENCY_MISMATCH", "CurrencyMismatchError"],
    [new MissingRateError("m"), "MISSING_RATE", "MissingRateError"],
    [new InvalidRuleError("r", { path: ["all", 0] }), "INVALID_RULE", "InvalidRuleError"],
  ])("%s carries code %s and name %s", (error, code, name) => {
    expect(error.code).toBe(code);
    expect(error.name).toBe(name);
    expect(error).toBeInstanceOf(TechnoparkError);
    expect(error).toBeInstanceOf(Error);
    expect(isTechnoparkError(error)).toBe(true);
    expect(isTechnoparkError(error, code as TechnoparkError["code"])).toBe(true);
  });

  it("keeps the path and issues; defaults the path to empty and the issues to one issue made of the path and message", () => {
    const error = new InvalidRuleError("bad", { path: ["all", 0, "op"], issues: [{ path: ["op"], message: "x" }] });
    expect(error.path).toEqual(["all", 0, "op"]);
    expect(error.issues).toHaveLength(1);
    expect(new ValidationError("x").path).toEqual([]);
    expect(new ValidationError("x").issues).toEqual([{ path: [], message: "x" }]);
    expect(new ValidationError("header: column 2 has no name", { path: ["header"] }).issues).toEqual([{ path: ["header"], message: "header: column 2 has no name" }]);
  });

  it("isTechnoparkError rejects foreign errors, plain objects that only look alike, and a wrong code", () => {
    expect(isTechnoparkError(new Error("x"))).toBe(false);
    expect(isTechnoparkError({ code: "VALIDATION", message: "x" })).toBe(false);
    expect(isTechnoparkError(null)).toBe(false);
    expect(isTechnoparkError("VALIDATION")).toBe(false);
    expect(isTechnoparkError(new ValidationError("x"), "INVALID_RULE")).toBe(false);
  });

  it("recognises the brand from another copy of the class (Symbol.for)", () => {
    const foreign = Object.assign(new Error("other copy"), { code: "MISSING_RATE" });
    Object.defineProperty(foreign, Symbol.for("technopark.error"), { value: true });
    expect(isTechnoparkError(foreign, "MISSING_RATE")).toBe(true);
  });
});

describe("fromZodError / parseWith", () => {
  const Person = z.object({ name: z.string(), age: z.number().int().nonnegative(), tags: z.array(z.enum(["a", "b"])) });

  it("lists every issue with its path, expectation and received value", () => {
    const result = Person.safeParse({ name: 7, age: -1, tags: ["a", "c"] }, { reportInput: true });
    expect(result.success).toBe(false);
    const error = fromZodError(result.error!, "Person");
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toMatch(/^Invalid Person: /);
    expect(error.message).toContain("name: Invalid input: expected string, received number");
    expect(error.message).toContain("age: ");
    expect(error.message).toContain("tags[1]: ");
    expect(error.issues.map((issue) => issue.path)).toEqual([["name"], ["age"], ["tags", 1]]);
    expect(error.issues[0]).toMatchObject({ expected: "string", received: "7" });
    expect(error.issues[1]).toMatchObject({ expected: "number >= 0", received: "-1" });
    expect(error.issues[2]).toMatchObject({ expected: 'one of "a", "b"', received: '"c"' });
    expect(error.path).toEqual(["name"]);
    expect(error.cause).toBe(result.error);
  });

  it("parseWith returns a new object and never mutates its input", () => {
    const input = Object.freeze({ name: "김", age: 3, tags: Object.freeze(["a"]), extra: true });
    const parsed = parseWith(Person, input, "Person");
    expect(parsed).toEqual({ name: "김", age: 3, tags: ["a"] });
    expect(parsed).not.toBe(input);
  });

  it("parseWith throws a VALIDATION error that names the path", () => {
    expect(() => parseWith(Person, { name: "x", age: 1.5, tags: [] }, "Person")).toThrowError(/Invalid Person: age: .*expected int/);
  });

  it("caps the message at twenty issues and says how many more there are", () => {
    const result = z.array(z.string()).safeParse(Array.from({ length: 25 }, (_, i) => i), { reportInput: true });
    const error = fromZodError(result.error!);
    expect(error.issues).toHaveLength(25);
    expect(error.message).toContain("… and 5 more issues");
    expect(error.message).toMatch(/^Invalid input: /);
  });
});
