import { z } from 'zod';

/** Where a value sits inside a channel's argument, e.g. ['draft', 'respondent', 'organisation']. */
export type FieldPath = Array<string | number>;

/** The schema under optional/nullable/default wrappers, for a value that is present. */
function unwrapped(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) return unwrapped(schema.unwrap() as z.ZodType);
  return schema;
}

/** For a union, the option that accepts the value, so its fields can be walked. */
function chosenOption(schema: z.ZodType, value: unknown): z.ZodType {
  const inner = unwrapped(schema);
  if (inner instanceof z.ZodUnion || inner instanceof z.ZodDiscriminatedUnion) {
    return (inner.options as readonly z.ZodType[]).find((option) => option.safeParse(value).success) ?? inner;
  }
  return inner;
}

/** Every field below `value` (objects, arrays through their first element, the chosen option of a union) with its schema. */
export function fieldsOf(schema: z.ZodType, value: unknown, path: FieldPath = []): Array<{ path: FieldPath; schema: z.ZodType; value: unknown }> {
  if (value === null || value === undefined) return [];
  const inner = chosenOption(schema, value);
  if (inner instanceof z.ZodObject && typeof value === 'object') {
    return Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, field]) => {
      const child = (value as Record<string, unknown>)[key];
      return [{ path: [...path, key], schema: field, value: child }, ...fieldsOf(field, child, [...path, key])];
    });
  }
  if (inner instanceof z.ZodArray && Array.isArray(value) && value.length > 0) {
    const element = inner.element as z.ZodType;
    return [{ path: [...path, 0], schema: element, value: value[0] }, ...fieldsOf(element, value[0], [...path, 0])];
  }
  return [];
}

export function withValueAt(root: unknown, path: FieldPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined && !Array.isArray(at)) delete at[last];
  else at[last] = value;
  return copy;
}
