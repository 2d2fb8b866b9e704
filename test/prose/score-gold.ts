// Scoring the prose reader against a gold list marked by hand (shared by the
// corpus test, test/prose/corpus.test.ts, and the second newsroom trial,
// test/newsroom2/reader.test.ts). A quantity is read correctly when a phrase
// the reader reports overlaps the gold span and has the gold value, unit
// (compared by what it resolves to) and hedge side. `checkGoldCorpus`
// writes the tests both make of a folder of scored articles.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, it } from 'vitest';
import { readProse, type ProseNumber } from '../../src/prose/index.js';
import { loadDefaultRules } from '../../src/rules/index.js';
import { createUnitRegistry } from '../../src/units/index.js';
import type { QuantityContext } from '../../src/quantity/index.js';

/** The context `init` and the check build from the default rules. */
const rules = loadDefaultRules();
const { registry } = createUnitRegistry([...rules.units.values()]);
const ctx: QuantityContext = { rules, unitWords: registry.unitWords, currencySymbols: registry.currencySymbols };

interface GoldQuantity {
  text: string;
  value: number | [number, number];
  unit?: string;
  hedge?: string;
}
interface Gold {
  quantities: GoldQuantity[];
  optional?: { text: string }[];
  set_aside: { text: string; why: string }[];
}

/** The offsets of `needle` in `text` at word boundaries, in order from `from`. */
function findAt(text: string, needle: string, from: number): number {
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const re = new RegExp(`(?<![\\p{L}\\p{N}]|\\p{N}[.,])${escaped}(?![\\p{L}\\p{N}]|[.,]\\p{N})`, 'gu');
  re.lastIndex = from;
  const m = re.exec(text);
  if (!m) throw new Error(`gold text ${JSON.stringify(needle)} not found after offset ${from}`);
  return m.index;
}

/** Each gold entry with its [start, end) in the text, found in order. */
function locate<T extends { text: string }>(text: string, entries: readonly T[]): (T & { start: number; end: number })[] {
  let cursor = 0;
  return entries.map((e) => {
    const start = findAt(text, e.text, cursor);
    cursor = start + 1;
    return { ...e, start, end: start + e.text.length };
  });
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1e-12);

function sameUnit(a: string, b: string): boolean {
  if (a === b) return true;
  if (a === '' || b === '') return false;
  const ra = registry.resolve(a);
  const rb = registry.resolve(b);
  if (!('unit' in ra) || !('unit' in rb)) return false;
  const da = ra.unit.dimension;
  const db = rb.unit.dimension;
  const keys = new Set([...Object.keys(da), ...Object.keys(db)]);
  return close(ra.unit.factor, rb.unit.factor) && [...keys].every((k) => (da[k] ?? 0) === (db[k] ?? 0));
}

function matches(found: ProseNumber, gold: GoldQuantity): boolean {
  const q = found.quantity;
  if (!q) return false;
  const [low, high] = Array.isArray(gold.value) ? gold.value : [gold.value, undefined];
  if (!close(q.low.value, low)) return false;
  if ((high === undefined) !== (q.high === undefined)) return false;
  if (high !== undefined && q.high && !close(q.high.value, high)) return false;
  if (!sameUnit(q.unit, gold.unit ?? '')) return false;
  return (q.hedge?.side ?? undefined) === gold.hedge;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

export interface Score {
  file: string;
  gold: number;
  found: number;
  correct: number;
  misses: string[];
  wrong: string[];
  setAsideRead: string[];
}

export function score(dir: string, file: string): Score {
  const text = readFileSync(join(dir, file), 'utf8');
  const gold = parse(readFileSync(join(dir, file.replace(/\.txt$/u, '.gold.yaml')), 'utf8')) as Gold;
  const quantities = locate(text, gold.quantities);
  const optional = locate(text, gold.optional ?? []);
  const setAside = locate(text, gold.set_aside);
  const found = readProse(text, ctx).filter((n) => n.kind === 'quantity');
  const used = new Set<ProseNumber>();
  const misses: string[] = [];
  const seen = new Map<string, number>();
  for (const g of quantities) {
    const nth = (seen.get(g.text) ?? 0) + 1;
    seen.set(g.text, nth);
    const hit = found.find((f) => !used.has(f) && overlaps(f, g) && matches(f, g));
    if (hit) used.add(hit);
    else misses.push(nth > 1 ? `${g.text}#${nth}` : g.text);
  }
  const extra = found.filter((f) => !used.has(f) && !optional.some((o) => overlaps(f, o)));
  const wrong = extra.filter((f) => !quantities.some((g) => overlaps(f, g))).map((f) => f.text);
  const setAsideRead = setAside.filter((s) => found.some((f) => overlaps(f, s))).map((s) => `${s.text} (${s.why})`);
  const counted = found.length - found.filter((f) => !used.has(f) && optional.some((o) => overlaps(f, o))).length;
  return { file, gold: quantities.length, found: counted, correct: used.size, misses, wrong, setAsideRead };
}


/** A gold quantity the reader does not read correctly: article, gold text (the n-th occurrence in gold order when it repeats), why. */
export interface KnownMiss {
  file: string;
  text: string;
  nth?: number;
  reason: string;
}

/** A report that matches no gold quantity and is accepted: article, reported text, why. */
export interface KnownWrong {
  file: string;
  text: string;
  reason: string;
}

/**
 * The tests every gold corpus makes (inside the caller's `describe`): each
 * article's misses and wrong reports are exactly the listed known ones (a
 * listed one now read right fails, so the lists never go stale), no
 * set-aside numeral is read as a quantity, and over the corpus recall
 * (correct / gold) and precision (correct / reported) are both at least 95%.
 * Prints the figures as `label: …` for the report.
 */
export function checkGoldCorpus(label: string, dir: string, files: readonly string[], known: { misses: readonly KnownMiss[]; wrong: readonly KnownWrong[] }): void {
  const scores = files.map((f) => score(dir, f));
  const scoreOf = (file: string): Score => scores.find((x) => x.file === file) as Score;

  it.each(files)('%s: every gold miss is a listed known miss, and every listed one is still a miss', (file) => {
    const listed = known.misses.filter((k) => k.file === file).map((k) => (k.nth && k.nth > 1 ? `${k.text}#${k.nth}` : k.text));
    expect(scoreOf(file).misses.sort()).toEqual(listed.sort());
  });

  it.each(files)('%s: every report that is no gold quantity is a listed known one', (file) => {
    const listed = known.wrong.filter((k) => k.file === file).map((k) => k.text);
    expect(scoreOf(file).wrong.sort()).toEqual(listed.sort());
  });

  it.each(files)('%s: no set-aside numeral (year, date, fiscal year, score, name, marker, reference) is read as a quantity', (file) => {
    expect(scoreOf(file).setAsideRead).toEqual([]);
  });

  it('reads at least 95% of the gold quantities correctly (recall) and reports at least 95% correct ones (precision)', () => {
    const gold = scores.reduce((n, s) => n + s.gold, 0);
    const found = scores.reduce((n, s) => n + s.found, 0);
    const correct = scores.reduce((n, s) => n + s.correct, 0);
    console.log(`${label}: ${files.length} articles, ${gold} gold quantities, ${found} reported, ${correct} correct; recall ${((100 * correct) / gold).toFixed(1)}%, precision ${((100 * correct) / found).toFixed(1)}%`);
    expect(gold).toBeGreaterThan(100);
    expect(correct / gold).toBeGreaterThanOrEqual(0.95);
    expect(correct / found).toBeGreaterThanOrEqual(0.95);
  });
}
