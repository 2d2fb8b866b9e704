// Problems in the user's claims file: YAML syntax, unknown keys with "did you
// mean", missing and mistyped values, names. Each: kind, data and position.
import { describe, expect, it } from 'vitest';
import { loadClaimsFile } from '../../src/load/index.js';
import { at, ofKind, written, yaml } from './helpers.js';

const load = (text: string) => written(loadClaimsFile(text, 'c.yaml'));

describe('YAML syntax errors', () => {
  it('reports a second ": " on a line in plain words, at its position, with an empty model', () => {
    // Line 2 "  a: b: c": the second ':' is the error; the library points at
    // the start of the value "b", column 6.
    const { file, problems } = load(yaml('inputs:', '  a: b: c'));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.kind).toBe('yaml-syntax');
    expect(problems[0]?.data.reason).toBe(
      "the YAML is not valid here: a mapping value is not allowed (did you forget a space after ':', or does the value contain ': ' and need quotes?)",
    );
    expect(at(problems[0])).toBe('2:6');
    expect(file).toMatchObject({ units: [], inputs: [], claims: [], ignore: [] });
  });

  it('reports several errors as several problems, with no library jargon', () => {
    // Line 1: an unclosed double quote runs to the end of the file; line 3's
    // tab indentation is inside it, so use separate, independent errors:
    // line 1 "a: @x" (a reserved character), line 2 "b: `y" (another).
    const { problems } = load(yaml('a: @x', 'b: `y'));
    expect(problems.map((p) => [p.kind, at(p), p.data.reason])).toEqual([
      ['yaml-syntax', '1:4', "the YAML is not valid here: a value cannot start with '@' unless it is in quotes"],
      ['yaml-syntax', '2:4', "the YAML is not valid here: a value cannot start with '`' unless it is in quotes"],
    ]);
  });

  it('explains an unclosed quote, a tab and a missing colon', () => {
    const quote = load(yaml('title: "unclosed', 'inputs:'));
    // yaml reports it where the file ends; the message says where it was opened: line 1, column 8 ('title: ' is 7 characters).
    expect(quote.problems[0]?.data.reason).toBe('the YAML is not valid here: the double quote (") opened on line 1, column 8 is never closed; add the closing " at the end of that value');
    // A quote never closed in the middle of a file: the apostrophe of "Reuters' report" (a plain value) is not taken for it,
    // nor are the quotes closed on line 3; the one opened at line 6, column 12 ('    quote: ' is 11 characters) is.
    const late = load(yaml('inputs:', '  a: { value: 3, source: Reuters\' report }', '  b: { value: 4, source: "ONS" }', 'claims:', '  c:', '    quote: \'day-to-day services will cost', '    compute: a + b'));
    expect(late.problems[0]?.data.reason).toBe("the YAML is not valid here: the single quote (') opened on line 6, column 12 is never closed; add the closing ' at the end of that value");
    // A tab is the one thing wrong on its line: yaml's follow-on errors there ("a mapping value is not allowed",
    // "a key must be on one line") are not said; each tab-indented line is said once, at its tab.
    // (Before, line 4 here had three errors: the tab at 4:1, then two at 4:10, the colon after "stated".)
    const tabs = load('claims:\n  c:\n    compute: 2 * 2\n\tstated: 4\n  d:\n    compute: 3\n');
    expect(tabs.problems.map((p) => [p.kind, at(p), p.data.reason])).toEqual([
      ['yaml-syntax', '4:1', 'the YAML is not valid here: a tab is used for indentation; YAML needs spaces'],
    ]);
    const twoTabs = load('claims:\n  c:\n    compute: 2 * 2\n\tstated: 4\n\tquote: four\n');
    expect(twoTabs.problems.map((p) => at(p))).toEqual(['4:1', '5:1']);
    const tab = load('inputs:\n\ta: 1\n');
    expect(tab.problems[0]?.data.reason).toBe('the YAML is not valid here: a tab is used for indentation; YAML needs spaces');
    expect(at(tab.problems[0])).toBe('2:1');
    // A '{' never closed: yaml reports it where the next key starts (3:1), as "Flow map in block collection";
    // it said "the indentation is wrong (keys at the same level must start in the same column)".
    // The message names the bracket left open: '{' at line 2, column 6 ("  a: {").
    const brace = load(yaml('inputs:', '  a: { value: 3, source: x', 'claims:'));
    expect(brace.problems[0]?.data.reason).toBe("the YAML is not valid here: the '{' on line 2, column 6 is never closed (a '}' is missing), or what follows it is not indented enough");
    // Brackets closed before it, inside quotes or in comments do not count, nor does an apostrophe in a plain value:
    // the '[' left open is on line 4, column 9.
    const bracket = load(yaml('title: "a [draft] {x"', 'inputs: # [', "  a: { value: 3, source: Reuters' wire }", 'ignore: [ "M1989"', 'claims:'));
    expect(bracket.problems[0]?.data.reason).toBe("the YAML is not valid here: the '[' on line 4, column 9 is never closed (a ']' is missing), or what follows it is not indented enough");
    const colon = load(yaml('title: x', 'inputs'));
    expect(colon.problems[0]?.data.reason).toContain("has no ':' after its key");
    for (const p of [...quote.problems, ...tab.problems, ...colon.problems]) {
      expect(String(p.data.reason)).not.toMatch(/YAML(Parse|Warning)|implicit|flow|scalar|token/i);
    }
  });

  it('refuses a file with two YAML documents', () => {
    const { problems } = load(yaml('title: a', '---', 'title: b'));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.data.reason).toContain('more than one YAML document');
    expect(at(problems[0])).toBe('2:1');
  });
});

describe('duplicate keys', () => {
  it('reports the second occurrence, naming the key, and keeps the first', () => {
    const { file, problems } = load(
      yaml(
        /* 1 */ 'inputs:',
        /* 2 */ '  a:',
        /* 3 */ '    value: 1',
        /* 4 */ '    source: first',
        /* 5 */ '    source: second',
        /* 6 */ '  a:',
        /* 7 */ '    value: 2',
        /* 8 */ '    source: x',
      ),
    );
    expect(problems.map((p) => [p.kind, p.data.reason, at(p)])).toEqual([
      ['schema', "the key 'source' appears twice", '5:5'],
      ['schema', "the key 'a' appears twice", '6:3'],
    ]);
    expect(file.inputs).toHaveLength(1);
    expect(file.inputs[0]?.source?.value).toBe('first');
    expect(file.inputs[0]?.value).toMatchObject({ text: '1' });
  });

  it('finds duplicates inside flow mappings too', () => {
    // "units: { soldier: {}, soldier: {} }": the second 'soldier' is at column 23.
    const { problems } = load(yaml('units: { soldier: {}, soldier: {} }'));
    expect(problems.map((p) => [p.data.reason, at(p)])).toEqual([["the key 'soldier' appears twice", '1:23']]);
  });

  it('compares keys by YAML type and value: "1" and 1 differ, 1 and 0x1 do not', () => {
    // Line 2's "1" is text, line 1's 1 a number: two keys. Line 3's 0x1 is the number 1 again,
    // line 4's 1.0 too (the float 1), and line 6's ~ is a second null after line 5's null.
    const { problems } = load(yaml('ignore:', '  - { 1: a, "1": b, 0x1: c, 1.0: d, null: e, ~: f }'));
    // Columns in line 2 ("  - { " is six characters): 1 at 7, "1" at 13, 0x1 at 21, 1.0 at 29, null at 37, ~ at 46.
    expect(problems.filter((p) => p.kind === 'schema' && /appears twice/.test(String(p.data.reason))).map((p) => [p.data.reason, at(p)])).toEqual([
      ["the key '1' appears twice", '2:21'],
      ["the key '1' appears twice", '2:29'],
      ["the key 'null' appears twice", '2:46'],
    ]);
  });
  it('takes 0 and -0 for one key, and .nan and .NaN too (a set\'s equality), but not 0 and "0"', () => {
    // Line 2 is "  - { 0: a, -0: b, .nan: c, .NaN: d, "0": e, 1.5: f, 1.50: g }": -0 repeats 0, .NaN repeats .nan, 1.50 repeats 1.5.
    const { problems } = load(yaml('ignore:', '  - { 0: a, -0: b, .nan: c, .NaN: d, "0": e, 1.5: f, 1.50: g }'));
    // Columns ("  - { " is six characters; each entry and its ", " follow): -0 at 13, .NaN at 29, 1.50 at 54.
    expect(problems.filter((p) => /appears twice/.test(String(p.data.reason))).map((p) => [p.data.reason, at(p)])).toEqual([
      ["the key '0' appears twice", '2:13'],
      ["the key 'NaN' appears twice", '2:29'],
      ["the key '1.5' appears twice", '2:54'],
    ]);
  });

  it('finds repeats the same way in a mapping of many keys (0 and -0, .nan and .NaN, a name again far below)', () => {
    // One key per line under ignore:'s mapping (line 2 on): k0 … k7, then 0 (line 10), .nan (line 11), k1 again (line 12),
    // -0 (line 13, repeats 0), .NaN (line 14, repeats .nan), "0" (line 15, text: new), k7 again (line 16), k8 (line 17, new).
    const keys = ['k0', 'k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', '0', '.nan', 'k1', '-0', '.NaN', '"0"', 'k7', 'k8'];
    const { problems } = load(yaml('units:', ...keys.map((k) => `  ${k}: {}`)));
    expect(problems.filter((p) => /appears twice/.test(String(p.data.reason))).map((p) => [p.data.reason, at(p)])).toEqual([
      ["the key 'k1' appears twice", '12:3'],
      ["the key '0' appears twice", '13:3'],
      ["the key 'NaN' appears twice", '14:3'],
      ["the key 'k7' appears twice", '16:3'],
    ]);
  });
});

describe('unknown keys and "did you mean"', () => {
  it('suggests claims for a top-level claim:', () => {
    const { problems } = load(yaml('claim:', '  x: { compute: 1 }'));
    expect(problems).toEqual([
      {
        kind: 'unknown-key',
        data: { key: 'claim', where: 'the top level', suggestion: " — did you mean 'claims'?" },
        span: { file: 'c.yaml', line: 1, column: 1, endLine: 1, endColumn: 6 },
      },
    ]);
  });

  it('suggests source for sorce in an input (and the source is then missing)', () => {
    const { problems } = load(yaml('inputs:', '  nk_troops:', '    value: 11000 soldiers', '    sorce: JCS'));
    const unknown = ofKind(problems, 'unknown-key');
    expect(unknown.map((p) => [p.data, at(p)])).toEqual([
      [{ key: 'sorce', where: "input 'nk_troops'", suggestion: " — did you mean 'source'?" }, '4:5'],
    ]);
    expect(unknown[0]?.claim).toBe('nk_troops');
    expect(ofKind(problems, 'missing-source').map((p) => [p.data, at(p)])).toEqual([[{ name: 'nk_troops', detail: '' }, '2:3']]);
  });

  it('says a comma inside { } split a number when the unknown key starts with digits (second newsroom trial)', () => {
    // "{ value: 41.5 deaths per 100,000 population, … }": YAML ends the value at the comma; "000 population" is read as a key.
    const { problems } = load(yaml('inputs:', '  wv: { value: 41.5 deaths per 100,000 population, source: NCHS }'));
    expect(ofKind(problems, 'unknown-key').map((p) => [p.data, at(p)])).toEqual([
      [{ key: '000 population', where: "input 'wv'", suggestion: ' — a comma inside { } ends the value before it (as in 100,000): put that value in quotes' }, '2:36'],
    ]);
  });

  it('says a comma inside { } cut a text in two when a key with no value follows the comma (claims7)', () => {
    // "{ value: 2:01:09, source: World Athletics, Berlin 2022 }": "Berlin 2022" is read as a key with no value.
    const { problems } = load(yaml('inputs:', '  kipchoge: { value: 7269 seconds, source: World Athletics, Berlin 2022 }'));
    expect(ofKind(problems, 'unknown-key').map((p) => [p.data, at(p)])).toEqual([
      [{ key: 'Berlin 2022', where: "input 'kipchoge'", suggestion: ' — a comma inside { } ends the value before it: put that whole value in quotes ("…, Berlin 2022")' }, '2:61'],
    ]);
    // A misspelt key with a value after a comma keeps its "did you mean"; one on its own line gets no comma advice.
    const other = load(yaml('inputs:', '  a: { value: 1, sorce: JCS }', '  b:', '    value: 2', '    source: x', '    Berlin 2022:'));
    expect(ofKind(other.problems, 'unknown-key').map((p) => p.data['suggestion'])).toEqual([" — did you mean 'source'?", '']);
  });

  it('suggests compute for compte in a claim, which then needs a compute', () => {
    const { file, problems } = load(yaml('claims:', '  rate:', '    compte: a / b', '    stated: 10%'));
    expect(problems.map((p) => [p.kind, p.data, at(p)])).toEqual([
      ['schema', { reason: "claim 'rate' needs a compute expression, e.g. `compute: nk_casualties / nk_troops_kursk`" }, '2:3'],
      ['unknown-key', { key: 'compte', where: "claim 'rate'", suggestion: " — did you mean 'compute'?" }, '3:5'],
    ]);
    // The claim is kept (so its name still exists), with an empty compute at its key.
    expect(file.claims[0]?.compute).toEqual({ value: '', span: file.claims[0]?.span });
  });

  it('gives no suggestion when nothing is close', () => {
    const { problems } = load(yaml('publisher: The Sun'));
    expect(problems[0]?.data).toEqual({ key: 'publisher', where: 'the top level', suggestion: '' });
  });

  it('checks keys inside units, structured quantities and allow:', () => {
    const { problems } = load(
      yaml(
        'units:',
        '  soldier: { alias: [troops] }',
        'inputs:',
        '  a: { value: { valeu: 3 }, source: s }',
        'claims:',
        '  c:',
        '    compute: a',
        '    allow: { reasn: x }',
      ),
    );
    expect(ofKind(problems, 'unknown-key').map((p) => p.data)).toEqual([
      { key: 'alias', where: "unit 'soldier'", suggestion: " — did you mean 'aliases'?" },
      { key: 'valeu', where: "the value of input 'a'", suggestion: " — did you mean 'value'?" },
      { key: 'reasn', where: "the allow: of claim 'c'", suggestion: " — did you mean 'reason'?" },
    ]);
  });
});

describe('missing and mistyped values', () => {
  it('asks for a value when an input has none', () => {
    const { file, problems } = load(yaml('inputs:', '  x:', '    source: s'));
    expect(problems.map((p) => [p.kind, p.data.reason, at(p)])).toEqual([
      ['schema', "input 'x' needs a value, e.g. `value: 11000 soldiers`", '2:3'],
    ]);
    expect(file.inputs[0]?.value).toMatchObject({ form: 'text', text: '' });
  });

  it('wants an input to be a mapping, not a bare quantity', () => {
    const { file, problems } = load(yaml('inputs:', '  nk_troops: 11000 soldiers'));
    expect(problems.map((p) => [p.kind, p.data.reason, at(p)])).toEqual([
      ['schema', "input 'nk_troops' should be a set of keys such as `value:` and `source:`, but it is a piece of text", '2:3'],
    ]);
    expect(file.inputs.map((i) => i.name)).toEqual(['nk_troops']);
  });

  it('reports a missing source as missing-source at the input name', () => {
    const { problems } = load(yaml('inputs:', '  area:', '    value: 233062 mi^2', '  other: { value: 1, source: "" }'));
    expect(problems.map((p) => [p.kind, p.data, at(p), p.claim])).toEqual([
      ['missing-source', { name: 'area', detail: '' }, '2:3', 'area'],
      ['missing-source', { name: 'other', detail: '' }, '4:3', 'other'],
    ]);
  });

  it('keeps a placeholder source such as TODO (what init writes) but still reports it, at the placeholder', () => {
    const { file, problems } = load(yaml('inputs:', '  area:', '    value: 233062 mi^2', '    source: TODO'));
    expect(file.inputs[0]!.source?.value).toBe('TODO');
    expect(problems.map((p) => [p.kind, p.data, at(p)])).toEqual([
      ['missing-source', { name: 'area', detail: ' yet (it says "TODO")' }, '4:13'],
    ]);
  });

  it('says what was expected when a section has the wrong shape', () => {
    const { problems } = load(yaml('inputs: [a, b]', 'claims:', '  - compute: 1', 'ignore: M1989', 'units: soldier'));
    expect(problems.map((p) => [p.kind, p.data.reason, at(p)])).toEqual([
      ['schema', '`inputs:` should be a set of named inputs (a name, then value:, source:…), but it is a list', '1:9'],
      ['schema', '`claims:` should be a set of named claims (a name, then compute:, stated:…), but it is a list', '3:3'],
      ['schema', '`ignore:` should be a list of texts, e.g. `ignore: ["M1989", "Article 4"]`, but it is a piece of text', '4:9'],
      ['schema', '`units:` should be a set of unit names, each with aliases:, symbol: or definition:, but it is a piece of text', '5:8'],
    ]);
  });

  it('rejects a list, true/false or nothing as a value or stated', () => {
    const { problems } = load(
      yaml(
        'inputs:',
        '  a: { value: [1, 2], source: s }',
        '  b: { value: true, source: s }',
        'claims:',
        '  c: { compute: a, stated: }',
      ),
    );
    expect(problems.map((p) => [p.data.reason, at(p)])).toEqual([
      ["the value of input 'a' should be a number or a quantity such as `11000 soldiers`, but it is a list", '2:15'],
      ["the value of input 'b' should be a number or a quantity such as `11000 soldiers`, but it is true/false (true)", '3:15'],
      // An empty value is shown at its key: "  c: { compute: a, " is 19 characters → column 20.
      ["the stated value of claim 'c' is empty; write a number or a quantity, e.g. `55 years`", '5:20'],
    ]);
  });

  it('checks the structured form: value or low and high, not both', () => {
    const { problems } = load(
      yaml(
        'inputs:',
        '  a: { value: { low: 1 }, source: s }',
        '  b: { value: { value: 1, high: 2 }, source: s }',
        '  c: { value: { unit: soldier }, source: s }',
        '  d: { value: { low: [1], high: 2 }, source: s }',
      ),
    );
    expect(problems.map((p) => p.data.reason)).toEqual([
      "the value of input 'a' needs `high:`",
      "the value of input 'b' has both `value:` and `low:`/`high:`; use one or the other",
      "the value of input 'c' needs `value:`, or `low:` and `high:`",
      "`low:` in the value of input 'd' should be a number, but it is a list",
    ]);
  });

  it('wants aliases as a list and severity as error or warning', () => {
    const { problems } = load(
      yaml('units:', '  soldier: { aliases: troops }', 'claims:', '  c: { compute: 1, severity: fatal, note: [x] }'),
    );
    expect(problems.map((p) => p.data.reason)).toEqual([
      "the aliases of unit 'soldier' should be a list, e.g. `aliases: [soldiers, troops]`, but it is a piece of text",
      "the severity of claim 'c' must be error or warning, not 'fatal'",
      "the note of claim 'c' should be text, but it is a list",
    ]);
  });

  it('reports allow: without a reason', () => {
    const { file, problems } = load(
      yaml('claims:', '  a: { compute: 1, allow: }', '  b: { compute: 1, allow: { reason: "  " } }', '  c: { compute: 1, allow: {} }'),
    );
    // Each at its allow key: "  a: { compute: 1, " is 19 characters → column 20.
    expect(problems.map((p) => [p.kind, p.data, at(p)])).toEqual([
      ['allow-without-reason', { claim: 'a' }, '2:20'],
      ['allow-without-reason', { claim: 'b' }, '3:20'],
      ['allow-without-reason', { claim: 'c' }, '4:20'],
    ]);
    expect(file.claims.every((c) => c.allow === undefined)).toBe(true);
  });

  it('reports a top level that is not a mapping, and an empty file', () => {
    expect(load(yaml('- a', '- b')).problems.map((p) => p.data.reason)).toEqual([
      'the claims file should be a set of keys such as `inputs:` and `claims:`, but it is a list',
    ]);
    expect(load('# only a comment\n').problems.map((p) => [p.data.reason, at(p)])).toEqual([
      ['the claims file is empty: it has no `inputs:` and no `claims:`', '1:1'],
    ]);
  });
});

describe('names', () => {
  it('requires identifiers', () => {
    const { file, problems } = load(
      yaml('inputs:', '  nk-troops: { value: 1, source: s }', '  1st: { value: 1, source: s }', '  café: { value: 1, source: s }'),
    );
    expect(problems.map((p) => [p.data.reason, at(p)])).toEqual([
      ["the input name 'nk-troops' may contain only letters, digits and _ (not '-'); for example 'nk_troops'", '2:3'],
      ["the input name '1st' must start with a letter (a–z or A–Z)", '3:3'],
      ["the input name 'café' contains 'é' (U+00E9); names use only the Latin letters a–z and A–Z, digits and _", '4:3'],
    ]);
    // The declarations are kept so later stages still see the names.
    expect(file.inputs.map((i) => i.name)).toEqual(['nk-troops', '1st', 'café']);
  });

  it('names a Cyrillic look-alike letter and its code point', () => {
    // "rаte": the second letter is CYRILLIC SMALL LETTER A, U+0430.
    const { problems } = load(yaml('claims:', '  r\u0430te: { compute: 1 }'));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.kind).toBe('schema');
    expect(problems[0]?.data.reason).toBe(
      "the claim name 'r\u0430te' contains the Cyrillic letter '\u0430' (U+0430), a non-Latin letter that looks like the Latin 'a'; retype it as 'a'",
    );
  });

  it('reports the same name in inputs and claims at the second one, and drops it', () => {
    const { file, problems } = load(
      yaml(
        /* 1 */ 'inputs:',
        /* 2 */ '  rate: { value: 1, source: s }',
        /* 3 */ 'claims:',
        /* 4 */ '  rate: { compute: 2 }',
      ),
    );
    expect(problems.map((p) => [p.data.reason, at(p)])).toEqual([
      [
        "the name 'rate' is used for both an input and a claim; inputs and claims share one set of names (first on line 2); rename one",
        '4:3',
      ],
    ]);
    expect(file.inputs.map((i) => i.name)).toEqual(['rate']);
    expect(file.claims).toEqual([]);
  });

  it('uses document order when claims come before inputs', () => {
    const { file, problems } = load(yaml('claims:', '  x: { compute: 2 }', 'inputs:', '  x: { value: 1, source: s }'));
    expect(at(problems[0])).toBe('4:3');
    expect(problems[0]?.data.reason).toContain('used for both a claim and an input');
    expect(file.claims.map((c) => c.name)).toEqual(['x']);
    expect(file.inputs).toEqual([]);
  });

  it('handles __proto__, constructor and toString as ordinary names', () => {
    const { file, problems } = load(
      yaml(
        'inputs:',
        '  constructor: { value: 1, source: s }',
        '  toString: { value: 2, source: s }',
        'claims:',
        '  hasOwnProperty: { compute: constructor + toString }',
        '  valueOf: { compute: 1 }',
      ),
    );
    expect(problems).toEqual([]);
    expect(file.inputs.map((i) => i.name)).toEqual(['constructor', 'toString']);
    expect(file.claims.map((c) => c.name)).toEqual(['hasOwnProperty', 'valueOf']);
    // __proto__ is not an identifier (it starts with _), which is reported; it pollutes nothing.
    const proto = load(yaml('inputs:', '  __proto__: { value: 1, source: s }', '__proto__: { polluted: true }'));
    expect(proto.problems.map((p) => [p.kind, at(p)])).toEqual([
      ['schema', '2:3'],
      ['unknown-key', '3:1'],
    ]);
    expect(proto.file.inputs.map((i) => i.name)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
