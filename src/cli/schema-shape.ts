import type { z } from "zod";

/** What a CSV cell may become at one field path, read from the zod schema's shape. */
export interface FieldShape {
  /** The scalar kinds the field accepts (`string` wins over `number`: a `regionCode` of `47` stays `"47"`). */
  readonly kinds: ReadonlySet<"string" | "number" | "boolean">;
  /** True when the field is a list of scalars (a cell `a;b` becomes `["a", "b"]`). */
  readonly list: boolean;
  /** True when the field is a Money object (`{ amount, currency }`): a cell `1500000000 KRW` becomes one. */
  readonly money: boolean;
  /** True when the field is a calendar date (`format: "date"` in its metadata): `2016.3.2` and Excel dates become `2016-03-02`. */
  readonly date: boolean;
  /** True when the field is an object or a list of objects (a cell cannot hold it: use dotted sub-columns). */
  readonly composite: boolean;
}

type Def = { readonly type: string; readonly [key: string]: unknown };

function defOf(schema: unknown): Def {
  return (schema as { _zod: { def: Def } })._zod.def;
}

/** Strips wrappers that do not change what a cell holds (optional, nullable, default, readonly, pipe input, lazy). */
function unwrap(schema: unknown): unknown {
  let current = schema;
  for (let guard = 0; guard < 32; guard++) {
    const def = defOf(current);
    if (["optional", "nullable", "default", "prefault", "readonly", "catch", "nonoptional", "success"].includes(def.type)) {
      current = def["innerType"];
    } else if (def.type === "pipe") {
      current = def["in"];
    } else if (def.type === "lazy") {
      current = (def["getter"] as () => unknown)();
    } else {
      return current;
    }
  }
  return current;
}

/** The alternatives of a union (or the schema itself), unwrapped. */
function alternatives(schema: unknown): unknown[] {
  const inner = unwrap(schema);
  const def = defOf(inner);
  if (def.type === "union") return (def["options"] as unknown[]).flatMap(alternatives);
  return [inner];
}

/**
 * The schema found at a dotted field path (`location.sigungu`, `monthEndHeadcounts.0.fullTime`), or
 * `undefined` when the path is not a field of the schema.
 * @internal
 */
export function schemaAt(root: z.ZodType, path: readonly string[]): unknown[] | undefined {
  let current: unknown[] = [root];
  for (const segment of path) {
    const next: unknown[] = [];
    for (const candidate of current) {
      for (const alternative of alternatives(candidate)) {
        const def = defOf(alternative);
        if (def.type === "object") {
          const shape = def["shape"] as Record<string, unknown>;
          if (Object.hasOwn(shape, segment)) next.push(shape[segment]);
        } else if (def.type === "array" && /^\d+$/.test(segment)) {
          next.push(def["element"]);
        } else if (def.type === "record") {
          next.push(def["valueType"]);
        }
      }
    }
    if (next.length === 0) return undefined;
    current = next;
  }
  return current;
}

function isMoneyObject(def: Def): boolean {
  if (def.type !== "object") return false;
  const keys = Object.keys(def["shape"] as object).sort();
  return keys.length === 2 && keys[0] === "amount" && keys[1] === "currency";
}

/**
 * Describes what a cell at `path` may become; `undefined` when the schema has no such field.
 * @internal
 */
export function fieldShape(root: z.ZodType, path: readonly string[]): FieldShape | undefined {
  const found = schemaAt(root, path);
  if (found === undefined) return undefined;
  const kinds = new Set<"string" | "number" | "boolean">();
  let list = false;
  let money = false;
  let composite = false;
  let date = false;
  const visitScalar = (def: Def): boolean => {
    switch (def.type) {
      case "string":
      case "enum":
      case "template_literal":
        kinds.add("string");
        return true;
      case "number":
      case "int":
      case "bigint":
        kinds.add("number");
        return true;
      case "boolean":
        kinds.add("boolean");
        return true;
      case "literal":
        for (const value of def["values"] as unknown[]) {
          if (typeof value === "string") kinds.add("string");
          else if (typeof value === "number") kinds.add("number");
          else if (typeof value === "boolean") kinds.add("boolean");
        }
        return true;
      case "any":
      case "unknown":
        kinds.add("string");
        return true;
      default:
        return false;
    }
  };
  for (const schema of found) {
    for (const alternative of alternatives(schema)) {
      const def = defOf(alternative);
      if (def.type === "string" && isDateSchema(alternative)) date = true;
      if (visitScalar(def)) continue;
      if (isMoneyObject(def)) {
        money = true;
      } else if (def.type === "array") {
        const element = alternatives(def["element"]);
        let scalars = true;
        for (const item of element) if (!visitScalar(defOf(item))) scalars = false;
        if (scalars) list = true;
        else composite = true;
      } else {
        composite = true;
      }
    }
  }
  return { kinds, list, money, date, composite: composite && !money && !list && kinds.size === 0 };
}

/** True for a string schema whose metadata says it holds a calendar date (the library's `IsoDate`). */
function isDateSchema(schema: unknown): boolean {
  const meta = (schema as { meta?: () => unknown }).meta;
  if (typeof meta !== "function") return false;
  const data = meta.call(schema) as { format?: unknown } | undefined;
  return data?.format === "date";
}
