import { readFileSync } from 'node:fs';
import { worded, wordedData } from '../worded.js';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { loadDefaultRules } from '../../src/rules/index.js';
import { initClaims } from '../../src/init/index.js';
import { checkClaimsText } from '../../src/engine/check-file.js';
import { parseQuantityText, type QuantityContext } from '../../src/quantity/index.js';
import { createUnitRegistry } from '../../src/units/index.js';
import { valueFor } from '../../src/init/value.js';
import type { Quantity, UnitRule } from '../../src/types.js';

const SPAN = { file: '', line: 1, column: 1, endLine: 1, endColumn: 1 };

/** The quantity context of a generated file: the default rules plus its `units:`. */
function ctxOf(text: string): QuantityContext {
  const rules = loadDefaultRules();
  const units = Object.entries((parseDocument(text).toJS().units ?? {}) as Record<string, { aliases?: string[] }>).map(([name, u]): UnitRule => ({ name, aliases: u.aliases ?? [] }));
  const { registry } = createUnitRegistry([...rules.units.values(), ...units]);
  return { rules, unitWords: registry.unitWords, currencySymbols: registry.currencySymbols };
}

const ARTICLES = [
  'nysun-north-korea-punching-above-its-weight.txt',
  'nysun-north-korea-reworded.txt',
  'north-korea-military-aid-new-alliance.txt',
  'usip-north-korean-troops-in-russia-reworded.txt',
];
const read = (name: string): string => readFileSync(new URL(`../../examples/articles/${name}`, import.meta.url), 'utf8');

describe('init: the generated claims file', () => {
  it.each(ARTICLES)('for %s loads and checks with no errors, every number covered', (name) => {
    const source = read(name);
    const rules = loadDefaultRules();
    const { text, added } = initClaims({ source, articleRef: `articles/${name}`, rules, schemaRef: '../schema/claims.schema.json' });
    const result = checkClaimsText(text, 'claims.yaml', rules, { readArticle: () => ({ text: source }) });
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => `${f.line}: ${f.message}`)).toEqual([]);
    expect(result.coverage).toEqual({ covered: added, total: added });
    expect(added).toBeGreaterThan(5);
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/claims.schema.json');
    expect(text).toContain(`article: articles/${name}`);
    expect(text).toContain('source: TODO');
  });

  it('writes the value, the quote and the sentence as a comment, and declares the count word as a unit', () => {
    const source = read('north-korea-military-aid-new-alliance.txt');
    const { text } = initClaims({ source, articleRef: 'a.txt', rules: loadDefaultRules(), schemaRef: 's.json' });
    const doc = parseDocument(text);
    expect(doc.get('title')).toBe("North Korea's Military Aid: A New Alliance in the Ukraine War");
    const inputs = doc.toJS().inputs as Record<string, { value: string; quote: string; source: string }>;
    const shipments = Object.values(inputs).find((i) => i.quote.includes('70 shipments'));
    expect(shipments).toEqual({ value: 'an estimated 70 shipments', source: 'TODO', quote: 'an estimated 70 shipments since August of the previous year' });
    expect(doc.toJS().units.shipment).toEqual({ aliases: ['shipments'] });
    // The sentence stands above the first input it holds, as a comment.
    expect(text).toContain('# South Korean intelligence has noted a significant uptick in arms shipments');
  });

  it('merges: keeps every existing entry and comment, adds only numbers no quote covers', () => {
    const source = read('north-korea-military-aid-new-alliance.txt');
    const existing = [
      '# Our own notes: keep me.',
      'article: a.txt',
      'inputs:',
      '  special_forces:   # checked with the NIS',
      '    value: 1500',
      '    source: NIS',
      '    quote: "approximately 1,500 members"',
      '',
    ].join('\n');
    const result = initClaims({ source, articleRef: 'a.txt', rules: loadDefaultRules(), schemaRef: 's.json', existing });
    // The article holds 8 quantities; 1,500 is quoted already.
    expect(result).toMatchObject({ added: 7, kept: 1 });
    // The file as written stays first, byte for byte: the comment after the key stays where it was.
    expect(result.text.startsWith(existing)).toBe(true);
    expect(parseDocument(result.text).toJS().inputs.special_forces).toEqual({ value: 1500, source: 'NIS', quote: 'approximately 1,500 members' });
    expect(result.text).not.toContain('1,500 members of');
    const again = initClaims({ source, articleRef: 'a.txt', rules: loadDefaultRules(), schemaRef: 's.json', existing: result.text });
    expect(again).toMatchObject({ added: 0, kept: 8 });
  });

  it('merges without rewriting a line the user wrote (flow lists, a note over two lines, a comma in a flow mapping)', () => {
    // Rendering the whole document again turned `[troops]` into `[ troops ]`, joined the note's two lines
    // and wrote `250,000 people` (a comma inside { }, read as 250 and a key) as `250, 000 people`.
    const source = read('north-korea-military-aid-new-alliance.txt');
    const existing = [
      'units:',
      '  soldier: { aliases: [soldiers, troops] }',
      '  # count words end here',
      'inputs:',
      '    special_forces:',
      '        value: 1500',
      '        source: NIS',
      '        note: the NIS figure, given',
      '          in October',
      '        quote: "approximately 1,500 members"',
      '    crowd: { value: 250,000 people, source: police }',
      'ignore: ["2024"]',
      'claims: {}',
      '',
    ].join('\n');
    const result = initClaims({ source, articleRef: 'a.txt', rules: loadDefaultRules(), schemaRef: 's.json', existing });
    expect(result.added).toBe(7);
    // Every line the user wrote is still there, in order, as written: only lines were added.
    const mine = existing.split('\n').filter((line) => line !== '');
    expect(result.text.split('\n').filter((line) => mine.includes(line))).toEqual(mine);
    // The new inputs join `inputs:` indented as its first entry (4 spaces), and `article:` the root.
    const doc = parseDocument(result.text).toJS();
    expect(Object.keys(doc.inputs)).toHaveLength(2 + 7);
    expect(result.text).toMatch(/\n {4}[a-z_]+:\n {6}value: /u);
    expect(doc.article).toBe('a.txt');
    expect(doc.inputs.special_forces.note).toBe('the NIS figure, given in October');
  });

  it('refuses to merge into a file that is not YAML', () => {
    const result = initClaims({ source: 'It has 12 guns.', articleRef: 'a.txt', rules: loadDefaultRules(), schemaRef: 's.json', existing: 'inputs: [unclosed' });
    expect(result.problem).toContain('not a valid claims file');
  });
});

describe('init writes every quantity exactly as the reader found it', () => {
  const rules = loadDefaultRules();
  const gen = (source: string): ReturnType<typeof initClaims> => initClaims({ source, articleRef: 'a.txt', rules, schemaRef: 's.json' });

  it('keeps the currency, the rate and the hedge: each value reads back to the quantity the reader found', () => {
    // "$572 million per year": USD per year; "about 40 km a day": a hedge and a rate; "up to $5.5 billion": a bound.
    const article = 'It earns $572 million per year. Troops moved about 40 km a day. Aid reached up to $5.5 billion.\n';
    const result = gen(article);
    const values = result.entries.map((e) => [e.number.text, e.value]);
    expect(values).toEqual([
      ['$572 million per year', '$572 million per year'],
      ['about 40 km a day', 'about 40 km a day'],
      ['up to $5.5 billion', 'up to $5.5 billion'],
    ]);
    expect(result.problems).toEqual([]);
    const checked = checkClaimsText(result.text, 'claims.yaml', rules, { readArticle: () => ({ text: article }) });
    expect(checked.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('writes "$572 million per yr" as found: USD per year, no problem reported', () => {
    const result = gen('It earns $572 million per yr.\n');
    expect(result.entries.map((e) => [e.value, e.number.quantity?.unit])).toEqual([['$572 million per yr', 'USD/year']]);
    expect(result.problems).toEqual([]);
  });

  it('lists malformed numbers with their place in the article, and writes no input for them', () => {
    const result = gen('Intro line.\n\nRussia has seven.6 million soldiers and 12 tanks.\n');
    // "tanks" after a count is declared as a unit, so the input is "12 tanks".
    expect(result.entries.map((e) => e.number.text)).toEqual(['12 tanks']);
    expect(result.problems.map((p) => ({ ...p, data: wordedData(p.data) }))).toEqual([
      {
        kind: 'malformed-number',
        // "soldiers" is no unit here (only counts in digits declare one), so the phrase ends at "million".
        data: { text: 'seven.6 million', reason: 'a number word and digits mixed: seven.6 million' },
        // "Russia has " is 11 characters: column 12; "seven.6 million" is 15: end column 27.
        span: { file: 'a.txt', line: 3, column: 12, endLine: 3, endColumn: 27 },
      },
    ]);
  });

  it('declares count words by their singular from the pluralize library ("buses" → bus, "casualties" → casualty)', () => {
    const result = gen('The city bought 120 buses after 40 casualties.\n');
    const units = parseDocument(result.text).toJS().units as Record<string, unknown>;
    expect(units).toEqual({ bus: { aliases: ['buses'] }, casualty: { aliases: ['casualties'] } });
  });

  it('never declares "times" as a unit ("more than 10 times as likely", "two times when")', () => {
    const result = gen('They were more than 10 times as likely to die. The other 2 times when it happened.\n');
    expect(parseDocument(result.text).toJS().units).toBeUndefined();
    // Whatever words are written, they read back as the reader read them: more than 10 (no unit), and 2.
    const back = result.entries.map((e) => parseQuantityText(e.value, ctxOf(result.text), SPAN).quantity);
    expect(back.map((q) => [q?.low.value, q?.unit, q?.hedge?.side])).toEqual([[10, '', 'above'], [2, '', undefined]]);
  });
});

describe('a quantity the check cannot hold as written', () => {
  it('is written as the nearest value it can hold, and says what was lost', () => {
    // A reader's quantity with a unit no registry resolves: 15 furlong/fortnight, "about" on it.
    const rules = loadDefaultRules();
    const { registry } = createUnitRegistry([...rules.units.values()]);
    const ctx: QuantityContext = { rules, unitWords: registry.unitWords, currencySymbols: registry.currencySymbols };
    const q = parseQuantityText('about 15', ctx, SPAN).quantity as Quantity;
    const choice = valueFor({ ...q, unit: 'furlong/fortnight' }, 'about 15 furlongs a fortnight', ctx, registry, rules);
    expect({ ...choice, lost: worded(choice.lost) }).toEqual({ value: 'about 15', lost: 'the unit "furlong/fortnight" is not one the check can resolve' });
  });
});

describe('a passage repeated word for word', () => {
  it('is written once: the same quote covers every copy', () => {
    const rules = loadDefaultRules();
    const paragraph = 'Exports rose to $4 million in May, up from 3,100 tonnes.';
    const source = `${paragraph}\n\n${paragraph}\n\n${paragraph}\n`;
    const result = initClaims({ source, articleRef: 'a.txt', rules, schemaRef: 's.json' });
    // Two quantities per copy, three copies: two written, four left out as repeats.
    expect([result.added, result.repeated]).toEqual([2, 4]);
    const checked = checkClaimsText(result.text, 'claims.yaml', rules, { readArticle: () => ({ text: source }) });
    expect(checked.coverage).toEqual({ covered: 6, total: 6 });
  });
});

describe('init and the cents of an article in euros (second newsroom trial, AA Ireland)', () => {
  const source = readFileSync(new URL('../fixtures/newsroom2/fuel-ireland-petrol-117-cent.txt', import.meta.url), 'utf8');

  it('declares cent as the euro cent when the article\'s money is euros, and the scaffold checks a euro sum', () => {
    const rules = loadDefaultRules();
    const { text } = initClaims({ source, articleRef: 'a.txt', rules, schemaRef: 's.json' });
    expect(text).toContain('cent: { aliases: [ cents ], definition: 0.01 EUR }');
    // A claim over the scaffold's inputs: 150 litres a month × 102.6 cent = 15,390 cent = €153.90.
    const withClaim = text.replace(/\ninputs:\n/u, '\ninputs:\n  litres_x: { value: 150 litres, source: AA }\n  price_x: { value: 102.6 cent per litre, source: AA }\n')
      + 'claims:\n  month_cost:\n    compute: litres_x * price_x\n    stated: €153.90\n';
    const result = checkClaimsText(withClaim, 'claims.yaml', rules, { readArticle: () => ({ text: source }) });
    expect(result.claims.find((c) => c.name === 'month_cost')?.verdict).toBe('pass');
  });

  it('leaves the built-in (US) cent alone for an article in dollars, or with no cents', () => {
    const rules = loadDefaultRules();
    const dollars = initClaims({ source: 'Oil prices regained 71 cents to $89.53 a barrel.', articleRef: 'a.txt', rules, schemaRef: 's.json' }).text;
    expect(dollars).not.toContain('definition: 0.01');
    const euros = initClaims({ source: 'The fare rose to €3.50, or 12%.', articleRef: 'a.txt', rules, schemaRef: 's.json' }).text;
    expect(euros).not.toContain('cent:');
  });
});

describe('two words for one thing', () => {
  // init declares each count word it meets as a unit of its own: "soldiers"
  // and "troops" become soldier and troop. A claim dividing them then has no
  // conversion; the advice must first say the simple thing (one is a word for
  // the other), in this file's own words, and following it must make the claim pass.
  const source = 'The ministry said 12,000 soldiers were sent to the border.\n\nOfficials said 3,000 troops came from the north, a quarter of the soldiers deployed.\n';
  const rules = loadDefaultRules();

  it('advises the alias line, and the claim passes once the file follows it', () => {
    const { text } = initClaims({ source, articleRef: 'a.txt', rules, schemaRef: 's.json' });
    expect(text).toContain('  soldier: { aliases: [ soldiers ] }\n  troop: { aliases: [ troops ] }\n');
    const doc = parseDocument(text);
    const inputs = doc.toJS().inputs as Record<string, { value: string }>;
    const soldiers = Object.keys(inputs).find((k) => inputs[k]!.value === '12,000 soldiers')!;
    const troops = Object.keys(inputs).find((k) => inputs[k]!.value === '3,000 troops')!;
    const edited = `${text}\nclaims:\n  northern_share:\n    compute: ${troops} / ${soldiers}\n    stated: a quarter\n    quote: a quarter of the soldiers deployed\n`;
    const read = { readArticle: () => ({ text: source }) };
    const before = checkClaimsText(edited, 'claims.yaml', rules, read).claims[0]!;
    expect(before.verdict).toBe('error');
    expect(before.message).toContain(
      'troop and soldier have no conversion between them. If they are one thing, make troop a word for soldier: under units:, '
        + 'replace the lines of troop and soldier with soldier: { aliases: [soldiers, troop, troops] }.',
    );
    // The advice followed to the letter: 3,000 / 12,000 = 0.25, a quarter.
    const fixed = edited.replace('  soldier: { aliases: [ soldiers ] }\n  troop: { aliases: [ troops ] }\n', '  soldier: { aliases: [soldiers, troop, troops] }\n');
    const after = checkClaimsText(fixed, 'claims.yaml', rules, read).claims[0]!;
    expect(after.verdict).toBe('pass');
  });
});

describe('sentences that end with a month', () => {
  // "…to 23.1 million in April. The sharp increases…": the full stop after a
  // month's full name ends the sentence (only "Apr.", "Sept." are abbreviations),
  // so the quote and the comment stop at "April".
  it('quotes within the sentence, not into the next', () => {
    const source = 'The number of unemployed persons rose by 15.9 million to 23.1 million in April. The sharp increases in these measures reflect the pandemic.\n\nPrices rose on Jan. 6 to 14 dollars, a 12% rise.\n';
    const { text } = initClaims({ source, articleRef: 'a.txt', rules: loadDefaultRules(), schemaRef: 's.json' });
    const quotes = Object.values(parseDocument(text).toJS().inputs as Record<string, { value: string; quote: string }>).map((i) => [i.value, i.quote]);
    expect(quotes).toContainEqual(['rose by 15.9 million', 'The number of unemployed persons rose by 15.9 million to 23.1 million in April']);
    expect(quotes).toContainEqual(['23.1 million', 'The number of unemployed persons rose by 15.9 million to 23.1 million in April']);
    expect(text).toContain('  # The number of unemployed persons rose by 15.9 million to 23.1 million in\n  # April.\n');
    // "Jan." is an abbreviation: the sentence goes on past it.
    expect(text).toContain('# Prices rose on Jan. 6 to 14 dollars, a 12% rise.');
  });
});
