// Generates synthetic claims files for the benchmark: a realistic mix of
// inputs (points, ranges, hedged values, units, currencies, quotes and
// sources) and claims (rates, densities, per-day figures, hedged and ranged
// stated values, passes, warnings and failures) with chains of derived claims
// five deep. One "story" is 5 inputs and 10 claims; names carry the story's
// number so every name is unique in its file.
//
// When `withArticle` is set, each file gets `article:` — a plain-text article
// that holds every quote — so binding (quote matching and coverage) is timed
// too. When `commented` is set, the file has comments as `claimcheck init`
// writes them (a header, each paragraph's number and words before its
// inputs, a commented example at the end) and as people add them (a line
// before each story's claims, a note after some values).

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Claims per story (see storyYaml). */
export const CLAIMS_PER_STORY = 10;

/** One story's inputs, claims and article sentences. `g` makes names unique. */
function story(g) {
  const troops = 5000 + (g % 97) * 100; // 5,000 .. 14,600
  const lowCas = 900 + (g % 13) * 10;
  const highCas = 2800 + (g % 11) * 20;
  const area = 400 + (g % 31) * 10;
  const days = 20 + (g % 17);
  const aid = ((g % 23) + 12) / 10; // 1.2 .. 3.4 billion
  const fmt = (n) => n.toLocaleString('en-US');
  const sentences = [
    `Officials estimated that ${fmt(troops)} soldiers were deployed to sector S${g}.`,
    `Between ${fmt(lowCas)} and ${fmt(highCas)} soldiers were killed or wounded there.`,
    `The front line in the sector covers about ${fmt(area)} square miles.`,
    `The fighting lasted ${days} days.`,
    `The aid package was worth $${aid} billion.`,
    `That is roughly ${fmt(Math.round(troops / area))} soldiers per square mile.`,
  ];
  const rate = (lowCas / troops + highCas / troops) / 2;
  const perDay = highCas / days;
  const density = troops / area;
  const inputs = [
    [`troops_${g}`, `${fmt(troops)} soldiers`, sentences[0].slice(sentences[0].indexOf(fmt(troops)), sentences[0].indexOf(' were'))],
    [`casualties_${g}`, `${fmt(lowCas)} to ${fmt(highCas)} soldiers`, `Between ${fmt(lowCas)} and ${fmt(highCas)} soldiers`],
    [`area_${g}`, `about ${fmt(area)} mi^2`, `about ${fmt(area)} square miles`],
    [`days_${g}`, `${days} days`, `lasted ${days} days`],
    [`aid_${g}`, `$${aid} billion`, `$${aid} billion`],
  ];
  // A fifth of the stories state a wrong figure (fail), a tenth a close one (warn).
  const wrong = g % 5 === 4;
  const close = g % 10 === 3;
  const pct = Math.round(rate * 100 * (wrong ? 2.5 : 1));
  const claims = [
    [`rate_${g}`, `casualties_${g} / troops_${g}`, `${Math.round((lowCas / troops) * 100)}% to ${Math.round((highCas / troops) * 100)}%`],
    [`mean_rate_${g}`, `(casualties_${g} / troops_${g})`, `about ${pct}%`],
    [`per_day_${g}`, `casualties_${g} / days_${g}`, `up to ${fmt(Math.ceil(perDay * (close ? 0.97 : 1.01)))} soldiers a day`],
    [`density_${g}`, `troops_${g} / area_${g}`, `roughly ${fmt(Math.round(density))} soldiers per square mile`, `roughly ${fmt(Math.round(density))} soldiers per square mile`],
    [`aid_per_soldier_${g}`, `aid_${g} / troops_${g}`, `$${fmt(close ? Math.round((aid * 1e9 / troops) * 1.02 / 1000) * 1000 : Math.round(aid * 1e9 / troops))} per soldier`],
    // A chain of derived claims five deep: each uses the one before.
    [`chain1_${g}`, `per_day_${g} * days_${g}`],
    [`chain2_${g}`, `chain1_${g} / troops_${g}`],
    [`chain3_${g}`, `chain2_${g} * 100`, `about ${Math.round(rate * 100)}`],
    [`chain4_${g}`, `chain3_${g} + rate_${g} * 0`],
    [`chain5_${g}`, `round(chain4_${g} * 10) / 10`, `under ${Math.ceil(highCas / troops * 100) + 1}`],
  ];
  return { inputs, claims, sentences };
}

function yamlString(s) {
  return JSON.stringify(s);
}

/** `text` as comment lines of about 80 characters at `indent`, as `claimcheck init` wraps an article's words. */
function commentLines(indent, text) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && indent.length + 2 + line.length + 1 + word.length > 80) {
      lines.push(`${indent}# ${line}`);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(`${indent}# ${line}`);
  return lines;
}

/**
 * The text of one claims file with `stories` stories; the article text too
 * when `articleName` is given (the file then has `article:` and quotes).
 * `commented`: with comments where `init` and people write them (see the file comment).
 */
export function claimsFile(stories, first = 0, articleName, commented = false) {
  const out = [];
  if (commented) {
    out.push('# yaml-language-server: $schema=schema/claims.schema.json', `# Written by \`claimcheck init\` from ${articleName ?? 'an article'}: every number of the article`, '# as an input. Check each value, give each a source, delete what is not a', "# claim's input (or list it under ignore:), then add claims: (see the comment at the end).", '');
  }
  out.push(`title: Synthetic benchmark file, ${stories * CLAIMS_PER_STORY} claims`);
  if (articleName) out.push(`article: ${articleName}`);
  out.push('units:', '  soldier: { aliases: [soldiers, troops] }', 'inputs:');
  const claimLines = ['claims:'];
  const article = [];
  for (let g = first; g < first + stories; g++) {
    const { inputs, claims, sentences } = story(g);
    article.push(sentences.join(' '));
    if (commented) {
      if (g > first) out.push('');
      out.push(`  # ── paragraph ${g - first + 1} (line ${2 * (g - first) + 1})`, ...commentLines('  ', sentences.join(' ')));
      claimLines.push(`  # Story ${g}: the rates and densities its article states, and a chain of derived figures.`);
    }
    for (const [name, value, quote] of inputs) {
      out.push(`  ${name}:`, `    value: ${yamlString(value)}${commented && name.startsWith('area_') ? ' # rounded in the article' : ''}`, `    source: Synthetic wire report ${g}`);
      if (articleName) out.push(`    quote: ${yamlString(quote)}`);
    }
    for (const [name, compute, stated, quote] of claims) {
      claimLines.push(`  ${name}:`, `    compute: ${compute}`);
      if (stated !== undefined) claimLines.push(`    stated: ${yamlString(stated)}`);
      if (quote !== undefined && articleName) claimLines.push(`    quote: ${yamlString(quote)}`);
    }
  }
  if (commented) claimLines.push('', '# Add claims above: each with compute:, stated: and the quote that states it.');
  return { yaml: `${out.join('\n')}\n${claimLines.join('\n')}\n`, article: `${article.join('\n\n')}\n` };
}

/**
 * Writes `claims` claims into `dir`, in files of at most `perFile` claims
 * (the contract caps a claims file at 2 MB). Returns the file paths.
 */
export function writeClaims(dir, claims, { perFile = 10_000, withArticle = false, commented = false } = {}) {
  mkdirSync(dir, { recursive: true });
  const storiesTotal = Math.ceil(claims / CLAIMS_PER_STORY);
  const storiesPerFile = Math.ceil(perFile / CLAIMS_PER_STORY);
  const files = [];
  for (let first = 0, n = 0; first < storiesTotal; first += storiesPerFile, n++) {
    const stories = Math.min(storiesPerFile, storiesTotal - first);
    const base = storiesTotal <= storiesPerFile ? 'claims' : `part-${String(n).padStart(3, '0')}.claims`;
    const articleName = withArticle ? `${base.replace(/\.claims$/, '')}.article.txt` : undefined;
    const { yaml, article } = claimsFile(stories, first, articleName, commented);
    const path = join(dir, `${base}.yaml`);
    writeFileSync(path, yaml);
    if (articleName) writeFileSync(join(dir, articleName), article);
    files.push(path);
  }
  return files;
}
