// Shared facts end to end through check(): importing a facts file, overriding
// a fact, unknown facts, circles of facts files, paths outside the
// repository, ages on a fixed --as-of, and contradictions across three files
// compared after unit conversion. Expected values are worked out by hand in
// the comments.
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check.js';
import type { Finding } from '../../src/types.js';
import { makeRepo, WORLD, yaml } from './helpers.js';

const kinds = (findings: readonly Finding[], prefix: string): Finding[] => findings.filter((f) => f.kind.startsWith(prefix));

/** A claims file that imports facts/world.yaml and divides the troops by a daily rate. */
const CLAIMS = (...extraInputs: string[]): string => yaml(
  'facts: facts/world.yaml',
  'units:',
  '  soldier: { aliases: [soldiers] }',
  'inputs:',
  '  rate: { value: "1,200 soldiers a day", source: USIP }',
  ...extraInputs,
  'claims:',
  '  days_covered: { compute: troops / rate, stated: 10 days }',
);

describe('importing facts', () => {
  it('uses a fact from the facts file as an input, and lists it with its origin and the claims using it', async () => {
    const { repo } = makeRepo({ 'facts/world.yaml': WORLD, 'claims.yaml': CLAIMS() });
    const report = await check(['claims.yaml'], { cwd: repo, workers: 0, today: '2024-10-10' });
    const file = report.files[0]!;
    // 12,000 soldiers / 1,200 soldiers a day = 10 days; "10 days" admits [9.5, 10.5).
    expect(file.claims[0]).toMatchObject({ name: 'days_covered', verdict: 'pass' });
    expect(file.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(file.facts).toEqual([
      expect.objectContaining({ fact: 'troops', input: 'troops', value: '12,000 soldiers', origin: 'facts/world.yaml', asOf: '2024-10-01', maxAge: '30 days', ageDays: 9, stale: false, cumulative: true, usedBy: ['days_covered'], span: expect.objectContaining({ file: 'facts/world.yaml', line: 4, column: 3 }) }),
    ]);
  });

  it('refuses a claims-file input with a fact\'s name unless it says overrides: true, naming both places', async () => {
    const { repo } = makeRepo({ 'facts/world.yaml': WORLD, 'claims.yaml': CLAIMS('  troops: { value: "11,000 soldiers", source: NYS }') });
    const report = await check(['claims.yaml'], { cwd: repo, workers: 0, today: '2024-10-10' });
    const [override] = kinds(report.files[0]!.findings, 'fact-override');
    expect(override).toMatchObject({ severity: 'error', file: 'claims.yaml', line: 6, column: 3 });
    expect(override!.message).toBe("input 'troops' has the name of the fact 'troops' in facts/world.yaml:4:3; say `overrides: true` to use this file's value instead, or remove the input");
    // The fact keeps its value: 12,000 / 1,200 = 10 days, a pass.
    expect(report.files[0]!.claims[0]!.verdict).toBe('pass');
  });

  it('uses the claims file\'s own value with overrides: true', async () => {
    const { repo } = makeRepo({ 'facts/world.yaml': WORLD, 'claims.yaml': CLAIMS('  troops: { value: "11,000 soldiers", source: NYS, overrides: true }') });
    const report = await check(['claims.yaml'], { cwd: repo, workers: 0, today: '2024-10-10' });
    expect(kinds(report.files[0]!.findings, 'fact-override')).toEqual([]);
    // 11,000 / 1,200 = 9.1667 days: 3.5% below 9.5, inside the 5% loose tolerance → warn.
    const claim = report.files[0]!.claims[0]!;
    expect(claim.verdict).toBe('warn');
    expect(claim.computed!.low).toBeCloseTo(9.1667, 3);
  });

  it('reports an override or a fact: that names no imported fact, with a suggestion', async () => {
    const { repo } = makeRepo({
      'facts/world.yaml': WORLD,
      'claims.yaml': CLAIMS('  troop: { value: "11,000 soldiers", source: NYS, overrides: true }', '  kursk: { value: "11,000 soldiers", source: NYS, fact: tropps }'),
    });
    const report = await check(['claims.yaml'], { cwd: repo, workers: 0, today: '2024-10-10' });
    const unknown = kinds(report.files[0]!.findings, 'unknown-fact');
    expect(unknown.map((f) => [f.line, f.message])).toEqual([
      [6, "the input 'troop' is not a fact in facts/world.yaml — did you mean 'troops'?"],
      [7, "the fact 'tropps' is not a fact in facts/world.yaml — did you mean 'troops'?"],
    ]);
    expect(unknown.every((f) => f.severity === 'error')).toBe(true);
  });

  it('says so when overrides: true is used in a file that imports no facts', async () => {
    const { repo } = makeRepo({ 'claims.yaml': yaml('inputs:', '  a: { value: 1, source: s, overrides: true }', 'claims:', '  one: { compute: a, stated: 1 }') });
    const report = await check(['claims.yaml'], { cwd: repo, workers: 0 });
    expect(kinds(report.files[0]!.findings, 'unknown-fact').map((f) => [f.line, f.message])).toEqual([
      [2, "the input 'a' is not a fact in any facts file (this file has no `facts:` key)"],
    ]);
  });

  it('reads facts files that import others once, and reports a circle of facts files where it closes', async () => {
    const { repo } = makeRepo({
      'facts/a.yaml': yaml('facts: b.yaml', 'inputs:', '  x: { value: 2, source: s }'),
      'facts/b.yaml': yaml('facts: a.yaml', 'inputs:', '  y: { value: 3, source: s }'),
      'claims.yaml': yaml('facts: facts/a.yaml', 'claims:', '  total: { compute: x + y, stated: 5 }'),
    });
    const report = await check(['claims.yaml'], { cwd: repo, workers: 0 });
    const file = report.files[0]!;
    const circle = kinds(file.findings, 'facts-file');
    expect(circle).toHaveLength(1);
    expect(circle[0]).toMatchObject({ severity: 'error', file: 'facts/b.yaml', line: 1, column: 8 });
    expect(circle[0]!.message).toBe('the facts files import each other in a circle: facts/a.yaml → facts/b.yaml → facts/a.yaml; remove one of these facts: entries');
    // Both files' facts are still there: 2 + 3 = 5.
    expect(file.claims[0]!.verdict).toBe('pass');
  });

  it.each([['../secret.yaml'], ['/etc/passwd'], ['facts/link.yaml']])('refuses the facts file %s, outside the repository, without reading it', async (path) => {
    const { base, repo } = makeRepo({ 'claims.yaml': yaml(`facts: ${path}`, 'inputs:', '  a: { value: 1, source: s }') });
    symlinkSync(join(base, 'secret.yaml'), join(repo, 'facts-link.yaml'));
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(repo, 'facts'), { recursive: true });
    symlinkSync(join(base, 'secret.yaml'), join(repo, 'facts', 'link.yaml'));
    const report = await check(['claims.yaml'], { cwd: repo, workers: 0 });
    const refused = kinds(report.files[0]!.findings, 'facts-file');
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ severity: 'error', file: 'claims.yaml', line: 1, column: 8 });
    expect(refused[0]!.message).toContain('is outside the repository being checked');
    expect(JSON.stringify(report)).not.toContain('SECRET-TOKEN');
  });
});

describe('a facts file that names a file outside the repository', () => {
  it('is refused where the facts file names it, relative to that file', async () => {
    const { repo } = makeRepo({
      'facts/world.yaml': yaml('facts: ../../secret.yaml', 'inputs:', '  a: { value: 1, source: s }'),
      'claims.yaml': yaml('facts: facts/world.yaml', 'claims:', '  one: { compute: a, stated: 1 }'),
    });
    const report = await check(['claims.yaml'], { cwd: repo, workers: 0 });
    const refused = kinds(report.files[0]!.findings, 'facts-file');
    expect(refused.map((f) => [f.file, f.line, f.column, f.message])).toEqual([
      ['facts/world.yaml', 1, 8, 'the facts file "../../secret.yaml" is outside the repository being checked; facts file paths must name a file inside it (relative to the file that names it)'],
    ]);
    expect(report.files[0]!.claims[0]!.verdict).toBe('pass');
    expect(JSON.stringify(report)).not.toContain('SECRET-TOKEN');
  });
});

describe('facts files that build on others', () => {
  it('lets a facts file replace a fact of a file it imports with overrides: true, and refuses it without', async () => {
    const { repo } = makeRepo({
      'facts/base.yaml': yaml('inputs:', '  gdp: { value: 10, source: old estimate }', '  area: { value: 5, source: atlas }'),
      'facts/world.yaml': yaml('facts: base.yaml', 'inputs:', '  gdp: { value: 12, source: new estimate, overrides: true }', '  area: { value: 6, source: other atlas }'),
      'claims.yaml': yaml('facts: facts/world.yaml', 'claims:', '  both: { compute: gdp + area, stated: 17 }'),
    });
    const report = await check(['claims.yaml'], { cwd: repo, workers: 0 });
    const file = report.files[0]!;
    // gdp comes from world.yaml (12), area stays base.yaml's (5): 12 + 5 = 17.
    expect(file.claims[0]).toMatchObject({ verdict: 'pass' });
    expect(kinds(file.findings, 'fact-override').map((f) => [f.file, f.line, f.message])).toEqual([
      ['facts/world.yaml', 4, "input 'area' has the name of the fact 'area' in facts/base.yaml:3:3; say `overrides: true` to use this file's value instead, or remove the input"],
    ]);
  });

  it('reports a category rules/facts.yaml does not have, and a max_age it cannot read', async () => {
    const { repo } = makeRepo({
      'facts/world.yaml': yaml('inputs:', '  pop: { value: 3, source: s, as_of: "2024-01-01", category: populaton, max_age: a while }'),
      'claims.yaml': yaml('facts: facts/world.yaml', 'claims:', '  p: { compute: pop, stated: 3 }'),
    });
    const report = await check(['claims.yaml'], { cwd: repo, workers: 0, asOf: '2025-01-01' });
    const findings = report.files[0]!.findings;
    expect(kinds(findings, 'unknown-category').map((f) => f.message)).toEqual(["the category 'populaton' of 'pop' is not in rules/facts.yaml — did you mean 'population'?"]);
    expect(kinds(findings, 'bad-date').map((f) => f.message)).toEqual(["the max_age of 'pop' 'a while' is not a duration such as 30 days, 6 months or 2 years"]);
  });
});

describe('ages on a fixed date', () => {
  const files = {
    'facts/world.yaml': WORLD,
    'claims.yaml': CLAIMS(),
    'unused.claims.yaml': yaml('facts: facts/world.yaml', 'inputs:', '  a: { value: 1, source: s }', 'claims:', '  one: { compute: a, stated: 1 }'),
  };

  it('warns when a used fact is older than its category\'s max_age, with its date and age', async () => {
    const { repo } = makeRepo(files);
    // 2024-10-01 + 30 days = 2024-10-31; on 2025-01-01 the toll is 92 days old.
    const report = await check(['claims.yaml', 'unused.claims.yaml'], { cwd: repo, workers: 0, asOf: '2025-01-01' });
    const [stale] = kinds(report.files[0]!.findings, 'fact-stale');
    expect(stale).toMatchObject({ severity: 'warning', file: 'facts/world.yaml', line: 7, column: 12 });
    expect(stale!.message).toBe("fact 'troops' is 3 months old on 2025-01-01 (as of 2024-10-01); it is out of date after 30 days (used by days_covered)");
    // The second file imports the same fact but no claim uses it: no warning there.
    expect(kinds(report.files[1]!.findings, 'fact-stale')).toEqual([]);
  });

  it('does not warn on the last day of max_age, and --as-of wins over the file\'s as_of:', async () => {
    const { repo } = makeRepo({ ...files, 'claims.yaml': `as_of: "2025-06-01"\n${CLAIMS()}` });
    // 2024-10-01 + 30 days = 2024-10-31: still current on that day.
    const report = await check(['claims.yaml'], { cwd: repo, workers: 0, asOf: '2024-10-31' });
    expect(kinds(report.files[0]!.findings, 'fact-stale')).toEqual([]);
    expect(report.files[0]!.facts![0]!.ageDays).toBe(30);
    // Without --as-of the file's own date is used: 243 days old.
    const own = await check(['claims.yaml'], { cwd: repo, workers: 0, today: '2024-10-02' });
    expect(own.files[0]!.facts![0]!.ageDays).toBe(243);
    expect(kinds(own.files[0]!.findings, 'fact-stale')).toHaveLength(1);
  });

  it('takes a facts file\'s max_age, a fact\'s own one over it, and reports dates it cannot read', async () => {
    const { repo } = makeRepo({
      'facts/world.yaml': yaml('max_age: 1 year', 'inputs:', '  area: { value: 10, source: s, as_of: "2023-01-01" }', '  gdp: { value: 5, source: s, as_of: "2024-12-01", max_age: 2 weeks }', '  pop: { value: 3, source: s, as_of: "December 2024" }'),
      'claims.yaml': yaml('facts: facts/world.yaml', 'claims:', '  all: { compute: area + gdp + pop, stated: 18 }'),
    });
    const report = await check(['claims.yaml'], { cwd: repo, workers: 0, asOf: '2024-12-31' });
    const findings = report.files[0]!.findings;
    // area: 2023-01-01 + 1 year = 2024-01-01 < 2024-12-31 → stale (730 days: "2.0 years"); gdp: 30 days > 2 weeks → stale.
    expect(kinds(findings, 'fact-stale').map((f) => f.message)).toEqual([
      "fact 'area' is 2.0 years old on 2024-12-31 (as of 2023-01-01); it is out of date after 1 year (used by all)",
      "fact 'gdp' is 30 days old on 2024-12-31 (as of 2024-12-01); it is out of date after 2 weeks (used by all)",
    ]);
    expect(kinds(findings, 'bad-date').map((f) => f.message)).toEqual(["the as_of of 'pop' 'December 2024' is not an ISO date such as 2024-12-23"]);
  });
});

describe('contradictions across the files of a run', () => {
  // The DMZ in three files: 250 km admits [245, 255) km; "160 mi" admits
  // [155, 165) mi = [249.4, 265.5) km (its zero is not significant), which
  // overlaps; "140 mi" admits [135, 145) mi = [217.3, 233.4) km, which
  // overlaps neither.
  const three = {
    'a.claims.yaml': yaml('inputs:', '  dmz: { value: 250 km, source: Wikipedia, as_of: "2024-12-01", fact: dmz }', 'claims:', '  km: { compute: dmz, stated: 250 km }'),
    'b.claims.yaml': yaml('inputs:', '  dmz_length: { value: 160 mi, source: NYS, as_of: "2024-12-23", fact: dmz }', 'claims:', '  mi: { compute: dmz_length, stated: 160 miles }'),
    'c.claims.yaml': yaml('inputs:', '  border: { value: 140 mi, source: a blog, fact: dmz }', 'claims:', '  mi: { compute: border, stated: 140 miles }'),
  };

  it('finds the value that contradicts the two others, after converting miles and kilometres, in each file', async () => {
    const { repo } = makeRepo(three);
    const report = await check(['a.claims.yaml', 'b.claims.yaml', 'c.claims.yaml'], { cwd: repo, workers: 0 });
    expect(report.conflicts).toEqual([
      { fact: 'dmz', kind: 'contradiction', a: { value: '250 km', file: 'a.claims.yaml', line: 2, column: 3, asOf: '2024-12-01', usedIn: ['a.claims.yaml'] }, b: { value: '140 mi', file: 'c.claims.yaml', line: 2, column: 3, usedIn: ['c.claims.yaml'] } },
      { fact: 'dmz', kind: 'contradiction', a: { value: '160 mi', file: 'b.claims.yaml', line: 2, column: 3, asOf: '2024-12-23', usedIn: ['b.claims.yaml'] }, b: { value: '140 mi', file: 'c.claims.yaml', line: 2, column: 3, usedIn: ['c.claims.yaml'] } },
    ]);
    const [a, b, c] = report.files.map((f) => kinds(f.findings, 'fact-'));
    expect(a!.map((f) => f.message)).toEqual(["fact 'dmz': 250 km (as of 2024-12-01) here, but 140 mi (as of no date given) at c.claims.yaml:2:3"]);
    expect(b!.map((f) => f.message)).toEqual(["fact 'dmz': 160 mi (as of 2024-12-23) here, but 140 mi (as of no date given) at c.claims.yaml:2:3"]);
    expect(c!.map((f) => f.message)).toEqual([
      "fact 'dmz': 140 mi (as of no date given) here, but 250 km (as of 2024-12-01) at a.claims.yaml:2:3",
      "fact 'dmz': 140 mi (as of no date given) here, but 160 mi (as of 2024-12-23) at b.claims.yaml:2:3",
    ]);
    expect([...a!, ...b!, ...c!].every((f) => f.kind === 'fact-conflict' && f.severity === 'warning')).toBe(true);
    // Two warnings in c, one each in a and b.
    expect(report.summary.warnings).toBe(4);
  });

  it('reports a cumulative toll that grew between two dates as a change, and one that shrank as a contradiction', async () => {
    const toll = (value: string, date: string): string => yaml('inputs:', `  toll: { value: "${value}", source: s, as_of: "${date}", fact: russia, category: casualty-toll }`, 'claims:', '  t: { compute: toll }');
    const { repo } = makeRepo({ 'oct.claims.yaml': toll('600,000', '2024-10-01'), 'dec.claims.yaml': toll('777,720', '2024-12-23'), 'jan.claims.yaml': toll('500,000', '2025-01-05') });
    const report = await check(['oct.claims.yaml', 'dec.claims.yaml', 'jan.claims.yaml'], { cwd: repo, workers: 0, asOf: '2025-01-05' });
    // 600,000 (Oct) → 777,720 (Dec): later and larger, a change. 500,000 in January is below both: contradictions.
    expect(report.conflicts!.map((k) => [k.kind, k.a.value, k.b.value])).toEqual([
      ['change', '600,000', '777,720'],
      ['contradiction', '600,000', '500,000'],
      ['contradiction', '777,720', '500,000'],
    ]);
    expect(kinds(report.files[1]!.findings, 'fact-change')[0]).toMatchObject({ severity: 'info', message: "fact 'russia' grew over time: 777,720 (as of 2024-12-23) here, 600,000 (as of 2024-10-01) at oct.claims.yaml:2:3" });
  });

  it('reads the figures the seed articles are said to give as issue 13 describes them: a change over time and a contradiction', async () => {
    const file = (...inputs: string[]): string => yaml('units:', '  soldier: { aliases: [soldiers, casualties] }', 'inputs:', ...inputs, 'claims:', '  c: { compute: toll }');
    const { repo } = makeRepo({
      // "more than 600,000" admits (600,000, ∞); "600,000 … in two years" admits [595,000, 605,000); "777,720" admits [777,715, 777,725).
      'usip.claims.yaml': file('  toll: { value: "more than 600,000 casualties", source: USIP, as_of: "2024-10-09", fact: russia, category: casualty-toll }', '  income: { value: "$572 million a year", source: USIP, fact: nk_troop_income }'),
      'aid.claims.yaml': file('  toll: { value: "600,000 casualties", source: AID, as_of: "2024-02-24", fact: russia, category: casualty-toll }'),
      // "$500 million" admits [$495, 505) million (its last zero is not significant); $572 million admits [571.5, 572.5): no overlap.
      'nys.claims.yaml': file('  toll: { value: "777,720 soldiers", source: NYS, as_of: "2024-12-23", fact: russia, category: casualty-toll }', '  income: { value: "$500 million a year", source: NYS, fact: nk_troop_income }'),
    });
    const report = await check(['usip.claims.yaml', 'aid.claims.yaml', 'nys.claims.yaml'], { cwd: repo, workers: 0, asOf: '2024-12-23' });
    expect(report.conflicts!.map((k) => [k.fact, k.kind, k.a.value, k.b.value])).toEqual([
      // "more than 600,000" agrees with both others; 600,000 in February grew to 777,720 in December.
      ['russia', 'change', '600,000 casualties', '777,720 soldiers'],
      ['nk_troop_income', 'contradiction', '$572 million a year', '$500 million a year'],
    ]);
  });

  it('drops the conflicts a configuration turns off', async () => {
    const { repo } = makeRepo({ ...three, '.claimcheckrc.yaml': 'severity:\n  fact-conflict: off\n' });
    const report = await check(['a.claims.yaml', 'b.claims.yaml', 'c.claims.yaml'], { cwd: repo, workers: 0 });
    expect(report.files.flatMap((f) => kinds(f.findings, 'fact-'))).toEqual([]);
    // The report still lists them: the configuration hides findings, not facts.
    expect(report.conflicts).toHaveLength(2);
  });

  it('gives the same report when the files are checked on worker threads', async () => {
    const { repo } = makeRepo({ ...three, 'd.claims.yaml': three['a.claims.yaml'], 'e.claims.yaml': three['b.claims.yaml'] });
    const paths = ['a.claims.yaml', 'b.claims.yaml', 'c.claims.yaml', 'd.claims.yaml', 'e.claims.yaml'];
    const serial = await check(paths, { cwd: repo, workers: 0, today: '2025-01-01' });
    const parallel = await check(paths, { cwd: repo, workers: 2, today: '2025-01-01' });
    expect(parallel).toEqual(serial);
  });
});
