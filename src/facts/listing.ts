/**
 * @file What `claimcheck facts` lists, built from a check report: every
 * shared fact, each value of it at each place (with its source, date, age
 * and whether it is out of date), the claims files and claims that use it,
 * and the run's conflicts. Pure: plain data in, plain data out.
 */

import type { CheckReport, FactConflict, FactUse } from '../types.js';

/** One value of a fact at one place: the {@link FactUse} fields people read, and where it is used. */
export type FactValueEntry = Pick<FactUse, 'value' | 'source' | 'url' | 'asOf' | 'maxAge' | 'ageDays' | 'ageOn' | 'stale' | 'cumulative'> & {
  file: string;
  line: number;
  column: number;
  /** The name the claims file gives it, when that differs from the fact's (`fact: NAME`). */
  input?: string;
  /** Each claims file that has this value, with the claims using it there (empty: imported, not used). */
  usedIn: { file: string; claims: string[] }[];
};

/** One fact with all its values. */
export interface FactEntry {
  fact: string;
  values: FactValueEntry[];
}

/** The whole listing. */
export interface FactsListing {
  /** The date ages are measured on (ISO). */
  date: string;
  facts: FactEntry[];
  conflicts: FactConflict[];
}

/** Lists the facts of a checked run; `date` is the date its ages were measured on. */
export function factsListing(report: CheckReport, date: string): FactsListing {
  const facts = new Map<string, Map<string, FactValueEntry>>();
  for (const file of report.files) {
    for (const use of file.facts ?? []) {
      const places = facts.get(use.fact) ?? new Map<string, FactValueEntry>();
      facts.set(use.fact, places);
      const key = `${use.span.file}:${use.span.line}:${use.span.column}`;
      const entry = places.get(key) ?? valueEntry(use);
      places.set(key, entry);
      // A facts file listed on its own (`claimcheck facts facts/world.yaml`) does not use its own facts.
      if (file.path !== use.origin) entry.usedIn.push({ file: file.path, claims: [...use.usedBy] });
    }
  }
  const sorted = [...facts.entries()].sort(([a], [b]) => a.localeCompare(b));
  return {
    date,
    facts: sorted.map(([fact, places]) => ({ fact, values: [...places.values()] })),
    conflicts: report.conflicts ?? [],
  };
}

function valueEntry(use: FactUse): FactValueEntry {
  return {
    value: use.value,
    file: use.span.file,
    line: use.span.line,
    column: use.span.column,
    ...(use.input !== use.fact ? { input: use.input } : {}),
    ...(use.source !== undefined ? { source: use.source } : {}),
    ...(use.url !== undefined ? { url: use.url } : {}),
    ...(use.asOf !== undefined ? { asOf: use.asOf } : {}),
    ...(use.maxAge !== undefined ? { maxAge: use.maxAge } : {}),
    ...(use.ageDays !== undefined ? { ageDays: use.ageDays } : {}),
    ...(use.ageOn !== undefined ? { ageOn: use.ageOn } : {}),
    ...(use.stale !== undefined ? { stale: use.stale } : {}),
    cumulative: use.cumulative,
    usedIn: [],
  };
}
