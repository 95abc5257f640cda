import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { isTechnoparkError } from "../../src/index.js";
import { Company, ExportDeal } from "../../src/schemas/index.js";
import { planColumns, rowToRecord } from "../../src/cli/csv-row.js";
import { jsonArrayElementLines, lineOfJsonError } from "../../src/cli/json-lines.js";
import { displayWidth, renderTable } from "../../src/cli/output.js";

const row = (headers: string[], cells: string[], schema: z.ZodType | undefined = Company) => rowToRecord(planColumns(headers, schema, "Company"), cells);

function headerError(headers: string[]): string {
  try {
    planColumns(headers, Company, "Company");
  } catch (error) {
    if (isTechnoparkError(error, "VALIDATION")) return error.message;
    throw error;
  }
  return "no error";
}

describe("CSV cells shaped by the Company schema", () => {
  it("unflattens dotted headers and converts numbers only where the schema wants numbers", () => {
    expect(row(["id", "name.ko", "location.regionCode", "location.sigungu", "ksic", "regularWorkers"], ["c1", "가", "47", "영천시", "20", "29.5"])).toEqual({
      id: "c1",
      name: { ko: "가" },
      location: { regionCode: "47", sigungu: "영천시" },
      ksic: "20",
      regularWorkers: 29.5,
    });
  });

  it("treats an empty cell as an absent fact", () => {
    expect(row(["id", "regularWorkers", "location.sigungu"], ["c1", "", ""])).toEqual({ id: "c1" });
  });

  it("reads grouped thousands, booleans, and money as '<amount> <currency>' or amount/currency columns", () => {
    expect(row(["regularWorkers", "inListedGroup", "averageRevenue", "totalAssets.amount", "totalAssets.currency"], ["1,234", "yes", "12,000,000,000 krw", "5000", "KRW"])).toEqual({
      regularWorkers: 1234,
      inListedGroup: true,
      averageRevenue: { amount: "12000000000", currency: "KRW" },
      totalAssets: { amount: "5000", currency: "KRW" },
    });
    expect(row(["inListedGroup"], ["FALSE"])).toEqual({ inListedGroup: false });
  });

  it("keeps a cell that fits no kind as text, so the schema names it in its error", () => {
    const value = row(["regularWorkers", "inListedGroup"], ["many", "maybe"]);
    expect(value).toEqual({ regularWorkers: "many", inListedGroup: "maybe" });
    expect(Company.safeParse({ id: "x", name: { ko: "가" }, ...value }).success).toBe(false);
  });

  it("fills arrays of objects from indexed columns (monthEndHeadcounts.0.fullTime)", () => {
    const value = row(
      ["id", "name.ko", "monthEndHeadcounts.0.month", "monthEndHeadcounts.0.fullTime", "monthEndHeadcounts.1.month", "monthEndHeadcounts.1.fullTime", "monthEndHeadcounts.1.partTime60h"],
      ["c1", "가", "2024-11", "29", "2024-12", "29", "1"],
    );
    expect(value["monthEndHeadcounts"]).toEqual([
      { month: "2024-11", fullTime: 29 },
      { month: "2024-12", fullTime: 29, partTime60h: 1 },
    ]);
    expect(Company.parse(value).monthEndHeadcounts).toHaveLength(2);
  });

  it("splits list fields on ';' (other entities)", () => {
    const plan = planColumns(["parties"], z.object({ parties: z.array(z.string()) }), "X");
    expect(rowToRecord(plan, ["a; b;;c"])).toEqual({ parties: ["a", "b", "c"] });
  });

  it("keeps everything as text without a schema", () => {
    expect(rowToRecord(planColumns(["a.b", "n"], undefined, "record"), ["1", "2"])).toEqual({ a: { b: "1" }, n: "2" });
  });

  it("ignores headers that are not fields (reported once) and strips a UTF-8 BOM from the first header", () => {
    const plan = planColumns(["\uFEFFid", "regularworkers", "note"], Company, "Company");
    expect(plan.ignored).toEqual(["regularworkers", "note"]);
    expect(rowToRecord(plan, ["c1", "5", "x"])).toEqual({ id: "c1" });
  });

  it("refuses headers that cannot work, naming them", () => {
    expect(headerError(["id", "id"])).toBe('header: column "id" appears twice');
    expect(headerError(["id", ""])).toBe("header: column 2 has no name (every column needs a field path such as regularWorkers)");
    expect(headerError(["location..sigungu"])).toBe('header: "location..sigungu" is not a field path (empty segment)');
    expect(headerError(["location"])).toBe('header: "location" is an object in Company; give its fields as their own columns (e.g. location.<field>), or use JSON/NDJSON input');
    expect(headerError(["monthEndHeadcounts"])).toMatch(/or monthEndHeadcounts\.0\.month, monthEndHeadcounts\.0\.fullTime/);
    expect(headerError(["averageRevenue", "averageRevenue.amount"])).toBe('header: "averageRevenue" and "averageRevenue.amount" overlap (one column cannot be both a value and an object)');
  });

  it("works with the ExportDeal schema too (money cell for value)", () => {
    const plan = planColumns(["id", "value", "stage"], ExportDeal, "ExportDeal");
    expect(rowToRecord(plan, ["d1", "6500000 USD", "contract"])).toEqual({ id: "d1", value: { amount: "6500000", currency: "USD" }, stage: "contract" });
  });

  it("property: any record of scalar fields written as CSV cells reads back to the same record", () => {
    const schema = z.object({ id: z.string(), n: z.number().optional(), flag: z.boolean().optional(), nested: z.object({ code: z.string().optional(), count: z.number().optional() }).optional() });
    const headers = ["id", "n", "flag", "nested.code", "nested.count"];
    const plan = planColumns(headers, schema, "X");
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: undefined }),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
        fc.option(fc.integer(), { nil: undefined }),
        (id, n, flag, code, count) => {
          const record = {
            id,
            ...(n === undefined ? {} : { n: Object.is(n, -0) ? 0 : n }),
            ...(flag === undefined ? {} : { flag }),
            ...(code === undefined && count === undefined ? {} : { nested: { ...(code === undefined ? {} : { code }), ...(count === undefined ? {} : { count }) } }),
          };
          const cells = [id, n === undefined ? "" : String(Object.is(n, -0) ? 0 : n), flag === undefined ? "" : String(flag), code ?? "", count === undefined ? "" : String(count)];
          expect(rowToRecord(plan, cells)).toEqual(record);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("line numbers of JSON input", () => {
  it("finds the line each top-level array element starts on, ignoring brackets and commas in strings", () => {
    const text = '[\n  {"a": "x,[y]"},\n  {\n    "b": [1, 2]\n  },\n  3, "4\\"]",\n  [5]\n]';
    expect(jsonArrayElementLines(text)).toEqual([2, 3, 6, 6, 7]);
    expect(jsonArrayElementLines("[]")).toEqual([]);
    expect(jsonArrayElementLines("  [ 1 ]")).toEqual([1]);
  });

  it("reads the line of a JSON.parse error from its position or its (line, column)", () => {
    expect(lineOfJsonError("[\n1,\n}", "Unexpected token } in JSON at position 5")).toBe(3);
    expect(lineOfJsonError("x", "Expected ',' (line 7 column 2)")).toBe(7);
    expect(lineOfJsonError("[\n1,\n", "Unexpected end of JSON input")).toBe(3);
    expect(lineOfJsonError("x", "something else")).toBeUndefined();
  });

  it("property: the element lines match the lines where JSON.stringify put each element", () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 8 }), (values) => {
        const parts = values.map((value) => JSON.stringify(value, null, 1) ?? "null");
        const text = `[\n${parts.join(",\n")}\n]`;
        const expected: number[] = [];
        let line = 2;
        for (const part of parts) {
          expected.push(line);
          line += part.split("\n").length;
        }
        expect(jsonArrayElementLines(text)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe("tables", () => {
  it("counts Hangul and CJK as two columns and combining marks as none", () => {
    expect(displayWidth("영천시")).toBe(6);
    expect(displayWidth("abc")).toBe(3);
    expect(displayWidth("㈜무계")).toBe(6);
    expect(displayWidth("e\u0301")).toBe(1);
  });

  it("aligns columns by display width and right-aligns numbers", () => {
    const table = renderTable(
      [
        { key: "name", title: "name" },
        { key: "n", title: "n", right: true },
        { key: "value", title: "value" },
      ],
      [
        { name: "영천시", n: 3, value: { amount: "42500000000", currency: "KRW" } },
        { name: "Pohang", n: 12, value: undefined },
      ],
    );
    expect(table).toBe(["name     n  value", "------  --  ---------------", "영천시   3  42500000000 KRW", "Pohang  12", ""].join("\n"));
  });
});
