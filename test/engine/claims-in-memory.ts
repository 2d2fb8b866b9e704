// Test helper for the engine's display tests: checks a claims file held in
// memory through the real pipeline (checkClaimsText with the default rules)
// and returns its claims' results by name.
import { checkClaimsText } from '../../src/engine/check-file.js';
import { loadDefaultRules } from '../../src/rules/index.js';
import type { ClaimResult } from '../../src/types.js';

const rules = loadDefaultRules();

/** Each claim's result, by name, for the claims file `yaml` (named claims.yaml, no article). */
export function claims(yaml: string): Map<string, ClaimResult> {
  const result = checkClaimsText(yaml, 'claims.yaml', rules);
  return new Map(result.claims.map((c) => [c.name, c]));
}
