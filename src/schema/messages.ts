/**
 * @file Plain-English messages for ajv's errors against the claims schema:
 * "inputs.nk_troops.value must be a number or text such as "11000 soldiers",
 * but it is true/false (true)". Reads what a place expects from the schema
 * node the error carries (its `type` and first `examples` entry). Pure.
 */

import type { ErrorObject } from 'ajv';

type SchemaNode = Record<string, unknown>;

/** The path as a reader writes it: inputs.nk_troops.value, ignore[2]. */
export function label(segments: readonly string[]): string {
  if (segments.length === 0) return 'the claims file';
  return segments.map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

/** What a value is, in a journalist's words. */
export function describeValue(data: unknown): string {
  if (data === null || data === undefined) return 'empty';
  if (Array.isArray(data)) return 'a list';
  if (typeof data === 'object') return 'a set of key: value pairs';
  if (typeof data === 'boolean') return `true/false (${String(data)})`;
  if (typeof data === 'number') return `a number (${String(data)})`;
  return 'a piece of text';
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

/** What a schema node accepts: "text", "a number or text such as "11000 soldiers"", "a list"… */
export function expected(node: unknown): string {
  const n = (node ?? {}) as SchemaNode;
  const types = ([] as string[]).concat((n['type'] as string | string[] | undefined) ?? []);
  const examples = Array.isArray(n['examples']) ? (n['examples'] as unknown[]) : [];
  const textExample = examples.find((e) => typeof e === 'string');
  const objectExample = examples.find((e) => e !== null && typeof e === 'object' && !Array.isArray(e));
  const parts: string[] = [];
  if (types.includes('string')) parts.push(`${types.includes('number') && types.includes('object') ? 'a number or text' : 'text'}${textExample !== undefined ? ` such as ${flowExample(textExample)}` : ''}`);
  else if (types.includes('number') || types.includes('integer')) parts.push('a number');
  if (types.includes('boolean')) parts.push('true or false');
  if (types.includes('array')) parts.push('a list');
  if (types.includes('object')) parts.push(`a set of keys${objectExample !== undefined && types.includes('string') ? ` such as ${flowExample(objectExample)}` : ''}`);
  return parts.length === 0 ? 'something else' : parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')}, or ${parts[parts.length - 1]}`;
}

/** The message for one (already collapsed) ajv error; `data` is the value at its path. */
export function messageFor(error: ErrorObject, segments: readonly string[], data: unknown): string {
  const where = label(segments);
  // Compiled with `verbose`: each error carries the schema it failed (schemaPath restarts at every $ref).
  const parent = error.parentSchema;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      return `${where} must be ${expected(parent)}, but it is ${describeValue(data)}`;
    case 'enum':
      return `${where} must be one of ${(params['allowedValues'] as unknown[]).filter((v) => v !== null).join(', ')}, but it is ${describeValue(data)}`;
    case 'required':
      return `${where} needs \`${String(params['missingProperty'])}:\``;
    case 'additionalProperties': {
      const key = String(params['additionalProperty']);
      if (parent && typeof parent === 'object' && 'patternProperties' in parent) return `'${key}' in ${where} is not a name: a name is a letter, then letters, digits or _`;
      return `unknown key '${key}' in ${segments.length === 0 ? 'the top level' : where}`;
    }
    case 'oneOf': {
      const branches = Array.isArray(error.schema) ? (error.schema as unknown[]) : [];
      const words = branches
        .map((b) => ([] as string[]).concat(((b as SchemaNode)['type'] as string | string[]) ?? []))
        .filter((t) => !t.includes('null'))
        .map((t) => (t.includes('array') ? 'a list of texts' : expected({ type: t })));
      return `${where} must be ${words.join(' or ')}, but it is ${describeValue(data)}`;
    }
    case 'anyOf':
      return `${where} needs \`value:\`, or \`low:\` and \`high:\``;
    case 'not':
      return `${where} has both \`value:\` and \`low:\`/\`high:\`; use one or the other`;
    case 'minItems':
      return `${where} must list at least one entry`;
    case 'pattern':
      return error.propertyName !== undefined ? `the name '${error.propertyName}' in ${where} must be one word` : `${where} ${error.message ?? 'is not allowed'}`;
    default:
      return `${where} ${error.message ?? 'is not allowed here'}`;
  }
}
