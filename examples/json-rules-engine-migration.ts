// Migrating from json-rules-engine: convert an existing rule with fromJsonRulesEngine, run both engines on the
// same companies, and see them agree wherever json-rules-engine's facts are all present — then what the
// converted rule adds: three-valued outcomes for missing facts, a trace, and reasons in Korean and English.
//
//   npx tsx examples/json-rules-engine-migration.ts
import { Engine } from "json-rules-engine";
import { evaluate, explain, fromJsonRulesEngine } from "technopark";

// The rule as a team might have it today, in json-rules-engine's format: the 혁신기술개발 programme's targets
// (located in Yeongcheon, fewer than 30 regular workers, not in a listed group).
const legacyRule = {
  conditions: {
    all: [
      { fact: "company", path: "$.location.sigungu", operator: "equal", value: "영천시" },
      { fact: "company", path: "$.regularWorkers", operator: "lessThan", value: 30 },
      { fact: "company", path: "$.inListedGroup", operator: "notEqual", value: true },
    ],
  },
  event: { type: "eligible", params: { programId: "yeongcheon-innovative-technology" } },
};

const rule = fromJsonRulesEngine(legacyRule);
console.log("converted rule:");
console.log(JSON.stringify(rule, null, 2));

const companies = [
  { id: "a", company: { location: { sigungu: "영천시" }, regularWorkers: 12, inListedGroup: false } },
  { id: "b", company: { location: { sigungu: "영천시" }, regularWorkers: 30, inListedGroup: false } },
  { id: "c", company: { location: { sigungu: "포항시" }, regularWorkers: 5, inListedGroup: false } },
  { id: "d", company: { location: { sigungu: "영천시" }, regularWorkers: 29.5, inListedGroup: true } },
];

const engine = new Engine([legacyRule], { allowUndefinedFacts: true });
let agree = 0;
const rows = [];
for (const { id, company } of companies) {
  const legacy = await engine.run({ company });
  const before = legacy.events.length > 0 ? "eligible" : "ineligible";
  const after = evaluate(rule, { company }).outcome;
  if (before === after) agree++;
  rows.push({ id, "json-rules-engine": before, technopark: after });
}
console.table(rows);
console.log(`${agree} of ${companies.length} decisions agree`);

// What the migration adds: a company with a missing fact is "undetermined" (json-rules-engine would say
// "not eligible"), and the result explains itself.
const incomplete = evaluate(rule, { company: { location: { sigungu: "영천시" }, inListedGroup: false } });
console.log(`\nmissing regularWorkers → ${incomplete.outcome}; missing: ${incomplete.missing.join(", ")}`);
for (const line of explain(evaluate(rule, { company: companies[1]!.company }), "ko")) console.log(`  ko: ${line}`);
for (const line of explain(evaluate(rule, { company: companies[1]!.company }), "en")) console.log(`  en: ${line}`);
console.log(agree === companies.length ? "migration ok: both engines agree on every complete record" : "migration: DISAGREEMENT");
