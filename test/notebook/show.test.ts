import { describe, expect, it } from "vitest";
import { evaluate, evaluateProgram, explain, exportFunnel, isTechnoparkError, money, parseRule, rollup, sumMoney } from "../../src/index.js";
import { exportDeals, programs, technoparks } from "../../src/data/index.js";
import { JUPYTER_DISPLAY, show, type Displayable } from "../../src/notebook/index.js";

const bundle = (shown: Displayable): Record<string, string> => shown[Symbol.for("Jupyter.display") as typeof JUPYTER_DISPLAY]();
const html = (value: unknown, options?: { lang?: "ko" | "en" }): string => bundle(show(value, options))["text/html"]!;
const text = (value: unknown, options?: { lang?: "ko" | "en" }): string => bundle(show(value, options))["text/plain"]!;

const innovative = programs.find((p) => p.id === "yeongcheon-innovative-technology")!;
const highValue = programs.find((p) => p.id === "yeongcheon-high-value-conversion")!;
const company = { id: "c1", name: { ko: "<script>alert(1)</script>" }, location: { regionCode: "47", sigungu: "영천시" }, ksic: "C29", regularWorkers: 30 };
const asOf = "2024-05-01";

describe("show: the Jupyter display protocol", () => {
  it("returns a plain object whose Symbol.for(\"Jupyter.display\") method gives text/html and text/plain", () => {
    const shown = show(money("1000000000", "KRW"));
    expect(JUPYTER_DISPLAY).toBe(Symbol.for("Jupyter.display"));
    expect(Object.getPrototypeOf(shown)).toBe(Object.prototype);
    expect(Object.keys(bundle(shown)).sort()).toEqual(["text/html", "text/plain"]);
    expect(bundle(shown)).toEqual({ "text/html": `<div class="technopark-show technopark-money"><span title="1000000000 KRW">10억 원</span></div>`, "text/plain": "10억 원" });
  });

  it("wraps without changing the value: no symbol added, nothing mutated, each call a fresh bundle", () => {
    const result = evaluateProgram(innovative, company, { asOf });
    const before = structuredClone(result);
    const shown = show(result);
    expect(Object.getOwnPropertySymbols(result)).toEqual([]);
    expect(result).toEqual(before);
    const first = bundle(shown);
    first["text/plain"] = "changed";
    expect(bundle(shown)["text/plain"]).not.toBe("changed");
  });

  it("passes a displayable through unchanged (show of show)", () => {
    const shown = show(money("1", "USD"));
    expect(show(shown)).toBe(shown);
  });

  it("refuses a language other than ko or en with VALIDATION naming options.lang", () => {
    let caught: unknown;
    try {
      show(1, { lang: "jp" as "ko" });
    } catch (error) {
      caught = error;
    }
    expect(isTechnoparkError(caught, "VALIDATION")).toBe(true);
    expect((caught as Error).message).toBe('options.lang: expected "ko" or "en", received "jp"');
  });
});

/** A programme result without its audit fields (stamp, reference date), to test the reasons alone. */
function bare<T extends { stamp?: unknown; referenceDate?: unknown }>(result: T): Omit<T, "stamp" | "referenceDate"> {
  const { stamp: _stamp, referenceDate: _referenceDate, ...rest } = result;
  return rest;
}

describe("show: eligibility and programme results", () => {
  it("a programme result: the outcome in Korean, the programme and rule version, the reasons from explain", () => {
    const result = bare(evaluateProgram(innovative, company, { asOf }));
    const [reason] = explain(result, "ko");
    expect(reason).toMatch(/^상시근로자 수 30명으로 기준\(30명 미만\)을 충족하지 못합니다/);
    expect(text(result)).toBe(`부적격 · yeongcheon-innovative-technology (2019-01-01 시행 규칙)\n- ${reason}`);
    expect(html(result)).toBe(
      `<div class="technopark-show technopark-result"><p><strong class="technopark-outcome technopark-ineligible" style="color:#b91c1c">부적격</strong> · yeongcheon-innovative-technology (2019-01-01 시행 규칙)</p>\n<ul><li>${reason}</li></ul></div>`,
    );
  });

  it("in English with lang: \"en\"", () => {
    const result = bare(evaluateProgram(innovative, company, { asOf }));
    expect(explain(result, "en")[0]).toMatch(/^30 regular workers, not meeting the requirement of fewer than 30/);
    expect(text(result, { lang: "en" })).toBe(`ineligible · yeongcheon-innovative-technology (rule in force from 2019-01-01)\n- ${explain(result, "en")[0]}`);
  });

  it("an undetermined result lists the missing facts", () => {
    const result = bare(evaluateProgram(highValue, company, { asOf }));
    expect(text(result, { lang: "en" }).split("\n")).toEqual([
      "undetermined · yeongcheon-high-value-conversion (rule in force from 2019-01-01)",
      ...explain(result, "en").map((line) => `- ${line}`),
      "missing facts: company.smeSize",
    ]);
    expect(html(result, { lang: "en" })).toContain("<p>missing facts: <code>company.smeSize</code></p>");
  });

  it("a plain EligibilityResult from evaluate, without a programme", () => {
    const result = evaluate(parseRule({ fact: "company.regularWorkers", op: "gte", value: 10 }), { company: { regularWorkers: 12 } });
    expect(explain(result, "en")).toHaveLength(1);
    expect(text(result, { lang: "en" })).toBe(`eligible\n- ${explain(result, "en")[0]}`);
  });

  it("the stamp when present: programId, validFrom, ruleHash, tables, library", () => {
    const result = {
      ...evaluateProgram(innovative, company, { asOf }),
      stamp: { programId: "yeongcheon-innovative-technology", validFrom: "2019-01-01", ruleHash: "ab".repeat(32), tables: { "sme-size": "2025-09-01" }, library: "0.1.0" },
    };
    const plain = text(result, { lang: "en" });
    expect(plain.split("\n").slice(2)).toEqual([
      "stamp",
      "                                                                          ",
      "--------------  ----------------------------------------------------------------",
      `programme       yeongcheon-innovative-technology`,
      `valid from      2019-01-01`,
      `rule hash       ${"ab".repeat(32)}`,
      `statute tables  {"sme-size": "2025-09-01"}`,
      `library         0.1.0`,
    ].map((line) => line.trimEnd()));
    expect(html(result, { lang: "en" })).toContain(`<th scope="row" style="text-align:left">rule hash</th><td style="text-align:left">${"ab".repeat(32)}</td>`);
  });

  it("a programme result names its reference date and shows its audit stamp (rule hash, tables, library)", () => {
    const result = evaluateProgram(highValue, { ...company, averageRevenue: { amount: "8000000000", currency: "KRW" }, totalAssets: { amount: "5000000000", currency: "KRW" } }, { asOf });
    const lines = text(result).split("\n");
    expect(lines[0]).toBe(`${lines[0]!.split(" · ")[0]} · yeongcheon-high-value-conversion (2019-01-01 시행 규칙), 기준일 ${asOf}`);
    expect(text(result)).toContain(`규칙 해시   ${result.stamp.ruleHash}`);
    expect(result.stamp.ruleHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("a programme match (programId, referenceDate) names the reference date", () => {
    const match = { ...evaluateProgram(innovative, company, { asOf }), programId: innovative.id, referenceDate: "2024-04-30" };
    expect(text(match).split("\n")[0]).toBe("부적격 · yeongcheon-innovative-technology (2019-01-01 시행 규칙), 기준일 2024-04-30");
  });
});

describe("show: lists as one table", () => {
  it("programme matches: programme, outcome, reference date, reasons", () => {
    const matches = [highValue, innovative].map((p) => ({ ...evaluateProgram(p, company, { asOf }), programId: p.id, referenceDate: asOf }));
    expect(text(matches, { lang: "en" }).split("\n").slice(0, 2)).toEqual(["2 programme checks", "programme                         outcome       reference date  reasons"]);
    expect(text(matches, { lang: "en" }).split("\n")[4]).toBe(`yeongcheon-innovative-technology  ineligible    2024-05-01      ${explain(matches[1]!, "en")[0]}`);
  });

  it("results with ids: id, name, outcome, reasons; a company name <script> shows as text", () => {
    const rows = [{ id: company.id, name: company.name, ...evaluateProgram(innovative, company, { asOf }) }];
    const markup = html(rows);
    expect(markup).not.toContain("<script>");
    expect(markup).toContain("<td style=\"text-align:left\">&lt;script&gt;alert(1)&lt;/script&gt;</td>");
    const [reason = ""] = explain(rows[0]!, "ko");
    expect(text(rows).split("\n")).toEqual([
      "판단 결과 1건",
      "ID  이름                       결과    사유",
      `--  -------------------------  ------  ${"-".repeat(Math.max(4, [...reason].length * 2 - (reason.match(/[ -~]/g)?.length ?? 0)))}`,
      `c1  <script>alert(1)</script>  부적격  ${reason}`,
    ]);
  });

  it("judgeMany-style judgements: the subject's id, the nested result's reasons", () => {
    const result = evaluate(parseRule({ fact: "company.regularWorkers", op: "lt", value: 30 }), { company: { regularWorkers: 31 } });
    const judgements = [{ index: 0, subject: { id: "yc-9" }, outcome: result.outcome, result }, { index: 1, subject: {}, outcome: "eligible" as const }];
    expect(text(judgements, { lang: "en" }).split("\n").slice(3)).toEqual([`yc-9  ineligible  ${explain(result, "en")[0]}`, "1     eligible"]);
  });

  it("rollup rows: a column per key, numbers right-aligned, money in 억/조", () => {
    const rows = [
      { region: "경북", companies: 1200, revenue: sumMoney([money("17603100000000", "KRW")]) },
      { region: "대구", companies: 35, revenue: money("352000000000", "KRW") },
    ];
    expect(text(rows).split("\n")).toEqual(["2행", "region  companies          revenue", "------  ---------  ---------------", "경북        1,200  17조 6,031억 원", "대구           35       3,520억 원"]);
    expect(html(rows)).toContain(`<td style="text-align:right" title="17603100000000 KRW">17조 6,031억 원</td>`);
    expect(text(rows, { lang: "en" }).split("\n")[3]).toBe("경북        1,200  ₩17,603,100,000,000");
  });

  it("rollup output of the library and reference records with bilingual names", () => {
    const byFounded = rollup(technoparks, { by: ["founded"], measures: { technoparks: { count: true } } });
    expect(text(byFounded).split("\n")[1]).toBe("founded  technoparks");
    expect(text([{ id: "gyeongbuk", name: { ko: "경북테크노파크", en: "Gyeongbuk Technopark" } }], { lang: "en" }).split("\n")[3]).toBe("gyeongbuk  Gyeongbuk Technopark");
  });

  it("rows with an outcome column but nothing to explain stay rows (a rollup by outcome)", () => {
    expect(text([{ outcome: "eligible", companies: 3 }]).split("\n")[1]).toBe("outcome   companies");
  });
});

describe("show: compareRules output, funnels, Money", () => {
  const comparison = {
    total: 4,
    counts: {
      eligible: { eligible: 1, ineligible: 1, undetermined: 0 },
      ineligible: { eligible: 0, ineligible: 2, undetermined: 0 },
      undetermined: { eligible: 0, ineligible: 0, undetermined: 0 },
    },
    changed: [{ index: 2, before: "eligible", after: "ineligible" }],
  } as const;

  it("a before × after table with totals, then the subjects that changed", () => {
    expect(text(comparison, { lang: "en" }).split("\n")).toEqual([
      "Rule comparison: 4 subjects, 1 changed",
      "before \\ after  eligible  ineligible  undetermined  total",
      "--------------  --------  ----------  ------------  -----",
      "eligible               1           1             0      2",
      "ineligible             0           2             0      2",
      "undetermined           0           0             0      0",
      "total                  1           3             0      4",
      "",
      "1 subjects whose outcome changed",
      "index  before    after",
      "-----  --------  ----------",
      "    2  eligible  ineligible",
    ]);
    expect(html(comparison)).toContain(`<td style="text-align:right"><strong>1</strong></td>`);
  });

  it("shows the first 20 changes of many", () => {
    const changed = Array.from({ length: 25 }, (_, index) => ({ index, before: "eligible" as const, after: "ineligible" as const }));
    const many = { ...comparison, total: 25, counts: { ...comparison.counts, eligible: { eligible: 0, ineligible: 25, undetermined: 0 } }, changed };
    expect(text(many)).toContain("결과가 바뀐 대상 25건 중 처음 20건");
    expect(html(many).match(/technopark-outcome technopark-ineligible/g)?.length).toBe(20);
  });

  it("an export funnel: stage, count, value and the conversion from consultations", () => {
    const funnel = exportFunnel(
      [
        { stage: "consultation", value: money("1000000", "USD") },
        { stage: "contract", value: money("500000", "USD") },
      ],
      "USD",
    );
    expect(text(funnel, { lang: "en" }).split("\n").slice(3)).toEqual([
      "Consultations               1  $1,000,000.00",
      "Contracts                   1    $500,000.00                    100.0%                     50.0%",
      "Joint R&D / production      0          $0.00                      0.0%                      0.0%",
    ]);
    expect(text(exportFunnel(exportDeals, "USD")).split("\n")[4]).toBe("계약                   2  US$6,500,000.00");
  });

  it("Money: KRW in 억/조 in Korean, every currency in its own format in English", () => {
    expect(text(money("17603100000000", "KRW"))).toBe("17조 6,031억 원");
    expect(text(money("0", "KRW"))).toBe("0원");
    expect(text(money("17603100000000", "KRW"), { lang: "en" })).toBe("₩17,603,100,000,000");
    expect(text(money("6500000", "USD"))).toBe("US$6,500,000.00");
    expect(text(money("6500000", "USD"), { lang: "en" })).toBe("$6,500,000.00");
  });
});

describe("show: anything else is readable text and an escaped <pre>, and never throws", () => {
  it("a plain object", () => {
    expect(bundle(show({ name: "<script>", n: 1n, list: [1, undefined] }))).toEqual({
      "text/plain": '{\n  name: "<script>",\n  n: 1n,\n  list: [\n    1,\n    undefined\n  ]\n}',
      "text/html": `<div class="technopark-show technopark-value"><pre style="white-space:pre-wrap">{\n  name: &quot;&lt;script&gt;&quot;,\n  n: 1n,\n  list: [\n    1,\n    undefined\n  ]\n}</pre></div>`,
    });
  });

  it("strings, numbers, undefined, null, empty arrays, symbols, functions", () => {
    expect(text("<b>가</b>")).toBe("<b>가</b>");
    expect(html("<b>가</b>")).toBe(`<div class="technopark-show technopark-value"><pre style="white-space:pre-wrap">&lt;b&gt;가&lt;/b&gt;</pre></div>`);
    expect([text(42), text(undefined), text(null), text([]), text([], { lang: "en" }), text(Symbol("s")), text(function named() {})]).toEqual([
      "42", "undefined", "null", "(비어 있음)", "(empty)", "Symbol(s)", "[Function named]",
    ]);
  });

  it("cycles, maps, sets, dates, errors, deep nesting", () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic["self"] = cyclic;
    expect(text(cyclic)).toBe("{\n  a: 1,\n  self: [Circular]\n}");
    expect(text(new Set(["x"]))).toBe('Set(1) [\n  "x"\n]');
    expect(text(new Map([["k", 1]]))).toBe('Map(1) {\n  "k" => 1\n}');
    expect(text([new Date("2024-01-02T00:00:00Z"), new Date(Number.NaN), new RangeError("bad")])).toBe('[\n  2024-01-02T00:00:00.000Z,\n  Invalid Date,\n  RangeError: bad\n]');
    let deep: unknown = "bottom";
    for (let i = 0; i < 12; i++) deep = [deep];
    expect(text(deep)).toContain("[Array]");
  });

  it("a getter that throws, a proxy that throws, a malformed result: still a rendering", () => {
    const hostile = { get boom(): never { throw new Error("boom"); }, ok: 1 };
    expect(text(hostile)).toBe("{\n  boom: [unreadable],\n  ok: 1\n}");
    const proxy = new Proxy({}, { get() { throw new Error("no"); }, ownKeys() { throw new Error("no"); } });
    expect(text(proxy)).toBe("[unreadable]");
    expect(html(proxy)).toBe(`<div class="technopark-show technopark-value"><pre style="white-space:pre-wrap">[unreadable]</pre></div>`);
    const malformed = { outcome: "eligible", missing: [], trace: { kind: "nonsense" } };
    expect(text(malformed)).toBe("적격");
  });

  it("a money-looking object with a bad amount is not formatted as money", () => {
    expect(text({ amount: "1.5", currency: "KRW" })).toBe("1.5 KRW");
    expect(text({ amount: "abc", currency: "KRW" })).toBe('{\n  amount: "abc",\n  currency: "KRW"\n}');
  });

  it("long values are cut with a note", () => {
    expect(text("x".repeat(25_000))).toBe(`${"x".repeat(20_000)}… (5000 more characters)`);
  });
});
