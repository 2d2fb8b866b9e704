// A complete, valid claims file (the contract's §3, §5 and §6 examples):
// the model, and exact spans worked out by hand.
import { describe, expect, it } from 'vitest';
import { loadClaimsFile } from '../../src/load/index.js';
import { yaml } from './helpers.js';

const LINES = [
  /*  1 */ 'title: North Korea punching above its weight',
  /*  2 */ 'article: articles/nk-punching.md',
  /*  3 */ 'units:',
  /*  4 */ '  soldier: { aliases: [soldiers, troops, troopers, men, casualties] }',
  /*  5 */ 'inputs:',
  /*  6 */ '  nk_troops_kursk:',
  /*  7 */ '    value: 11000 soldiers',
  /*  8 */ '    source: Western estimate, cited by The New York Sun',
  /*  9 */ '    quote: "Given the Western estimate of 11,000 North Korean soldiers in Kursk"',
  /* 10 */ '  nk_casualties:',
  /* 11 */ "    value: 1100 to 3000 soldiers        # a range: South Korea's and Ukraine's figures",
  /* 12 */ '    source: South Korea JCS; President Zelensky',
  /* 13 */ '  ukraine_area:',
  /* 14 */ '    value: 233062 mi^2',
  /* 15 */ '    source: CIA World Factbook',
  /* 16 */ 'claims:',
  /* 17 */ '  casualty_rate:',
  /* 18 */ '    compute: nk_casualties / nk_troops_kursk',
  /* 19 */ '    stated: 10% to 27%',
  /* 20 */ '    quote: "a casualty rate of 10 percent to 27 percent"',
  /* 21 */ '  years_to_conquer:',
  /* 22 */ '    compute: ukraine_area / daily_gain',
  /* 23 */ '    stated: 55 years',
  /* 24 */ '  cost_per_square_mile:',
  /* 25 */ '    compute: friday_losses / daily_gain',
  /* 26 */ '    stated: almost 200 soldiers per square mile',
  /* 27 */ 'ignore: [ "M1989", "Article 4" ]',
];

const TEXT = yaml(...LINES);

function checkModel(text: string): void {
  const { file, problems } = loadClaimsFile(text, 'claims.yaml');
  expect(problems).toEqual([]);
  expect(file.path).toBe('claims.yaml');

  // title: "title: " is 7 characters, so the value starts at column 8; it is
  // 37 characters long, so it ends just before column 8 + 37 = 45.
  expect(file.title).toEqual({
    value: 'North Korea punching above its weight',
    span: { file: 'claims.yaml', line: 1, column: 8, endLine: 1, endColumn: 45 },
  });
  expect(file.article?.value).toBe('articles/nk-punching.md');

  // units: one rule; the span is the key "soldier" (2 spaces → column 3, 7 letters → end 10).
  expect(file.units).toEqual([
    {
      name: 'soldier',
      aliases: ['soldiers', 'troops', 'troopers', 'men', 'casualties'],
      span: { file: 'claims.yaml', line: 4, column: 3, endLine: 4, endColumn: 10 },
    },
  ]);

  expect(file.inputs.map((i) => i.name)).toEqual(['nk_troops_kursk', 'nk_casualties', 'ukraine_area']);
  const troops = file.inputs[0];
  // Key "nk_troops_kursk" (15 letters) at line 6, column 3 → end column 18.
  expect(troops?.span).toEqual({ file: 'claims.yaml', line: 6, column: 3, endLine: 6, endColumn: 18 });
  // "    value: " is 11 characters → the value starts at column 12;
  // "11000 soldiers" is 14 characters → end column 26.
  expect(troops?.value).toEqual({
    form: 'text',
    text: '11000 soldiers',
    span: { file: 'claims.yaml', line: 7, column: 12, endLine: 7, endColumn: 26 },
  });
  expect(troops?.source?.value).toBe('Western estimate, cited by The New York Sun');
  // The quote's node includes its two double quotes: column 12, 67 letters + 2
  // quotes = 69 characters → end column 81. The value is the unquoted text.
  expect(troops?.quote).toEqual({
    value: 'Given the Western estimate of 11,000 North Korean soldiers in Kursk',
    span: { file: 'claims.yaml', line: 9, column: 12, endLine: 9, endColumn: 81 },
  });

  // The range's span stops at its last letter (column 12 + 21 = 33), not at
  // the spaces and comment after it.
  const casualties = file.inputs[1];
  expect(casualties?.value).toEqual({
    form: 'text',
    text: '1100 to 3000 soldiers',
    span: { file: 'claims.yaml', line: 11, column: 12, endLine: 11, endColumn: 33 },
  });
  expect(file.inputs[2]?.value).toMatchObject({ form: 'text', text: '233062 mi^2' });

  expect(file.claims.map((c) => c.name)).toEqual(['casualty_rate', 'years_to_conquer', 'cost_per_square_mile']);
  const rate = file.claims[0];
  // Key "casualty_rate" (13 letters) at line 17 column 3 → end 16.
  expect(rate?.span).toEqual({ file: 'claims.yaml', line: 17, column: 3, endLine: 17, endColumn: 16 });
  // "    compute: " is 13 characters → column 14; the expression is 31 characters → end 45.
  expect(rate?.compute).toEqual({
    value: 'nk_casualties / nk_troops_kursk',
    span: { file: 'claims.yaml', line: 18, column: 14, endLine: 18, endColumn: 45 },
  });
  // "    stated: " is 12 characters → column 13; "10% to 27%" is 10 → end 23.
  expect(rate?.stated).toEqual({
    form: 'text',
    text: '10% to 27%',
    span: { file: 'claims.yaml', line: 19, column: 13, endLine: 19, endColumn: 23 },
  });
  expect(rate?.quote?.value).toBe('a casualty rate of 10 percent to 27 percent');
  expect(rate?.severity).toBeUndefined();
  expect(rate?.allow).toBeUndefined();
  expect(file.claims[2]?.stated).toMatchObject({ form: 'text', text: 'almost 200 soldiers per square mile' });

  // 'ignore: [ ' is 10 characters → "M1989" (with its quotes, 7 characters) spans columns 11–18.
  expect(file.ignore).toEqual([
    { value: 'M1989', span: { file: 'claims.yaml', line: 27, column: 11, endLine: 27, endColumn: 18 } },
    // '"M1989", ' is 9 more characters → column 20; '"Article 4"' is 11 → end 31.
    { value: 'Article 4', span: { file: 'claims.yaml', line: 27, column: 20, endLine: 27, endColumn: 31 } },
  ]);
}

describe('loadClaimsFile: a valid file', () => {
  it('reads the contract example with exact spans', () => {
    checkModel(TEXT);
  });

  it('keeps the whole source text for frames', () => {
    expect(loadClaimsFile(TEXT, 'claims.yaml').file.source).toBe(TEXT);
  });

  it('gives the same model and spans with CRLF line ends', () => {
    // A CR before each LF adds one character per line but no column: the
    // spans above must hold unchanged.
    checkModel(TEXT.replace(/\n/g, '\r\n'));
  });

  it('ignores a leading byte-order mark (spans unchanged)', () => {
    checkModel('\uFEFF' + TEXT.replace(/\n/g, '\r\n'));
  });

  it('reads every optional field of inputs and claims', () => {
    const text = yaml(
      /* 1 */ 'rules: ./my-rules',
      /* 2 */ 'inputs:',
      /* 3 */ '  a:',
      /* 4 */ '    value: 1,100',
      /* 5 */ '    source: Somewhere',
      /* 6 */ '    as_of: 2024-10-01',
      /* 7 */ '    note: a note',
      /* 8 */ '    url: https://example.com/x',
      /* 9 */ '  b:',
      /* 10 */ '    value: 1100',
      /* 11 */ '    source: 2024',
      /* 12 */ 'claims:',
      /* 13 */ '  c:',
      /* 14 */ '    compute: a / b',
      /* 15 */ '    stated: 1.0',
      /* 16 */ '    tolerance: 5%',
      /* 17 */ '    severity: warning',
      /* 18 */ '    note: checked twice',
      /* 19 */ '    allow: { reason: "known rounding in the source" }',
    );
    const { file, problems } = loadClaimsFile(text, 'x.yaml');
    expect(problems).toEqual([]);
    expect(file.rules?.value).toBe('./my-rules');
    const [a, b] = file.inputs;
    // Numbers keep the text as written: "1,100" is a string in YAML anyway,
    // 1100 is a number whose source text is "1100", 1.0 stays "1.0" (not "1").
    expect(a?.value).toMatchObject({ form: 'text', text: '1,100' });
    expect(b?.value).toMatchObject({ form: 'text', text: '1100' });
    expect(a?.asOf?.value).toBe('2024-10-01');
    expect(a?.note?.value).toBe('a note');
    expect(a?.url?.value).toBe('https://example.com/x');
    expect(b?.source?.value).toBe('2024');
    const c = file.claims[0];
    expect(c?.stated).toMatchObject({ form: 'text', text: '1.0' });
    expect(c?.tolerance?.value).toBe('5%');
    // "    severity: " is 14 characters → column 15; "warning" is 7 → end 22.
    expect(c?.severity).toEqual({ value: 'warning', span: { file: 'x.yaml', line: 17, column: 15, endLine: 17, endColumn: 22 } });
    expect(c?.note?.value).toBe('checked twice');
    // The allow's span is its key: line 19, column 5, "allow" → end 10.
    expect(c?.allow).toEqual({ reason: 'known rounding in the source', span: { file: 'x.yaml', line: 19, column: 5, endLine: 19, endColumn: 10 } });
  });

  it('reads the structured quantity form', () => {
    const text = yaml(
      /* 1 */ 'inputs:',
      /* 2 */ '  losses:',
      /* 3 */ '    value: { low: 1100, high: 3000, unit: soldier }',
      /* 4 */ '    source: JCS',
      /* 5 */ 'claims:',
      /* 6 */ '  density:',
      /* 7 */ '    compute: losses / 2',
      /* 8 */ '    stated: { value: 200.0, hedge: almost, unit: soldier/mi^2, tolerance: 5% }',
    );
    const { file, problems } = loadClaimsFile(text, 'x.yaml');
    expect(problems).toEqual([]);
    // The span is the whole { … } mapping: "    value: " → column 12; the
    // mapping is 40 characters → end 52.
    expect(file.inputs[0]?.value).toEqual({
      form: 'structured',
      fields: { low: '1100', high: '3000', unit: 'soldier' },
      span: { file: 'x.yaml', line: 3, column: 12, endLine: 3, endColumn: 52 },
    });
    // 200.0 keeps its written precision as text.
    expect(file.claims[0]?.stated).toMatchObject({
      form: 'structured',
      fields: { value: '200.0', hedge: 'almost', unit: 'soldier/mi^2', tolerance: '5%' },
    });
  });

  it('reads block-style units with a symbol and a definition', () => {
    const text = yaml(
      'units:',
      '  GBP:',
      '    symbol: "£"',
      '    aliases:',
      '      - pound',
      '      - pounds',
      '  KRW: { definition: 0.00075 USD }',
      '  shell:',
    );
    const { file, problems } = loadClaimsFile(text, 'x.yaml');
    expect(problems).toEqual([]);
    expect(file.units.map(({ span: _span, ...rest }) => rest)).toEqual([
      { name: 'GBP', aliases: ['pound', 'pounds'], symbols: ['£'] },
      { name: 'KRW', aliases: [], definition: '0.00075 USD' },
      { name: 'shell', aliases: [] },
    ]);
  });

  it('reads a list of symbols for one currency, as rules/units.yaml allows (the rupee: "Rs" and "₹")', () => {
    const text = yaml('units:', '  RUP: { symbol: ["Rs", "₹"], aliases: [rupee, rupees] }');
    const { file, problems } = loadClaimsFile(text, 'x.yaml');
    expect(problems).toEqual([]);
    expect(file.units.map(({ span: _span, ...rest }) => rest)).toEqual([{ name: 'RUP', aliases: ['rupee', 'rupees'], symbols: ['Rs', '₹'] }]);
  });

  it('accepts a file with inputs only, and empty sections', () => {
    const { file, problems } = loadClaimsFile(yaml('inputs:', '  a: { value: 3, source: me }', 'claims:', 'ignore:'), 'x.yaml');
    expect(problems).toEqual([]);
    expect(file.inputs).toHaveLength(1);
    expect(file.claims).toEqual([]);
    expect(file.ignore).toEqual([]);
  });

  it('resolves an alias to its anchor, with the span of where the alias is used', () => {
    const text = yaml(
      /* 1 */ 'inputs:',
      /* 2 */ '  a: { value: 3, source: &jcs South Korea JCS }',
      /* 3 */ '  b: { value: 4, source: *jcs }',
    );
    const { file, problems } = loadClaimsFile(text, 'x.yaml');
    expect(problems).toEqual([]);
    // "  b: { value: 4, source: " is 25 characters → "*jcs" at columns 26–30.
    expect(file.inputs[1]?.source).toEqual({
      value: 'South Korea JCS',
      span: { file: 'x.yaml', line: 3, column: 26, endLine: 3, endColumn: 30 },
    });
  });
});
