// safeText: user text made safe for each output (issue 17). Expected strings worked out by hand.
import { describe, expect, it } from 'vitest';
import { safeText } from '../../src/text/safe.js';

const ATTACK = 'x\n::error::fake annotation\n\u001b[2Jcleared';

describe('safeText', () => {
  it('leaves ordinary text alone in the one-line targets', () => {
    const plain = '233,062 mi^2 / (11.5 mi^2/day) = 55.49 years — “quoted” 😀';
    expect(safeText(plain, 'terminal')).toBe(plain);
    expect(safeText(plain, 'json')).toBe(plain);
  });

  it('terminal: line breaks as \\n, ESC and other controls as \\u escapes, so the issue\'s source prints one harmless line', () => {
    expect(safeText(ATTACK, 'terminal')).toBe('x\\n::error::fake annotation\\n\\u001b[2Jcleared');
    // OSC 52 (write the clipboard), BEL, DEL, a C1 CSI (U+009B), tab.
    expect(safeText('\u001b]52;c;aGk=\u0007\u007f\u009b2J\t', 'terminal')).toBe('\\u001b]52;c;aGk=\\u0007\\u007f\\u009b2J\\t');
  });

  it('shows every bidi embedding, override and isolate, and the Unicode line separators', () => {
    const bidi = '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029';
    expect(safeText(bidi, 'terminal')).toBe('\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069\\u2028\\u2029');
    // Left-to-right and right-to-left marks are ordinary text in Arabic and Hebrew quotes: kept.
    expect(safeText('\u200e\u200f', 'terminal')).toBe('\u200e\u200f');
  });

  it('defuses GitHub workflow commands: a leading :: (even after spaces) and ##[ anywhere', () => {
    expect(safeText('::error::x', 'terminal')).toBe('\\u003a:error::x');
    expect(safeText('  \u3000::add-mask::x', 'terminal')).toBe('  \u3000\\u003a:add-mask::x');
    expect(safeText('see ##[error]x', 'terminal')).toBe('see ##\\[error]x');
    // A :: in the middle of a line is no command.
    expect(safeText('a ::b', 'terminal')).toBe('a ::b');
  });

  it('ci-log: as terminal, then % escaped the way the runner unescapes it', () => {
    expect(safeText('100%0A\n::x', 'ci-log')).toBe('100%250A\\n::x');
  });

  it('xml: five entities, tab as &#9;, line breaks shown, controls shown, ]]> harmless', () => {
    expect(safeText(`<a b="c">'&'</testcase>]]>\t\u001b\n`, 'xml'))
      .toBe('&lt;a b=&quot;c&quot;&gt;&apos;&amp;&apos;&lt;/testcase&gt;]]&gt;&#9;\\u001b\\n');
    expect(safeText('::x ##[y', 'xml')).toBe('&#58;:x ##&#91;y');
  });

  it('html: entities, line breaks as character references', () => {
    expect(safeText(`<b>'&\n\u202e`, 'html')).toBe('&#60;b&#62;&#39;&#38;&#10;\\u202e');
  });

  it('markdown-cell: punctuation escaped, line breaks as <br>, controls shown', () => {
    expect(safeText('a | `b` \\ ##[c]\r\n\u001b', 'markdown-cell')).toBe('a \\| \\`b\\` \\\\ ##\\[c\\]<br>\\u001b');
  });

  it('json: the parsed value is unchanged, but no raw C1, bidi or ##[ is written', () => {
    const value = { s: 'a\u009b\u202e\u007f ##[error]x\u2028' };
    const text = safeText(JSON.stringify(value), 'json');
    expect(text).toBe('{"s":"a\\u009b\\u202e\\u007f ##\\u005berror]x\\u2028"}');
    expect(JSON.parse(text)).toEqual(value);
  });

  it('shows lone surrogates and keeps pairs', () => {
    expect(safeText('\ud800x\udc00😀', 'terminal')).toBe('\\ud800x\\udc00😀');
  });
});
