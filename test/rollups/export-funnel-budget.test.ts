import { describe, expect, it } from "vitest";
import { budgetExecution, exportFunnel, money, type FunnelDeal, type FxRate } from "../../src/index.js";

const usd = (amount: string) => money(amount, "USD");
const krw = (amount: string) => money(amount, "KRW");

function freeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const inner of Object.values(value)) freeze(inner);
    Object.freeze(value);
  }
  return value;
}

const deals: readonly FunnelDeal[] = freeze([
  { stage: "consultation", value: usd("1000000") },
  { stage: "consultation", value: usd("2000000") },
  { stage: "consultation", value: usd("1000000") },
  { stage: "consultation", value: usd("4000000") },
  { stage: "contract", value: usd("3000000") },
  { stage: "contract", value: usd("0.01") },
  { stage: "joint-agreement", value: usd("2000000") },
]);

describe("exportFunnel", () => {
  it("counts and sums each stage exactly and keeps the contract fields", () => {
    const funnel = exportFunnel(deals, "USD");
    expect(funnel.consultations).toEqual({ count: 4, value: usd("8000000") });
    expect(funnel.contracts).toEqual({ count: 2, value: usd("3000000.01") });
    expect(funnel.jointAgreements).toEqual({ count: 1, value: usd("2000000") });
  });

  it("adds conversion rates relative to the consultations, by count and by value", () => {
    expect(exportFunnel(deals, "USD").conversion).toEqual({
      contractRate: 0.5,
      jointAgreementRate: 0.25,
      contractValueRate: 300000001 / 800000000,
      jointAgreementValueRate: 0.25,
    });
  });

  it("rates are undefined without consultations; an empty list gives zero totals", () => {
    expect(exportFunnel([], "KRW")).toEqual({
      consultations: { count: 0, value: krw("0") },
      contracts: { count: 0, value: krw("0") },
      jointAgreements: { count: 0, value: krw("0") },
      conversion: { contractRate: undefined, jointAgreementRate: undefined, contractValueRate: undefined, jointAgreementValueRate: undefined },
    });
    expect(exportFunnel([{ stage: "consultation", value: usd("0") }, { stage: "contract", value: usd("5") }], "USD").conversion).toEqual({
      contractRate: 1,
      jointAgreementRate: 0,
      contractValueRate: undefined,
      jointAgreementValueRate: undefined,
    });
  });

  it("a deal in another currency → CURRENCY_MISMATCH naming both, unless a rate table converts it", () => {
    const mixed: readonly (FunnelDeal & { date?: string })[] = freeze([...deals, { stage: "contract" as const, value: krw("1350000"), date: "2023-10-19" }]);
    expect(() => exportFunnel(mixed, "USD")).toThrow(
      expect.objectContaining({ code: "CURRENCY_MISMATCH", path: ["deals", 7, "value", "currency"], message: expect.stringContaining("exportFunnel: cannot combine USD and KRW") }),
    );
    const rates: FxRate[] = [{ base: "USD", quote: "KRW", rate: "1350", validFrom: "2023-10-01", source: "test rate", invertible: true }];
    const funnel = exportFunnel(mixed, "USD", { rates, asOf: (deal) => deal.date ?? "2023-10-27" });
    expect(funnel.contracts).toEqual({ count: 3, value: usd("3001000.01") });
    expect(() => exportFunnel(mixed, "USD", { rates, asOf: "2023-09-01" })).toThrow(
      expect.objectContaining({ code: "MISSING_RATE", path: expect.arrayContaining(["deals", 7]), message: expect.stringMatching(/^deals\[7\]: /) }),
    );
  });

  it("bad input → VALIDATION naming the deal", () => {
    expect(() => exportFunnel([{ stage: "negotiation", value: usd("1") }] as never, "USD")).toThrow(
      expect.objectContaining({ code: "VALIDATION", path: ["deals", 0, "stage"], message: 'deals[0].stage: expected "consultation", "contract" or "joint-agreement", received "negotiation"' }),
    );
    expect(() => exportFunnel([{ stage: "contract", value: { amount: "1.001", currency: "USD" } }], "USD")).toThrow(
      expect.objectContaining({ code: "VALIDATION", path: ["deals", 0, "value", "amount"] }),
    );
    expect(() => exportFunnel(deals, "XYZ")).toThrow(expect.objectContaining({ code: "VALIDATION", path: ["currency"] }));
    expect(() => exportFunnel("deals" as never, "USD")).toThrow(expect.objectContaining({ code: "VALIDATION", path: ["deals"] }));
    expect(() => exportFunnel([null] as never, "USD")).toThrow(expect.objectContaining({ code: "VALIDATION", path: ["deals", 0] }));
    expect(() => exportFunnel(deals, "USD", { on: "2024-01-01" } as never)).toThrow(expect.objectContaining({ code: "VALIDATION", path: ["options"] }));
  });
});

describe("budgetExecution", () => {
  const budgets = freeze([
    { fiscalYear: 2023, fundingSource: "national", allocated: krw("500000000"), executed: krw("400000000") },
    { fiscalYear: 2022, fundingSource: "city", allocated: krw("1000000000"), executed: krw("950000000") },
    { fiscalYear: 2023, fundingSource: "city", allocated: krw("600000000"), executed: krw("600000000") },
    { fiscalYear: 2023, fundingSource: "city", allocated: krw("400000000"), executed: krw("300000000") },
    { fiscalYear: 2022, fundingSource: "national", allocated: krw("700000000") },
    { fiscalYear: 2022, fundingSource: "province", allocated: krw("0"), executed: krw("0") },
  ]);

  it("totals allocated and executed by fiscal year and source, sorted, with the execution rate", () => {
    expect(budgetExecution(budgets)).toEqual([
      { fiscalYear: 2022, fundingSource: "city", lines: 1, unreported: 0, allocated: krw("1000000000"), executed: krw("950000000"), rate: 0.95 },
      { fiscalYear: 2022, fundingSource: "national", lines: 1, unreported: 1, allocated: krw("700000000"), executed: undefined, rate: undefined },
      { fiscalYear: 2022, fundingSource: "province", lines: 1, unreported: 0, allocated: krw("0"), executed: krw("0"), rate: undefined },
      { fiscalYear: 2023, fundingSource: "city", lines: 2, unreported: 0, allocated: krw("1000000000"), executed: krw("900000000"), rate: 0.9 },
      { fiscalYear: 2023, fundingSource: "national", lines: 1, unreported: 0, allocated: krw("500000000"), executed: krw("400000000"), rate: 0.8 },
    ]);
  });

  it("a partly reported group keeps the reported total but no rate", () => {
    const rows = budgetExecution([
      { fiscalYear: 2024, fundingSource: "city", allocated: krw("100"), executed: krw("90") },
      { fiscalYear: 2024, fundingSource: "city", allocated: krw("100") },
    ]);
    expect(rows).toEqual([{ fiscalYear: 2024, fundingSource: "city", lines: 2, unreported: 1, allocated: krw("200"), executed: krw("90"), rate: undefined }]);
  });

  it("currency mismatches → CURRENCY_MISMATCH; bad lines → VALIDATION naming the index", () => {
    expect(() => budgetExecution([{ fiscalYear: 2024, fundingSource: "city", allocated: krw("100"), executed: usd("1") }])).toThrow(
      expect.objectContaining({ code: "CURRENCY_MISMATCH", path: ["budgets", 0, "executed", "currency"] }),
    );
    expect(() =>
      budgetExecution([
        { fiscalYear: 2024, fundingSource: "city", allocated: krw("100") },
        { fiscalYear: 2024, fundingSource: "city", allocated: usd("100") },
      ]),
    ).toThrow(expect.objectContaining({ code: "CURRENCY_MISMATCH", path: ["budgets", 1, "allocated", "currency"] }));
    expect(() => budgetExecution([{ fiscalYear: 2024.5, fundingSource: "city", allocated: krw("1") }])).toThrow(
      expect.objectContaining({ code: "VALIDATION", path: ["budgets", 0, "fiscalYear"], message: "budgets[0].fiscalYear: expected a whole year from 1 to 9999, received 2024.5" }),
    );
    expect(() => budgetExecution([{ fiscalYear: 2024, fundingSource: "", allocated: krw("1") }])).toThrow(expect.objectContaining({ path: ["budgets", 0, "fundingSource"] }));
    expect(() => budgetExecution([{ fiscalYear: 2024, fundingSource: "city", allocated: { amount: "1.5", currency: "KRW" } }])).toThrow(
      expect.objectContaining({ code: "VALIDATION", path: ["budgets", 0, "allocated", "amount"] }),
    );
    expect(() => budgetExecution([null] as never)).toThrow(expect.objectContaining({ path: ["budgets", 0] }));
    expect(() => budgetExecution({} as never)).toThrow(expect.objectContaining({ path: ["budgets"] }));
  });
});
