export { canonicalJson } from "./canonical-json.js";
export { ruleHash } from "./rule-hash.js";
export type { RuleStamp } from "./stamp.js";
export { compareRules, type CompareOptions, type ChangedSubject, type RuleComparison } from "./compare-rules.js";
export { explainChange, type ConditionChange } from "./condition-changes.js";
export {
  compareProgramDates,
  comparePrograms,
  type ComparedVersion,
  type ProgramComparison,
  type CompareDatesOptions,
  type CompareProgramsOptions,
} from "./compare-programs.js";
