// A small scanner for the wording test (wording-in-code.test.ts): the string
// and template literals of a TypeScript source, each with the code just
// before it, so the test can tell a sentence in a message position
// (`reason: '…'`, `new UsageError('…')`, `.report(span, '…')`) from any other
// text. Comments and regular-expression literals are skipped. Not a full
// parser: good enough for this codebase's sources, which the test reads whole.

/** A literal: its text (template holes shown as `${…}`), its line, and up to 80 characters of code before it. */
export interface Literal {
  text: string;
  line: number;
  before: string;
}

/** After one of these (ignoring spaces), a `/` starts a regular expression, not a division. */
const REGEX_AFTER = /(^|[(,=:[!&|?{};+\-*%<>~^]|\breturn|\btypeof|\bcase|\bof|\bin)\s*$/;

export function literalsOf(source: string): Literal[] {
  const out: Literal[] = [];
  let i = 0;
  let code = '';
  const lineAt = (pos: number): number => source.slice(0, pos).split('\n').length;
  const readQuoted = (quote: string): string => {
    let text = '';
    i++;
    while (i < source.length && source[i] !== quote) {
      if (source[i] === '\\') {
        text += source[i + 1] ?? '';
        i += 2;
      } else text += source[i++];
    }
    i++;
    return text;
  };
  const readTemplate = (): string => {
    let text = '';
    i++;
    while (i < source.length && source[i] !== '`') {
      if (source[i] === '\\') {
        text += source[i + 1] ?? '';
        i += 2;
      } else if (source[i] === '$' && source[i + 1] === '{') {
        // Skip the hole, counting braces (and nested literals).
        let depth = 1;
        i += 2;
        while (i < source.length && depth > 0) {
          const c = source[i]!;
          if (c === '{') depth++;
          else if (c === '}') depth--;
          else if (c === "'" || c === '"') {
            readQuoted(c);
            continue;
          } else if (c === '`') {
            readTemplate();
            continue;
          }
          i++;
        }
        text += '${…}';
      } else text += source[i++];
    }
    i++;
    return text;
  };
  while (i < source.length) {
    const c = source[i]!;
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? source.length : end + 2;
    } else if (c === '/' && REGEX_AFTER.test(code.slice(-40))) {
      i++;
      let inClass = false;
      while (i < source.length && (source[i] !== '/' || inClass) && source[i] !== '\n') {
        if (source[i] === '\\') i++;
        else if (source[i] === '[') inClass = true;
        else if (source[i] === ']') inClass = false;
        i++;
      }
      i++;
      code += '/re/';
    } else if (c === "'" || c === '"' || c === '`') {
      const start = i;
      const text = c === '`' ? readTemplate() : readQuoted(c);
      out.push({ text, line: lineAt(start), before: code.slice(-80) });
      code += '""';
    } else {
      code += c;
      i++;
    }
  }
  return out;
}

/** Text that reads as an English sentence or clause: four words or more, mostly letters. */
export function looksLikeSentence(text: string): boolean {
  const words = text.replace(/\$\{…\}/g, ' ').match(/[A-Za-z][a-z'’]*/g) ?? [];
  return words.filter((w) => w.length > 1 || /^[aI]$/.test(w)).length >= 4 && /[a-z]{3,} [a-z]{2,} [a-z]{2,}/.test(text);
}

/**
 * Code before a literal that puts it where a message goes: a property that
 * holds what a user reads (`reason:`, `message:`, `hint:`, `what:`…), the
 * first argument of an error (`new SetupError(`), or the text argument of a
 * `.report(span, …)`.
 */
export const MESSAGE_POSITION = /(\b(reason|message|problem|why|hint|note|what|meaning|cause|invalid|words|detail|lost|expected|closest|differ|where)\s*[:=]([^;{}]*[?:])?\s*|\bnew [A-Z]\w*(Error|Refused)\(\s*|\.report\([^;]*,\s*|\b\w*[Pp]roblem\((\s*[^;()]*,)?\s*|\breturn\s*\(?\s*)$/;
