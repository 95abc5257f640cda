import { describeValue, formatPath } from "../errors/format.js";
import { InvalidRuleError, isTechnoparkError, type FieldPath } from "../errors/technopark-error.js";
import { RULE_LIMITS } from "./limits.js";
import { prepareCondition } from "./prepare-condition.js";
import type { Condition, Rule } from "./rule.js";

/**
 * Checks, iteratively, that a rule built in code (which skipped `parseRule`) can be evaluated: every node is an
 * object with `fact`, `all`, `any` or `not`; it is at most {@link RULE_LIMITS}.maxDepth deep and has at most
 * `maxNodes` nodes; every condition is typed by the fact catalogue and the operator table (see `parseRule`).
 * Throws `INVALID_RULE` with the path of the offending node. `evaluate` and `compileRule` both call it, so they
 * accept and refuse exactly the same rules.
 * @internal
 */
export function assertRuleShape(rule: Rule): void {
  // the common case, a well-formed rule, is checked without building any path; only a defect pays for paths
  if (!wellFormed(rule)) throw shapeError(rule) ?? new InvalidRuleError("(root): rule is malformed", { path: [] });
}

/**
 * The `INVALID_RULE` error, with the path of the first offending node, for a rule that is not well-formed;
 * `undefined` for a well-formed one. `evaluate` calls it only after its own walk has hit a defect.
 * @internal
 */
export function ruleShapeError(rule: Rule): InvalidRuleError | undefined {
  return wellFormed(rule) ? undefined : shapeError(rule);
}

/** The fast check: no allocation beyond the two stacks. */
function wellFormed(rule: Rule): boolean {
  const nodes: unknown[] = [rule];
  const depths: number[] = [1];
  let count = 0;
  while (nodes.length > 0) {
    const node = nodes.pop();
    const depth = depths.pop()!;
    if (depth > RULE_LIMITS.maxDepth || ++count > RULE_LIMITS.maxNodes || typeof node !== "object" || node === null) return false;
    const record = node as Record<string, unknown>;
    if ("fact" in record) {
      try {
        prepareCondition(record as unknown as Condition, []);
      } catch {
        return false;
      }
      continue;
    }
    if ("all" in record || "any" in record) {
      const list = "all" in record ? record["all"] : record["any"];
      if (!Array.isArray(list) || count + nodes.length + list.length > RULE_LIMITS.maxNodes) return false;
      for (let i = list.length - 1; i >= 0; i--) {
        nodes.push(list[i]);
        depths.push(depth + 1);
      }
    } else if ("not" in record) {
      nodes.push(record["not"]);
      depths.push(depth + 1);
    } else return false;
  }
  return true;
}

/** The slow walk, in the same order as {@link wellFormed}, that finds the first defect and its path. */
function shapeError(rule: Rule): InvalidRuleError | undefined {
  const stack: { node: unknown; depth: number; path: FieldPath }[] = [{ node: rule, depth: 1, path: [] }];
  let nodes = 0;
  while (stack.length > 0) {
    const { node, depth, path } = stack.pop()!;
    if (depth > RULE_LIMITS.maxDepth) return invalid(path, `rule nesting exceeds RULE_LIMITS.maxDepth (${RULE_LIMITS.maxDepth} levels)`);
    if (++nodes > RULE_LIMITS.maxNodes) return invalid(path, `rule has more than RULE_LIMITS.maxNodes (${RULE_LIMITS.maxNodes.toLocaleString("en")}) nodes`);
    if (typeof node !== "object" || node === null) return invalid(path, `expected a rule node ({ fact, op, value } or { all } / { any } / { not }), received ${describeValue(node)}`);
    const record = node as Record<string, unknown>;
    if ("fact" in record) {
      try {
        prepareCondition(record as unknown as Condition, path);
      } catch (error) {
        if (isTechnoparkError(error, "INVALID_RULE")) return withHint(error as InvalidRuleError);
        throw error;
      }
      continue;
    }
    const kind = "all" in record ? "all" : "any" in record ? "any" : "not" in record ? "not" : undefined;
    if (kind === undefined) return invalid(path, "expected a rule node with one of fact, all, any, not; received an object without them");
    if (kind === "not") {
      stack.push({ node: record["not"], depth: depth + 1, path: [...path, "not"] });
      continue;
    }
    const list = record[kind];
    if (!Array.isArray(list)) return invalid([...path, kind], `expected an array of rule nodes, received ${describeValue(list)}`);
    if (nodes + stack.length + list.length > RULE_LIMITS.maxNodes) {
      return invalid([...path, kind], `rule has more than RULE_LIMITS.maxNodes (${RULE_LIMITS.maxNodes.toLocaleString("en")}) nodes: the list has ${list.length.toLocaleString("en")} entries`);
    }
    for (let i = list.length - 1; i >= 0; i--) stack.push({ node: list[i], depth: depth + 1, path: [...path, kind, i] });
  }
  return undefined;
}

/** The same error, with the hint that untrusted rules go through parseRule. */
function withHint(error: InvalidRuleError): InvalidRuleError {
  const full = `${error.message}; validate untrusted rules with parseRule`;
  return new InvalidRuleError(full, { path: error.path, issues: [{ path: error.path, message: full }] });
}

/** @internal The error for a rule nested deeper than the limit (evaluation never recurses further). */
export function tooDeep(): InvalidRuleError {
  return new InvalidRuleError(
    `(root): rule nesting exceeds RULE_LIMITS.maxDepth (${RULE_LIMITS.maxDepth} levels); validate untrusted rules with parseRule`,
    { path: [] },
  );
}

/** @internal The error for a rule with more nodes than the limit. */
export function tooManyNodes(): InvalidRuleError {
  return new InvalidRuleError(`(root): rule has more than RULE_LIMITS.maxNodes (${RULE_LIMITS.maxNodes}) nodes`, { path: [] });
}

/** @internal The error for something that is not a rule node. */
export function notARule(node: unknown): InvalidRuleError {
  return new InvalidRuleError(
    `(root): expected a rule node ({ fact, op, value } or { all } / { any } / { not }) somewhere in the rule, received ${typeof node === "object" ? "an object without fact/all/any/not" : typeof node}; validate untrusted rules with parseRule`,
    { path: [] },
  );
}

function invalid(path: FieldPath, message: string): InvalidRuleError {
  const full = `${formatPath(path)}: ${message}; validate untrusted rules with parseRule`;
  return new InvalidRuleError(full, { path, issues: [{ path, message: full }] });
}
