import { z } from 'zod';

/** Where a value sits inside a channel's argument, e.g. ['draft', 'respondent', 'organisation']. */
export type FieldPath = Array<string | number>;

export interface Mutation {
  path: FieldPath;
  /** The wrong value put there; `undefined` means the field is left out. */
  value: unknown;
}

const GENERIC_WRONG: unknown[] = [undefined, null, 42, -1, 'x', '', true, {}, [], [42], { nested: { deeper: 42 } }];

/** Wrong values the field's own constraints suggest: one past a length or range limit, a fraction for an integer. */
function limitBreakers(schema: z.ZodType): unknown[] {
  if (schema instanceof z.ZodString) {
    return [
      ...(typeof schema.maxLength === 'number' ? ['x'.repeat(schema.maxLength + 1)] : []),
      ...(typeof schema.minLength === 'number' && schema.minLength > 0 ? ['x'.repeat(schema.minLength - 1)] : []),
    ];
  }
  if (schema instanceof z.ZodNumber) {
    return [
      ...(Number.isFinite(schema.maxValue) ? [(schema.maxValue as number) + 1] : []),
      ...(Number.isFinite(schema.minValue) ? [(schema.minValue as number) - 1] : []),
      ...(schema.isInt ? [1.5] : []),
      Number.NaN,
    ];
  }
  return [];
}

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

/**
 * Wrong arguments generated from a channel's schema and one valid example:
 * the whole argument replaced by values of the wrong shape, then every field
 * (however deep) replaced, one at a time, by each value its own schema
 * refuses. So a new channel, or a new field, is covered without a new table.
 */
export function mutations(schema: z.ZodType, valid: unknown): Mutation[] {
  const whole = GENERIC_WRONG.filter((value) => !schema.safeParse(value).success).map((value) => ({ path: [], value }));
  const fields = fieldsOf(schema, valid).flatMap(({ path, schema: field }) =>
    [...GENERIC_WRONG, ...limitBreakers(unwrapped(field))].filter((value) => !field.safeParse(value).success).map((value) => ({ path, value })),
  );
  return [...whole, ...fields];
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

export function describeMutation(m: Mutation): string {
  const shown = typeof m.value === 'string' && m.value.length > 20 ? `"x"×${m.value.length}` : JSON.stringify(m.value) ?? 'undefined';
  return `${m.path.length === 0 ? '(whole argument)' : m.path.join('.')} = ${shown}`;
}
