// The operator table's SQL and words (src/rules/operators.ts, src/rules/sql-target.ts), pinned with a fake SQL
// target so the rules core's own tests check them (test/sql checks them against real engines).
import { describe, expect, it } from "vitest";
import { operatorTable, type Operator } from "../../src/index.js";
import { sqlCompare, sqlMembers, type SqlKind, type SqlTarget } from "../../src/rules/sql-target.js";

/** A target of one kind that fits keys of one JavaScript type (or Money-like keys), numbering its parameters. */
function target(kind: SqlKind, fits: (key: unknown) => boolean): SqlTarget & { params: unknown[] } {
  const params: unknown[] = [];
  return {
    kind,
    params,
    fits,
    param: (key) => {
      params.push(key);
      return `$${params.length}`;
    },
    contains: (fact, key) => `contains(${fact}, ${String(key)})`,
    startsWith: (fact, key) => `starts_with(${fact}, ${String(key)})`,
    listHas: (fact, key) => `list_has(${fact}, ${String(key)})`,
  };
}
const numbers = () => target("number", (key) => typeof key === "number");
const strings = () => target("string", (key) => typeof key === "string");
const lists = () => target("list", (key) => typeof key === "string");
const sql = (op: Operator, keys: unknown, to: SqlTarget) => operatorTable[op].sql("f", keys, to);

describe("sqlCompare and sqlMembers", () => {
  it("compares a key that fits and gives the constant for one that does not", () => {
    const to = numbers();
    expect(sqlCompare("f", ">=", 30, to, "FALSE")).toBe("f >= $1");
    expect(sqlCompare("f", "<>", "30", to, "TRUE")).toBe("TRUE");
    expect(to.params).toEqual([30]);
  });

  it("lists each fitting key once, by type and value, and nothing when none fits", () => {
    const to = target("number", (key) => typeof key !== "boolean");
    expect(sqlMembers([1, 2, 1, "1", true, 2, null, null], to)).toBe("$1, $2, $3, $4");
    expect(to.params).toEqual([1, 2, "1", null]);
    expect(sqlMembers([true, false], to)).toBeUndefined();
  });

  it("lists money keys once per amount in minor units", () => {
    const to = target("money", (key) => typeof key === "object");
    const money = (units: number | bigint) => ({ units, currency: "KRW" });
    expect(sqlMembers([money(5), money(5n), money(6), null], to)).toBe("$1, $2, $3");
    expect(to.params).toEqual([money(5), money(6), null]);
  });
});

describe("each operator's SQL", () => {
  it("renders comparisons with parameters, or the constant a key that cannot match gives", () => {
    const cases: [Operator, unknown, string, string][] = [
      ["eq", 5, "f = $1", "FALSE"],
      ["ne", 5, "f <> $1", "TRUE"],
      ["lt", 5, "f < $1", "FALSE"],
      ["lte", 5, "f <= $1", "FALSE"],
      ["gt", 5, "f > $1", "FALSE"],
      ["gte", 5, "f >= $1", "FALSE"],
    ];
    for (const [op, key, fitting, constant] of cases) {
      expect(sql(op, key, numbers()), op).toBe(fitting);
      expect(sql(op, String(key), numbers()), op).toBe(constant);
    }
  });

  it("renders in / notIn as IN lists, and FALSE / TRUE when no key fits", () => {
    expect(sql("in", [1, 2], numbers())).toBe("f IN ($1, $2)");
    expect(sql("notIn", [1, 2], numbers())).toBe("f NOT IN ($1, $2)");
    expect(sql("in", ["1"], numbers())).toBe("FALSE");
    expect(sql("notIn", ["1"], numbers())).toBe("TRUE");
  });

  it("renders contains for lists and strings, and FALSE otherwise", () => {
    expect(sql("contains", "a", lists())).toBe("list_has(f, a)");
    expect(sql("contains", "a", strings())).toBe("contains(f, a)");
    expect(sql("contains", 5, strings())).toBe("FALSE");
    expect(sql("contains", 5, numbers())).toBe("FALSE");
  });

  it("renders startsWith for strings only", () => {
    expect(sql("startsWith", "C", strings())).toBe("starts_with(f, C)");
    expect(sql("startsWith", 5, strings())).toBe("FALSE");
    expect(sql("startsWith", "C", target("number", () => true))).toBe("FALSE");
  });

  it("renders between with both bounds inclusive, and FALSE when either bound does not fit", () => {
    expect(sql("between", [1, 9], numbers())).toBe("(f >= $1 AND f <= $2)");
    expect(sql("between", ["1", 9], numbers())).toBe("FALSE");
    expect(sql("between", [1, "9"], numbers())).toBe("FALSE");
  });

  it("renders exists as IS NOT NULL, and exists false as IS NULL", () => {
    expect(sql("exists", undefined, numbers())).toBe("f IS NOT NULL");
    expect(sql("exists", true, numbers())).toBe("f IS NOT NULL");
    expect(sql("exists", false, numbers())).toBe("f IS NULL");
  });
});

describe("each operator's words", () => {
  it("writes thresholds in Korean and English, counted or not", () => {
    const words = (op: Operator, values: string[], counted?: boolean) => [operatorTable[op].words.ko(values), operatorTable[op].words.en(values, counted)];
    expect(words("eq", ["30명"])).toEqual(["30명", "30명"]);
    expect(words("ne", ["서울"])).toEqual(["서울 외", "other than 서울"]);
    expect(words("lt", ["30"], true)).toEqual(["30 미만", "fewer than 30"]);
    expect(words("lt", ["30"], false)).toEqual(["30 미만", "less than 30"]);
    expect(words("lte", ["30"], true)).toEqual(["30 이하", "30 or fewer"]);
    expect(words("lte", ["30"])).toEqual(["30 이하", "30 or less"]);
    expect(words("gt", ["30"])).toEqual(["30 초과", "more than 30"]);
    expect(words("gte", ["30"])).toEqual(["30 이상", "30 or more"]);
    expect(words("in", ["A"])).toEqual(["A", "A"]);
    expect(words("in", ["A", "B"])).toEqual(["A, B 중 하나", "one of A, B"]);
    expect(words("notIn", ["A", "B"])).toEqual(["A, B 외", "none of A, B"]);
    expect(words("contains", ["A"])).toEqual(["A 포함", "containing A"]);
    expect(words("startsWith", ["C"])).toEqual(["C로 시작", "starting with C"]);
    expect(words("startsWith", ["제조업"])).toEqual(["제조업으로 시작", "starting with 제조업"]);
    expect(words("between", ["1", "9"])).toEqual(["1 이상 9 이하", "1 to 9 inclusive"]);
    expect(words("exists", ["true"])).toEqual(["정보 있음", "present"]);
    expect(words("exists", ["false"])).toEqual(["정보 없음", "absent"]);
  });

  it("describes each operator's value shape, kinds and bounds", () => {
    const shapes = Object.fromEntries(Object.entries(operatorTable).map(([op, d]) => [op, [d.value, d.bound ?? "-", d.strictBound === true, d.negative === true, (d.untyped ?? []).join("/")]]));
    expect(shapes).toEqual({
      eq: ["one", "-", false, false, ""],
      ne: ["one", "-", false, true, ""],
      lt: ["one", "upper", true, false, "number/string"],
      lte: ["one", "upper", false, false, "number/string"],
      gt: ["one", "lower", true, false, "number/string"],
      gte: ["one", "lower", false, false, "number/string"],
      in: ["list", "-", false, false, ""],
      notIn: ["list", "-", false, true, ""],
      contains: ["one", "-", false, false, ""],
      startsWith: ["one", "-", false, false, "string"],
      between: ["pair", "range", false, false, "number/string"],
      exists: ["flag", "-", false, false, ""],
    });
  });
});
