/**
 * @file Messages for ajv's errors against the claims schema, as phrases of
 * `rules/checks.yaml` (`schema-…`) with their data:
 * "inputs.nk_troops.value must be a number or text such as "11000 soldiers",
 * but it is true/false (true)". Reads what a place expects from the schema
 * node the error carries (its `type` and first `examples` entry). Pure.
 */

import type { ErrorObject } from 'ajv';
import { phrase } from '../findings/interpolate.js';
import { describeValue } from '../yaml/describe.js';
import type { MessageValue, PhraseRef } from '../types.js';

type SchemaNode = Record<string, unknown>;

/** The path as a reader writes it: inputs.nk_troops.value, ignore[2] (the file itself: the phrase `schema-the-file`). */
export function label(segments: readonly string[]): MessageValue {
  if (segments.length === 0) return phrase('schema-the-file');
  return segments.map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

/** The JSON type name of a value. */
export function jsonType(data: unknown): string {
  if (data === null) return 'null';
  if (Array.isArray(data)) return 'array';
  if (typeof data === 'number') return Number.isInteger(data) ? 'integer' : 'number';
  return typeof data;
}

function flowExample(example: unknown): string {
  if (typeof example === 'string') return JSON.stringify(example);
  if (example !== null && typeof example === 'object' && !Array.isArray(example)) {
    return `{ ${Object.entries(example).map(([k, v]) => `${k}: ${String(v)}`).join(', ')} }`;
  }
  return JSON.stringify(example);
}

/** " such as …" after what a place expects, or nothing. */
function suchAs(example: unknown, show: boolean): MessageValue {
  return show && example !== undefined ? phrase('schema-such-as', { example: flowExample(example) }) : '';
}

/** "a, b, or c": the phrases `list-comma` and `list-comma-or`. */
function commaOr(parts: readonly MessageValue[]): MessageValue {
  if (parts.length === 1) return parts[0]!;
  const items = parts.slice(1, -1).reduce<MessageValue>((first, next) => phrase('list-comma', { first, next }), parts[0]!);
  return phrase('list-comma-or', { items, last: parts[parts.length - 1]! });
}

/** "a or b or c": the phrase `list-or`. */
function plainOr(parts: readonly MessageValue[]): MessageValue {
  if (parts.length === 0) return '';
  return parts.slice(1).reduce<MessageValue>((items, last) => phrase('list-or', { items, last }), parts[0]!);
}

/** What a schema node accepts: "text", "a number or text such as "11000 soldiers"", "a list"… */
export function expected(node: unknown): MessageValue {
  const n = (node ?? {}) as SchemaNode;
  const types = ([] as string[]).concat((n['type'] as string | string[] | undefined) ?? []);
  const examples = Array.isArray(n['examples']) ? (n['examples'] as unknown[]) : [];
  const textExample = examples.find((e) => typeof e === 'string');
  const objectExample = examples.find((e) => e !== null && typeof e === 'object' && !Array.isArray(e));
  const parts: MessageValue[] = [];
  if (types.includes('string')) {
    const id = types.includes('number') && types.includes('object') ? 'schema-expect-number-or-text' : 'schema-expect-text';
    parts.push(phrase(id, { example: suchAs(textExample, true) }));
  } else if (types.includes('number') || types.includes('integer')) parts.push(phrase('schema-expect-number'));
  if (types.includes('boolean')) parts.push(phrase('schema-expect-boolean'));
  if (types.includes('array')) parts.push(phrase('schema-expect-list'));
  if (types.includes('object')) parts.push(phrase('schema-expect-keys', { example: suchAs(objectExample, types.includes('string')) }));
  return parts.length === 0 ? phrase('found-other') : commaOr(parts);
}

/** The message for one (already collapsed) ajv error, as a phrase with data; `data` is the value at its path. */
export function messageFor(error: ErrorObject, segments: readonly string[], data: unknown): PhraseRef {
  const where = label(segments);
  // Compiled with `verbose`: each error carries the schema it failed (schemaPath restarts at every $ref).
  const parent = error.parentSchema;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      return phrase('schema-type', { where, expected: expected(parent), found: describeValue(data) });
    case 'enum':
      return phrase('schema-enum', { where, values: (params['allowedValues'] as unknown[]).filter((v) => v !== null).join(', '), found: describeValue(data) });
    case 'required':
      return phrase('schema-required', { where, key: String(params['missingProperty']) });
    case 'additionalProperties': {
      const key = String(params['additionalProperty']);
      if (parent && typeof parent === 'object' && 'patternProperties' in parent) return phrase('schema-not-a-name', { key, where });
      return phrase('schema-unknown-key', { key, where: segments.length === 0 ? phrase('schema-top-level') : where });
    }
    case 'oneOf': {
      const branches = Array.isArray(error.schema) ? (error.schema as unknown[]) : [];
      const words = branches
        .map((b) => ([] as string[]).concat(((b as SchemaNode)['type'] as string | string[]) ?? []))
        .filter((t) => !t.includes('null'))
        .map((t) => (t.includes('array') ? phrase('schema-expect-texts') : expected({ type: t })));
      return phrase('schema-type', { where, expected: plainOr(words), found: describeValue(data) });
    }
    case 'anyOf':
      return phrase('schema-value-or-range', { where });
    case 'not':
      return phrase('schema-value-and-range', { where });
    case 'minItems':
      return phrase('schema-min-items', { where });
    case 'pattern':
      return error.propertyName !== undefined
        ? phrase('schema-name-one-word', { name: error.propertyName, where })
        : phrase('schema-other', { where, detail: error.message ?? phrase('schema-not-allowed') });
    default:
      return phrase('schema-other', { where, detail: error.message ?? phrase('schema-not-allowed-here') });
  }
}
