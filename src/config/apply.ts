/**
 * @file Applies an effective configuration: its tolerances and severities on
 * top of the loaded `Rules` (building a new `Rules`; the loaded one is never
 * changed), and its severities to a checked file's result (`off` drops a
 * finding kind; on a failing claim, `warning`, `info` or `off` make the
 * failure a warning). Pure.
 */

import { suggestion } from '../text/suggest.js';
import { phrase } from '../findings/interpolate.js';
import type { CheckRule, FileResult, HedgeRule, Rules } from '../types.js';
import type { Config, ConfigProblem } from './types.js';

/** `rules` with the configuration's tolerances and severities; a severity for an unknown kind is a problem. */
export function applyConfigToRules(rules: Rules, config: Config): { rules: Rules; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const t = config.tolerances;
  let checks: ReadonlyMap<string, CheckRule> = rules.checks;
  if (config.severity.size > 0) {
    const next = new Map(rules.checks);
    for (const [kind, setting] of config.severity) {
      const row = next.get(kind);
      if (!row) {
        problems.push({ message: phrase('config-not-a-kind', { kind, suggestion: suggestion(kind, rules.checks.keys()) }), span: setting.span });
        continue;
      }
      if (setting.value !== 'off') next.set(kind, { ...row, severity: setting.value });
    }
    checks = next;
  }
  let hedges: ReadonlyMap<string, HedgeRule> = rules.hedges;
  if (t.hedge) {
    const tolerance = t.hedge.value;
    hedges = new Map([...rules.hedges].map(([phrase, row]) => [phrase, { ...row, tolerance }]));
  }
  const next: Rules = {
    ...rules,
    hedges,
    checks,
    numbers: {
      ...rules.numbers,
      ...(t.word ? { wordTolerance: t.word.value } : {}),
      ...(t.significant_figures ? { significantFigures: t.significant_figures.value } : {}),
    },
    ...(t.loose ? { looseTolerance: t.loose.value } : {}),
    ...(t.gross_factor ? { grossFactor: t.gross_factor.value } : {}),
  };
  return { rules: next, problems };
}

/** True when the configuration changes nothing in the rules. */
export function changesRules(config: Config): boolean {
  return config.severity.size > 0 || Object.keys(config.tolerances).length > 0;
}

/**
 * A checked file's result under the configuration's severities: findings of
 * a kind set to `off` are dropped; a failing or erroring claim whose kind is
 * set to `warning`, `info` or `off` becomes a warning (a claim is never hidden).
 */
export function applyConfigToResult(result: FileResult, config: Config): FileResult {
  if (config.severity.size === 0) return result;
  const setting = (kind: string | undefined) => (kind === undefined ? undefined : config.severity.get(kind)?.value);
  return {
    ...result,
    claims: result.claims.map((claim) => {
      const s = setting(claim.kind);
      if (s === undefined || s === 'error' || claim.allowed !== undefined) return claim;
      if ((claim.verdict === 'fail' || claim.verdict === 'error') && claim.severity === 'error') return { ...claim, severity: 'warning' };
      return claim;
    }),
    findings: result.findings.filter((f) => setting(f.kind) !== 'off'),
  };
}
