import { entityNames, type EntityName } from "../entities/index.js";
import { usageError } from "./args.js";

const normalise = (name: string): string => name.replace(/[-_\s]/g, "").toLowerCase();

/**
 * Resolves an entity name as typed on the command line (`Company`, `company`, `export-deal`, `ExportDeal`)
 * to the schema name; an unknown name is a usage error listing the known ones.
 * @internal
 */
export function resolveEntityName(name: string, command: string): EntityName {
  const wanted = normalise(name);
  const found = entityNames.find((candidate) => normalise(candidate) === wanted);
  if (found === undefined) throw usageError(`${command}: unknown entity ${JSON.stringify(name)}; known: ${entityNames.join(", ")}`, command);
  return found;
}
