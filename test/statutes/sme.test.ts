import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asOf, classifySme, ksicSections, money, smeCaps, smeSizeTables, type SmeSize } from "../../src/index.js";

const EOK = 100_000_000n;
const krw = (won: bigint | string) => money(won, "KRW");
const eok = (n: number) => krw(BigInt(n) * EOK);

function thrown(run: () => unknown): { code: unknown; message: unknown; path: unknown } {
  try {
    run();
  } catch (error) {
    const { code, message, path } = error as { code: unknown; message: unknown; path: unknown };
    return { code, message, path };
  }
  throw new Error("expected a throw");
}

/** The code of the error `run` throws, or "returned". */
function thrownOrNot(run: () => unknown): unknown {
  try {
    run();
    return "returned";
  } catch (error) {
    return (error as { code: unknown }).code;
  }
}

/** 별표1 SME cap and 별표3 소기업 cap (억 원) per KSIC division, from 2025-09-01 (domain-facts §4). */
const CAPS_2025: Record<string, readonly [row: string, sme: number, small: number]> = {};
/** The same before 2025-09-01 (from 2016-01-01). */
const CAPS_2016: Record<string, readonly [row: string, sme: number, small: number]> = {};
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i).padStart(2, "0"));
function put(table: typeof CAPS_2025, row: string, divisions: readonly string[], sme: number, small: number) {
  for (const division of divisions) table[division] = [row, sme, small];
}
// 2025-09-01 table
for (const [row, sme, small] of [
  ["C10", 1200, 120], ["C11", 800, 120], ["C12", 1000, 80], ["C13", 1000, 80], ["C14", 1500, 120], ["C15", 1500, 120],
  ["C16", 1000, 80], ["C17", 1800, 80], ["C18", 800, 80], ["C19", 1000, 140], ["C20", 1200, 120], ["C21", 800, 120],
  ["C22", 1200, 80], ["C23", 800, 120], ["C24", 1800, 140], ["C25", 1200, 120], ["C26", 1000, 120], ["C27", 800, 80],
  ["C28", 1800, 120], ["C29", 1200, 120], ["C30", 1200, 120], ["C31", 1200, 80], ["C32", 1500, 120], ["C33", 1000, 80],
  ["C34", 600, 15],
] as const) put(CAPS_2025, row, [row.slice(1)], sme, small);
put(CAPS_2025, "A", range(1, 3), 1000, 80);
put(CAPS_2025, "B", range(5, 8), 1000, 80);
put(CAPS_2025, "D", ["35"], 1000, 120);
put(CAPS_2025, "E36", ["36"], 1000, 120);
put(CAPS_2025, "E (E36 제외)", range(37, 39), 800, 40);
put(CAPS_2025, "F", range(41, 42), 1200, 80);
put(CAPS_2025, "G", range(45, 47), 1200, 60);
put(CAPS_2025, "H", range(49, 52), 1000, 100);
put(CAPS_2025, "I", range(55, 56), 400, 15);
put(CAPS_2025, "J", range(58, 63), 1000, 50);
put(CAPS_2025, "K", range(64, 66), 400, 100);
put(CAPS_2025, "L", ["68"], 400, 40);
put(CAPS_2025, "M", range(70, 73), 600, 30);
put(CAPS_2025, "N (N76 제외)", range(74, 75), 800, 30);
put(CAPS_2025, "N76", ["76"], 400, 30);
put(CAPS_2025, "P", ["85"], 400, 15);
put(CAPS_2025, "Q", range(86, 87), 600, 15);
put(CAPS_2025, "R", range(90, 91), 600, 30);
put(CAPS_2025, "S (S94 제외)", range(95, 96), 600, 15);
// earlier table
for (const [row, sme, small] of [
  ["C10", 1000, 120], ["C11", 800, 120], ["C12", 1000, 80], ["C13", 1000, 80], ["C14", 1500, 120], ["C15", 1500, 120],
  ["C16", 1000, 80], ["C17", 1500, 80], ["C18", 800, 80], ["C19", 1000, 120], ["C20", 1000, 120], ["C21", 800, 120],
  ["C22", 1000, 80], ["C23", 800, 120], ["C24", 1500, 120], ["C25", 1000, 120], ["C26", 1000, 120], ["C27", 800, 80],
  ["C28", 1500, 120], ["C29", 1000, 120], ["C30", 1000, 120], ["C31", 1000, 80], ["C32", 1500, 120], ["C33", 800, 80],
  ["C34", 600, 10],
] as const) put(CAPS_2016, row, [row.slice(1)], sme, small);
put(CAPS_2016, "A", range(1, 3), 1000, 80);
put(CAPS_2016, "B", range(5, 8), 1000, 80);
put(CAPS_2016, "D", ["35"], 1000, 120);
put(CAPS_2016, "E36", ["36"], 1000, 120);
put(CAPS_2016, "E (E36 제외)", range(37, 39), 800, 30);
put(CAPS_2016, "F", range(41, 42), 1000, 80);
put(CAPS_2016, "G", range(45, 47), 1000, 50);
put(CAPS_2016, "H", range(49, 52), 800, 80);
put(CAPS_2016, "I", range(55, 56), 400, 10);
put(CAPS_2016, "J", range(58, 63), 800, 50);
put(CAPS_2016, "K", range(64, 66), 400, 80);
put(CAPS_2016, "L", ["68"], 400, 30);
put(CAPS_2016, "M", range(70, 73), 600, 30);
put(CAPS_2016, "N (N76 제외)", range(74, 75), 600, 30);
put(CAPS_2016, "N76", ["76"], 400, 30);
put(CAPS_2016, "P", ["85"], 400, 10);
put(CAPS_2016, "Q", range(86, 87), 600, 10);
put(CAPS_2016, "R", range(90, 91), 600, 30);
put(CAPS_2016, "S (S94 제외)", range(95, 96), 600, 10);

const NOT_COVERED = ["84", "94", "97", "98", "99"];

describe("중소기업기본법 시행령 별표1·별표3 (from 2025-09-01): every KSIC division", () => {
  it("the library's tables cover 72 of the 77 KSIC divisions, all but O84, S94, T97, T98 and U99", () => {
    // Read from the library (ksicSections, smeSizeTables, smeCaps), not from this file's tables.
    const all = ksicSections.flatMap(({ divisions }) => range(Number(divisions.from), Number(divisions.to)));
    expect(all).toHaveLength(77);
    expect(new Set(all).size).toBe(77);
    for (const version of smeSizeTables) {
      const covered = all.filter((division) => version.value.rows.some((row) => row.codes.some((code) => code.slice(0, 2) === division)));
      expect(covered, version.validFrom).toHaveLength(72);
      expect(all.filter((division) => !covered.includes(division)), version.validFrom).toEqual(NOT_COVERED);
      const day = version.validFrom;
      expect(all.filter((division) => thrownOrNot(() => smeCaps(division, { asOf: day })) === "VALIDATION"), day).toEqual(NOT_COVERED);
    }
    // and this file's per-division tables list exactly the covered divisions
    expect(Object.keys(CAPS_2025).sort()).toEqual(all.filter((division) => !NOT_COVERED.includes(division)));
    expect(Object.keys(CAPS_2016).sort()).toEqual(Object.keys(CAPS_2025).sort());
  });

  it.each(Object.entries(CAPS_2025))("중소기업기본법 시행령 별표1·별표3: division %s → %j", (division, [row, sme, small]) => {
    const caps = smeCaps(`${division}123`, { asOf: "2025-09-01" });
    expect(caps).toEqual({
      row,
      smeRevenueCap: eok(sme),
      smallRevenueCap: eok(small),
      citation: {
        law: { ko: "중소기업기본법 시행령", en: "Enforcement Decree of the Framework Act on Small and Medium Enterprises" },
        article: "제3조·제8조, 별표1·별표3",
        validFrom: "2025-09-01",
        url: "https://www.law.go.kr/법령/중소기업기본법시행령",
      },
    });
  });

  it.each(Object.entries(CAPS_2025))("중소기업기본법 시행령 별표1·별표3: division %s classifies at its caps (이하: inclusive)", (division, [, sme, small]) => {
    const at = (revenue: bigint) =>
      classifySme({ ksic: division, averageRevenue: krw(revenue), totalAssets: krw(0n) }, { asOf: "2026-01-01" });
    expect(at(0n)).toBe("small");
    expect(at(BigInt(small) * EOK)).toBe("small");
    expect(at(BigInt(small) * EOK + 1n)).toBe("medium");
    expect(at(BigInt(sme) * EOK)).toBe("medium");
    expect(at(BigInt(sme) * EOK + 1n)).toBe("not-sme");
  });
});

describe("중소기업기본법 시행령 별표1·별표3 (before 2025-09-01, from 2016-01-01; sourced from secondary sources)", () => {
  it.each(Object.entries(CAPS_2016))("division %s → %j on 2025-08-31", (division, [row, sme, small]) => {
    const caps = smeCaps(division, { asOf: "2025-08-31" });
    expect({ row: caps.row, sme: caps.smeRevenueCap, small: caps.smallRevenueCap }).toEqual({ row, sme: eok(sme), small: eok(small) });
    expect(caps.citation.validFrom).toBe("2016-01-01");
  });

  it("the 2025 amendment raised 16 of the 44 SME rows by 200–300억 원 and 12 of the 소기업 rows by 5–20억 원 (segye.com 2025-08-26)", () => {
    // Compares the library's two table versions row by row (smeSizeTables), not this file's tables.
    const [before, after] = [asOf(smeSizeTables, "2025-08-31")!, asOf(smeSizeTables, "2025-09-01")!];
    // the 44 industry rows (KSIC divisions); the 2025 table adds three rows for 5-digit classes (C30393 and the seat makers)
    const industries = (table: typeof before) => table.rows.filter((row) => row.codes.every((code) => code.length === 2));
    expect(industries(before).map((row) => row.row).sort()).toEqual(industries(after).map((row) => row.row).sort());
    expect(after.rows.length - industries(after).length).toBe(3);
    expect(industries(after)).toHaveLength(44);
    const raisedSme: number[] = [];
    const raisedSmall: number[] = [];
    for (const row of industries(after)) {
      const old = before.rows.find((candidate) => candidate.row === row.row)!;
      expect(row.sme, row.row).toBeGreaterThanOrEqual(old.sme);
      expect(row.small, row.row).toBeGreaterThanOrEqual(old.small);
      if (row.sme !== old.sme) raisedSme.push(row.sme - old.sme);
      if (row.small !== old.small) raisedSmall.push(row.small - old.small);
    }
    expect(raisedSme).toHaveLength(16);
    expect(raisedSmall).toHaveLength(12);
    expect(Math.min(...raisedSme)).toBe(200);
    expect(Math.max(...raisedSme)).toBe(300);
    expect(Math.min(...raisedSmall)).toBeGreaterThanOrEqual(5);
    expect(Math.max(...raisedSmall)).toBeLessThanOrEqual(20);
  });

  it("the table changes on 2025-09-01 exactly (validFrom inclusive)", () => {
    expect(smeCaps("C29", { asOf: "2025-08-31" }).smeRevenueCap).toEqual(eok(1000));
    expect(smeCaps("C29", { asOf: "2025-09-01" }).smeRevenueCap).toEqual(eok(1200));
    expect(smeCaps("C29", { asOf: "2016-01-01" }).smeRevenueCap).toEqual(eok(1000));
    // a Date is read as its calendar day in Seoul: 2025-08-31T15:00Z is 2025-09-01 00:00 in Seoul
    expect(smeCaps("C29", { asOf: new Date("2025-08-31T15:00:00Z") }).smeRevenueCap).toEqual(eok(1200));
    expect(smeCaps("C29", { asOf: new Date("2025-08-31T14:59:59Z") }).smeRevenueCap).toEqual(eok(1000));
  });
});

describe("중소기업기본법 시행령 별표1 (from 2025-09-01): the seat exceptions are 1,500억[120억]", () => {
  it("중소기업기본법 시행령 별표1: C30393 (자동차용 신품 의자) takes the 1,500억 원 row, the rest of C30 stays 1,200억 원", () => {
    expect(smeCaps("C30393", { asOf: "2025-09-01" })).toMatchObject({ row: "C30393", smeRevenueCap: eok(1500), smallRevenueCap: eok(120) });
    expect(smeCaps("30393", { asOf: "2025-09-01" }).row).toBe("C30393");
    expect(smeCaps("30392", { asOf: "2025-09-01" }).row).toBe("C30");
    expect(smeCaps("3039", { asOf: "2025-09-01" }).row).toBe("C30");
    expect(smeCaps("30", { asOf: "2025-09-01" }).row).toBe("C30");
  });

  it.each(["31202", "C31322"])("중소기업기본법 시행령 별표1: railway/aircraft seat makers within %s take the 1,500억 원 row when declared", (code) => {
    const seats = smeCaps(code, { asOf: "2025-09-01", seatManufacturing: true });
    expect(seats).toMatchObject({ row: `C${code.replace("C", "")} 의자`, smeRevenueCap: eok(1500), smallRevenueCap: eok(120) });
    expect(smeCaps(code, { asOf: "2025-09-01" })).toMatchObject({ row: "C31", smeRevenueCap: eok(1200), smallRevenueCap: eok(80) });
    expect(smeCaps(code, { asOf: "2025-09-01", seatManufacturing: false }).row).toBe("C31");
    const firm = { ksic: code, averageRevenue: eok(1400), totalAssets: eok(100) };
    expect(classifySme({ ...firm, seatManufacturing: true }, { asOf: "2025-09-01" })).toBe("medium");
    expect(classifySme(firm, { asOf: "2025-09-01" })).toBe("not-sme");
  });

  it("the seat declaration does not change other industries", () => {
    expect(smeCaps("31110", { asOf: "2025-09-01", seatManufacturing: true }).row).toBe("C31");
    expect(smeCaps("29", { asOf: "2025-09-01", seatManufacturing: true }).row).toBe("C29");
  });

  it("the earlier table has no seat exception: C30393 is in C30 (1,000억 원) before 2025-09-01", () => {
    expect(smeCaps("C30393", { asOf: "2025-08-31" })).toMatchObject({ row: "C30", smeRevenueCap: eok(1000) });
    expect(smeCaps("31202", { asOf: "2025-08-31", seatManufacturing: true })).toMatchObject({ row: "C31", smeRevenueCap: eok(1000) });
  });
});

describe("중소기업기본법 시행령 제3조 ①1 가: total assets of 5,000억 원 or more exclude a firm", () => {
  const firm = { ksic: "C29", averageRevenue: eok(50) };
  it("중소기업기본법 시행령 제3조: assets of exactly 5,000억 원 → not-sme (5천억원 미만)", () => {
    expect(classifySme({ ...firm, totalAssets: eok(5000) }, { asOf: "2025-09-01" })).toBe("not-sme");
    expect(classifySme({ ...firm, totalAssets: eok(5000) }, { asOf: "2025-08-31" })).toBe("not-sme");
  });
  it("중소기업기본법 시행령 제3조: assets 1 won below 5,000억 원 keep the revenue test", () => {
    expect(classifySme({ ...firm, totalAssets: krw(5000n * EOK - 1n) }, { asOf: "2025-09-01" })).toBe("small");
  });
});

describe("classifySme / smeCaps: errors", () => {
  const firm = { ksic: "C29199", averageRevenue: eok(50), totalAssets: eok(100) };

  it("중소기업기본법 시행령 별표1: an industry the table does not cover throws VALIDATION", () => {
    expect(thrown(() => classifySme({ ...firm, ksic: "O84" }, { asOf: "2025-09-01" }))).toEqual({
      code: "VALIDATION",
      message:
        'ksic: expected an industry covered by 중소기업기본법 시행령 별표1 in force on 2025-09-01; KSIC section O, division 84 is not covered (not covered: O, S94, T, U), received "O84"',
      path: ["ksic"],
    });
    for (const code of ["94110", "S94", "97000", "98", "U99"]) {
      expect(thrown(() => smeCaps(code, { asOf: "2025-09-01" })).code).toBe("VALIDATION");
      expect(thrown(() => smeCaps(code, { asOf: "2020-01-01" })).code).toBe("VALIDATION");
    }
  });

  it("중소기업기본법 시행령 별표1·별표3: no table is encoded before 2016-01-01", () => {
    expect(thrown(() => classifySme(firm, { asOf: "2015-12-31" }))).toEqual({
      code: "VALIDATION",
      message:
        'asOf: expected a date on or after 2016-01-01: no SME size table (중소기업기본법 시행령 별표1·별표3) is encoded for 2015-12-31, received "2015-12-31"',
      path: ["asOf"],
    });
    expect(smeCaps("29", { asOf: "2016-01-01" }).row).toBe("C29");
  });

  it("an invalid asOf throws VALIDATION", () => {
    expect(thrown(() => classifySme(firm, { asOf: "2025-02-30" }))).toEqual({
      code: "VALIDATION",
      message: 'asOf: expected a real calendar date in YYYY-MM-DD form or a valid Date, received "2025-02-30"',
      path: ["asOf"],
    });
  });

  it("amounts in another currency throw CURRENCY_MISMATCH (the caps are in KRW: convert first)", () => {
    expect(thrown(() => classifySme({ ...firm, averageRevenue: money("6500000", "USD") }, { asOf: "2025-09-01" }))).toEqual({
      code: "CURRENCY_MISMATCH",
      message:
        "averageRevenue.currency: expected KRW, the currency of the 중소기업기본법 시행령 별표1·별표3 caps, received USD; convert the amount first (convertMoney with a dated rate)",
      path: ["averageRevenue", "currency"],
    });
    expect(thrown(() => classifySme({ ...firm, totalAssets: money("1", "JPY") }, { asOf: "2025-09-01" })).path).toEqual([
      "totalAssets",
      "currency",
    ]);
  });

  it.each([
    [{ amount: "100", currency: "XYZ" }, 'averageRevenue.currency: expected a known ISO 4217 currency code (KRW), received "XYZ"', ["averageRevenue", "currency"]],
    [{ amount: "-1", currency: "KRW" }, 'averageRevenue.amount: expected a non-negative whole number of won as a canonical decimal string, received "-1"', ["averageRevenue", "amount"]],
    [{ amount: "1.5", currency: "KRW" }, 'averageRevenue.amount: expected a non-negative whole number of won as a canonical decimal string, received "1.5"', ["averageRevenue", "amount"]],
    [{ amount: "007", currency: "KRW" }, 'averageRevenue.amount: expected a non-negative whole number of won as a canonical decimal string, received "007"', ["averageRevenue", "amount"]],
    [{ amount: 100, currency: "KRW" }, "averageRevenue.amount: expected a non-negative whole number of won as a canonical decimal string, received 100", ["averageRevenue", "amount"]],
    ["100억", 'averageRevenue: expected a Money { amount, currency } in KRW, received "100억"', ["averageRevenue"]],
  ])("averageRevenue %j throws VALIDATION", (averageRevenue, message, path) => {
    expect(thrown(() => classifySme({ ...firm, averageRevenue: averageRevenue as never }, { asOf: "2025-09-01" }))).toEqual({
      code: "VALIDATION",
      message,
      path,
    });
  });

  it("an invalid KSIC code throws VALIDATION naming ksic", () => {
    expect(thrown(() => classifySme({ ...firm, ksic: "A29" }, { asOf: "2025-09-01" }))).toEqual({
      code: "VALIDATION",
      message: 'ksic: expected a section letter matching division 29, which is in section C, not A, received "A29"',
      path: ["ksic"],
    });
    expect(thrown(() => smeCaps("manufacturing", { asOf: "2025-09-01" })).path).toEqual(["ksic"]);
  });

  it("a non-object input throws VALIDATION", () => {
    expect(thrown(() => classifySme(null as never, { asOf: "2025-09-01" }))).toEqual({
      code: "VALIDATION",
      message: "input: expected an object { ksic, averageRevenue, totalAssets }, received null",
      path: [],
    });
  });
});

describe("중소기업기본법 시행령 제3조·제8조: properties", () => {
  const rank: Record<SmeSize, number> = { small: 0, medium: 1, "not-sme": 2 };
  const divisions = Object.keys(CAPS_2025);
  const amount = fc.bigInt({ min: 0n, max: 3000n * EOK });
  const day = fc.constantFrom("2016-01-01", "2020-06-30", "2025-08-31", "2025-09-01", "2030-01-01");

  it("중소기업기본법 시행령 별표1·별표3: classifySme is monotone in revenue (more revenue never makes a firm smaller)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...divisions), amount, amount, amount, day, (division, a, b, assets, asOf) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const size = (revenue: bigint) => classifySme({ ksic: division, averageRevenue: krw(revenue), totalAssets: krw(assets) }, { asOf });
        expect(rank[size(low)]).toBeLessThanOrEqual(rank[size(high)]);
      }),
      { numRuns: 300 },
    );
  });

  it("중소기업기본법 시행령 제3조: classifySme is monotone in total assets", () => {
    fc.assert(
      fc.property(fc.constantFrom(...divisions), amount, fc.bigInt({ min: 0n, max: 10_000n * EOK }), fc.bigInt({ min: 0n, max: 10_000n * EOK }), day, (division, revenue, a, b, asOf) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const size = (assets: bigint) => classifySme({ ksic: division, averageRevenue: krw(revenue), totalAssets: krw(assets) }, { asOf });
        expect(rank[size(low)]).toBeLessThanOrEqual(rank[size(high)]);
      }),
      { numRuns: 300 },
    );
  });

  it("중소기업기본법 시행령 별표1·별표3: the 2025-09-01 caps are never lower than the earlier ones", () => {
    fc.assert(
      fc.property(fc.constantFrom(...divisions), fc.integer({ min: 0, max: 99_999 }), (division, rest) => {
        const code = `${division}${String(rest).padStart(5, "0").slice(0, 3)}`;
        const before = smeCaps(code, { asOf: "2025-08-31" });
        const after = smeCaps(code, { asOf: "2025-09-01" });
        expect(BigInt(after.smeRevenueCap.amount) >= BigInt(before.smeRevenueCap.amount)).toBe(true);
        expect(BigInt(after.smallRevenueCap.amount) >= BigInt(before.smallRevenueCap.amount)).toBe(true);
        expect(BigInt(after.smallRevenueCap.amount) < BigInt(after.smeRevenueCap.amount)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("classifySme does not mutate its input", () => {
    const input = Object.freeze({ ksic: "C29", averageRevenue: Object.freeze(eok(10)), totalAssets: Object.freeze(eok(10)) });
    expect(classifySme(input, { asOf: "2025-09-01" })).toBe("small");
  });
});

describe("smeSizeTables: 중소기업기본법 시행령 별표1·별표3 as data", () => {
  it("holds two effective-dated versions, read with asOf", () => {
    expect(smeSizeTables.map(({ validFrom, validTo }) => [validFrom, validTo])).toEqual([
      ["2016-01-01", "2025-09-01"],
      ["2025-09-01", undefined],
    ]);
    expect(asOf(smeSizeTables, "2025-09-01")?.rows).toHaveLength(47);
    expect(asOf(smeSizeTables, "2025-08-31")?.rows).toHaveLength(44);
    expect(asOf(smeSizeTables, "2015-12-31")).toBeUndefined();
  });

  it("flags the earlier table as assembled from secondary sources, and the current one not", () => {
    expect(smeSizeTables[0]!.value.confidence).toBe("unconfirmed");
    expect(smeSizeTables[0]!.value.sources.length).toBeGreaterThan(0);
    expect(smeSizeTables[1]!.value.confidence).toBeUndefined();
  });

  it("중소기업기본법 시행령 제3조·제8조: every 소기업 cap is below its SME cap; assets must stay below 5,000억 원", () => {
    for (const { value } of smeSizeTables) {
      expect(value.assetCeiling).toBe(5000);
      for (const row of value.rows) expect(row.small).toBeLessThan(row.sme);
    }
  });

  it("is deeply frozen: the law cannot be changed under the functions", () => {
    const row = smeSizeTables[1]!.value.rows[0]!;
    expect(Object.isFrozen(smeSizeTables)).toBe(true);
    expect(Object.isFrozen(smeSizeTables[1]!.value.rows)).toBe(true);
    expect(Object.isFrozen(row)).toBe(true);
    expect(() => {
      (row as { sme: number }).sme = 1;
    }).toThrow(TypeError);
  });
});

describe("options are required", () => {
  it("a missing asOf throws VALIDATION naming asOf", () => {
    const firm = { ksic: "29", averageRevenue: eok(1), totalAssets: eok(1) };
    for (const run of [
      () => classifySme(firm, undefined as never),
      () => classifySme(firm, {} as never),
      () => smeCaps("29", undefined as never),
    ]) {
      expect(thrown(run)).toEqual({
        code: "VALIDATION",
        message: "asOf: expected a real calendar date in YYYY-MM-DD form or a valid Date, received undefined",
        path: ["asOf"],
      });
    }
  });
});
