import { entityNames, toJsonSchema } from "../entities/index.js";
import { choiceFlag, parseCommandArgs } from "./args.js";
import { resolveEntityName } from "./entity-name.js";
import type { CliIo } from "./io.js";
import { write } from "./output.js";

/** Help text of `technopark schema`. */
export const SCHEMA_HELP = `Usage: technopark schema <entity> [--io input|output]

Prints the JSON Schema (draft 2020-12) of an entity, generated from the schema the library parses with.
Entities: ${entityNames.join(", ")}
(names are case-insensitive; export-deal works for ExportDeal)

Options:
  --io input|output   what parsing accepts (default) or what it returns
  -h, --help          show this help
`;

/**
 * `technopark schema <entity>`: the JSON Schema of an entity on stdout.
 * @internal
 */
export async function schema(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("schema", argv, { io: { type: "string" } }, { min: 1, max: 1, names: "the entity name (e.g. Company)" });
  if (values["help"] === true) {
    io.stdout.write(SCHEMA_HELP);
    return 0;
  }
  const name = resolveEntityName(positionals[0]!, "schema");
  const mode = choiceFlag(values, "io", ["input", "output"] as const, "input", "schema");
  await write(io.stdout, `${JSON.stringify(toJsonSchema(name, { io: mode }), null, 2)}\n`);
  return 0;
}
