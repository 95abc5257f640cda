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
  type RuleValue,
} from "./rule.js";
export { RULE_LIMITS } from "./limits.js";
export { operatorTable, type OperatorDefinition, type ValueShape, type Bound } from "./operators.js";
export type { FactKind } from "./comparisons.js";
export {
  factCatalogue,
  type FactDefinition,
  type Derivation,
  type DerivationInput,
  type KnownFact,
  type DerivedFactName,
  type FactValueOf,
  type KnownFactTypes,
} from "./facts.js";
export { parseRule } from "./parse-rule.js";
