/**
 * @file claimcheck's library API. The CLI is a thin shell over these:
 *
 *   import { check, formatters } from 'claimcheck';
 *   const report = await check(['claims.yaml']);
 *   process.stdout.write(formatters.pretty(report, { chalk }));
 *
 * `check` reads files and returns data; formatters turn data into text.
 */

export { check, checkFactsFile, exitStatus, summarize, type CheckOptions } from './engine/check.js';
export { checkClaimsText, type CheckTextOptions, type RulesFor } from './engine/check-file.js';
export type { ArticleRead, ReadArticle } from './bind/read-article.js';
export { discoverClaimsFiles } from './engine/discover.js';
export { SetupError } from './engine/errors.js';
export { loadDefaultRules, loadRules } from './rules/index.js';
export { createFinding } from './findings/index.js';

/** `init --derive`: an article (and optional outside facts) → a claims file whose derived numbers are claims with the formula filled in. */
export { deriveClaims, type DeriveInitRequest, type DeriveInitResult, type FactsFile } from './init/derive.js';
/** The search itself: quantities in, ranked derivations out. */
export { derive, CONSTANTS, SHAPES, type Candidate, type DeriveOptions, type DeriveQuantity, type DeriveResult, type Derivation, type Refused, type ShapeName } from './derive/index.js';

/** The formatters by name (pretty, json, github, junit, sarif): `(report, options) => string`. */
export { formatters, FORMAT_NAMES, type FormatName, type FormatOptions, type Formatter } from './report/index.js';
export { safeText, SAFE_TARGETS, type SafeTarget } from './text/safe.js';

/** Shared facts: what `claimcheck facts` lists, from a report, and its two formatters. */
export { factsListing, type FactsListing, type FactEntry, type FactValueEntry } from './facts/listing.js';
export { formatFactsJson, formatFactsPretty } from './report/facts.js';
export type { FactsRead, ReadFacts } from './facts/import.js';

export type * from './types.js';
