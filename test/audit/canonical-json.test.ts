import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson, isTechnoparkError } from "../../src/index.js";

/** An IEEE 754 double from its 16 hex digits (how RFC 8785 Appendix B writes its number vectors). */
function double(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

function thrown(body: () => unknown): { code: unknown; message: string } {
  try {
    body();
  } catch (error) {
    expect(isTechnoparkError(error)).toBe(true);
    return { code: (error as { code: unknown }).code, message: (error as Error).message };
  }
  throw new Error("expected an error");
}

describe("canonicalJson: RFC 8785 (JCS)", () => {
  // RFC 8785 Appendix B: IEEE 754 value → ECMAScript serialisation.
  it.each([
    ["0000000000000000", "0"],
    ["8000000000000000", "0"],
    ["0000000000000001", "5e-324"],
    ["8000000000000001", "-5e-324"],
    ["7fefffffffffffff", "1.7976931348623157e+308"],
    ["ffefffffffffffff", "-1.7976931348623157e+308"],
    ["4340000000000000", "9007199254740992"],
    ["c340000000000000", "-9007199254740992"],
    ["4430000000000000", "295147905179352830000"],
    ["44b52d02c7e14af5", "9.999999999999997e+22"],
    ["44b52d02c7e14af6", "1e+23"],
    ["44b52d02c7e14af7", "1.0000000000000001e+23"],
    ["444b1ae4d6e2ef4e", "999999999999999700000"],
    ["444b1ae4d6e2ef4f", "999999999999999900000"],
    ["444b1ae4d6e2ef50", "1e+21"],
    ["3eb0c6f7a0b5ed8c", "9.999999999999997e-7"],
    ["3eb0c6f7a0b5ed8d", "0.000001"],
    ["41b3de4355555553", "333333333.3333332"],
    ["41b3de4355555554", "333333333.33333325"],
    ["41b3de4355555555", "333333333.3333333"],
    ["41b3de4355555556", "333333333.3333334"],
    ["41b3de4355555557", "333333333.33333343"],
    ["becbf647612f3696", "-0.0000033333333333333333"],
    ["43143ff3c1cb0959", "1424953923781206.2"],
    ["4340000000000001", "9007199254740994"],
  ])("number %s → %s (Appendix B)", (hex, expected) => {
    expect(canonicalJson(double(hex))).toBe(expected);
  });

  it("refuses the Appendix B values that are not JSON numbers (NaN, Infinity)", () => {
    expect(thrown(() => canonicalJson([double("7fffffffffffffff")]))).toEqual({ code: "VALIDATION", message: "[0]: expected a finite number (JSON has no NaN or Infinity), received NaN" });
    expect(thrown(() => canonicalJson({ a: double("7ff0000000000000") })).message).toBe("a: expected a finite number (JSON has no NaN or Infinity), received Infinity");
  });

  // The test data of the JCS reference implementation (github.com/cyberphone/json-canonicalization, testdata/), Apache-2.0.
  it.each([
    [
      "values",
      '{\n  "numbers": [1E30, 4.50, 333333333.33333329, 2e-3, 0.000000000000000000000000001],\n  "escaping": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",\n  "literals": [null, true, false]\n}',
      '{"escaping":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/","literals":[null,true,false],"numbers":[1e+30,4.5,333333333.3333333,0.002,1e-27]}',
    ],
    [
      "weird",
      '{\n  "\\u20ac": "Euro Sign",\n  "1": "One",\n  "\\u0080": "Control\\u007f",\n  "\\ud83d\\ude02": "Smiley",\n  "\\u00f6": "Latin Small Letter O With Diaeresis",\n  "\\ufb33": "Hebrew Letter Dalet With Dagesh",\n  "</script>": "Browser Challenge"\n}\n',
      '{"1":"One","</script>":"Browser Challenge","\u0080":"Control\u007f","ö":"Latin Small Letter O With Diaeresis","€":"Euro Sign","😂":"Smiley","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    ],
    ["unicode (not normalised)", '{\n  "Unnormalized Unicode":"\\u1e0d\\u0307"\n}\n', '{"Unnormalized Unicode":"\u1e0d\u0307"}'],
    [
      "structures",
      '{\n  "1": {"f": {"f": "hi","F": 5} ,"\\n": 56.0},\n  "10": { },\n  "": "empty",\n  "a": { },\n  "111": [ { } ],\n  "A": { }\n}',
      '{"":"empty","1":{"\\n":56,"f":{"F":5,"f":"hi"}},"10":{},"111":[{}],"A":{},"a":{}}',
    ],
    [
      "french (locale ignored)",
      '{\n  "peach": "This sorting order",\n  "péché": "is wrong according to French",\n  "pêche": "but canonicalization MUST",\n  "sin":   "ingnore locale"\n}\n',
      '{"peach":"This sorting order","péché":"is wrong according to French","pêche":"but canonicalization MUST","sin":"ingnore locale"}',
    ],
  ])("reference test data: %s", (_name, input, output) => {
    expect(canonicalJson(JSON.parse(input))).toBe(output);
  });

  it("sorts keys by UTF-16 code units, not code points or locale (RFC 8785 §3.2.3), integer-like keys as strings", () => {
    // U+FB33 sorts after the surrogate pair of U+1F600 by code units (0xFB33 > 0xD83D), before it by code points.
    expect(canonicalJson({ "\ufb33": 1, "\u{1F600}": 2, "9": 3, "10": 4, b: 5, B: 6 })).toBe('{"10":4,"9":3,"B":6,"b":5,"😀":2,"\ufb33":1}');
  });

  it("escapes only what JSON must: quotes, backslash, control characters (lowercase hex), nothing else", () => {
    expect(canonicalJson("\u0000\u0008\u0009\u000a\u000c\u000d\u001f\"\\/\u007f\u2028é")).toBe('"\\u0000\\b\\t\\n\\f\\r\\u001f\\"\\\\/\u007f\u2028é"');
  });

  it("leaves out object properties whose value is undefined, as JSON.stringify does", () => {
    expect(canonicalJson({ b: undefined, a: 1 })).toBe('{"a":1}');
    expect(canonicalJson(Object.assign(Object.create(null) as object, { z: [], y: {} }))).toBe('{"y":{},"z":[]}');
  });

  it("refuses what is not JSON with VALIDATION naming the path", () => {
    expect(thrown(() => canonicalJson({ a: [1, { b: 10n }] }))).toEqual({ code: "VALIDATION", message: "a[1].b: expected a JSON value (null, boolean, number, string, array or plain object), received 10n" });
    expect(thrown(() => canonicalJson({ at: new Date("2025-09-01T00:00:00Z") })).message).toBe("at: expected a plain object or an array, received Date 2025-09-01T00:00:00.000Z");
    expect(thrown(() => canonicalJson(new Map())).message).toBe("(root): expected a plain object or an array, received an object");
    expect(thrown(() => canonicalJson([undefined])).message).toBe("[0]: expected a JSON value (arrays cannot hold undefined), received undefined");
    // eslint-disable-next-line no-sparse-arrays
    expect(thrown(() => canonicalJson([1, , 3])).message).toBe("[1]: expected a JSON value (arrays cannot hold undefined), received undefined");
    expect(thrown(() => canonicalJson(undefined)).message).toBe("(root): expected a JSON value (null, boolean, number, string, array or plain object), received undefined");
    expect(thrown(() => canonicalJson({ f: () => 1 })).message).toBe("f: expected a JSON value (null, boolean, number, string, array or plain object), received a function");
    expect(thrown(() => canonicalJson({ s: Symbol("x") })).message).toBe("s: expected a JSON value (null, boolean, number, string, array or plain object), received a symbol");
    const cycle: Record<string, unknown> = { a: 1 };
    cycle["self"] = { again: cycle };
    expect(thrown(() => canonicalJson(cycle)).message).toBe("self.again: expected a JSON value without cycles, received an object");
    expect(thrown(() => canonicalJson({ label: "\ud800x" })).message).toBe('label: expected a string of Unicode characters (RFC 8785 refuses lone surrogates), received "\\ud800x"');
    expect(thrown(() => canonicalJson({ ["\udc00"]: 1 })).code).toBe("VALIDATION");
  });

  it("accepts a shared (non-cyclic) sub-object twice", () => {
    const shared = { x: 1 };
    expect(canonicalJson([shared, { s: shared }])).toBe('[{"x":1},{"s":{"x":1}}]');
  });

  it("property: parses back to an equal value, is a fixed point, and equals JSON.stringify on key-sorted input", () => {
    const sortDeep = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(sortDeep);
      if (typeof value === "object" && value !== null) {
        const out = new Map<string, unknown>();
        for (const key of Object.keys(value).sort()) out.set(key, sortDeep((value as Record<string, unknown>)[key]));
        return out;
      }
      return value;
    };
    // a canonical form written by hand from the sorted tree (a second implementation)
    const write = (value: unknown): string =>
      value instanceof Map ? `{${[...value].map(([k, v]) => `${JSON.stringify(k)}:${write(v)}`).join(",")}}` : Array.isArray(value) ? `[${value.map(write).join(",")}]` : JSON.stringify(value);
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        expect(text).toBe(write(sortDeep(value)));
      }),
      { numRuns: 300 },
    );
  });
});
