/**
 * @file Where an input `init` writes comes from in the article: the sentence
 * around the number (written as a comment), the clause to quote (found again
 * by the quote check), and a name suggested from the words around it.
 *
 * Pure: no I/O.
 */
import { blockIndexAt, type ArticleText } from '../bind/index.js';
import { CHANGE_VERBS, MONTHS, numberContext, type ProseNumber } from '../prose/index.js';
import { reservedMeaning, type UnitRegistry } from '../units/index.js';

/**
 * Abbreviations after which a full stop ends no sentence (titles, "No.",
 * "approx.", "Jan.", "Sept."). A month's full name is no abbreviation: "…in
 * April. The sharp increases…" is two sentences.
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'no', 'vs', 'etc', 'gen', 'col', 'sgt', 'lt', 'gov', 'sen', 'rep', 'prof',
  'inc', 'corp', 'co', 'ltd', 'sq', 'approx', 'est', 'fig',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** The sentence around a number and the clause to quote (white space collapsed; found again by the quote check). */
export function quoteFor(article: ArticleText, n: ProseNumber): { sentence: string; quote: string } {
  const text = article.text;
  const block = article.blocks[blockIndexAt(article, n.start)] ?? { start: 0, end: text.length };
  const [s, e] = sentenceAround(text, block.start, block.end, n.start, n.end);
  const sentence = text.slice(s, e).replace(/\s+/gu, ' ').trim();
  let from = n.start;
  while (from > s && !isClauseBreak(text, from - 1)) from--;
  let to = n.end;
  while (to < e && !isClauseBreak(text, to)) to++;
  let quote = trimQuote(text.slice(from, to));
  if (quote.split(' ').length < 4) quote = trimQuote(text.slice(s, e));
  if (quote.split(' ').length > 24) {
    // A long clause: eight words either side of the number, cut at word boundaries of the text itself.
    let left = n.start;
    for (let words = 0; left > s && words < 8; ) {
      left--;
      if (/\s/u.test(text[left] as string) && !/\s/u.test(text[left + 1] ?? '')) words++;
    }
    let right = n.end;
    for (let words = 0; right < e && words < 9; ) {
      if (/\s/u.test(text[right] as string) && !/\s/u.test(text[right - 1] ?? ' ')) words++;
      if (words < 9) right++;
    }
    quote = trimQuote(text.slice(left, right));
  }
  return { sentence, quote };
}

/** Clause punctuation: a comma, semicolon or colon before white space, a dash, a bracket or a quotation mark. */
function isClauseBreak(text: string, i: number): boolean {
  const c = text[i] as string;
  if ('“”"()[]—–'.includes(c)) return true;
  return ';:,'.includes(c) && /\s/u.test(text[i + 1] ?? ' ');
}

function trimQuote(s: string): string {
  return s.replace(/\s+/gu, ' ').replace(/^[\s,;:.—–"“”'‘’()-]+/u, '').replace(/[\s,;:.—–"“”‘(-]+$/u, '').trim();
}

/** [start, end) of the sentence holding [a, b) within a paragraph. */
function sentenceAround(text: string, blockStart: number, blockEnd: number, a: number, b: number): [number, number] {
  let start = blockStart;
  for (let i = a - 1; i > blockStart; i--) {
    if (endsSentence(text, i)) {
      start = i + 1;
      break;
    }
  }
  let end = blockEnd;
  for (let i = b; i < blockEnd; i++) {
    if (endsSentence(text, i)) {
      end = i + 1;
      break;
    }
  }
  return [start, end];
}

/** A sentence ends at . ! ? (and a closing quote) before white space and a capital, unless it ends an abbreviation or initial. */
function endsSentence(text: string, i: number): boolean {
  const c = text[i] as string;
  if (!'.!?'.includes(c)) return false;
  let j = i + 1;
  while (j < text.length && '"”’)'.includes(text[j] as string)) j++;
  if (!/\s/u.test(text[j] ?? ' ')) return false;
  while (j < text.length && /\s/u.test(text[j] as string)) j++;
  if (j < text.length && !/[\p{Lu}\p{N}"“‘(]/u.test(text[j] as string)) return false;
  if (c === '.') {
    const word = (/([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '').toLowerCase();
    if (word.length === 1 || ABBREVIATIONS.has(word) || /\.\p{L}$/u.test(word)) return false;
  }
  return true;
}

/** Content words as identifier parts (ASCII, lower case), leaving out `notName` words. */
function contentWords(text: string, notName: ReadonlySet<string>): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[’']s\b/gu, '')
    .split(/[^A-Za-z0-9]+/u)
    .map((w) => w.toLowerCase())
    .filter((w) => w !== '' && !notName.has(w) && !/^\d/u.test(w));
}

/**
 * Words that join the nouns of one noun phrase ("average workweek for all
 * employees on private nonfarm payrolls", "the share of voters"): the head
 * of such a chain is its first run of nouns.
 */
const LINKS: ReadonlySet<string> = new Set([
  'of', 'in', 'for', 'on', 'at', 'among', 'across', 'within', 'during', 'with', 'the', 'a', 'an', 'all', 'its', 'their',
  'his', 'her', 'our', 'this', 'that', 'these', 'those', 'each', 'every',
]);

/** Words that end a subject and start what is said of it: the auxiliaries and copulas (verbs of change are the prose reader's). */
const AUXILIARIES: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'could',
  'should', 'may', 'might', 'must', 'can', 'shall', 'stood', 'stands', 'stand', 'hit', 'hits', 'reached', 'reaches',
  'said', 'says', 'say', 'made', 'makes', 'took', 'takes', 'saw', 'sees', 'put', 'puts', 'set', 'sets', 'it', 'they',
  'won', 'win', 'wins', 'lose', 'loses', 'give', 'gives', 'gave', 'given', 'get', 'gets', 'got', 'show', 'shows', 'shown',
  'found', 'find', 'finds', 'reveal', 'reveals', 'mean', 'means', 'meant', 'spend', 'spends', 'spent', 'pay', 'pays', 'paid',
  'surrender', 'resulting', 'however', 'meanwhile', 'thus', 'therefore',
]);

/**
 * Irregular verb forms that end in neither -ed nor -ing, so no rule reads them as verbs ("The SNP
 * took 95%", "Dow Goes Negative"; the past forms of the verbs of change too): a name never takes
 * them. After "the" or "of" and before a noun, a participle is an adjective ("the lost revenue").
 */
const IRREGULAR_VERBS: ReadonlySet<string> = new Set([
  'took', 'taken', 'began', 'begun', 'came', 'comes', 'went', 'goes', 'gone', 'ran', 'drew', 'drawn', 'threw', 'thrown',
  'wrote', 'written', 'chose', 'chosen', 'broke', 'broken', 'became', 'becomes', 'overtook', 'withdrew', 'knew', 'known',
  'stole', 'stolen', 'flew', 'flown', 'drove', 'driven', 'ate', 'eaten', 'rose', 'risen', 'fell', 'fallen', 'grew', 'grown',
  'sank', 'shrank', 'shrunk', 'slid', 'swung',
]);

/**
 * Irregular forms that are past and participle alike ("Russia sent 12,000 troops", "new cars sold
 * nationally"): a verb before a number, a determiner or a function word; before another word it
 * may be a participle after its noun, and the noun phrase reads on.
 */
const PAST_OR_PARTICIPLE: ReadonlySet<string> = new Set([
  'sent', 'made', 'won', 'lost', 'paid', 'sold', 'bought', 'spent', 'built', 'brought', 'told', 'kept', 'held', 'led', 'met',
  'fought', 'caught', 'taught', 'thought', 'sought', 'struck', 'felt', 'heard', 'understood', 'shed', 'cast', 'spread',
  'let', 'shut',
]);

/**
 * Nouns that say only how much of something a number is ("the number of
 * knife crimes", "the share of voters"): the name is what follows their "of".
 */
const AMOUNT_HEADS: ReadonlySet<string> = new Set(['number', 'numbers', 'share', 'proportion', 'percentage', 'amount', 'level', 'levels', 'total', 'majority', 'count', 'figure', 'figures']);

/** Words a number's noun phrase never takes: "according to", "compared with". */
const NOT_NOUNS: ReadonlySet<string> = new Set(['according', 'compared', 'respectively', 'including', 'excluding', 'following', 'despite']);

/** Relative pronouns: each opens a clause about the noun before it ("inflation, which excludes …"). */
const RELATIVES: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose']);

/** Modal verbs: the word after one is a verb ("could earn", "will cost"). */
const MODALS: ReadonlySet<string> = new Set(['could', 'would', 'should', 'may', 'might', 'must', 'can', 'will', 'shall']);

/** Pronouns a verb follows ("This implies a casualty rate"). */
const PRONOUNS: ReadonlySet<string> = new Set(['this', 'that', 'it', 'they', 'he', 'she', 'we', 'which', 'who']);

/** Determiners after which a word in -ing is a verb ("offences involving a knife"). */
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those']);

/** Stands for another number of the sentence in the words before a number. */
const GAP = '\u0000';

/** One word of a sentence before a number: its name part (empty for none) and what it is. */
interface Word {
  part: string;
  role: 'noun' | 'verb' | 'link' | 'break' | 'gap';
  /** A verb of change ("lifted", "rose"). */
  change?: boolean;
  /** A relative pronoun ("which", "who"): it opens a relative clause. */
  relative?: boolean;
  /** "that", which may open a reported clause ("suggestions that the payment could rise"). */
  that?: boolean;
  /** A preposition ("by", "for"): a clause it opens is no subject ("A third, by the insurer Direct Line, claimed …"). */
  preposition?: boolean;
}

/** Prepositions: a clause that opens with one is an adverbial or a relative ("for which"), never a subject. */
const PREPOSITIONS: ReadonlySet<string> = new Set([
  'by', 'for', 'in', 'of', 'on', 'at', 'with', 'from', 'to', 'into', 'among', 'across', 'within', 'during', 'under', 'over',
  'via', 'through', 'after', 'before', 'since', 'despite', 'unlike', 'like', 'against', 'without',
]);

/** The words of `text` in order, each with its role, for finding the noun phrase a number measures. */
function wordsOf(text: string, notName: ReadonlySet<string>): Word[] {
  const out: Word[] = [];
  const tokens = text.split(/(\s+|[,;:()\[\]—–"“”])/u).filter((t) => t !== '' && !/^\s+$/u.test(t));
  for (const [k, token] of tokens.entries()) {
    if (token === '' || /^\s+$/u.test(token)) continue;
    if (token === GAP) {
      out.push({ part: '', role: 'gap' });
      continue;
    }
    if (/^[,;:()\[\]—–"“”]$/u.test(token)) {
      out.push({ part: '', role: 'break' });
      continue;
    }
    // "U.S." is one word, "employment-population" two.
    const lower = token.replace(/\.(?=\p{L})/gu, '').toLowerCase().replace(/[.!?]+$/u, '');
    const next = (tokens[k + 1] ?? '').toLowerCase();
    // "offences involving a knife", "forces are capturing 11.5 square miles", "fighting in a … salient": a verb, not a noun.
    const ing = /^\p{L}{3,}ing$/u.test(lower) && (next === '' || next === GAP || DETERMINERS.has(next) || LINKS.has(next) || notName.has(next));
    // "could earn $500 million": the word after a modal is its verb.
    const previous = (tokens[k - 1] ?? '').toLowerCase();
    // "poised to confirm a …", "This implies a …": before a determiner, after "to" or a pronoun, a verb.
    const afterModal = MODALS.has(previous) || (DETERMINERS.has(next) && (previous === 'to' || PRONOUNS.has(previous)));
    // "the number of scheduled flights", "the Demilitarized Zone": after "the" or "of", before a noun, a word in -ed is an adjective.
    const adjective = (previous === 'the' || previous === 'of') && next !== '' && next !== GAP && !LINKS.has(next) && !notName.has(next) && /^\p{L}/u.test(next);
    // "the year-to-date increase of 2.7%", "a rise of 5%": a verb of change before "of" is its noun.
    const changeNoun = CHANGE_VERBS.has(lower) && next === 'of' && !/(?:ed|ing)$/u.test(lower);
    if ((CHANGE_VERBS.has(lower) && !changeNoun) || AUXILIARIES.has(lower) || (IRREGULAR_VERBS.has(lower) && !adjective) || (PAST_OR_PARTICIPLE.has(lower) && !adjective && (next === '' || next === GAP || DETERMINERS.has(next) || notName.has(next))) || (/^\p{L}{3,}ed$/u.test(lower) && !adjective) || ing || afterModal) {
      out.push({ part: '', role: 'verb', ...(CHANGE_VERBS.has(lower) ? { change: true } : {}) });
      continue;
    }
    if (NOT_NOUNS.has(lower)) {
      out.push({ part: '', role: 'break' });
      continue;
    }
    if (PREPOSITIONS.has(lower) && (LINKS.has(lower) || notName.has(lower))) {
      out.push({ part: '', role: 'link', preposition: true });
      continue;
    }
    if (RELATIVES.has(lower)) {
      out.push({ part: '', role: 'link', relative: true });
      continue;
    }
    if (LINKS.has(lower)) {
      out.push({ part: '', role: 'link', ...(lower === 'that' ? { that: true } : {}) });
      continue;
    }
    // "year-to-date", "year-on-year": a compound with a function word inside is one name part.
    const pieces = lower.split('-');
    const compound = pieces.length > 2 && pieces.slice(1, -1).some((w) => notName.has(w)) && pieces.every((w) => /^\p{L}+$/u.test(w));
    const parts = compound ? [contentWords(pieces.join(' '), new Set()).join('_')] : contentWords(lower, notName).filter((w) => !MONTHS.has(w));
    if (parts.length === 0) out.push({ part: '', role: notName.has(lower) || MONTHS.has(lower) ? 'link' : 'break' });
    else for (const part of parts) out.push({ part, role: 'noun' });
  }
  return out;
}

/** The head run of the noun chain that ends at or before `end` and starts at or after `from` (its last two words). */
function chainBefore(words: readonly Word[], from: number, end: number): string[] {
  let i = end - 1;
  while (i >= from && (words[i]!.role === 'link' || words[i]!.role === 'gap')) i--;
  let head: [number, number] | undefined;
  while (i >= from && words[i]!.role === 'noun') {
    const last = i;
    while (i >= from && words[i]!.role === 'noun') i--;
    head = [i + 1, last + 1];
    let j = i;
    while (j >= from && words[j]!.role === 'link' && !words[j]!.relative) j--;
    if (j === i || j < from || words[j]!.role !== 'noun') break;
    i = j;
  }
  if (!head) return [];
  const run = words.slice(head[0], head[1]).map((w) => w.part);
  // "the number of knife crimes": what is counted.
  if (AMOUNT_HEADS.has(run[run.length - 1]!)) {
    const next = followingRun(words, head[1], end);
    if (next.length > 0) return next.slice(-2);
  }
  return run.slice(-2);
}

/** The run of nouns after the links from `at` (before `end`). */
function followingRun(words: readonly Word[], at: number, end: number): string[] {
  let i = at;
  while (i < end && words[i]!.role === 'link') i++;
  let j = i;
  while (j < end && words[j]!.role === 'noun') j++;
  return words.slice(i, j).map((w) => w.part);
}

/**
 * The first run of nouns from `from`, when a verb follows it (its subject); with `gapEnds`, a
 * number right after it is its predicate too (the number's text holds the verb: "The number of
 * scheduled flights decreased 12 percent" is read as one number "decreased 12 percent").
 */
function subjectAt(words: readonly Word[], from: number, end: number, gapEnds = false): string[] {
  const ends = (w: Word): boolean => w.role === 'verb' || (gapEnds && w.role === 'gap');
  let verb = from;
  while (verb < end && !ends(words[verb]!) && words[verb]!.role !== 'break') verb++;
  if (verb >= end || !ends(words[verb]!)) return [];
  let i = from;
  while (i < verb && words[i]!.role !== 'noun') i++;
  let j = i;
  while (j < verb && words[j]!.role === 'noun') j++;
  const run = words.slice(i, j).map((w) => w.part);
  // A number as the predicate stands right after its subject ("Flights decreased 12 percent"), not after more of the clause ("the shutdown of flight operations on September 11").
  const direct = (end: number): boolean => words[verb]!.role === 'verb' || end === verb;
  if (run.length > 0 && AMOUNT_HEADS.has(run[run.length - 1]!)) {
    const next = followingRun(words, j, verb);
    if (next.length > 0) {
      let k = j;
      while (k < verb && words[k]!.role === 'link') k++;
      return direct(k + next.length) ? next.slice(-2) : [];
    }
  }
  return direct(j) ? run.slice(-2) : [];
}

/**
 * The subject of a clause a verb of the number's clause reports: the noun chain right before the
 * next verb ("boasted that Russian forces are capturing 11.5 square miles" → Russian forces;
 * "figures that reveal the market share for … vehicles fell below 70%" → market share; "some
 * suggestions that the payment could rise as high as £9m" → payment).
 */
function reportedSubject(words: readonly Word[], from: number, lastVerb: number): string[] {
  for (let v = from; v < lastVerb; v++) {
    if (words[v]!.role !== 'verb') continue;
    let w = v + 1;
    while (w <= lastVerb && words[w]!.role !== 'verb') w++;
    if (w > lastVerb || words[w - 1]!.role !== 'noun') continue;
    // The reported clause starts after its "that" ("suggestions that the payment could rise").
    let start = v + 1;
    for (let k = v + 1; k < w; k++) if (words[k]!.that === true) start = k + 1;
    const own = chainBefore(words, start, w);
    // "data show number waiting": a bare "number" or "figures" names nothing.
    if (own.length > 0 && !VAGUE.has(own[own.length - 1]!) && !AMOUNT_HEADS.has(own[own.length - 1]!)) return own;
  }
  return [];
}

/** The subject of a sentence: that of its first clause that has one ("Based on … counted, the turnout is 77.8 percent" → turnout). */
function sentenceSubject(words: readonly Word[]): string[] {
  let from = 0;
  while (from < words.length) {
    let to = from;
    while (to < words.length && words[to]!.role !== 'break') to++;
    const own = subjectAt(words, from, to, true);
    if (own.length > 0) return own;
    from = to + 1;
  }
  return [];
}

/**
 * The subject of a clause that opens with its verb: the noun phrase that makes up a clause before
 * it, past relative clauses ("Underlying inflation, which excludes food and energy, rose 3%", "…,
 * while underlying inflation, which excludes volatile items, increased by 3.3 per cent" →
 * underlying inflation). Empty when a clause with a verb or a number comes first.
 */
function nounClauseBefore(words: readonly Word[], clauseStart: number): string[] {
  let b = clauseStart - 1;
  while (b > 0) {
    let a = b;
    while (a > 0 && words[a - 1]!.role !== 'break') a--;
    const clause = words.slice(a, b);
    if (clause[0]?.relative !== true && clause[0]?.preposition !== true) {
      if (clause.some((w) => w.role === 'verb' || w.role === 'gap')) return [];
      const chain = chainBefore(words, a, b);
      if (chain.length > 0) return chain;
    }
    b = a - 1;
  }
  return [];
}

/**
 * The noun phrase a number measures, from the words of its sentence before
 * it (other numbers of the sentence, with their units, masked out): the
 * nouns between the last verb of its clause and the number ("lifted the
 * cash rate by …"), else the subject of its clause ("The unemployment rate
 * rose to …"), else the subject of its sentence ("…, up by 10.3 percentage
 * points"; "Underlying inflation, which excludes …, rose 3%"). Of a chain of
 * nouns joined by prepositions ("average workweek for all employees on
 * private nonfarm payrolls") the first; of a run of nouns its last two
 * words. Empty when the sentence names nothing.
 */
function measured(words: readonly Word[], clauseStart: number, opensWithVerb = false, counted: readonly string[] = []): string[] {
  let lastVerb = -1;
  for (let i = words.length - 1; i >= clauseStart; i--) {
    if (words[i]!.role === 'verb') {
      lastVerb = i;
      break;
    }
  }
  if (lastVerb >= 0) {
    const object = chainBefore(words, lastVerb + 1, words.length);
    if (object.length > 0) return object;
    // "saw demand rise 5.1%", "said employment gains rose": the nouns between two verbs.
    let k = lastVerb - 1;
    while (k >= clauseStart && words[k]!.role === 'noun') k--;
    let v = k;
    while (v >= clauseStart && words[v]!.role === 'link') v--;
    if (k < lastVerb - 1 && v >= clauseStart && words[v]!.role === 'verb') return chainBefore(words, k + 1, lastVerb);
    const own = subjectAt(words, clauseStart, words.length);
    if (own.length > 0 && !VAGUE.has(own[own.length - 1]!)) return own;
    // "The survey showed 9.6 million open roles": what the number counts, when it says.
    if (own.length > 0 && counted.length > 0) return [...counted];
    // "…that Russian forces are capturing 11.5 square miles", "Figures … show that Nigeria's headline inflation has moved to 31.70 percent".
    const reported = reportedSubject(words, clauseStart, lastVerb);
    if (reported.length > 0) return reported;
    if (own.length > 0) return own;
  } else {
    const noun = chainBefore(words, clauseStart, words.length);
    if (noun.length > 0) return noun;
  }
  if (clauseStart === 0) return [];
  // "…, which excludes volatile items, increased by 3.3 per cent": a clause that opens with its verb (or is the number, opening with one).
  const verbFirst = clauseStart === words.length ? opensWithVerb : words[clauseStart]!.role === 'verb' && !words.slice(clauseStart).some((w) => w.role === 'noun');
  const apposed = verbFirst ? nounClauseBefore(words, clauseStart) : [];
  return apposed.length > 0 ? apposed : subjectAt(words, 0, clauseStart);
}

/**
 * Words a subject may be that say where a number comes from, not what it measures ("The survey
 * showed 9.6 million open roles", "An analysis of …", "The data show"): the number's own count
 * words name it instead.
 */
const VAGUE: ReadonlySet<string> = new Set([
  'analysis', 'analyses', 'report', 'reports', 'data', 'figures', 'figure', 'study', 'studies', 'survey', 'surveys', 'poll',
  'polls', 'review', 'research', 'statistics', 'stats', 'findings', 'release', 'bulletin', 'census',
]);

/**
 * A pronoun (or "that figure") as the subject of the number's clause, the number its value: right
 * after it, or after a copula or a verb of change ("They then rose 23 percent to 6.5 million", "In
 * 2021, it was 78.7 percent"; not "They would cover only 10 days", where the number is no value of
 * what the pronoun stands for).
 */
const PRONOUN_SUBJECT = new RegExp(
  String.raw`(?:^|[,;:—–])\s*(?:(?:then|now|still|also|again)\s+)?(?:it|they|these|those|(?:this|that) (?:figure|number|total|amount|level))\s+` +
    String.raw`(?:(?:then|now|still|also|again)\s+)?(?:(?:was|is|were|are|stood|stands|remained|remains|(?:has|have|had) been|reached|hit|rose|fell|grew|sank|shrank|\p{L}+ed)\s+)?` +
    String.raw`(?:(?:at|to|by|about|around|nearly|almost|some|just|over|only)\s+|${GAP}\s+(?:to|from|and)\s+)*$`,
  'iu',
);

/** What a share is of, in the words right after it: "40% of households cut spending" → households (the nouns after "of", in its clause). */
function shareOf(text: string, n: ProseNumber, notName: ReadonlySet<string>): string[] {
  if (n.quantity?.display !== 'percent') return [];
  const after = /^\s+of\s+([^,;:.!?()—–]*)/u.exec(text.slice(n.end, n.end + 80))?.[1];
  if (after === undefined) return [];
  const words = wordsOf(after, notName);
  return followingRun(words, 0, words.length).filter((w) => !AMOUNT_HEADS.has(w)).slice(-2);
}

/** A word's singular by a plain rule, for comparing a count word with a name's words ("constituencies" → "constituency"). */
function singular(word: string): string {
  return word.toLowerCase().replace(/ies$/u, 'y').replace(/s$/u, '');
}

/** The words a number's own text counts after its digits ("9.6 million open roles" → open roles; "31,416 total registered voters" → registered voters). */
function countedWords(n: ProseNumber, notName: ReadonlySet<string>): string[] {
  const unit = n.quantity?.unit ?? '';
  if (!/^\p{L}+$/u.test(unit)) return [];
  const tail = contentWords(n.text.replace(/^.*?\d[\d.,]*\s*/u, ''), notName);
  // A count word written out ("open roles"), not a unit's symbol ("°F").
  if (!tail.some((w) => singular(w) === singular(unit))) return [];
  return tail.filter((w) => !AMOUNT_HEADS.has(w) && !MONTHS.has(w)).slice(-2);
}

/**
 * A name for a number: what it measures — the noun phrase it belongs to
 * ("unemployment rate", "cash rate"; {@link measured}), never a unit word of
 * a neighbouring number — then `change` for a signed change, or its own
 * unit ("156,000 jobs" → `economy_job`). A pronoun subject ("They then rose
 * 23 percent", "In 2021, it was 78.7 percent") stands for the subject of the
 * sentence before; a subject that only says where the number comes from
 * ("The survey showed 9.6 million open roles") gives way to what the number
 * counts (`open_roles`). When the sentence names nothing before it, the last
 * two content words before it with its unit or the first content word after it.
 */
export function suggestName(article: ArticleText, n: ProseNumber, notName: ReadonlySet<string>, others: readonly ProseNumber[] = []): string {
  const text = article.text;
  const block = article.blocks[blockIndexAt(article, n.start)] ?? { start: 0, end: text.length };
  const [s] = sentenceAround(text, block.start, block.end, n.start, n.end);
  const before = masked(text, s, n.start, n, others);
  const words = wordsOf(before, notName);
  let clauseStart = words.length;
  while (clauseStart > 0 && words[clauseStart - 1]!.role !== 'break') clauseStart--;
  const unitWord = contentWords((n.quantity?.unit ?? '').split('/')[0] ?? '', notName).slice(0, 1);
  // "…, rose 3%": the number's text opens with its verb of change.
  const counted = countedWords(n, notName);
  let noun = measured(words, clauseStart, n.quantity?.change !== undefined && /^\p{L}/u.test(n.text), counted);
  if (noun.length === 0 && PRONOUN_SUBJECT.test(before)) noun = previousSubject(article, s, notName, others);
  if (noun.length > 0 && VAGUE.has(noun[noun.length - 1]!)) {
    // "The survey showed 9.6 million open roles" → open_roles; "An ONS analysis found that 40% of households …" → households.
    const what = counted.length > 0 ? counted : shareOf(text, n, notName);
    if (what.length > 0) return what.join('_').slice(0, 40).replace(/_+$/u, '');
  }
  if (noun.length > 0) {
    const tail = n.quantity?.change !== undefined || changeBy(words, clauseStart, before) ? ['change'] : pairEnd(before, text.slice(n.end, n.end + 8)) ?? unitWord.filter((w) => !noun.some((x) => singular(x) === singular(w)));
    return [...noun, ...tail].join('_').slice(0, 40).replace(/_+$/u, '');
  }
  // "despite winning only 50% of Scottish votes": what a percent is of, when nothing before it names it.
  const share = shareOf(text, n, notName);
  if (share.length > 0) return share.join('_').slice(0, 40).replace(/_+$/u, '');
  return nearWords(article, n, notName, unitWord);
}

/** The text from `from` to `to`, the numbers of `others` in it (but `n`) blanked as gaps ("by 2.5 percentage points to"). */
function masked(text: string, from: number, to: number, n: ProseNumber | undefined, others: readonly ProseNumber[]): string {
  let out = '';
  let at = from;
  for (const o of others) {
    if (o === n || o.end <= from || o.start >= to) continue;
    out += `${text.slice(at, Math.max(at, o.start))} ${GAP} `;
    at = Math.max(at, o.end);
  }
  return out + text.slice(at, to);
}

/** The subject of the sentence before the one starting at `s` (in its paragraph, or the paragraph before): what a pronoun stands for. */
function previousSubject(article: ArticleText, s: number, notName: ReadonlySet<string>, others: readonly ProseNumber[]): string[] {
  const text = article.text;
  let i = s - 1;
  while (i > 0 && /\s/u.test(text[i] as string)) i--;
  if (i <= 0) return [];
  const block = article.blocks[blockIndexAt(article, i)] ?? { start: 0, end: text.length };
  const [ps, pe] = sentenceAround(text, block.start, block.end, i, i);
  // A heading is no sentence whose subject a pronoun takes up.
  if (!/[.!?]["”’)]*\s*$/u.test(text.slice(ps, pe))) return [];
  return sentenceSubject(wordsOf(masked(text, ps, pe, undefined, others), notName));
}

/** "lifted the official cash rate by 25 basis points": "by" after a verb of change earlier in the clause makes the number a change. */
function changeBy(words: readonly Word[], clauseStart: number, before: string): boolean {
  if (!/\bby\s*$/u.test(before)) return false;
  return words.slice(clauseStart).some((w) => w.role === 'verb' && w.change === true);
}

/** "…from <the other number> to": the words before the second value of a pair. */
const AFTER_PAIR = new RegExp(`\\bfrom\\s+${GAP}\\s+to\\s*$`, 'iu');

/** "from 3.6 per cent to 3.85 per cent": the value before (`before`) and after (`after`) of a pair. */
function pairEnd(before: string, after: string): ['before'] | ['after'] | undefined {
  if (/\bfrom\s*$/iu.test(before) && /^\s+to\s/u.test(after)) return ['before'];
  if (AFTER_PAIR.test(before)) return ['after'];
  return undefined;
}

/** The last two content words before the number, then its unit or the first content word after it (topped up to two words). */
function nearWords(article: ArticleText, n: ProseNumber, notName: ReadonlySet<string>, unitWord: readonly string[]): string {
  const text = article.text;
  let to = n.end;
  while (to < text.length && to < n.end + 60 && !isClauseBreak(text, to) && !'.!?\n'.includes(text[to] as string)) to++;
  const after: string[] = [];
  for (const w of text.slice(n.end, to).split(/\s+/u).filter((x) => x !== '')) {
    const clean = contentWords(w, notName);
    if (clean.length === 0 && notName.has(w.toLowerCase()) && after.length > 0) break;
    after.push(...clean);
    if (after.length >= 3) break;
  }
  // "The SNP, for which I have considerable sympathy, took 95%", "…, claimed three areas": a verb names nothing.
  const before = contentWords(numberContext(text, n) ?? '', notName).filter((w) => !isVerbForm(w) && !/^[a-z]{3,}ed$/u.test(w)).slice(-2);
  const words = [...before, ...(unitWord.length > 0 ? unitWord : after.slice(0, 1))];
  for (const w of after.slice(unitWord.length > 0 ? 0 : 1)) {
    if (words.length >= 2) break;
    words.push(w);
  }
  const name = words.join('_').slice(0, 40).replace(/_+$/u, '');
  return name === '' ? 'number' : name;
}

/** A verb form and never a noun: an auxiliary, an irregular past or participle, a verb of change in -ed ("rise" and "swing" are nouns too). */
function isVerbForm(word: string): boolean {
  return AUXILIARIES.has(word) || IRREGULAR_VERBS.has(word) || PAST_OR_PARTICIPLE.has(word) || (CHANGE_VERBS.has(word) && /ed$/u.test(word));
}

/** A name not used before and not a unit, function or constant of the expression language. */
export function uniqueName(base: string, taken: ReadonlySet<string>, registry: UnitRegistry): string {
  let name = /^[a-z]/u.test(base) ? base : `n_${base}`;
  if (reservedMeaning(name, registry) !== undefined) name = `${name}_count`;
  if (!taken.has(name)) return name;
  for (let i = 2; ; i++) {
    const candidate = `${name}_${i}`;
    if (!taken.has(candidate) && reservedMeaning(candidate, registry) === undefined) return candidate;
  }
}

/** Words of `text` in lines of at most `width` characters (src/text/wrap.ts, shared with the help text). */
export { wrap } from '../text/wrap.js';
