/**
 * @file Turns the `yaml` library's error and warning messages into plain
 * English for the `yaml-syntax` finding: what is wrong on this line and,
 * where it helps, the usual cause. No library jargon ("YAMLParseError",
 * "implicit key", "flow collection") reaches the user.
 *
 * Pure: no I/O.
 */

import type { YAMLError } from 'yaml';

const PREFIX = 'the YAML is not valid here: ';

/** A short quotation of the text at an offset, for "'x' is not expected here". */
function textAt(text: string, start: number, end: number): string {
  const piece = text.slice(start, Math.max(start + 1, Math.min(end, start + 20))).split(/\r?\n/)[0] ?? '';
  return piece.trim() === '' ? 'this' : `'${piece.trim()}'`;
}

/**
 * A plain-English reason for a YAML syntax error, from its code, message and
 * the text at its position.
 */
export function plainReason(error: Pick<YAMLError, 'code' | 'message' | 'pos'>, text: string): string {
  const [start, end] = error.pos;
  const m = error.message;
  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
      return m.startsWith('Nested mappings')
        ? `${PREFIX}a mapping value is not allowed (did you forget a space after ':', or does the value contain ': ' and need quotes?)`
        : `${PREFIX}a list cannot be used as a key`;
    case 'MULTILINE_IMPLICIT_KEY':
      return `${PREFIX}a key must be on one line and be followed by ':' (is a ':' missing, or is the indentation of the next line wrong?)`;
    case 'BAD_INDENT':
      if (m.includes('sequence items')) return `${PREFIX}the items of this list do not start in the same column`;
      if (m.includes('mapping items')) return `${PREFIX}the keys at this level do not start in the same column (check the indentation)`;
      if (m.includes('Flow sequence') || m.includes('Flow mapping')) {
        return `${PREFIX}a '[' or '{' is not closed, or what follows it is not indented enough`;
      }
      return `${PREFIX}the indentation is wrong (keys at the same level must start in the same column)`;
    case 'TAB_AS_INDENT':
      return `${PREFIX}a tab is used for indentation; YAML needs spaces`;
    case 'MISSING_CHAR':
      if (m.includes('closing "quote')) return `${PREFIX}a double quote (") is opened but never closed`;
      if (m.includes("closing 'quote")) return `${PREFIX}a single quote (') is opened but never closed`;
      if (m.includes('Implicit map keys')) return `${PREFIX}this line has no ':' after its key (every key needs a ':' and then its value)`;
      if (m.includes('Missing , or :')) return `${PREFIX}a ',' or ':' is missing between the entries inside '{ }'`;
      if (m.includes('Missing ,')) return `${PREFIX}a ',' is missing between the entries inside '[ ]' or '{ }'`;
      if (m.includes('space after :')) return `${PREFIX}a space is missing after ':' inside '{ }'`;
      if (m.includes('Comments')) return `${PREFIX}a '#' comment needs a space before it`;
      if (m.includes('Sequence item')) return `${PREFIX}a list item here has no '-' in front of it`;
      if (m.includes('Tags and anchors')) return `${PREFIX}an anchor (&name) or tag (!tag) must be followed by a space`;
      return `${PREFIX}a character is missing (a quote, a ':' or a ',')`;
    case 'BLOCK_IN_FLOW':
      return `${PREFIX}inside '[ ]' or '{ }' entries must be separated by ',' (and cannot use indented lines or '- ' items)`;
    case 'BAD_SCALAR_START': {
      const ch = /character (.)\s*$/u.exec(m)?.[1];
      return ch === undefined
        ? `${PREFIX}this value cannot start the way it does; put it in quotes`
        : `${PREFIX}a value cannot start with '${ch}' unless it is in quotes`;
    }
    case 'BAD_DQ_ESCAPE': {
      const seq = /sequence (.+)$/u.exec(m)?.[1] ?? 'here';
      return `${PREFIX}${seq} is not a valid escape inside double quotes (use single quotes, or write \\\\ for a backslash)`;
    }
    case 'MULTIPLE_DOCS':
      return `${PREFIX}the file holds more than one YAML document (a second '---' line); a claims file is a single document`;
    case 'DUPLICATE_KEY':
      return `${PREFIX}a key appears twice`;
    case 'KEY_OVER_1024_CHARS':
      return `${PREFIX}a key is longer than 1024 characters`;
    case 'MULTIPLE_ANCHORS':
      return `${PREFIX}a value has more than one anchor (&name)`;
    case 'MULTIPLE_TAGS':
      return `${PREFIX}a value has more than one tag (!tag)`;
    case 'ALIAS_PROPS':
      return `${PREFIX}an alias (*name) cannot have an anchor or a tag`;
    case 'BAD_ALIAS':
      return `${PREFIX}an anchor (&name) or alias (*name) needs a name that does not end in ':'`;
    case 'BAD_PROP_ORDER':
      return `${PREFIX}an anchor (&name) or tag (!tag) must come after the '-' or '?' that starts the entry`;
    case 'BAD_DIRECTIVE':
      return `${PREFIX}the line starting with '%' is not a directive this tool understands`;
    case 'NON_STRING_KEY':
      return `${PREFIX}a key must be a plain word, not a list or a set of key: value pairs`;
    case 'RESOURCE_EXHAUSTION':
      return `${PREFIX}the file is nested too deeply or is too complex to read`;
    case 'TAG_RESOLVE_FAILED':
    case 'BAD_COLLECTION_TYPE':
      return `${PREFIX}the tag ${textAt(text, start, end)} cannot be used here`;
    case 'UNEXPECTED_TOKEN':
      return `${PREFIX}${textAt(text, start, end)} is not expected at this point (check the indentation and the line before)`;
    case 'IMPOSSIBLE':
    default:
      return `${PREFIX}the text cannot be read as YAML at this point`;
  }
}
