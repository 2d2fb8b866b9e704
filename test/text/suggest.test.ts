// "Did you mean": Damerau–Levenshtein (optimal string alignment) distance ≤ 2,
// or a shared prefix of at least 3 letters.
import { describe, expect, it } from 'vitest';
import { editDistance, suggest, suggestion } from '../../src/text/suggest.js';
import { worded } from '../worded.js';
import { TOP_LEVEL_KEYS } from '../../src/load/index.js';
import { CLAIM_KEYS, INPUT_KEYS, UNIT_KEYS } from '../../src/load/sections.js';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps', () => {
    expect(editDistance('source', 'source', 2)).toBe(0);
    expect(editDistance('sorce', 'source', 2)).toBe(1); // one deletion
    expect(editDistance('soruce', 'source', 2)).toBe(1); // 'ru' ↔ 'ur' is one swap
    expect(editDistance('compte', 'compute', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3); // k→s, e→i, +g
  });

  it('gives up past the limit, returning limit + 1', () => {
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('publisher', 'claims', 2)).toBe(3);
  });
});

describe('suggest', () => {
  it('finds the key that was meant', () => {
    expect(suggest('sorce', INPUT_KEYS)).toBe('source');
    expect(suggest('compte', CLAIM_KEYS)).toBe('compute');
    expect(suggest('claim', TOP_LEVEL_KEYS)).toBe('claims');
    expect(suggest('alias', UNIT_KEYS)).toBe('aliases'); // distance 2
    expect(suggest('Source', INPUT_KEYS)).toBe('source'); // case is ignored
    expect(suggest('asof', INPUT_KEYS)).toBe('as_of');
  });

  it('accepts a prefix of at least three letters', () => {
    // "tol" is 6 edits from "tolerance", but a prefix of it.
    expect(suggest('tol', CLAIM_KEYS)).toBe('tolerance');
    expect(suggest('def', UNIT_KEYS)).toBe('definition');
    // Two letters are not enough: "de" is no typo of anything here.
    expect(suggest('de', UNIT_KEYS)).toBeUndefined();
  });

  it('prefers the smallest distance, then the earlier candidate', () => {
    // "valeu" is 1 swap from "value" and 2 edits from "values".
    expect(suggest('valeu', ['values', 'value'])).toBe('value');
    // "cat" is 1 from both "bat" and "car": the first listed wins.
    expect(suggest('cat', ['bat', 'car'])).toBe('bat');
  });

  it('suggests nothing when nothing is close', () => {
    expect(suggest('publisher', TOP_LEVEL_KEYS)).toBeUndefined();
    // One substitution turns "x" into "a", but that replaces the whole word.
    expect(suggest('x', ['a'])).toBeUndefined();
    expect(suggest('', ['a'])).toBeUndefined();
    expect(suggest('value', ['value'])).toBeUndefined();
  });

  it('gives the {suggestion} placeholder as the did-you-mean phrase, or nothing', () => {
    expect(suggestion('sorce', INPUT_KEYS)).toEqual({ phrase: 'did-you-mean', data: { name: 'source' } });
    expect(worded(suggestion('sorce', INPUT_KEYS))).toBe(" — did you mean 'source'?");
    expect(suggestion('publisher', TOP_LEVEL_KEYS)).toBe('');
  });
});
