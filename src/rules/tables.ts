/**
 * @file Parses the rule tables (hedges, numbers, units, checks) from YAML text
 * into typed entries, checking every entry as it loads and pointing a bad one
 * out by file, line and column (as Vale does with its rule files). Pure: the
 * caller supplies the text; reading folders is `./load.ts`'s job.
 */

import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import type { ChangeDirection, CheckRule, FactCategory, HedgeRule, HedgeSide, MessageValue, PhraseRef, Problem, Severity, Span, UnitRule } from '../types.js';
import { phrase as ref } from '../findings/interpolate.js';
import { excerpt } from '../io/excerpt.js';
import { HEDGE_SIDES, isMoneyDecimals } from '../types.js';
import { spanFromOffsets, spanOfNode, type YamlSource } from '../yaml/span.js';

/** One table file's entries, each still partial: a project file may set only some fields of a row. */
export interface PartialTables {
  hedges: Map<string, Partial<HedgeRule>>;
  words: Map<string, number>;
  scales: Map<string, number>;
  wordTolerance?: number;
  significantFigures?: number;
  digitWords: Set<string>;
  multipliers: Map<string, number>;
  timesWords: Set<string>;
  changesBefore: Map<string, ChangeDirection>;
  changesAfter: Map<string, ChangeDirection>;
  lengthWords: Set<string>;
  vagueWords: Map<string, string>;
  emphasisWords: Set<string>;
  changeAdverbs: Set<string>;
  rateWords: Map<string, string>;
  currencyAfter: Map<string, string>;
  units: Map<string, UnitRule>;
  checks: Map<string, Partial<CheckRule>>;
  /** checks.yaml `phrases:`: id → template. */
  phrases: Map<string, string>;
  looseTolerance?: number;
  grossFactor?: number;
  /** rules/facts.yaml: categories of facts. */
  factCategories: Map<string, Partial<FactCategory>>;
}

export function emptyTables(): PartialTables {
  return {
    hedges: new Map(),
    words: new Map(),
    scales: new Map(),
    digitWords: new Set(),
    multipliers: new Map(),
    timesWords: new Set(),
    changesBefore: new Map(),
    changesAfter: new Map(),
    lengthWords: new Set(),
    vagueWords: new Map(),
    emphasisWords: new Set(),
    changeAdverbs: new Set(),
    rateWords: new Map(),
    currencyAfter: new Map(),
    units: new Map(),
    checks: new Map(),
    phrases: new Map(),
    factCategories: new Map(),
  };
}

export type TableName = 'hedges' | 'numbers' | 'units' | 'checks' | 'facts';
export const TABLE_NAMES: readonly TableName[] = ['hedges', 'numbers', 'units', 'checks', 'facts'];

/** A duration as `max_age` takes it: a number and day(s), week(s), month(s) or year(s). */
export const DURATION_PATTERN = /^\s*(\d+(?:\.\d+)?)\s*(days?|weeks?|months?|years?)\s*$/i;

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Reads one table file's text into `into`, returning the problems found. */
export function parseTable(name: TableName, text: string, file: string, into: PartialTables): Problem[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const reader = new TableReader({ text, path: file, lineCounter });
  for (const error of doc.errors) {
    const [start, end] = error.pos;
    reader.report(reader.spanAt(start, end), ref('rules-not-yaml', { file, detail: excerpt(error.message.split('\n')[0] ?? '', 300) }));
  }
  if (doc.errors.length > 0) return reader.problems;
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return reader.problems;
  if (!isMap(root)) {
    reader.report(reader.span(root), ref('rules-not-mapping', { file }));
    return reader.problems;
  }
  TABLE_READERS[name](reader, root, into);
  return reader.problems;
}

const TABLE_READERS: Record<TableName, (reader: TableReader, root: YAMLMap, into: PartialTables) => void> = {
  hedges(reader, root, into) {
    for (const [phrase, node] of reader.entries(root)) {
      const hedge = ref('rules-hedge', { name: quotedName(phrase) });
      if (!isMap(node)) { reader.report(reader.span(node), ref('rules-hedge-not-mapping', { hedge })); continue; }
      const row: Partial<HedgeRule> = { phrase: phrase.toLowerCase() };
      for (const [key, value] of reader.entries(node)) {
        if (key === 'side') {
          const side = reader.scalar(value);
          if (typeof side === 'string' && (HEDGE_SIDES as readonly string[]).includes(side)) row.side = side as HedgeSide;
          else reader.report(reader.span(value), ref('rules-hedge-side', { hedge, side: excerpt(JSON.stringify(side) ?? 'undefined'), sides: HEDGE_SIDES.join(', ') }));
        } else if (key === 'tolerance') {
          const t = reader.fraction(value, ref('rules-field', { subject: hedge, field: 'tolerance' }));
          if (t !== undefined) row.tolerance = t;
        } else if (key === 'inclusive') {
          const v = reader.scalar(value);
          if (typeof v === 'boolean') row.inclusive = v;
          else reader.report(reader.span(value), ref('rules-boolean', { what: ref('rules-field', { subject: hedge, field: 'inclusive' }) }));
        } else reader.unknownKey(value, key, hedge, ['side', 'tolerance', 'inclusive']);
      }
      into.hedges.set(row.phrase!, { ...into.hedges.get(row.phrase!), ...row });
    }
  },
  numbers(reader, root, into) {
    for (const [key, node] of reader.entries(root)) {
      if (key === 'word_tolerance') {
        const t = reader.fraction(node, 'word_tolerance');
        if (t !== undefined) into.wordTolerance = t;
      } else if (key === 'significant_figures') {
        const n = reader.scalar(node);
        if (typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 15) into.significantFigures = n;
        else reader.report(reader.span(node), ref('rules-significant-figures'));
      } else if (key === 'words' || key === 'scales' || key === 'multipliers') {
        if (!isMap(node)) { reader.report(reader.span(node), ref('rules-words-not-mapping', { key })); continue; }
        const into_ = key === 'words' ? into.words : key === 'scales' ? into.scales : into.multipliers;
        for (const [word, valueNode] of reader.entries(node)) {
          const value = reader.scalar(valueNode);
          if (typeof value === 'number' && Number.isFinite(value) && (key === 'words' ? value >= 0 : value > 0)) {
            into_.set(word.toLowerCase(), value);
          } else reader.report(reader.span(valueNode), ref(key === 'words' ? 'rules-word-non-negative' : 'rules-word-positive', { key, word: quotedName(word) }));
        }
      } else if (key === 'digit_words' || key === 'times_words' || key === 'length_words' || key === 'emphasis_words' || key === 'change_adverbs') {
        const into_ = key === 'digit_words' ? into.digitWords : key === 'times_words' ? into.timesWords : key === 'length_words' ? into.lengthWords : key === 'change_adverbs' ? into.changeAdverbs : into.emphasisWords;
        for (const word of reader.words(node, key)) into_.add(word.toLowerCase());
      } else if (key === 'vague_words') {
        if (!isMap(node)) { reader.report(reader.span(node), ref('rules-vague-not-mapping')); continue; }
        for (const [word, valueNode] of reader.entries(node)) {
          const value = reader.scalar(valueNode);
          if (typeof value === 'string' || typeof value === 'number') into.vagueWords.set(word.toLowerCase(), String(value));
          else reader.report(reader.span(valueNode), ref('rules-vague-word', { word: quotedName(word) }));
        }
      } else if (key === 'rate_words') {
        if (!isMap(node)) { reader.report(reader.span(node), ref('rules-rate-not-mapping')); continue; }
        for (const [word, valueNode] of reader.entries(node)) {
          const value = reader.scalar(valueNode);
          if (typeof value === 'string' && /^[\p{L}_]+$/u.test(value)) into.rateWords.set(word.toLowerCase(), value);
          else reader.report(reader.span(valueNode), ref('rules-rate-word', { word: quotedName(word) }));
        }
      } else if (key === 'currency_after') {
        if (!isMap(node)) { reader.report(reader.span(node), ref('rules-currency-after-not-mapping')); continue; }
        for (const [word, valueNode] of reader.entries(node)) {
          const value = reader.scalar(valueNode);
          // Kept as written: an article's "US" is matched in capitals, never the word "us".
          if (typeof value === 'string' && /^[\p{L}_]+$/u.test(value)) into.currencyAfter.set(word.trim(), value);
          else reader.report(reader.span(valueNode), ref('rules-currency-after-word', { word: quotedName(word) }));
        }
      } else if (key === 'changes_before' || key === 'changes_after') {
        if (!isMap(node)) { reader.report(reader.span(node), ref('rules-changes-not-mapping', { key })); continue; }
        const into_ = key === 'changes_before' ? into.changesBefore : into.changesAfter;
        for (const [direction, list] of reader.entries(node)) {
          if (direction !== 'increase' && direction !== 'decrease') {
            reader.unknownKey(list, direction, key, ['increase', 'decrease']);
            continue;
          }
          for (const word of reader.words(list, `${key}.${direction}`)) into_.set(word.toLowerCase(), direction);
        }
      } else {
        reader.unknownKey(node, key, 'numbers.yaml', [
          'word_tolerance', 'significant_figures', 'words', 'scales', 'digit_words', 'multipliers', 'times_words', 'changes_before', 'changes_after', 'change_adverbs', 'length_words', 'vague_words', 'emphasis_words', 'rate_words', 'currency_after',
        ]);
      }
    }
  },
  units(reader, root, into) {
    for (const [name, node] of reader.entries(root)) {
      const rule = readUnitRule(reader, name, node);
      if (rule) into.units.set(name, rule);
    }
  },
  facts(reader, root, into) {
    for (const [key, node] of reader.entries(root)) {
      if (key !== 'categories') { reader.unknownKey(node, key, 'facts.yaml', ['categories']); continue; }
      if (!isMap(node)) { reader.report(reader.span(node), ref('rules-categories-not-mapping')); continue; }
      for (const [name, rowNode] of reader.entries(node)) {
        const row: Partial<FactCategory> = { name };
        const category = ref('rules-category', { name: quotedName(name) });
        if (rowNode !== null && !(isScalar(rowNode) && rowNode.value === null)) {
          if (!isMap(rowNode)) { reader.report(reader.span(rowNode), ref('rules-category-not-mapping', { category })); continue; }
          for (const [field, valueNode] of reader.entries(rowNode)) {
            const value = reader.scalar(valueNode);
            if (field === 'max_age') {
              if (typeof value === 'string' && DURATION_PATTERN.test(value)) row.maxAge = value.trim();
              else reader.report(reader.span(valueNode), ref('rules-max-age', { category, value: excerpt(JSON.stringify(value) ?? 'undefined') }));
            } else if (field === 'cumulative') {
              if (typeof value === 'boolean') row.cumulative = value;
              else reader.report(reader.span(valueNode), ref('rules-boolean', { what: ref('rules-field', { subject: category, field: 'cumulative' }) }));
            } else reader.unknownKey(valueNode, field, category, ['max_age', 'cumulative']);
          }
        }
        into.factCategories.set(name, { ...into.factCategories.get(name), ...row });
      }
    }
  },
  checks(reader, root, into) {
    for (const [key, node] of reader.entries(root)) {
      if (key === 'loose_tolerance') {
        const t = reader.fraction(node, 'loose_tolerance');
        if (t !== undefined) into.looseTolerance = t;
      } else if (key === 'gross_factor') {
        const f = reader.scalar(node);
        if (typeof f === 'number' && f > 1) into.grossFactor = f;
        else reader.report(reader.span(node), ref('rules-gross-factor'));
      } else if (key === 'kinds') {
        if (!isMap(node)) { reader.report(reader.span(node), ref('rules-kinds-not-mapping')); continue; }
        for (const [kind, rowNode] of reader.entries(node)) {
          const check = ref('rules-check', { name: quotedName(kind) });
          if (!isMap(rowNode)) { reader.report(reader.span(rowNode), ref('rules-check-not-mapping', { check })); continue; }
          const row: Partial<CheckRule> = { kind };
          for (const [field, valueNode] of reader.entries(rowNode)) {
            const value = reader.scalar(valueNode);
            if (field === 'severity') {
              if (typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value)) row.severity = value as Severity;
              else reader.report(reader.span(valueNode), ref('rules-severity', { check, value: excerpt(JSON.stringify(value) ?? 'undefined'), severities: SEVERITIES.join(', ') }));
            } else if (field === 'description' || field === 'message' || field === 'note' || field === 'hint' || field === 'docs') {
              if (typeof value === 'string') row[field] = value;
              else reader.report(reader.span(valueNode), ref('rules-text', { what: ref('rules-field', { subject: check, field }) }));
            } else reader.unknownKey(valueNode, field, check, ['severity', 'description', 'message', 'note', 'hint', 'docs']);
          }
          into.checks.set(kind, { ...into.checks.get(kind), ...row });
        }
      } else if (key === 'phrases') {
        if (!isMap(node)) { reader.report(reader.span(node), ref('rules-phrases-not-mapping')); continue; }
        // The defaults come first; a later file may reword a phrase, not add one (no code would use it).
        const defaults = into.phrases.size > 0;
        for (const [id, textNode] of reader.entries(node)) {
          const text = reader.scalar(textNode);
          if (defaults && !into.phrases.has(id)) reader.report(reader.span(textNode), ref('rules-unknown-phrase', { id: quotedName(id) }));
          else if (typeof text === 'string') into.phrases.set(id, text);
          else reader.report(reader.span(textNode), ref('rules-phrase-text', { id: quotedName(id) }));
        }
      } else reader.unknownKey(node, key, 'checks.yaml', ['loose_tolerance', 'gross_factor', 'kinds', 'phrases']);
    }
  },
};

/** Reads one `units:` row (shared with claims files' `units:` key by the loader). */
function readUnitRule(reader: TableReader, name: string, node: Node | null): UnitRule | undefined {
  const rule: UnitRule = { name, aliases: [], span: reader.span(node) };
  const unit = ref('rules-unit', { name: quotedName(name) });
  if (node === null || (isScalar(node) && node.value === null)) return rule;
  if (!isMap(node)) { reader.report(reader.span(node), ref('rules-unit-not-mapping', { unit })); return undefined; }
  for (const [key, value] of reader.entries(node)) {
    if (key === 'aliases') {
      if (isSeq(value)) rule.aliases = value.items.map((item) => String(reader.scalar(item as Node)));
      else reader.report(reader.span(value), ref('rules-unit-aliases', { unit }));
    } else if (key === 'shadows') {
      if (isSeq(value)) rule.shadows = value.items.map((item) => String(reader.scalar(item as Node)));
      else reader.report(reader.span(value), ref('rules-unit-shadows', { unit }));
    } else if (key === 'symbol' && isSeq(value)) {
      rule.symbols = value.items.map((item) => String(reader.scalar(item as Node)));
    } else if (key === 'symbol' || key === 'definition') {
      const v = reader.scalar(value);
      if (typeof v === 'string' || typeof v === 'number') {
        if (key === 'symbol') rule.symbols = [String(v)];
        else rule.definition = String(v);
      }
      else reader.report(reader.span(value), ref('rules-text', { what: ref('rules-field', { subject: unit, field: key }) }));
    } else if (key === 'decimals') {
      const v = reader.scalar(value);
      if (isMoneyDecimals(v)) rule.decimals = v;
      else reader.report(reader.span(value), ref('rules-unit-decimals', { unit, value: excerpt(JSON.stringify(v) ?? 'nothing') }));
    } else reader.unknownKey(value, key, unit, ['aliases', 'symbol', 'definition', 'shadows', 'decimals']);
  }
  // Decimals say how money is printed: a unit without a sign is never shown as money.
  if (rule.decimals !== undefined && (rule.symbols ?? []).length === 0) {
    reader.report(reader.span(node.get('decimals', true) as Node), ref('rules-unit-decimals-not-currency', { unit }));
    delete rule.decimals;
  }
  return rule;
}


/** Walks one table document, turning nodes into spans and problems. */
class TableReader {
  readonly problems: Problem[] = [];
  constructor(private readonly source: YamlSource) {}

  /** The texts of a list of words; a problem for anything else. */
  words(node: Node | null, what: MessageValue): string[] {
    if (!isSeq(node)) {
      this.report(this.span(node), ref('rules-words-not-list', { what }));
      return [];
    }
    const out: string[] = [];
    for (const item of node.items) {
      const value = this.scalar(item as Node);
      if (typeof value === 'string' && value.trim() !== '') out.push(value.trim());
      else this.report(this.span(item as Node), ref('rules-words-entry', { what }));
    }
    return out;
  }

  *entries(map: YAMLMap): Generator<[string, Node | null]> {
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      yield [key, (pair.value ?? null) as Node | null];
    }
  }

  scalar(node: Node | null): unknown {
    return node !== null && isScalar(node) ? node.value : undefined;
  }

  /** A fraction written as `10%` or `0.1`. */
  fraction(node: Node | null, what: MessageValue): number | undefined {
    const value = this.scalar(node);
    const parsed = parseFraction(value);
    if (parsed === undefined) this.report(this.span(node), ref('rules-fraction', { what }));
    return parsed;
  }

  unknownKey(node: Node | null, key: string, where: MessageValue, known: readonly string[]): void {
    this.report(this.span(node), ref('rules-unknown-key', { key: quotedName(key), where, keys: known.join(', ') }));
  }

  /** A problem in the table at `span`: what is wrong, as a phrase of `rules/checks.yaml` with its data (the writer's text already shortened). */
  report(span: Span, reason: PhraseRef): void {
    this.problems.push({ kind: 'rules', data: { reason }, span });
  }

  span(node: Node | null | undefined): Span {
    return spanOfNode(this.source, node);
  }

  spanAt(start: number, end: number): Span {
    return spanFromOffsets(this.source, start, end);
  }
}

/**
 * A name from a rules file in single quotes, as a phrase: `'almost'`, or,
 * longer than 80 characters, an escaped excerpt and its length
 * (`'\x1b[2Jxxx…' (504 characters)`), so a hostile entry is never echoed whole.
 */
export function quotedName(text: string): PhraseRef {
  return text.length <= 80 ? ref('quoted-single', { text: excerpt(text) }) : ref('quoted-single-long', { text: excerpt(text), length: text.length });
}

/** `10%` → 0.1, `0.1` → 0.1; anything else → undefined. Negative values are refused. */
export function parseFraction(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*%\s*$/.exec(value);
  return match ? Number(match[1]) / 100 : undefined;
}
