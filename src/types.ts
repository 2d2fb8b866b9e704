/**
 * @file The shared vocabulary of claimcheck: every type that crosses a stage
 * boundary (load → resolve → evaluate → judge → report) lives here, so each
 * stage imports only from stages before it and from this file.
 *
 * Pure declarations: no code with side effects, no imports of stages.
 */

// ---------------------------------------------------------------------------
// Places in files
// ---------------------------------------------------------------------------

/**
 * A range of text in one file. Lines and columns are 1-based; `endColumn` is
 * the column just after the last character (as in ESLint and vfile-message).
 */
export interface Span {
  /** The file, as the user named it (relative to the working directory when possible). */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

// ---------------------------------------------------------------------------
// Findings: every problem any stage reports
// ---------------------------------------------------------------------------

/** How much a finding matters. `error` fails the run; `warning` fails it only under `--strict`. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * The id of a finding kind. Each kind is a row of `rules/checks.yaml`, which
 * gives its default severity, a description and the message template; the
 * union is generated from that table (scripts/checks-table.mjs), so a
 * misspelt kind is a type error.
 */
export type { FindingKind, PhraseId } from './findings/kinds.generated.js';
import type { FindingKind, PhraseId } from './findings/kinds.generated.js';

/**
 * A sentence or fragment of a message given by id: its text is the phrase's
 * template under `phrases:` in `rules/checks.yaml` (which a project can
 * reword), filled with `data` when the finding is made. Code reports
 * `{ phrase: 'did-you-mean', data: { name } }`, never the English words.
 */
export interface PhraseRef {
  phrase: PhraseId;
  data: MessageData;
}

/** One value of a message's data: text, a number, or a phrase filled in when the message is written. */
export type MessageValue = string | number | PhraseRef;

/** Values that fill a message template's `{placeholders}`. */
export type MessageData = Readonly<Record<string, MessageValue>>;

/**
 * What a stage reports: a kind, the data for its template, and where. Stages
 * never write the sentence; `createFinding()` (src/findings) fills the
 * template from `rules/checks.yaml`.
 */
export interface Problem {
  kind: FindingKind;
  data: MessageData;
  span: Span;
  /** The claim or input the problem belongs to, when there is one. */
  claim?: string;
  /** What the file says, for messages that compare (vfile-message's `actual`). */
  actual?: string;
  /** What was expected instead. */
  expected?: string;
}

/** One positioned message shown to the user. Made only by `createFinding()`. */
export interface Finding extends Span {
  /** The finding kind: an id from `rules/checks.yaml` (`inconsistent`, `quote-not-found`, …). */
  kind: FindingKind;
  severity: Severity;
  /** One plain line that states the numbers. */
  message: string;
  /** The claim or input it belongs to. */
  claim?: string;
  actual?: string;
  expected?: string;
  /** Why this matters (long form), from the kind's `note` template. */
  note?: string;
  /** What to do about it, from the kind's `hint` template. */
  hint?: string;
  /** Where the kind is documented. */
  url?: string;
}

// ---------------------------------------------------------------------------
// Rule tables (rules/*.yaml), parsed and checked at start-up
// ---------------------------------------------------------------------------

/**
 * Which side of the written number a hedge admits.
 * - `below` (less than x): (−∞, x)            - `at-most` (up to x): (−∞, x]
 * - `above` (more than x): (x, ∞)             - `at-least` (at least x): [x, ∞)
 * - `around` (about x): rounding interval widened by t on each side
 * - `just-below` (almost x): [x(1−t), x] — or [x(1−t), x) when not inclusive
 * - `just-above` (just over x): (x, x(1+t)] — or [x, x(1+t)] when inclusive
 */
export type HedgeSide = 'below' | 'above' | 'around' | 'at-least' | 'at-most' | 'just-above' | 'just-below';

export const HEDGE_SIDES: readonly HedgeSide[] = ['below', 'above', 'around', 'at-least', 'at-most', 'just-above', 'just-below'];

/** One row of `hedges.yaml`. */
export interface HedgeRule {
  /** The phrase as written, lower case ("almost", "more than"). */
  phrase: string;
  side: HedgeSide;
  /** Relative tolerance t (0.1 = 10%). */
  tolerance: number;
  /** For `just-below`/`just-above`: whether the written number itself is admitted. */
  inclusive: boolean;
}

/** `numbers.yaml`: number words, fractions, scale words, currency symbols and precision rules. */
export interface NumberRules {
  /** Number words and their values: "a quarter" → 0.25, "a dozen" → 12, "twelve" → 12. */
  words: ReadonlyMap<string, number>;
  /** Scale words: "thousand" → 1e3, "bn" → 1e9. */
  scales: ReadonlyMap<string, number>;
  /** Relative tolerance a number word admits (default 0.05). */
  wordTolerance: number;
  /**
   * Trailing zeros of a whole number beyond this many significant figures are
   * taken as not significant (default 2: "12,000" admits [11,500, 12,500)).
   */
  significantFigures: number;
  /**
   * Number words judged like the digits they stand for ("eight" admits
   * [7.5, 8.5), as "8" does): spec news-language §3, zero … twenty.
   */
  digitWords: ReadonlySet<string>;
  /** Multiplier words and their values: "twice" → 2, "triple" → 3 (judged with the word tolerance). */
  multipliers: ReadonlyMap<string, number>;
  /** Words that say a number counts times ("four times", "4-fold", "4x"). */
  timesWords: ReadonlySet<string>;
  /** Words before a number that make it a signed change: "up", "rose by" → increase; "down", "fell by" → decrease. */
  changesBefore: ReadonlyMap<string, ChangeDirection>;
  /** Words after a number that make it a signed change: "a 17% rise" → increase, "a 5% fall" → decrease. */
  changesAfter: ReadonlyMap<string, ChangeDirection>;
  /** Adverbs a change verb may take before "by": "decreased slightly by 0.2%", "rose sharply by 5%". */
  changeAdverbs: ReadonlySet<string>;
  /** Words right after a glued "m" that make it metres, not million ("a 100m sprint", "30m-high"). */
  lengthWords: ReadonlySet<string>;
  /** Vague amounts that are not numbers ("dozens") → what to write instead ("at least 24"). */
  vagueWords: ReadonlyMap<string, string>;
  /** Words of emphasis before a number that say nothing of its size ("just 13p", "only 4%", "a mere £5"). */
  emphasisWords: ReadonlySet<string>;
  /** Adverbs of frequency after an amount and the unit they divide by: "£50 weekly" → week, "annually" → year. */
  rateWords: ReadonlyMap<string, string>;
  /** Words after an amount that say which currency its shared sign is, as written: "$89.53 U.S." → USD, "$40 Cdn" → CAD. */
  currencyAfter: ReadonlyMap<string, string>;
}

/** Which way a written change goes: "up 17%" is an increase, "a 5% fall" a decrease. */
export type ChangeDirection = 'increase' | 'decrease';

/** One row of `units.yaml` or of a claims file's `units:`. */
/** Whether a unit rule's `decimals:` is one a currency can have: a whole number from 0 to 4 (ISO 4217 minor units go up to 4). */
export function isMoneyDecimals(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 4;
}

export interface UnitRule {
  /** The unit's canonical name (`soldier`, `USD`), or a mathjs unit that gets extra aliases (`m`). */
  name: string;
  /** Other words for it: plurals, synonyms ("soldiers", "troops"). */
  aliases: string[];
  /** Currency signs written before the number ("£"; "$" and "US$"). */
  symbols?: string[];
  /**
   * Aliases that knowingly take a word from mathjs, as news usage does: "mt"
   * is metric tonnes (mathjs: millitonnes), "C" is degrees Celsius (mathjs:
   * coulombs). Only these aliases may shadow a built-in unit.
   */
  shadows?: string[];
  /** A definition in terms of other units ("0.00075 USD"); without one the unit is its own dimension. */
  definition?: string;
  /**
   * For a currency (a unit with a sign): the decimals its money is printed
   * with when a fraction shows, 0 to 4 — 2 (pence, cents) when not given,
   * 0 for yen and won, 3 for dinars.
   */
  decimals?: number;
  /** Where it was declared (for error messages). */
  span?: Span;
}

/**
 * One row of `checks.yaml`: a finding kind. Keyed by plain text, not
 * {@link FindingKind}: a project's rules file may hold rows of its own.
 */
export interface CheckRule {
  kind: string;
  severity: Severity;
  /** What the check is for, one sentence (shown by docs and SARIF). */
  description: string;
  /** Message template with `{named}` placeholders. */
  message: string;
  /** Optional why/what-to-do templates. */
  note?: string;
  hint?: string;
  /** The kind's documentation (Markdown: what it checks, why it matters, an example), for docs/checks.md. */
  docs?: string;
}

/** One row of `rules/facts.yaml`: a category of facts (casualty tolls, populations…). */
export interface FactCategory {
  name: string;
  /** How long a value stays current after its `as_of` ("30 days", "2 years"); absent: it does not age. */
  maxAge?: string;
  /** A running total that may grow over time (a casualty toll). */
  cumulative: boolean;
}

/** Every rule table, merged (defaults, then project overrides key by key). */
export interface Rules {
  hedges: ReadonlyMap<string, HedgeRule>;
  numbers: NumberRules;
  units: ReadonlyMap<string, UnitRule>;
  checks: ReadonlyMap<string, CheckRule>;
  /** Sentences and fragments messages share, by id (`phrases:` in `checks.yaml`): the judge's reasons, "did you mean"… */
  phrases: ReadonlyMap<string, string>;
  /** Relative distance beyond the admissible set that is still `warn` (default 0.05). */
  looseTolerance: number;
  /** Factor from the nearest admissible value that marks a fail `gross` (default 2). */
  grossFactor: number;
  /** Categories of facts (`rules/facts.yaml`): their max_age and whether they are cumulative. */
  factCategories: ReadonlyMap<string, FactCategory>;
}

// ---------------------------------------------------------------------------
// Quantities: what a writer's words mean
// ---------------------------------------------------------------------------

/** A set of numbers on the real line; ends may be open or infinite. */
export interface NumberSet {
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
}

/** One written number, in the quantity's unit ("27%" → value 0.27). */
export interface Amount {
  value: number;
  /** As written, for messages ("27%", "a quarter", "12,000"). */
  text: string;
  /**
   * What the written precision admits: the rounding interval for a numeral
   * ("55" → [54.5, 55.5)), or the word tolerance for a number word
   * ("a quarter" → [0.2375, 0.2625]).
   */
  precision: NumberSet;
  /** True for number words ("half", "a dozen"): a bound is then the exact value. */
  isWord: boolean;
}

/** A parsed `value` or `stated`: hedge, one amount or a range, and a unit. */
export interface Quantity {
  /** The text as written in the claims file (structured forms are rendered). */
  text: string;
  hedge?: HedgeRule;
  low: Amount;
  /** Present for a range (`10 to 27 percent`). */
  high?: Amount;
  /**
   * The unit as a mathjs unit expression over canonical names: `soldier/mi^2`,
   * `USD`, `year`, or `` for a plain number (percent is a plain number).
   */
  unit: string;
  /** How the number was written, for display: percent and percentage points show as %; a date as an ISO date. */
  display: 'plain' | 'percent' | 'points' | 'date';
  /**
   * A signed change ("up 17%", "a 5% fall", "rose by 3 percentage points"):
   * the values are already signed (a decrease is negative); this says how it
   * was written, so messages can say "a fall" where the arithmetic rose.
   */
  change?: ChangeDirection;
  /** A per-quantity tolerance (structured form or claim `tolerance`). */
  tolerance?: Tolerance;
}

/** A claim's `tolerance`: relative ("5%") or absolute in a unit ("3 soldiers"). */
export type Tolerance =
  | { kind: 'relative'; value: number }
  | { kind: 'absolute'; value: number; unit: string };

// ---------------------------------------------------------------------------
// Units and dimensions
// ---------------------------------------------------------------------------

/**
 * A dimension as base-dimension exponents: `{ LENGTH: 2, TIME: -1 }` for
 * mi²/day, `{ soldier: 1 }` for a custom count unit. Zero exponents are absent;
 * `{}` is a plain number.
 */
export type Dimension = Readonly<Record<string, number>>;

/**
 * A value in SI base units: the closed interval [low, high] and its
 * dimension; a point has low === high. What the evaluate stage computes and
 * the judge compares.
 */
export interface Value {
  low: number;
  high: number;
  dimension: Dimension;
}

/** A unit resolved to SI: 1 of it equals `factor` base units of `dimension`. */
export interface ResolvedUnit {
  /** The expression it came from (`mi^2/day`). */
  expression: string;
  factor: number;
  dimension: Dimension;
  /**
   * For a temperature scale written alone (`degC`, `degF`): its zero in its
   * own degrees. A reading ("17.01°C") is (value + offset) × factor kelvin; a
   * change ("up 2°C") is value × factor. See README, Decisions.
   */
  offset?: number;
}

// ---------------------------------------------------------------------------
// The loaded claims file (load stage output)
// ---------------------------------------------------------------------------

/** A scalar from the YAML with where it stood. */
export interface Located<T> {
  value: T;
  span: Span;
}

/** A `value` or `stated` as written: a string/number, or the structured form. */
export type QuantitySource =
  | { form: 'text'; text: string; span: Span }
  | { form: 'structured'; fields: StructuredQuantity; span: Span };

/** The structured form `{ value | low+high, hedge, unit, tolerance }`. */
export interface StructuredQuantity {
  value?: number | string;
  low?: number | string;
  high?: number | string;
  hedge?: string;
  unit?: string;
  tolerance?: string;
}

export interface InputDecl {
  name: string;
  /** The span of the name key. */
  span: Span;
  value: QuantitySource;
  source?: Located<string>;
  quote?: Located<string>;
  asOf?: Located<string>;
  note?: Located<string>;
  url?: Located<string>;
  /** `overrides: true`: this claims file's own value replaces an imported fact of the same name. */
  overrides?: Located<boolean>;
  /** `fact: NAME`: this input is a value of the shared fact NAME (compared across the files of a run). */
  fact?: Located<string>;
  /** `max_age: 30 days`: after how long past `as_of` the value is out of date. */
  maxAge?: Located<string>;
  /** `category: casualty-toll`: a row of rules/facts.yaml (its max_age and whether it is cumulative). */
  category?: Located<string>;
  /** `cumulative: true`: a running total (a toll), which may grow between dates without contradicting itself. */
  cumulative?: Located<boolean>;
  /** For a fact imported from a facts file: that file, as shown in reports. */
  origin?: string;
}

export interface ClaimDecl {
  name: string;
  span: Span;
  compute: Located<string>;
  stated?: QuantitySource;
  quote?: Located<string>;
  tolerance?: Located<string>;
  severity?: Located<'error' | 'warning'>;
  note?: Located<string>;
  allow?: { reason: string; span: Span };
}

export interface ClaimsFile {
  /** The claims file's path as the user named it. */
  path: string;
  /** The whole source text (for frames in the pretty formatter). */
  source: string;
  title?: Located<string>;
  /** The article (§8); for a list of articles, the first of them. */
  article?: Located<string>;
  /** Every article when `article:` is a list (an extension of §8: quotes are searched in each). */
  articles?: Located<string>[];
  rules?: Located<string>;
  units: UnitRule[];
  inputs: InputDecl[];
  claims: ClaimDecl[];
  ignore: Located<string>[];
  /** `facts:`: the facts files whose named inputs this file uses (paths relative to it). */
  facts?: Located<string>[];
  /** Top-level `as_of:`: the date the file's claims are checked at (the article's date), for fact ages. */
  asOf?: Located<string>;
}

/** A facts file (`facts/world.yaml`): named inputs shared by claims files, with the same grammar. */
export interface FactsFile {
  path: string;
  source: string;
  title?: Located<string>;
  units: UnitRule[];
  inputs: InputDecl[];
  /** Facts files this one imports. */
  facts?: Located<string>[];
  /** A default `max_age` for the file's facts. */
  maxAge?: Located<string>;
}

// ---------------------------------------------------------------------------
// Results (judge stage output, what formatters read)
// ---------------------------------------------------------------------------

/** A claim's verdict (contract §6). */
export type Verdict = 'pass' | 'warn' | 'fail' | 'error' | 'info';

/** A value range shown to the user: in the stated unit when there is one. */
export interface ShownRange {
  low: number;
  high: number;
  /** The unit expression the numbers are in; `` for a plain number. */
  unit: string;
}

/** How a verdict was reached, in words a journalist can follow. */
export interface Trace {
  /** The expression with the input values substituted: "1100 to 3000 soldiers / 11000 soldiers". */
  substituted: string;
  /** The result in the stated unit with sensible digits: "10.0% to 27.3%". */
  result: string;
  /** What the stated words admit: "[9.5%, 10.5%) to [26.5%, 27.5%)". */
  admissible?: string;
  /** One sentence saying why. */
  why: string;
  /** When one uncertain input decides it: "holds only if nk_gdp ≤ $26.7 billion". */
  condition?: string;
}

export interface ClaimResult extends Span {
  name: string;
  verdict: Verdict;
  /** A fail off by a factor of 2 or more, or of the opposite sign. */
  gross: boolean;
  computed?: ShownRange;
  stated?: ShownRange & { text: string };
  /** One line: "1100 to 3000 soldiers / 11000 soldiers = 10.0% to 27.3%, stated 10% to 27%". */
  message: string;
  /** The finding kind behind a non-pass verdict (`inconsistent`, `loose`, `dimension`, …). */
  kind?: FindingKind;
  /** `warning` when the claim's `severity: warning` keeps a fail from failing the run. */
  severity: Severity;
  trace?: Trace;
  /** Set when `allow:` accepts a known failure: reported, not counted. */
  allowed?: string;
}

export interface FileResult {
  path: string;
  title?: string;
  article?: string;
  /** Every article, when the claims file lists several (`article` is then the first). */
  articles?: string[];
  claims: ClaimResult[];
  findings: Finding[];
  /** Numbers of the article(s) that a found quote covers, out of all it holds (§8), when an article was read. */
  coverage?: { covered: number; total: number };
  /** The shared facts this file uses: imported from facts files, or its own inputs marked `fact:` or `overrides:`. */
  facts?: FactUse[];
  /** What the HTML report shows besides verdicts; present only when asked for (`check(paths, { views: true })`). */
  view?: FileView;
}

/** A claims file's article(s) with what became of each number, and its inputs: the HTML report's material. */
export interface FileView {
  articles: ArticleView[];
  inputs: InputView[];
  /** Claim name → the inputs and claims its `compute` uses, directly or through other claims. */
  uses: Record<string, string[]>;
}

/** What became of a number in the article. */
export type MarkStatus = 'pass' | 'warn' | 'fail' | 'error' | 'info' | 'input' | 'uncovered' | 'ignored' | 'malformed';

/** One article as a reader sees it (paragraphs separated by blank lines), with its numbers marked. */
export interface ArticleView {
  path: string;
  title?: string;
  text: string;
  /** In text order; `start`/`end` are offsets into `text`. */
  marks: ArticleMark[];
}

export interface ArticleMark {
  start: number;
  end: number;
  status: MarkStatus;
  /** The claims (and inputs) whose quotes cover the number. */
  names: string[];
  /** Why the number is marked so (a finding's message), for uncovered and malformed numbers. */
  note?: string;
}

/** An input as the claims file gives it. */
export interface InputView {
  name: string;
  value: string;
  source?: string;
  url?: string;
  asOf?: string;
  note?: string;
  quote?: string;
}

/** One value of a shared fact, as one claims file has it. */
export interface FactUse {
  /** The fact's name (the facts-file name, or the `fact:` an input names). */
  fact: string;
  /** The input's name in the claims file (differs from `fact` for `fact: NAME`). */
  input: string;
  /** The value as written. */
  value: string;
  /** Where the value is written (in a facts file or the claims file). */
  span: Span;
  /** The facts file it came from (absent: the claims file's own input). */
  origin?: string;
  source?: string;
  url?: string;
  asOf?: string;
  /** Effective max_age (the fact's, its facts file's, or its category's). */
  maxAge?: string;
  /** Age in whole days on the run's date, when `as_of` is a valid date. */
  ageDays?: number;
  /** The date the age is measured on (ISO): `--as-of`, the file's `as_of:`, or today. */
  ageOn?: string;
  /** True when older than `maxAge`. */
  stale?: boolean;
  cumulative: boolean;
  /** The claims that use it (directly or through other claims). */
  usedBy: string[];
  /** What the written words admit, in SI units (absent when the value could not be read). */
  si?: { low: number | null; high: number | null; lowOpen: boolean; highOpen: boolean; dimension: Dimension };
}

/** Two values of one fact, in two places, that disagree (or changed over time). */
export interface FactConflict {
  fact: string;
  /** `contradiction`: the admissible sets do not overlap; `change`: a cumulative count grew between two dates. */
  kind: 'contradiction' | 'change';
  a: FactPlace;
  b: FactPlace;
}

/** One side of a {@link FactConflict}. */
export interface FactPlace {
  value: string;
  file: string;
  line: number;
  column: number;
  asOf?: string;
  /** The claims files that have this value. */
  usedIn: string[];
}

export interface Summary {
  pass: number;
  warn: number;
  fail: number;
  error: number;
  info: number;
  /** Claims whose failure is accepted by `allow:`. */
  allowed: number;
  /** Findings (not verdicts) with severity error / warning. */
  errors: number;
  warnings: number;
}

export interface CheckReport {
  version: 1;
  files: FileResult[];
  summary: Summary;
  /** Shared facts whose values disagree across the files of the run (present when any were compared). */
  conflicts?: FactConflict[];
  /** `--shard i/n`: this report is part `index` of `count`, of `total` files found in all (absent for a whole run). */
  shard?: { index: number; count: number; total: number };
}
