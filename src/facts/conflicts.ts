/**
 * @file Contradictions across the files of one run: every value of a shared
 * fact (a facts file's named input, or an input that says `fact: NAME` or
 * `overrides: true`) is compared with every other value of the same fact at
 * another place. Two values contradict each other when what their words
 * admit (their admissible sets, in SI units, so 250 km and 160 miles are
 * compared as lengths) do not overlap. Two values of a cumulative fact dated
 * differently, the later one the larger, are a change over time instead.
 *
 * Works on the checked files' `facts` (plain data, also from worker threads)
 * and returns problems per claims file: one at each place, in every claims
 * file that has the value there. Pure.
 */

import type { FactConflict, FactPlace, FactUse, FileResult, Problem } from '../types.js';
import { parseIsoDate } from './dates.js';
import { placeOf } from './import.js';

/** One value of a fact at one place, and the claims files that have it. */
interface Occurrence {
  use: FactUse;
  owners: string[];
}

/** What the run's facts disagree on: the conflicts, and each claims file's problems (by its path). */
export function findConflicts(files: readonly FileResult[]): { conflicts: FactConflict[]; problems: Map<string, Problem[]> } {
  const byFact = new Map<string, Map<string, Occurrence>>();
  for (const file of files) {
    for (const use of file.facts ?? []) {
      if (!use.si) continue;
      const places = byFact.get(use.fact) ?? new Map<string, Occurrence>();
      byFact.set(use.fact, places);
      const key = placeOf(use.span);
      const known = places.get(key);
      if (known) {
        if (!known.owners.includes(file.path)) known.owners.push(file.path);
      } else places.set(key, { use, owners: [file.path] });
    }
  }
  const conflicts: FactConflict[] = [];
  const problems = new Map<string, Problem[]>();
  const add = (path: string, problem: Problem): void => {
    const list = problems.get(path) ?? [];
    list.push(problem);
    problems.set(path, list);
  };
  for (const [fact, places] of byFact) {
    const occurrences = [...places.values()];
    for (let i = 0; i < occurrences.length; i++) {
      for (let j = i + 1; j < occurrences.length; j++) {
        const a = occurrences[i]!;
        const b = occurrences[j]!;
        const kind = compare(a.use, b.use);
        if (kind === undefined) continue;
        conflicts.push({ fact, kind, a: place(a), b: place(b) });
        const findingKind = kind === 'change' ? 'fact-change' : 'fact-conflict';
        for (const [here, there] of [[a, b], [b, a]] as const) {
          for (const owner of here.owners) {
            add(owner, {
              kind: findingKind,
              data: {
                fact,
                value: here.use.value,
                as_of: here.use.asOf ?? 'no date given',
                other_value: there.use.value,
                other_as_of: there.use.asOf ?? 'no date given',
                other_place: placeOf(there.use.span),
              },
              span: here.use.span,
              claim: here.use.input,
            });
          }
        }
      }
    }
  }
  return { conflicts, problems };
}

/** How two values of one fact relate: undefined when they agree (their admissible sets overlap). */
export function compare(a: FactUse, b: FactUse): FactConflict['kind'] | undefined {
  if (!a.si || !b.si) return undefined;
  if (sameDimension(a.si.dimension, b.si.dimension) && overlaps(a.si, b.si)) return undefined;
  const dayA = a.asOf === undefined ? undefined : parseIsoDate(a.asOf);
  const dayB = b.asOf === undefined ? undefined : parseIsoDate(b.asOf);
  if ((a.cumulative || b.cumulative) && dayA !== undefined && dayB !== undefined && dayA !== dayB && sameDimension(a.si.dimension, b.si.dimension)) {
    const [earlier, later] = dayA < dayB ? [a.si, b.si] : [b.si, a.si];
    if (low(later) >= high(earlier)) return 'change';
  }
  return 'contradiction';
}

type SiSet = NonNullable<FactUse['si']>;

const low = (s: SiSet): number => s.low ?? -Infinity;
const high = (s: SiSet): number => s.high ?? Infinity;

/** Whether two sets share a value (an open end does not hold its own number). */
function overlaps(a: SiSet, b: SiSet): boolean {
  const touches = (lowSet: SiSet, highSet: SiSet): boolean =>
    low(lowSet) < high(highSet) || (low(lowSet) === high(highSet) && !lowSet.lowOpen && !highSet.highOpen);
  return touches(a, b) && touches(b, a);
}

function sameDimension(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if ((a[k] ?? 0) !== (b[k] ?? 0)) return false;
  return true;
}

function place(o: Occurrence): FactPlace {
  return {
    value: o.use.value,
    file: o.use.span.file,
    line: o.use.span.line,
    column: o.use.span.column,
    ...(o.use.asOf !== undefined ? { asOf: o.use.asOf } : {}),
    usedIn: [...o.owners],
  };
}
