import { readFile } from "node:fs/promises";
import { parseRule, type Rule } from "../eligibility/index.js";
import { describeSystemError, inputError } from "./read-records.js";

/**
 * Reads a rule from a JSON file (a leading BOM is allowed) and checks it with `parseRule`; an unreadable file or
 * JSON that does not parse is an input error (exit 2), a bad rule an `INVALID_RULE` error naming the node.
 * @internal
 */
export async function readRuleFile(file: string): Promise<Rule> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw inputError(file, describeSystemError(error));
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw inputError(file, `not valid JSON (${error instanceof Error ? error.message.replace(/\s*\n\s*/g, " ") : String(error)})`);
  }
  return parseRule(json);
}
