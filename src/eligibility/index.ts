export {
  type Operator,
  type FactType,
  type Semantics,
  type Rule,
  type Condition,
  type AllNode,
  type AnyNode,
  type NotNode,
  type RuleNodeMeta,
  type Scalar,
} from "./rule.js";
export { RULE_LIMITS } from "./limits.js";
export type {
  Outcome,
  NodeOutcome,
  DerivedFactName,
  DerivationTrace,
  ConditionTrace,
  GroupTrace,
  NotTrace,
  TraceNode,
  EligibilityResult,
} from "./trace.js";
export { derivedFacts, type DerivedFactInfo } from "./derived-facts.js";
export { evaluate, type EvaluateOptions } from "./evaluate.js";
export { compileRule, type CompiledRule } from "./compile.js";
export { parseRule } from "./parse-rule.js";
export { explain, type ExplainLocale } from "./explain.js";
export { factLabels, type FactLabel } from "./fact-labels.js";
export {
  evaluateProgram,
  ruleInForce,
  type ProgramRules,
  type ProgramOptions,
  type RuleVersionRef,
  type ProgramEligibilityResult,
  type RepresentativeFacts,
  type RuleInForce,
} from "./program.js";
export {
  evaluateMany,
  judgeMany,
  type OutcomeCounts,
  type EvaluateManyOptions,
  type ManySummary,
  type Judgement,
  type JudgeManyOptions,
} from "./many.js";
export { fromJsonRulesEngine } from "./json-rules-engine.js";
export {
  ruleBuilder,
  type RuleBuilder,
  type NodeBuilder,
  type RuleLike,
  type FactConditions,
  type FactPath,
  type FactValue,
  type PathsOf,
  type ValueAtPath,
  type DerivedFactTypes,
} from "./builder.js";
