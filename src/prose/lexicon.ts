/**
 * @file The English words the prose reader needs besides the rule tables:
 * month names, words that head a name with a number ("Article 4"), ordinal
 * suffixes and words, the function words that can
 * never sit between a number and its unit, and the few built-in unit names
 * that are everyday words in prose ("in", "link", "stick").
 *
 * Declarations only. Number words, scale words, hedges and unit words come
 * from the rules and the units stage (src/quantity's tables), never from here.
 */

/** Month names and their abbreviations (written capitalised in prose), lower-cased. */
export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/**
 * Capitalised words after which a number is part of a name, not an amount:
 * "Article 4", "Flight 17", "Unit 731", "Title 42" (lower-cased here).
 */
export const NAME_HEADS: ReadonlySet<string> = new Set([
  'article', 'section', 'chapter', 'clause', 'paragraph', 'part', 'title', 'amendment', 'resolution', 'rule',
  'room', 'flight', 'route', 'highway', 'interstate', 'level', 'phase', 'stage', 'grade', 'class', 'category',
  'type', 'model', 'mark', 'mk', 'no', 'nr', 'vol', 'volume', 'page', 'figure', 'fig', 'table', 'unit', 'division',
  'brigade', 'squadron', 'regiment', 'corps', 'battalion', 'platoon', 'district', 'ward', 'precinct', 'station',
  'gate', 'terminal', 'pier', 'track', 'exit', 'channel', 'episode', 'season', 'act', 'scene', 'version', 'tier',
  'block', 'building', 'apartment', 'suite', 'lot', 'item', 'number', 'appendix', 'annex', 'protocol', 'apollo',
  'para', 'paras', 'paragraphs', 'sections', 'articles', 'chapters', 'clauses', 'pages', 'figures', 'tables', 'items',
  // Official forms and schedules: "IEBC's Form 34C" (never 34 degrees Celsius), "Schedule 2", "Form 1040".
  'form', 'forms', 'schedule', 'schedules',
  // Products and series: "Galaxy Note 3", "Windows 10", "Formula 1", "Series 7".
  'note', 'series', 'generation', 'gen', 'windows', 'formula',
]);

/**
 * Stock indexes and lists named with a number ("S&P 500", "FTSE 100",
 * "Russell 2000", "Fortune 500"): the name, lower-cased ("s&p" for "S&P"),
 * and the numbers it takes. Only these numbers: "the FTSE 7,500" is a level.
 */
export const INDEX_NAMES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['s&p', new Set(['100', '400', '500', '600', '1500'])],
  ['ftse', new Set(['100', '250', '350'])],
  ['nasdaq', new Set(['100'])],
  ['russell', new Set(['1000', '2000', '3000'])],
  ['nikkei', new Set(['225'])],
  ['asx', new Set(['200', '300'])],
  ['cac', new Set(['40'])],
  ['dax', new Set(['30', '40'])],
  ['stoxx', new Set(['50', '600'])],
  ['nifty', new Set(['50'])],
  ['fortune', new Set(['100', '500', '1000'])],
]);

/**
 * Words near two numbers joined by a hyphen that make them a score or a
 * record ("a 2-3 defeat", "won 4-6"), never a range, when the first number
 * is the smaller (a first number at least the second, "3-2", "14-0", is
 * always a pair: no range runs downwards).
 */
export const SCORE_WORDS: ReadonlySet<string> = new Set([
  'victory', 'victories', 'win', 'wins', 'won', 'winning', 'defeat', 'defeats', 'defeated', 'loss', 'losses', 'lost',
  'lose', 'draw', 'drew', 'drawn', 'tie', 'tied', 'record', 'lead', 'led', 'score', 'scoreline', 'beat', 'beating',
  'triumph', 'thrashing', 'rout', 'run', 'flurry', 'margin', 'final', 'result', 'vote', 'votes', 'verdict', 'split',
]);

/**
 * Verbs (and the adverbs "up", "down") after which "from X to Y" gives a
 * value before and a value after — two quantities, never a range ("rose
 * from 96,000 to 142,000", "was revised from 63.5 percent to 63.6
 * percent"): spec news-language §5.
 */
export const CHANGE_VERBS: ReadonlySet<string> = new Set([
  'rise', 'rises', 'rose', 'risen', 'rising', 'grow', 'grows', 'grew', 'grown', 'growing', 'increase', 'increases',
  'increased', 'increasing', 'climb', 'climbs', 'climbed', 'climbing', 'jump', 'jumps', 'jumped', 'jumping', 'soar',
  'soars', 'soared', 'surge', 'surges', 'surged', 'fall', 'falls', 'fell', 'fallen', 'falling', 'drop', 'drops',
  'dropped', 'dropping', 'decline', 'declines', 'declined', 'declining', 'decrease', 'decreases', 'decreased',
  'decreasing', 'plunge', 'plunged', 'slump', 'slumped', 'shrink', 'shrank', 'shrunk', 'cut', 'cuts', 'reduce',
  'reduced', 'raise', 'raised', 'lower', 'lowered', 'revise', 'revised', 'change', 'changed', 'move', 'moved',
  'shift', 'shifted', 'swing', 'swung', 'went', 'gone', 'up', 'down', 'doubled', 'halved', 'tripled',
  // The markets' verbs: "gold faded $7.40 to $1,839.80", "oil regained 71 cents to $89.53".
  'faded', 'slid', 'slipped', 'sank', 'sagged', 'tumbled', 'stumbled', 'descended', 'dipped', 'eased', 'edged',
  'gained', 'regained', 'lost', 'shed', 'sheds', 'added', 'rallied', 'advanced', 'retreated',
  // The central banks' verbs: "lifted the cash rate to 3.85%", "trimmed it from 4.35% to 4.1%".
  'lift', 'lifts', 'lifted', 'hike', 'hikes', 'hiked', 'trim', 'trims', 'trimmed', 'slash', 'slashed', 'boost', 'boosted',
  // The same verbs in -ing: "is lowering its cap from £2,074 to £1,923", "cutting the price from 6.9p to 6.89p".
  'lowering', 'cutting', 'reducing', 'raising', 'lifting', 'trimming', 'slashing', 'hiking', 'boosting',
]);

/** Suffixes that make a numeral an ordinal ("21st", "3rd"). */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/** Ordinal words: after a written number they make a name or an ordinal ("Twenty first-century"). */
export const ORDINAL_WORDS: ReadonlySet<string> = new Set([
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth',
  'nineteenth', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth',
  'ninetieth', 'hundredth', 'thousandth', 'millionth',
]);

/**
 * Fraction words that are also ordinals ("a third of" is a fraction, "a third
 * country" an ordinal). Written with "a"/"an", read as a fraction only in a
 * fraction's context: before "of", a unit or "as", after a hedge or a word of
 * change, or before punctuation or the end after one of
 * {@link FRACTION_CUES} ("by a third."); "one third", "two-thirds" always.
 */
export const ORDINAL_FRACTIONS: ReadonlySet<string> = new Set(['third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);

/**
 * Words just before "a third", "a fifth"… that ask for an amount, so that the
 * word before punctuation or the end is a fraction ("outstripped inflation by
 * a third.", "is now a fifth", "only a third,"), not an ordinal ("then a
 * third, by the insurer", "finished a third,"). Hedges and words of change
 * ("more than", "dropped by") are read before this list is asked.
 */
export const FRACTION_CUES: ReadonlySet<string> = new Set([
  'by', 'to', 'than', 'at', 'of', 'is', 'was', 'are', 'were', 'be', 'been', 'being', 'only', 'just', 'mere', 'barely',
]);

/**
 * Words that never sit between a number and its unit (so "2,000 last week"
 * is not "2,000 weeks"): articles, prepositions, conjunctions, pronouns,
 * auxiliaries and time adverbs.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'or', 'nor', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'without',
  'as', 'than', 'that', 'this', 'these', 'those', 'which', 'who', 'whom', 'whose', 'what', 'is', 'are', 'was',
  'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'could', 'should',
  'may', 'might', 'must', 'can', 'shall', 'not', 'no', 'more', 'less', 'most', 'least', 'also', 'only', 'even',
  'still', 'just', 'so', 'per', 'each', 'every', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'it', 'they',
  'them', 'we', 'he', 'she', 'you', 'i', 'there', 'here', 'when', 'where', 'while', 'after', 'before', 'since',
  'until', 'into', 'onto', 'over', 'under', 'about', 'around', 'across', 'between', 'during', 'through', 'last',
  'next', 'ago', 'later', 'earlier', 'then', 'now', 'today', 'yesterday', 'tomorrow', 'if', 'because', 'though',
  'although', 'against', 'toward', 'towards', 'among', 'amongst', 'within', 'along', 'up', 'down', 'out', 'off',
  'such', 'some', 'any', 'all', 'both', 'either', 'neither', 'other', 'another', 'same', 'own', 'very', 'too',
  'already', 'yet', 'again', 'ever', 'never', 'whether', 'via', 'like', 'unlike', 'including',
]);

/**
 * Built-in unit names that are everyday words in prose, never read as a unit
 * after a number unless the claims file declares them ("more than 2,000 men
 * in one day": "in" is not inches).
 */
export const NOT_PROSE_UNITS: ReadonlySet<string> = new Set([
  'in', 'at', 'am', 'as', 'us', 'min', 'rod', 'rods', 'link', 'links', 'chain', 'chains', 'stick', 'sticks', 'drop',
  'drops', 'cup', 'cups', 'stone', 'stones', 'grain', 'grains', 'bar', 'bars', 'cycle', 'cycles', 'mil', 'pt', 'gal',
  'cc', 'rad', 'deg', 'grad', 'gill', 'gills', 'dram', 'drams', 'bit', 'bits', 'second', 'hogshead', 'gross',
]);

/**
 * Everyday abbreviations of time units that people write in prose ("per yr"):
 * read as units after a number; rules/units.yaml makes them aliases of the
 * time units ("yr" → year), so the grammar canonicalises them.
 */
export const PROSE_UNIT_ABBREVIATIONS: ReadonlySet<string> = new Set(['yr', 'yrs', 'mo', 'mos', 'wk', 'wks', 'hrs', 'mins', 'secs']);

/** Range separators between two numbers (besides "to", and "and" after "between"). */
export const DASHES: ReadonlySet<string> = new Set(['–', '—', '‒', '-']);
