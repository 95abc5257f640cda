/**
 * A small structural JSON Schema (draft 2020-12) checker for tests: enough of the vocabulary zod emits
 * ($ref to $defs, type, properties, required, additionalProperties, items, prefixItems, enum, const, anyOf,
 * oneOf, allOf, pattern, minLength, maxLength, minimum, maximum, exclusiveMinimum, exclusiveMaximum, minItems)
 * to say whether a record fits the generated schema. Returns the list of problems (empty when it fits).
 * Unknown keywords are reported, so a schema this checker cannot read fails loudly instead of passing.
 */
type Schema = boolean | Record<string, unknown>;

const KNOWN = new Set([
  "$schema", "$ref", "$defs", "$id", "id", "title", "description", "default", "examples", "readOnly", "format", "type", "properties",
  "required", "additionalProperties", "items", "prefixItems", "enum", "const", "anyOf", "oneOf", "allOf", "pattern",
  "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems",
]);

export function checkJsonSchema(root: Record<string, unknown>, value: unknown): string[] {
  const defs = (root.$defs ?? {}) as Record<string, Schema>;
  const problems: string[] = [];
  const visit = (schema: Schema, data: unknown, path: string): boolean => {
    if (schema === true) return true;
    if (schema === false) return fail(path, "schema false");
    for (const key of Object.keys(schema)) if (!KNOWN.has(key)) return fail(path, `unsupported keyword ${key}`);
    if (typeof schema.$ref === "string") {
      const name = schema.$ref.replace("#/$defs/", "");
      const target = schema.$ref === "#" ? root : defs[name];
      if (target === undefined) return fail(path, `unresolved $ref ${schema.$ref}`);
      if (!visit(target, data, path)) return false;
    }
    if (schema.type !== undefined && !typeMatches(schema.type as string | string[], data)) return fail(path, `expected type ${String(schema.type)}`);
    if (schema.const !== undefined && schema.const !== data) return fail(path, `expected const ${JSON.stringify(schema.const)}`);
    if (Array.isArray(schema.enum) && !schema.enum.includes(data)) return fail(path, `expected one of ${JSON.stringify(schema.enum)}`);
    if (Array.isArray(schema.anyOf) && !schema.anyOf.some((s) => quiet(s as Schema, data))) return fail(path, "no anyOf branch matches");
    if (Array.isArray(schema.oneOf) && schema.oneOf.filter((s) => quiet(s as Schema, data)).length !== 1) return fail(path, "not exactly one oneOf branch matches");
    if (Array.isArray(schema.allOf)) for (const s of schema.allOf) if (!visit(s as Schema, data, path)) return false;
    if (typeof data === "string") {
      if (typeof schema.pattern === "string" && !new RegExp(schema.pattern, "u").test(data)) return fail(path, `does not match ${schema.pattern}`);
      if (typeof schema.minLength === "number" && [...data].length < schema.minLength) return fail(path, "too short");
      if (typeof schema.maxLength === "number" && [...data].length > schema.maxLength) return fail(path, "too long");
    }
    if (typeof data === "number") {
      if (typeof schema.minimum === "number" && data < schema.minimum) return fail(path, "below minimum");
      if (typeof schema.maximum === "number" && data > schema.maximum) return fail(path, "above maximum");
      if (typeof schema.exclusiveMinimum === "number" && data <= schema.exclusiveMinimum) return fail(path, "not above exclusiveMinimum");
      if (typeof schema.exclusiveMaximum === "number" && data >= schema.exclusiveMaximum) return fail(path, "not below exclusiveMaximum");
    }
    if (Array.isArray(data)) {
      if (typeof schema.minItems === "number" && data.length < schema.minItems) return fail(path, "too few items");
      if (typeof schema.maxItems === "number" && data.length > schema.maxItems) return fail(path, "too many items");
      const prefix = Array.isArray(schema.prefixItems) ? (schema.prefixItems as Schema[]) : [];
      for (let i = 0; i < data.length; i++) {
        const itemSchema = i < prefix.length ? prefix[i] : (schema.items as Schema | undefined);
        if (itemSchema !== undefined && !visit(itemSchema, data[i], `${path}[${i}]`)) return false;
      }
    }
    if (typeof data === "object" && data !== null && !Array.isArray(data)) {
      const record = data as Record<string, unknown>;
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      if (Array.isArray(schema.required)) for (const key of schema.required as string[]) if (!(key in record)) return fail(path, `missing required ${key}`);
      for (const [key, item] of Object.entries(record)) {
        if (key in properties) {
          if (!visit(properties[key]!, item, `${path}.${key}`)) return false;
        } else if (schema.additionalProperties === false) {
          return fail(path, `unexpected property ${key}`);
        } else if (typeof schema.additionalProperties === "object" && !visit(schema.additionalProperties as Schema, item, `${path}.${key}`)) {
          return false;
        }
      }
    }
    return true;
  };
  const quiet = (schema: Schema, data: unknown): boolean => {
    const before = problems.length;
    const ok = visit(schema, data, "");
    problems.length = before;
    return ok;
  };
  const fail = (path: string, message: string): false => {
    problems.push(`${path || "(root)"}: ${message}`);
    return false;
  };
  visit(root, value, "");
  return problems;
}

function typeMatches(type: string | string[], data: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => {
    switch (t) {
      case "string": return typeof data === "string";
      case "number": return typeof data === "number" && Number.isFinite(data);
      case "integer": return typeof data === "number" && Number.isInteger(data);
      case "boolean": return typeof data === "boolean";
      case "null": return data === null;
      case "array": return Array.isArray(data);
      case "object": return typeof data === "object" && data !== null && !Array.isArray(data);
      default: return false;
    }
  });
}
