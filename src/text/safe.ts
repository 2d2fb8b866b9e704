/**
 * @file One function, `safeText`, that makes text a claims file, an article,
 * a file name or a configuration brought in safe for the output it is about
 * to be written to. Claims files arrive in pull requests from anyone and
 * their reports are read in terminals and CI logs, so no user text may reach
 * an output raw:
 *
 * - control characters (C0 except the line breaks a target allows, DEL, C1),
 *   the line and paragraph separators, the bidirectional embeddings,
 *   overrides and isolates (U+202A–U+202E, U+2066–U+2069: "Trojan Source"),
 *   lone surrogates and U+FFFE/U+FFFF are shown as visible escapes
 *   (`\u001b`), so no escape sequence reaches a terminal (clearing the
 *   screen, writing the clipboard, faking a hyperlink) and no text is
 *   silently reordered;
 * - in the one-line targets (terminal, CI log) a line break inside a field is
 *   shown as `\n`, so a field can never start a line of its own;
 * - GitHub Actions workflow commands are defused wherever a log could read
 *   them: `##[` (the runner finds this legacy prefix anywhere in a line)
 *   and a leading `::` (the runner trims leading white space first, so an
 *   indent alone does not help).
 *
 * Every formatter and every command message runs user text through this
 * function before adding its own colour and layout; docs/security.md states
 * the rule for new outputs. Text without any of these characters comes back
 * unchanged (apart from each target's ordinary escaping), so reports stay
 * byte-identical for ordinary input. Pure: no I/O.
 */

/** The outputs `safeText` knows. */
export const SAFE_TARGETS = ['terminal', 'ci-log', 'xml', 'markdown-cell', 'json', 'html'] as const;

/**
 * Where text is going:
 * - `terminal`: part of one line shown to a person (the pretty report,
 *   `explain`, command messages); pretty output is also what CI logs show.
 * - `ci-log`: the data or a property value of a GitHub Actions workflow
 *   command — as `terminal`, then `%` escaped as GitHub unescapes it.
 * - `xml`: one line of XML content or a double-quoted attribute (JUnit): the
 *   five specials as entities, a tab as `&#9;`, a line break inside the
 *   field shown as `\n`, so no user text starts a line of the file or of
 *   what a reporter prints from it.
 * - `markdown-cell`: one cell of a GitHub-flavoured Markdown table (the step
 *   summary); line breaks become `<br>`.
 * - `json`: JSON text (a whole document or a string literal) — the risky
 *   characters become `\uXXXX` escapes, so the parsed value is unchanged.
 * - `html`: HTML text or a double-quoted attribute value: the specials,
 *   line breaks and tabs as numeric character references (`&#38;`,
 *   `&#10;`), which render the same.
 */
export type SafeTarget = (typeof SAFE_TARGETS)[number];

/**
 * What is never written raw. The lone-surrogate alternatives work on UTF-16
 * code units (no `u` flag on purpose): a high surrogate not followed by a low
 * one, or a low one not preceded by a high one.
 */
const RISKY = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The same set, without the white space a JSON text may hold between tokens. */
const RISKY_IN_JSON = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * One character class holding every character of {@link RISKY}, and every
 * surrogate: text it does not match needs no escaping, and testing it is
 * about four times quicker than the replace with lookarounds (a report of
 * 10,000 claims is 9 MB of JSON with none of them).
 */
const MAYBE_RISKY = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]/;

/** The same, without the white space a JSON text may hold between tokens. */
const MAYBE_RISKY_IN_JSON = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]/;

/** GitHub's legacy workflow-command prefix, honoured anywhere in a line. */
const LEGACY_COMMAND = /##\[/g;

/**
 * A leading `::` after white space (GitHub's runner trims the start of a line
 * with .NET's notion of white space, which `\s` covers).
 */
const LEADING_COMMAND = /^(\s*):(?=:)/;

/** `\u001b`: the code unit as a visible JavaScript/JSON-style escape. */
function unicodeEscape(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** `\n`, `\r`, `\t` for the common three, else `\u001b`. */
function visible(ch: string): string {
  switch (ch) {
    case '\n': return '\\n';
    case '\r': return '\\r';
    case '\t': return '\\t';
    default: return unicodeEscape(ch);
  }
}

const MARKUP_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;',
};

/**
 * XML and HTML: the specials as entities (the apostrophe differs: `&apos;`
 * is not HTML 4); in XML a line break inside a field is shown as `\n` (each
 * field of our XML is one line), in HTML it is kept as a character reference.
 */
function markup(text: string, dialect: 'xml' | 'html'): string {
  return text
    .replace(/[&<>"']|[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (ch) => {
      if (dialect === 'xml' && (ch === '\n' || ch === '\r')) return visible(ch);
      // HTML: numeric references throughout (`&apos;` is not HTML 4), as the HTML report has always written them.
      if (dialect === 'html' && /[&<>"'\n\r\t]/.test(ch)) return `&#${ch.charCodeAt(0)};`;
      return MARKUP_ENTITIES[ch] ?? unicodeEscape(ch);
    })
    .replace(LEGACY_COMMAND, '##&#91;')
    .replace(LEADING_COMMAND, '$1&#58;');
}

/** One line of text for a terminal or a log. */
function terminal(text: string): string {
  const shown = MAYBE_RISKY.test(text) ? text.replace(RISKY, visible) : text;
  return shown.replace(LEGACY_COMMAND, '##\\[').replace(LEADING_COMMAND, '$1\\u003a');
}

/**
 * `text` made safe to write to `target` (see {@link SafeTarget}). Apply it to
 * user text before adding colour or layout: the only escape sequences in an
 * output are then claimcheck's own colours.
 */
export function safeText(text: string, target: SafeTarget): string {
  switch (target) {
    case 'terminal':
      return terminal(text);
    case 'ci-log':
      return terminal(text).replace(/%/g, '%25');
    case 'xml':
      return markup(text, 'xml');
    case 'html':
      return markup(text, 'html');
    case 'markdown-cell':
      return text
        .replace(/[\\`*_[\]<>|~&$]/g, (c) => `\\${c}`)
        .replace(/\r\n|\r|\n/g, '<br>')
        .replace(RISKY, visible)
        .replace(LEADING_COMMAND, '$1\\:');
    case 'json':
      return (MAYBE_RISKY_IN_JSON.test(text) ? text.replace(RISKY_IN_JSON, unicodeEscape) : text).replace(LEGACY_COMMAND, '##\\u005b');
    default: {
      const never: never = target;
      return never;
    }
  }
}
