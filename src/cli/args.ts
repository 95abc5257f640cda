import { parseArgs, type ParseArgsConfig } from "node:util";
import { ValidationError } from "../errors/technopark-error.js";
import { isIsoDate } from "../time/index.js";

/**
 * A usage error (exit 2): a bad flag, a missing argument, an unknown programme. Its path starts with
 * `"argv"` so `main` can add a pointer to the command's `--help`.
 * @internal
 */
export function usageError(message: string, command?: string): ValidationError {
  return new ValidationError(message, { path: command === undefined ? ["argv"] : ["argv", command] });
}

/** @internal True for an error made by {@link usageError}. */
export function isUsageError(error: { readonly path: readonly (string | number)[] }): boolean {
  return error.path[0] === "argv";
}

type Options = NonNullable<ParseArgsConfig["options"]>;

/** The parsed flags and positionals of one command. */
export interface ParsedArgs {
  /** Flag values by name (strings, booleans, or arrays of strings for `multiple` flags). */
  readonly values: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
  /** The positional arguments. */
  readonly positionals: readonly string[];
}

/**
 * Parses a command's arguments with `node:util` `parseArgs` in strict mode; an unknown flag, a flag missing
 * its value or an unexpected positional becomes a one-line usage error.
 * @internal
 */
export function parseCommandArgs(command: string, argv: readonly string[], options: Options, positionals: { min: number; max: number; names: string }): ParsedArgs {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0]!.replace(/\. To specify a positional argument.*$/, "") : String(error);
    throw usageError(message.replace(/^Unknown option '(.+?)'$/, "unknown option $1"), command);
  }
  const values = parsed.values as ParsedArgs["values"];
  if (values["help"] === true) return { values, positionals: parsed.positionals };
  if (parsed.positionals.length < positionals.min) throw usageError(`${command}: missing ${positionals.names}`, command);
  if (parsed.positionals.length > positionals.max) {
    throw usageError(`${command}: unexpected argument ${JSON.stringify(parsed.positionals[positionals.max])}`, command);
  }
  return { values, positionals: parsed.positionals };
}

/** @internal A string flag's value, or `undefined`. */
export function stringFlag(values: ParsedArgs["values"], name: string): string | undefined {
  const value = values[name];
  return typeof value === "string" ? value : undefined;
}

/** @internal A string flag restricted to a list of choices. */
export function choiceFlag<T extends string>(values: ParsedArgs["values"], name: string, choices: readonly T[], fallback: T, command: string): T {
  const value = stringFlag(values, name);
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) {
    throw usageError(`--${name}: expected one of ${choices.join(", ")}, received ${JSON.stringify(value)}`, command);
  }
  return value as T;
}

/** @internal The `--as-of` date (a real calendar date `YYYY-MM-DD`), or today's date in Asia/Seoul. */
export function asOfFlag(values: ParsedArgs["values"], today: string, command: string): string {
  const value = stringFlag(values, "as-of");
  if (value === undefined) return today;
  if (!isIsoDate(value)) throw usageError(`--as-of: expected a date YYYY-MM-DD, received ${JSON.stringify(value)}`, command);
  return value;
}
