import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { loadDefaultRules } from '../../src/rules/index.js';
import { scaffoldClaims } from '../../src/bind/scaffold.js';
import { checkClaimsText } from '../../src/engine/check-file.js';

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
    const { text, added } = scaffoldClaims({ source, articleRef: `articles/${name}`, rules, schemaRef: '../schema/claims.schema.json' });
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
    const { text } = scaffoldClaims({ source, articleRef: 'a.txt', rules: loadDefaultRules(), schemaRef: 's.json' });
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
    const result = scaffoldClaims({ source, articleRef: 'a.txt', rules: loadDefaultRules(), schemaRef: 's.json', existing });
    // The article holds 8 quantities; 1,500 is quoted already.
    expect(result).toMatchObject({ added: 7, kept: 1 });
    // The comments survive (the yaml library puts a comment after a key that opens a block on its own line)
    // and the existing entry is unchanged and stays first.
    expect(result.text.startsWith('# Our own notes: keep me.\narticle: a.txt\ninputs:\n  special_forces:\n    # checked with the NIS\n    value: 1500\n    source: NIS\n    quote: "approximately 1,500 members"\n')).toBe(true);
    expect(parseDocument(result.text).toJS().inputs.special_forces).toEqual({ value: 1500, source: 'NIS', quote: 'approximately 1,500 members' });
    expect(result.text).not.toContain('1,500 members of');
    const again = scaffoldClaims({ source, articleRef: 'a.txt', rules: loadDefaultRules(), schemaRef: 's.json', existing: result.text });
    expect(again).toMatchObject({ added: 0, kept: 8 });
  });

  it('refuses to merge into a file that is not YAML', () => {
    const result = scaffoldClaims({ source: 'It has 12 guns.', articleRef: 'a.txt', rules: loadDefaultRules(), schemaRef: 's.json', existing: 'inputs: [unclosed' });
    expect(result.problem).toContain('not a valid claims file');
  });
});
