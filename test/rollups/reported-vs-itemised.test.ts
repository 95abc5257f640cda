// Reported figures from the source articles, reproduced from the library's reference data.
import { describe, expect, it } from "vitest";
import { cagr, exportFunnel, formatKrw, formatPercent, growthRate, rollup, type Money } from "../../src/index.js";
import { events, exportDeals, metrics } from "../../src/data/index.js";

/** The national observation of a metric in a period (001_d4d5ca49a03203d9.txt). */
function national(metric: string, period: string): number | Money {
  const found = metrics.find((m) => m.subject.kind === "all-technoparks" && m.metric === metric && m.period === period);
  if (found === undefined) throw new Error(`no ${metric} observation for ${period}`);
  expect(found.source).toBe("001_d4d5ca49a03203d9.txt");
  return found.value;
}

describe("INNO WEEK 2023: itemised deals reproduce the reported totals (004_eb2f545a800af44b.txt)", () => {
  const innoWeek = events.find((event) => event.id === "inno-week-2023");
  const itemised = exportDeals.filter((deal) => deal.eventId === "inno-week-2023");

  it("the event reports consultations 140 / USD 9,000,000, contracts USD 6,500,000, joint agreements USD 5,000,000 as of 2023-10-27", () => {
    expect(innoWeek?.reported?.asOf).toBe("2023-10-27");
    expect(innoWeek?.reported?.consultations).toEqual({ count: 140, value: { amount: "9000000", currency: "USD" } });
    expect(innoWeek?.reported?.contracts.value).toEqual({ amount: "6500000", currency: "USD" });
    expect(innoWeek?.reported?.jointAgreements.value).toEqual({ amount: "5000000", currency: "USD" });
  });

  it("exportFunnel over the named deals gives contracts USD 6,500,000 and joint agreements USD 5,000,000", () => {
    const funnel = exportFunnel(itemised, "USD");
    expect(funnel.contracts.value).toEqual(innoWeek?.reported?.contracts.value);
    expect(funnel.jointAgreements.value).toEqual(innoWeek?.reported?.jointAgreements.value);
    expect(funnel.contracts.count).toBe(2); // ㈜무계바이오 USD 3,000,000 + ㈜마루에너지 USD 3,500,000
    expect(funnel.jointAgreements.count).toBe(1); // ㈜DHU 메디코스 USD 5,000,000
    // The 140 consultations are not itemised: the funnel does not invent them.
    expect(funnel.consultations).toEqual({ count: 0, value: { amount: "0", currency: "USD" } });
    expect(funnel.conversion.contractRate).toBeUndefined();
  });

  it("a rollup by stage gives the same totals, from frozen data that stays untouched", () => {
    expect(Object.isFrozen(exportDeals)).toBe(true);
    const before = JSON.stringify(exportDeals);
    const rows = rollup(itemised, { by: ["stage"], measures: { deals: { count: true }, value: { sumMoney: (deal) => deal.value, currency: "USD" } } });
    expect(rows).toEqual([
      { stage: "contract", deals: 2, value: { amount: "6500000", currency: "USD" } },
      { stage: "joint-agreement", deals: 1, value: { amount: "5000000", currency: "USD" } },
    ]);
    expect(JSON.stringify(exportDeals)).toBe(before);
  });

  it("contract value is 72.2% of the reported consultation value (6.5M ÷ 9M)", () => {
    const reported = innoWeek!.reported!;
    const funnel = exportFunnel(
      [
        { stage: "consultation", value: reported.consultations.value },
        ...itemised,
      ],
      "USD",
    );
    expect(formatPercent(funnel.conversion.contractValueRate!)).toBe("72.2%");
    expect(formatPercent(funnel.conversion.jointAgreementValueRate!)).toBe("55.6%");
  });
});

describe("National technopark statistics 2007 → 2018 (001_d4d5ca49a03203d9.txt)", () => {
  it("tenant companies 826 → 2,256: growth 173.1%, CAGR 9.6% over 11 years", () => {
    const from = national("tenant-companies", "2007");
    const to = national("tenant-companies", "2018");
    expect([from, to]).toEqual([826, 2256]);
    expect(growthRate(from, to)).toBe(1430 / 826);
    expect(formatPercent(growthRate(from, to))).toBe("173.1%");
    expect(formatPercent(cagr(from, to, 2018 - 2007))).toBe("9.6%");
    // "10년간 3배 가까이로 늘었다": nearly three times as many
    expect(1 + growthRate(from, to)).toBeGreaterThan(2.7);
    expect(1 + growthRate(from, to)).toBeLessThan(3);
  });

  it("employment 16,564 → 19,674: growth 18.8%", () => {
    const from = national("employment", "2007");
    const to = national("employment", "2018");
    expect([from, to]).toEqual([16564, 19674]);
    expect(formatPercent(growthRate(from, to))).toBe("18.8%");
  });

  it("tenant revenue 3조 5,200억 원 → 17조 6,031억 원 formats like the article and grows 400.1%", () => {
    const from = national("tenant-revenue", "2007") as Money;
    const to = national("tenant-revenue", "2018") as Money;
    expect(formatKrw(from)).toBe("3조 5,200억 원");
    expect(formatKrw(to)).toBe("17조 6,031억 원");
    // The article writes the same figures without spaces: "3조5,200억원에서 17조6,031억원으로".
    expect(formatKrw(from).replaceAll(" ", "")).toBe("3조5,200억원");
    expect(formatKrw(to).replaceAll(" ", "")).toBe("17조6,031억원");
    expect(growthRate(from, to)).toBe(14083100000000 / 3520000000000);
    expect(formatPercent(growthRate(from, to))).toBe("400.1%");
    expect(formatPercent(cagr(from, to, 11))).toBe("15.8%");
  });
});
