export {
  Operator,
  RuleSchema,
  type Rule,
  type Condition,
  type AllNode,
  type AnyNode,
  type NotNode,
  type RuleNodeMeta,
  type Scalar,
} from "./rule.js";
