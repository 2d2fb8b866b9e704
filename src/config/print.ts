/**
 * @file `--print-config`: the effective configuration of one claims file as
 * YAML, with the values the rules give where the configuration is silent, so
 * a user sees what a run will use. Paths and globs come from the user's
 * files and command line, so each is shown through `safeText(…, 'terminal')`.
 * Pure: returns text.
 */

import { relative } from 'node:path';
import { stringify } from 'yaml';
import { safeText } from '../text/safe.js';
import type { Rules } from '../types.js';
import type { Config } from './types.js';

/** How a fraction is shown: 0.1 → "10%". */
function percent(x: number): string {
  return `${Number((x * 100).toPrecision(10))}%`;
}

/**
 * The effective configuration as YAML. `rules` are the rules the file will
 * use (configuration applied); paths are shown relative to `cwd`.
 */
export function formatConfig(claimsFile: string, config: Config, rules: Rules, rulesDirs: readonly string[], cwd: string): string {
  const t = (text: string): string => safeText(text, 'terminal');
  const rel = (p: string): string => t(relative(cwd, p) || '.');
  const hedgeTolerances = new Set([...rules.hedges.values()].map((h) => h.tolerance));
  const data: Record<string, unknown> = {
    rules: rulesDirs.map(rel),
    ignore: config.ignore.map((g) => {
      const base = rel(g.base);
      return base === '.' ? t(g.pattern) : `${base}/${t(g.pattern)}`;
    }),
    severity: Object.fromEntries([...config.severity].map(([kind, s]) => [t(kind), s.value])),
    tolerances: {
      ...(config.tolerances.hedge ? { hedge: percent(config.tolerances.hedge.value) } : hedgeTolerances.size === 1 ? { hedge: percent([...hedgeTolerances][0]!) } : {}),
      word: percent(rules.numbers.wordTolerance),
      loose: percent(rules.looseTolerance),
      significant_figures: rules.numbers.significantFigures,
      gross_factor: rules.grossFactor,
    },
  };
  const from = config.files.length ? config.files.map(rel).join(', ') : 'no configuration file (defaults)';
  return `# effective configuration for ${t(claimsFile)}\n# from: ${from}\n${stringify(data, { lineWidth: 0 })}`;
}
