export * from "../rules/index.js";
export type {
  Outcome,
  NodeOutcome,
  DerivationTrace,
  ConditionTrace,
  GroupTrace,
  NotTrace,
  TraceNode,
  EligibilityResult,
} from "./trace.js";
export { evaluate, type EvaluateOptions } from "./evaluate.js";
export { compileRule, type CompiledRule } from "./compile.js";
export { explain, type ExplainLocale } from "./explain.js";
export {
  evaluateProgram,
  ruleInForce,
  openRounds,
  type ProgramRound,
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
export type { MatchProgramsOptions, MatchedRound, ProgramMatch } from "./match-programs.js";
export type { Fixture, FixtureCase, FixtureCaseResult, FixtureExpectation, FixtureReport } from "./fixtures.js";
export {
  ruleBuilder,
  type RuleBuilder,
  type NodeBuilder,
  type RuleLike,
  type FactConditions,
  type FactKindOf,
  type FactPath,
  type FactValue,
  type PathsOf,
  type ValueAtPath,
  type DerivedFactTypes,
} from "./builder.js";
