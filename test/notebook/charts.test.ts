import { describe, expect, it } from "vitest";
import { evaluateProgram, exportFunnel, isTechnoparkError, money } from "../../src/index.js";
import { exportDeals, metrics, programs } from "../../src/data/index.js";
import { funnelChart, JUPYTER_DISPLAY, outcomeChart, show, timeSeriesChart, type Chart } from "../../src/notebook/index.js";
import { bandScale, linearScale, niceMax, ticks } from "../../src/notebook/scales.js";
// @ts-expect-error -- a plain .mjs script without type declarations
import { checkXml } from "../../scripts/check-xml.mjs";

const tenants = metrics.filter((m) => m.metric === "tenant-companies" && m.subject.kind === "all-technoparks");

function thrown(body: () => unknown): unknown {
  try {
    body();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

function wellFormed(chart: Chart): void {
  checkXml(`<?xml version="1.0" encoding="UTF-8"?>\n${chart.svg}`);
  expect(chart.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+" viewBox="0 0 \d+ \d+" font-family="[^"]+" role="img" aria-labelledby="(technopark-chart-[0-9a-f]{8})-title \1-desc">\n<title id="\1-title">/);
}

describe("scales (what d3-scale would compute for these charts)", () => {
  it("linearScale maps the domain onto the range, also reversed (SVG y grows downwards)", () => {
    const y = linearScale([0, 2500], [296, 56]);
    expect([y(0), y(1250), y(2500)]).toEqual([296, 176, 56]);
    expect(linearScale([3, 3], [0, 10])(3)).toBe(0);
  });

  it("niceMax rounds up to 1, 2, 2.5 or 5 × 10^k; ticks divide it evenly", () => {
    expect([niceMax(2481.6), niceMax(7), niceMax(0.3), niceMax(1000), niceMax(0), niceMax(Number.NaN), niceMax(19363410000000)]).toEqual([2500, 10, 0.5, 1000, 1, 1, 20000000000000]);
    expect(ticks(2500)).toEqual([0, 500, 1000, 1500, 2000, 2500]);
    expect(ticks(0.5)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5]);
  });

  it("bandScale leaves padding between and around the bands", () => {
    const x = bandScale(["2007", "2018"], [88, 616], 0.35);
    expect(x.bandwidth).toBeCloseTo(146.04, 2);
    expect(x.start("2007")).toBeCloseTo(166.64, 2);
    expect(x.start("2018")).toBeCloseTo(391.32, 2);
    expect(bandScale([], [0, 100], 0.1).bandwidth).toBe(0);
  });
});

describe("timeSeriesChart", () => {
  const chart = timeSeriesChart(tenants, { title: "입주기업 수 · Tenant companies" });

  it("tenant companies 2007 → 2018: accessible, labelled, with the CAGR", () => {
    wellFormed(chart);
    expect(chart.title).toBe("입주기업 수 · Tenant companies");
    expect(chart.svg).toContain("-desc\">2007: 826, 2018: 2,256. 2007 → 2018: CAGR 9.6% (연평균 증가율)</desc>");
    expect(chart.svg).toContain(`<g class="bar"><rect x="166.6" y="216.7" width="146" height="79.3" fill="#2563eb"><title>2007: 826</title></rect><text x="239.7" y="208.7" text-anchor="middle" font-size="13" font-weight="bold">826</text><text x="239.7" y="316" text-anchor="middle" font-size="13">2007</text></g>`);
    expect(chart.svg).toContain(`<path class="trend" d="M239.7,216.7L464.3,79.4"`);
    expect(chart.svg.match(/<g class="tick">/g)).toHaveLength(6);
    expect(chart.svg).toContain(`font-size="11" fill="#6b7280">2,500</text>`);
  });

  it("is deterministic and displays as SVG, HTML and a text table", () => {
    expect(timeSeriesChart([...tenants].reverse(), { title: "입주기업 수 · Tenant companies" }).svg).toBe(chart.svg);
    const bundle = chart[JUPYTER_DISPLAY]();
    expect(Object.keys(bundle)).toEqual(["image/svg+xml", "text/html", "text/plain"]);
    expect(bundle["image/svg+xml"]).toBe(chart.svg);
    expect(bundle["text/html"]).toBe(`<div class="technopark-show technopark-chart">${chart.svg}</div>`);
    expect(bundle["text/plain"]).toBe("입주기업 수 · Tenant companies\n기간     값\n----  -----\n2007    826\n2018  2,256");
    expect(show(chart)).toBe(chart);
  });

  it("money series: 억/조 labels in Korean, the currency format in English; no CAGR for non-year periods", () => {
    const revenue = metrics.filter((m) => m.metric === "tenant-revenue" && m.subject.kind === "all-technoparks");
    const ko = timeSeriesChart(revenue);
    expect(ko.svg).toContain(">17조 6,031억 원</text>");
    expect(ko.svg).toContain(">3조 5,200억 원</text>");
    expect(ko.svg).toContain(">20조 원</text>");
    expect(ko.title).toBe("시계열");
    const en = timeSeriesChart(revenue, { lang: "en", title: "Revenue" });
    expect(en.svg).toContain(">₩17,603,100,000,000</text>");
    expect(en.svg).toContain("CAGR 15.8% a year");
    const quarters = timeSeriesChart([{ period: "2024-Q1", value: 3 }, { period: "2024-Q2", value: 5 }]);
    expect(quarters.svg).not.toContain("CAGR");
    expect(timeSeriesChart([{ period: 2024, value: 0 }]).svg).not.toContain("class=\"trend\"");
  });

  it("escapes periods and titles", () => {
    const hostile = timeSeriesChart([{ period: "<script>", value: 1 }], { title: "<b>&" });
    wellFormed(hostile);
    expect(hostile.svg).not.toContain("<script>");
    expect(hostile.svg).toContain("&lt;script&gt;");
    expect(hostile.svg).toContain(`-title">&lt;b&gt;&amp;</title>`);
  });

  it("refuses an empty series, a non-finite number and mixed kinds or currencies with VALIDATION naming the point", () => {
    const cases: [unknown, string][] = [
      [[], "points: expected a non-empty array of { period, value }, received an array of 0"],
      [[{ period: "1", value: Number.POSITIVE_INFINITY }], "points[0].value: expected a finite number, received Infinity"],
      [[{ period: "1", value: 1 }, { period: "2", value: money("1", "KRW") }], "points[1].value: expected a number, like the first point, received an object"],
      [[{ period: "1", value: money("1", "KRW") }, { period: "2", value: money("1", "USD") }], "points[1].value: expected Money in KRW, received an object"],
      [[{ period: "1", value: money("1", "KRW") }, { period: "2", value: 2 }], "points[1].value: expected Money in KRW, like the first point, received 2"],
    ];
    for (const [points, message] of cases) {
      const error = thrown(() => timeSeriesChart(points as never));
      expect(isTechnoparkError(error, "VALIDATION")).toBe(true);
      expect((error as Error).message).toBe(message);
    }
  });
});

describe("funnelChart", () => {
  it("the INNO WEEK 2023 named deals: a centred bar per stage with its count and value", () => {
    const chart = funnelChart(exportFunnel(exportDeals, "USD"));
    wellFormed(chart);
    expect(chart.title).toBe("수출 성과 깔때기");
    expect(chart.svg).toContain("-desc\">상담: 0건, US$0.00; 계약: 2건, US$6,500,000.00; 공동연구·생산 협약: 1건, US$5,000,000.00</desc>");
    expect(chart.svg).toContain(`<rect x="20" y="120" width="600" height="50" rx="4" fill="#1d4ed8"/>`);
    expect(chart.svg).toContain(`<rect x="89.2" y="184" width="461.5" height="50" rx="4" fill="#60a5fa"/>`);
    expect(chart.svg).toContain(`<rect x="318" y="56" width="4" height="50" rx="4" fill="#1e3a8a"/>`);
    expect(chart.svg).toContain(">2건 · US$6,500,000.00</text>");
    expect(chart[JUPYTER_DISPLAY]()["text/plain"]!.split("\n")[4]).toBe("계약                   2  US$6,500,000.00");
  });

  it("by count, in English", () => {
    const funnel = exportFunnel([{ stage: "consultation", value: money("100", "USD") }, { stage: "consultation", value: money("100", "USD") }, { stage: "contract", value: money("50", "USD") }], "USD");
    const chart = funnelChart(funnel, { measure: "count", lang: "en", width: 440 });
    expect(chart.svg).toContain(`<rect x="20" y="56" width="400" height="50" rx="4" fill="#1e3a8a"/>`);
    expect(chart.svg).toContain(`<rect x="120" y="120" width="200" height="50" rx="4" fill="#1d4ed8"/>`);
    expect(chart.svg).toContain(">Consultations</text>");
    expect(chart.svg).toContain(">2 · $200.00</text>");
  });

  it("refuses what is not a funnel, or stages in different currencies", () => {
    const notFunnel = thrown(() => funnelChart({ contracts: 1 } as never));
    expect(isTechnoparkError(notFunnel, "VALIDATION")).toBe(true);
    const mixed = { ...exportFunnel([], "USD"), contracts: { count: 1, value: money("1", "KRW") } };
    expect((thrown(() => funnelChart(mixed)) as Error).message).toBe('funnel.contracts.value.currency: expected USD, received "KRW"');
  });
});

describe("outcomeChart", () => {
  const company = { id: "c", name: { ko: "가" }, location: { regionCode: "47", sigungu: "영천시" }, ksic: "C29", regularWorkers: 12 };

  it("counts programme results by programme and outcome, as stacked bars with counts and a legend in words", () => {
    const results = programs
      .filter((p) => p.id.startsWith("yeongcheon"))
      .flatMap((p) => [12, 30, 45].map((regularWorkers) => evaluateProgram(p, { ...company, regularWorkers }, { asOf: "2024-05-01" })));
    const chart = outcomeChart(results, { lang: "en", labels: { "yeongcheon-innovative-technology": "Innovative technology" } });
    wellFormed(chart);
    expect(chart.title).toBe("Outcomes by programme");
    expect(chart.svg).toContain("-desc\">yeongcheon-high-value-conversion: eligible 0, undetermined 2, ineligible 1; Innovative technology: eligible 0, undetermined 1, ineligible 2</desc>");
    expect(chart.svg).toContain(`<text x="238" y="55" font-size="12">eligible</text>`);
    expect(chart.svg).toContain(`<title>Innovative technology: ineligible 2</title>`);
    expect(chart[JUPYTER_DISPLAY]()["text/plain"]!.split("\n")).toEqual([
      "Outcomes by programme",
      "programme                         eligible  undetermined  ineligible",
      "--------------------------------  --------  ------------  ----------",
      "yeongcheon-high-value-conversion         0             2           1",
      "Innovative technology                    0             1           2",
    ]);
  });

  it("takes matches (programId), stamped results, or counts by programme", () => {
    const fromItems = outcomeChart([
      { outcome: "eligible", programId: "a" },
      { outcome: "ineligible", stamp: { programId: "a" } },
      { outcome: "eligible", ruleVersion: { programId: "b" } },
    ]);
    const fromCounts = outcomeChart({ a: { eligible: 1, ineligible: 1 }, b: { eligible: 1 } });
    expect(fromItems.svg).toBe(fromCounts.svg);
    expect(fromCounts.svg).toContain(`<rect x="220" y="76" width="186" height="24" fill="#15803d"><title>a: 적격 1</title></rect>`);
    expect(outcomeChart([]).svg).toContain("-desc\">(비어 있음)</desc>");
  });

  it("shortens long labels (the full one stays in the bar's title) and escapes them", () => {
    const chart = outcomeChart({ "<script>alert('x')</script> and a long programme name": { eligible: 1 } });
    wellFormed(chart);
    expect(chart.svg).not.toContain("<script>");
    expect(chart.svg).toContain(`>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; a…</text>`);
  });

  it("refuses items without an outcome or a programme, and counts that are not whole numbers", () => {
    expect((thrown(() => outcomeChart([{ outcome: "eligible" }])) as Error).message).toMatch(/^verdicts\[0\]: expected a programme result/);
    expect((thrown(() => outcomeChart({ a: { eligible: 1.5 } })) as Error).message).toBe("verdicts.a.eligible: expected a whole number of 0 or more, received 1.5");
    expect(isTechnoparkError(thrown(() => outcomeChart(null as never)), "VALIDATION")).toBe(true);
  });
});

describe("funnels with a value but no count (an event's reported totals)", () => {
  const reported = { consultations: { count: 140, value: money("9000000", "USD") }, contracts: { value: money("6500000", "USD") }, jointAgreements: { value: money("5000000", "USD") } };

  it("funnelChart labels those stages with their value alone", () => {
    const chart = funnelChart(reported, { lang: "en" });
    expect(chart.svg).toContain("-desc\">Consultations: 140, $9,000,000.00; Contracts: $6,500,000.00; Joint R&amp;D / production: $5,000,000.00</desc>");
    expect(chart.svg).toContain(">$6,500,000.00</text>");
    expect(funnelChart(reported, { measure: "count" }).svg).toContain(`<rect x="318" y="120" width="4" height="50"`);
  });

  it("show leaves their count empty", () => {
    expect(show(reported, { lang: "en" })[JUPYTER_DISPLAY]()["text/plain"]!.split("\n").slice(3)).toEqual([
      "Consultations             140  $9,000,000.00",
      "Contracts                      $6,500,000.00",
      "Joint R&D / production         $5,000,000.00",
    ]);
  });
});

describe("outcomeChart labels", () => {
  it("cuts long labels by display width (a Hangul syllable counts twice)", () => {
    const chart = outcomeChart({ a: { eligible: 1 } }, { labels: { a: "영천시 중소기업 고부가가치 전환육성 지원사업" } });
    expect(chart.svg).toContain(`>영천시 중소기업 고부가가치 전…</text>`);
    expect(chart.svg).toContain(`<title>영천시 중소기업 고부가가치 전환육성 지원사업: 적격 1</title>`);
  });
});
