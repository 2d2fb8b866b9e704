// Facts files go through the claims file's loader (one parser, the same
// inputs grammar) with their own top-level keys; the new input keys of shared
// facts are read and checked.
import { describe, expect, it } from 'vitest';
import { loadClaimsFile, loadFactsFile } from '../../src/load/index.js';
import { written } from './helpers.js';

const yaml = (...lines: string[]): string => `${lines.join('\n')}\n`;

describe('loading a facts file', () => {
  it('reads inputs, units, facts: and max_age: with positions in the facts file', () => {
    const { file, problems } = loadFactsFile(yaml(
      /* 1 */ 'title: World facts',
      /* 2 */ 'facts: [base.yaml]',
      /* 3 */ 'max_age: 1 year',
      /* 4 */ 'units: { soldier: { aliases: [soldiers] } }',
      /* 5 */ 'inputs:',
      /* 6 */ '  toll: { value: 100 soldiers, source: s, as_of: "2024-12-01", fact: russia, category: casualty-toll, cumulative: true, max_age: 30 days }',
    ), 'facts/world.yaml');
    expect(problems).toEqual([]);
    expect(file.facts!.map((f) => f.value)).toEqual(['base.yaml']);
    expect(file.maxAge!.value).toBe('1 year');
    expect(file.units.map((u) => u.name)).toEqual(['soldier']);
    const [toll] = file.inputs;
    expect(toll).toMatchObject({ name: 'toll', span: { file: 'facts/world.yaml', line: 6, column: 3 } });
    expect([toll!.fact!.value, toll!.category!.value, toll!.cumulative!.value, toll!.maxAge!.value]).toEqual(['russia', 'casualty-toll', true, '30 days']);
  });

  it('refuses claims and other claims-file keys, with a suggestion for a typo', () => {
    const { problems } = written(loadFactsFile(yaml('claims:', '  a: { compute: "1" }', 'input:', '  a: { value: 1, source: s }'), 'f.yaml'));
    expect(problems.map((p) => [p.kind, p.span.line, p.data['key'], p.data['suggestion']])).toEqual([
      ['unknown-key', 1, 'claims', ''],
      ['unknown-key', 3, 'input', " — did you mean 'inputs'?"],
    ]);
  });

  it('reads overrides: and cumulative: only as true or false, and fact: only as a name', () => {
    const { problems } = written(loadClaimsFile(yaml('inputs:', '  a: { value: 1, source: s, overrides: yes, fact: "not a name" }'), 'c.yaml'));
    expect(problems.map((p) => p.data['reason'])).toEqual([
      "`overrides:` of input 'a' must be true or false, but it is a piece of text",
      expect.stringContaining("`fact:` of input 'a' must be a fact's name"),
    ]);
  });
});
