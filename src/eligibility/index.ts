export {
  Operator,
  FactType,
  Semantics,
  RuleSchema,
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
export { parseRule, ruleJsonSchema } from "./parse-rule.js";
