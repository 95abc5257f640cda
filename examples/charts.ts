// A chart from the reference data, as a standalone SVG file: tenant companies of all technoparks 2007 → 2018
// (source 001) and the INNO WEEK 2023 export funnel (source 004). d3-scale computes the scales and d3-shape
// the paths; the markup is written by hand, so there is no DOM and nothing to install beyond the two modules.
//
//   npx tsx examples/charts.ts [out.svg]        # default: ./technopark-charts.svg
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { scaleBand, scaleLinear } from "d3-scale";
import { area, curveMonotoneY, line } from "d3-shape";
import { cagr, exportFunnel, formatPercent } from "technopark";
import { events, exportDeals, metrics } from "technopark/data";

const WIDTH = 880;
const HEIGHT = 420;
const PANEL = { top: 70, bottom: 60, left: 60 };
const FONT = "'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif";

/** Escapes text for SVG markup. */
const esc = (text: string | number): string => String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const fmt = (n: number): string => n.toLocaleString("en-US");
const text = (x: number, y: number, content: string | number, attrs = ""): string => `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${attrs}>${esc(content)}</text>`;

// ---- Panel 1: tenant companies, 2007 and 2018 -------------------------------------------------------------
const tenants = metrics
  .filter((m) => m.metric === "tenant-companies" && m.subject.kind === "all-technoparks")
  .map((m) => ({ year: String(m.period), value: m.value as number }))
  .sort((a, b) => a.year.localeCompare(b.year));
const first = tenants[0]!;
const last = tenants[tenants.length - 1]!;
const years = Number(last.year) - Number(first.year);

const p1 = { x0: PANEL.left, x1: WIDTH / 2 - 30, y0: PANEL.top, y1: HEIGHT - PANEL.bottom };
const x = scaleBand<string>().domain(tenants.map((t) => t.year)).range([p1.x0, p1.x1]).padding(0.35);
const y = scaleLinear().domain([0, Math.max(...tenants.map((t) => t.value)) * 1.15]).nice().range([p1.y1, p1.y0]);
const trend = line<{ year: string; value: number }>()
  .x((t) => x(t.year)! + x.bandwidth() / 2)
  .y((t) => y(t.value));

const panel1 = [
  text((p1.x0 + p1.x1) / 2, 40, "입주기업 수 · Tenant companies", `text-anchor="middle" font-size="16" font-weight="bold"`),
  ...y.ticks(5).map((tick) => `<g><line x1="${p1.x0}" x2="${p1.x1}" y1="${y(tick).toFixed(1)}" y2="${y(tick).toFixed(1)}" stroke="#e5e7eb"/>${text(p1.x0 - 8, y(tick) + 4, fmt(tick), `text-anchor="end" font-size="11" fill="#6b7280"`)}</g>`),
  ...tenants.map(
    (t) =>
      `<g><rect x="${x(t.year)!.toFixed(1)}" y="${y(t.value).toFixed(1)}" width="${x.bandwidth().toFixed(1)}" height="${(p1.y1 - y(t.value)).toFixed(1)}" fill="#2563eb"/>` +
      text(x(t.year)! + x.bandwidth() / 2, y(t.value) - 8, fmt(t.value), `text-anchor="middle" font-size="13" font-weight="bold"`) +
      text(x(t.year)! + x.bandwidth() / 2, p1.y1 + 20, t.year, `text-anchor="middle" font-size="13"`) +
      `</g>`,
  ),
  `<path d="${trend(tenants) ?? ""}" fill="none" stroke="#f59e0b" stroke-width="2" stroke-dasharray="6 4"/>`,
  text((p1.x0 + p1.x1) / 2, p1.y1 + 45, `${first.year} → ${last.year}: ${formatPercent(cagr(first.value, last.value, years))} a year (CAGR) · source 001`, `text-anchor="middle" font-size="12" fill="#374151"`),
];

// ---- Panel 2: INNO WEEK 2023 funnel (reported totals; the named deals reproduce contracts and agreements) ----
const event = events.find((e) => e.id === "inno-week-2023")!;
const reported = event.reported!;
const named = exportFunnel(exportDeals, "USD");
const stages = [
  { key: "consultations", ko: "상담", en: "Consultations", usd: Number(reported.consultations.value.amount), note: `${reported.consultations.count} consultations` },
  { key: "contracts", ko: "계약", en: "Contracts", usd: Number(reported.contracts.value.amount), note: `${named.contracts.count} named deals` },
  { key: "jointAgreements", ko: "공동연구·생산 협약", en: "Joint R&D / production", usd: Number(reported.jointAgreements.value.amount), note: `${named.jointAgreements.count} named deal` },
];
const p2 = { x0: WIDTH / 2 + 30, x1: WIDTH - 40, y0: PANEL.top, y1: HEIGHT - PANEL.bottom };
const centre = (p2.x0 + p2.x1) / 2;
const half = scaleLinear().domain([0, Math.max(...stages.map((s) => s.usd))]).range([0, (p2.x1 - p2.x0) / 2]);
const row = scaleBand<string>().domain(stages.map((s) => s.key)).range([p2.y0, p2.y1]).paddingInner(0.25);
// the funnel's silhouette: an area through the edges of the stage bars, top to bottom
const silhouette = area<{ y: number; w: number }>()
  .y((d) => d.y)
  .x0((d) => centre - d.w)
  .x1((d) => centre + d.w)
  .curve(curveMonotoneY);
const outline = stages.flatMap((s) => [
  { y: row(s.key)!, w: half(s.usd) },
  { y: row(s.key)! + row.bandwidth(), w: half(s.usd) },
]);
const panel2 = [
  text(centre, 40, `INNO WEEK 2023 수출 성과 · Export results (USD, as of ${reported.asOf})`, `text-anchor="middle" font-size="16" font-weight="bold"`),
  `<path d="${silhouette(outline) ?? ""}" fill="#dbeafe"/>`,
  ...stages.map((s) => {
    const top = row(s.key)!;
    const w = half(s.usd);
    return (
      `<g><rect x="${(centre - w).toFixed(1)}" y="${top.toFixed(1)}" width="${(2 * w).toFixed(1)}" height="${row.bandwidth().toFixed(1)}" rx="4" fill="#1d4ed8"/>` +
      text(centre, top + row.bandwidth() / 2 - 2, `${s.ko} · ${s.en}`, `text-anchor="middle" font-size="13" fill="#ffffff" font-weight="bold"`) +
      text(centre, top + row.bandwidth() / 2 + 15, `USD ${fmt(s.usd)} · ${s.note}`, `text-anchor="middle" font-size="12" fill="#ffffff"`) +
      `</g>`
    );
  }),
  text(centre, p2.y1 + 45, "source 004; contracts and agreements = the named deals in technopark/data", `text-anchor="middle" font-size="12" fill="#374151"`),
];

const svg = [
  `<?xml version="1.0" encoding="UTF-8"?>`,
  `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="${esc(FONT)}" role="img" aria-labelledby="title">`,
  `<title id="title">Technopark tenant companies 2007–2018 and the INNO WEEK 2023 export funnel</title>`,
  `<rect width="100%" height="100%" fill="#ffffff"/>`,
  `<g id="tenant-companies">`,
  ...panel1,
  `</g>`,
  `<g id="inno-week-funnel">`,
  ...panel2,
  `</g>`,
  `</svg>`,
  "",
].join("\n");

const out = resolve(process.argv[2] ?? "technopark-charts.svg");
writeFileSync(out, svg);
console.log(`charts ok: wrote ${out} (${Buffer.byteLength(svg)} bytes)`);
