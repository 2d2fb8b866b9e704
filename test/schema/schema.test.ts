// The JSON Schemas shipped in schema/: the bundled claims files validate
// against the claims schema (checked with ajv directly, as an editor would),
// the precompiled validator is up to date, and at check time the schema adds
// positioned findings only where no other stage spoke.
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { worded } from '../worded.js';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs build script without types
import { AJV_OPTIONS, generateClaimsValidator, VALIDATOR_PATH } from '../../scripts/schema-validator.mjs';
import { checkClaimsText } from '../../src/engine/check-file.js';
import { loadDefaultRules } from '../../src/rules/index.js';
import { schemaProblems, withSchemaFindings } from '../../src/schema/index.js';

const claimsSchema = JSON.parse(readFileSync('schema/claims.schema.json', 'utf8'));
const configSchema = JSON.parse(readFileSync('schema/claimcheckrc.schema.json', 'utf8'));
const ajv = new Ajv(AJV_OPTIONS);
const validateClaims = ajv.compile(claimsSchema);
const validateConfig = ajv.compile(configSchema);
const factsSchema = JSON.parse(readFileSync('schema/facts.schema.json', 'utf8'));
const validateFacts = new Ajv(AJV_OPTIONS).compile(factsSchema);

describe('the shipped claims schema', () => {
  it.each(['claims.yaml', 'examples/nysun-reworded.claims.yaml', 'test/fixtures/cli/clean.claims.yaml', 'test/fixtures/cli/failing.claims.yaml'])('accepts %s', (path) => {
    const valid = validateClaims(parse(readFileSync(path, 'utf8')));
    expect(validateClaims.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('accepts article as a list of files, and rejects unknown keys, bad names and wrong types', () => {
    expect(validateClaims({ article: ['a.md', 'b.md'], inputs: { a: { value: 1, source: 's' } } })).toBe(true);
    expect(validateClaims({ titel: 'x' })).toBe(false);
    expect(validateClaims({ inputs: { '1st': { value: 1 } } })).toBe(false);
    expect(validateClaims({ inputs: { a: { value: true } } })).toBe(false);
    expect(validateClaims({ claims: { a: { compute: 'x', severity: 'fatal' } } })).toBe(false);
    expect(validateClaims({ inputs: { a: { value: { value: 1, low: 0, high: 2 } } } })).toBe(false);
  });

  it('accepts facts: (a path or a list), as_of: and the shared-fact keys of an input, and rejects bad ones', () => {
    expect(validateClaims({ facts: 'facts/world.yaml', as_of: '2024-12-23', inputs: { a: { value: 1, source: 's', fact: 'b', overrides: true, max_age: '30 days', category: 'casualty-toll', cumulative: true } } })).toBe(true);
    expect(validateClaims({ facts: ['a.yaml', 'b.yaml'] })).toBe(true);
    expect(validateClaims({ facts: 3 })).toBe(false);
    expect(validateClaims({ as_of: 'December 2024' })).toBe(false);
    expect(validateClaims({ inputs: { a: { value: 1, overrides: 'yes' } } })).toBe(false);
    expect(validateClaims({ inputs: { a: { value: 1, max_age: 'a while' } } })).toBe(false);
  });

  it('describes every property, for editors', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (node === null || typeof node !== 'object') return;
      const props = (node as { properties?: Record<string, unknown> }).properties;
      for (const [key, value] of Object.entries(props ?? {})) {
        if (typeof (value as { description?: unknown }).description !== 'string') missing.push(`${path}.${key}`);
        walk(value, `${path}.${key}`);
      }
      for (const [key, value] of Object.entries(node)) if (key !== 'properties') walk(value, `${path}/${key}`);
    };
    walk(claimsSchema, '');
    walk(configSchema, '');
    walk(factsSchema, '');
    expect(missing).toEqual([]);
  });

  it('matches the precompiled validator in src/schema (run node scripts/build.mjs after changing the schema)', () => {
    expect(readFileSync(VALIDATOR_PATH, 'utf8')).toBe(generateClaimsValidator());
  });
});

describe('the shipped facts-file schema', () => {
  it('accepts the bundled facts/world.yaml and a facts file that imports another', () => {
    const valid = validateFacts(parse(readFileSync('facts/world.yaml', 'utf8')));
    expect(validateFacts.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(validateFacts({ facts: ['base.yaml'], max_age: '1 year', inputs: { a: { value: 1, source: 's' } } })).toBe(true);
  });

  it('stands alone, with the claims schema\'s own definitions of an input, a quantity, a unit and a text', () => {
    for (const name of ['text', 'quantity', 'input', 'unit']) expect(factsSchema.definitions[name]).toEqual(claimsSchema.definitions[name]);
  });

  it('rejects claims and unknown keys in a facts file', () => {
    expect(validateFacts({ claims: { a: { compute: '1' } } })).toBe(false);
    expect(validateFacts({ inputs: { a: { value: 1, sorce: 's' } } })).toBe(false);
  });
});

describe('the shipped configuration schema', () => {
  it('accepts a full configuration and rejects mistakes', () => {
    expect(validateConfig({ $schema: 'x', root: true, rules: ['house'], ignore: 'drafts/**', severity: { 'missing-source': 'error', 'uncovered-number': 'off' }, tolerances: { hedge: '5%', word: 0.05, loose: '5 %', significant_figures: 2, gross_factor: 2 } })).toBe(true);
    expect(validateConfig({ severty: {} })).toBe(false);
    expect(validateConfig({ severity: { parse: 'fatal' } })).toBe(false);
    expect(validateConfig({ tolerances: { hedge: 'lots' } })).toBe(false);
    expect(validateConfig({ tolerances: { significant_figures: 2.5 } })).toBe(false);
  });
});

describe('schema findings at check time', () => {
  const rules = loadDefaultRules();
  const check = (text: string) => withSchemaFindings(text, checkClaimsText(text, 'c.claims.yaml', rules), rules);

  it('points at what the loader accepts but the schema does not, in plain words', () => {
    const text = [
      'title: true', //                            line 1: a boolean title
      'units:',
      '  soldier: { aliases: [soldiers, 5] }', //  a number alias is fine (text)
      'inputs:',
      '  troops:',
      '    value: 11000 soldiers',
      '    source: NIS',
      '    quote: false', //                        line 8: a boolean quote
      'ignore: [M1989, yes]', //                   "yes" is text in YAML 1.2: fine
      '',
    ].join('\n');
    const findings = check(text).findings.filter((f) => f.kind === 'schema');
    expect(findings.map((f) => [f.line, f.column, f.endColumn, f.message])).toEqual([
      [1, 8, 12, 'title must be text, but it is true/false (true)'],
      [8, 12, 17, 'inputs.troops.quote must be text, but it is true/false (false)'],
    ]);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
  });

  it('gives exactly one finding for each bad entry the loader already reports', () => {
    const text = [
      'inputs:',
      '  troops:',
      '    value: true', //           the loader: should be a number or a quantity
      '    source: [a, b]', //        the loader: should be text
      '    sorce: x', //              the loader: unknown key, did you mean source
      'claims:',
      '  rate:',
      '    compute: troops / 2',
      '    severity: fatal', //      the loader: must be error or warning
      '',
    ].join('\n');
    // The schema finds all four too …
    expect(schemaProblems(text, 'c.claims.yaml').map((p) => p.problem.span.line).sort()).toEqual([3, 4, 5, 9]);
    // … but each is reported once, in the loader's words.
    const findings = check(text).findings.filter((f) => f.line >= 3 && f.line <= 9 && f.kind !== 'missing-source');
    const lines = findings.map((f) => f.line);
    expect(new Set(lines).size).toBe(lines.length);
    expect(findings.find((f) => f.line === 5)?.message).toContain("did you mean 'source'");
  });

  it('reports a list item by its index and a bad article list', () => {
    const text = 'article: [story.md, 42]\ninputs:\n  a:\n    value: 1\n    source: s\n';
    const problems = schemaProblems(text, 'c.claims.yaml');
    // 42 is the second item: line 1, columns 21–23
    expect(problems.map((p) => [p.problem.span.line, p.problem.span.column, worded(p.problem.data['reason'])])).toEqual([[1, 21, 'article[1] must be text, but it is a number (42)']]);
  });

  it('points at each of many bad entries of one large mapping, and at the first of two keys written alike', () => {
    // 300 claims; every third one has `note: true` (text expected). Claim i's key is on
    // line 2 + 3i, its note on line 4 + 3i, "    note: " is 10 characters, so `true` is columns 11–15.
    const lines = ['claims:'];
    for (let i = 0; i < 300; i++) lines.push(`  c${i}:`, '    compute: 1 + 1', i % 3 === 0 ? '    note: true' : '    note: fine');
    const problems = schemaProblems(lines.join('\n') + '\n', 'c.claims.yaml');
    expect(problems).toHaveLength(100);
    expect(problems.map((p) => [p.claim, p.problem.span.line, p.problem.span.column, p.problem.span.endColumn])).toEqual(
      Array.from({ length: 100 }, (_, k) => [`c${3 * k}`, 4 + 9 * k, 11, 15]),
    );
    // Two `x:` under claims, each with a bad note: plain data keeps the second, and the error is
    // placed under the first `x:` (line 4, `[a]` at columns 11–14), as a search from the top finds it.
    const twice = schemaProblems('claims:\n  x:\n    compute: 1\n    note: [a]\n  x:\n    compute: 2\n    note: [b]\n', 'c.claims.yaml');
    expect(twice.map((p) => [p.problem.span.line, p.problem.span.column, p.problem.span.endColumn, worded(p.problem.data['reason'])])).toEqual([
      [4, 11, 14, 'claims.x.note must be text, but it is a list'],
    ]);
  });

  it('says nothing about a file the loader could not read', () => {
    expect(schemaProblems('inputs: [unclosed\n', 'c.claims.yaml')).toEqual([]);
    expect(schemaProblems('a: &a [*a, *a]\n', 'c.claims.yaml')).toEqual([]);
  });
});
