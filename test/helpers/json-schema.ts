/**
 * A JSON Schema (draft-07) validator for the keywords schemas/vipa-check.schema.json uses: type,
 * properties, additionalProperties, required, items, uniqueItems, enum, propertyNames.pattern,
 * anyOf and local $ref. Formats are not checked. Returns one message per violation, with its path.
 */
type Schema = Record<string, unknown>;

export function validateJson(value: unknown, schema: Schema, root: Schema = schema, path = ''): string[] {
  if (typeof schema.$ref === 'string') {
    const target = schema.$ref.replace(/^#\//, '').split('/').reduce<unknown>((node, key) => (node as Schema)[key], root) as Schema;
    return validateJson(value, { ...target, ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$ref')) }, root, path);
  }
  const errors: string[] = [];
  const at = path || '/';
  if (schema.type !== undefined && !hasType(value, schema.type as string)) return [`${at}: expected ${String(schema.type)}`];
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) errors.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if (Array.isArray(schema.anyOf) && !schema.anyOf.some((option) => validateJson(value, option as Schema, root, path).length === 0)) errors.push(`${at}: matches none of anyOf`);
  if (Array.isArray(value)) {
    if (schema.items) value.forEach((item, i) => errors.push(...validateJson(item, schema.items as Schema, root, `${path}/${i}`)));
    if (schema.uniqueItems && new Set(value.map((item) => JSON.stringify(item))).size !== value.length) errors.push(`${at}: items are not unique`);
  } else if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of (schema.required as string[] | undefined) ?? []) if (!(key in object)) errors.push(`${at}: missing "${key}"`);
    const properties = (schema.properties as Record<string, Schema> | undefined) ?? {};
    const pattern = (schema.propertyNames as Schema | undefined)?.pattern;
    for (const [key, item] of Object.entries(object)) {
      if (typeof pattern === 'string' && !new RegExp(pattern).test(key)) errors.push(`${at}: property name "${key}" does not match ${pattern}`);
      if (properties[key]) errors.push(...validateJson(item, properties[key], root, `${path}/${key}`));
      else if (schema.additionalProperties === false) errors.push(`${at}: unexpected property "${key}"`);
      else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') errors.push(...validateJson(item, schema.additionalProperties as Schema, root, `${path}/${key}`));
    }
  }
  return errors;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'null':
      return value === null;
    default:
      return typeof value === type;
  }
}
