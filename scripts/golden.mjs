// The golden outputs: every report format of the bundled example and of each
// claims file under examples/, plus `explain` and `init` on the seed
// articles, exactly as the built binary prints them. `node scripts/golden.mjs
// --write` records them under test/golden/files/; test/golden/golden.test.ts
// runs the same list and requires every byte to match. Re-record only for a
// change that means to alter what users see, in a commit that says so.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The release being built (package.json's `version`), which the JSON and SARIF reports name. */
const RELEASE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
const BIN = join(ROOT, 'dist/claimcheck.js');
export const GOLDEN_DIR = join(ROOT, 'test/golden/files');

const FORMATS = ['pretty', 'json', 'github', 'junit', 'sarif', 'html'];
const CLAIMS_FILES = [
  'claims.yaml',
  'examples/nysun-reworded.claims.yaml',
  'examples/everyday/city-budget.claims.yaml',
  'examples/everyday/football-season.claims.yaml',
  'examples/everyday/health-statistic.claims.yaml',
  'examples/everyday/smoking-rates.claims.yaml',
  'examples/everyday/sports-season.claims.yaml',
  'examples/everyday/westford-budget.claims.yaml',
];
// One claim of each verdict in the bundled example, for `explain`.
const EXPLAINED = ['casualty_rate', 'years_to_conquer', 'gdp_share_as_written', 'toll_by_inauguration', 'usip_days_covered', 'nk_troops_kursk'];
const ARTICLES = [
  'examples/articles/north-korea-military-aid-new-alliance.txt',
  'examples/articles/nysun-north-korea-punching-above-its-weight.txt',
  'examples/articles/nysun-north-korea-reworded.txt',
  'examples/articles/usip-north-korean-troops-in-russia-reworded.txt',
];

/** Every recorded run: a file name under test/golden/files and the arguments. */
export function goldenRuns() {
  const runs = [];
  for (const file of CLAIMS_FILES) {
    const stem = file.replace(/^examples\//, '').replace(/\.ya?ml$/, '').replaceAll('/', '--');
    for (const format of FORMATS) runs.push({ name: `${stem}.${format}.golden`, args: [file, '--format', format] });
  }
  for (const claim of EXPLAINED) runs.push({ name: `explain--${claim}.golden`, args: ['explain', 'claims.yaml', claim] });
  for (const article of ARTICLES) {
    const stem = article.replace(/^.*\//, '').replace(/\.txt$/, '');
    runs.push({ name: `init--${stem}.golden`, args: ['init', article], writes: true });
  }
  return runs;
}

/**
 * Runs one recorded command; what it printed and its exit status, as one
 * text. A command that writes a file (init) writes it into a fresh folder
 * under test/artifacts; its content comes first and the folder's name is
 * replaced by OUT.
 */
export function runGolden(run) {
  const env = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  // Inside the checkout (test/artifacts is ignored by git), so the path back to the article is the same in any clone.
  if (run.writes) mkdirSync(join(ROOT, 'test/artifacts'), { recursive: true });
  const out = run.writes ? mkdtempSync(join(ROOT, 'test/artifacts/golden-')) : undefined;
  const args = out ? [...run.args, '-o', join(out, 'claims.yaml')] : run.args;
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  let written = '';
  if (out) {
    try { written = `${readFileSync(join(out, 'claims.yaml'), 'utf8')}\n--- stdout ---\n`; } catch { written = '(no file written)\n--- stdout ---\n'; }
    rmSync(out, { recursive: true, force: true });
  }
  const text = `${written}${result.stdout}\n--- stderr ---\n${result.stderr}\n--- exit ${result.status} ---\n`;
  return placeless(text, out);
}

/**
 * The output with every mention of where the checkout and the temporary
 * folder stand replaced (SARIF's file:// root, init's path from its output
 * folder back to the article), so a clone anywhere compares the same; and
 * the release the reports name (JSON's `claimcheck`, SARIF's driver
 * `version`) replaced by RELEASE, so a version bump does not fail every
 * golden: the field is recorded, its value is package.json's.
 */
function placeless(text, out) {
  let placed = text
    .replaceAll(`"claimcheck": ${JSON.stringify(RELEASE)}`, '"claimcheck": "RELEASE"')
    .replace(/("name": "claimcheck",\n\s*(?:"[a-zA-Z]+": "[^"\n]*",\n\s*)*"version": )"([^"\n]*)"/, (whole, key, value) => (value === RELEASE ? `${key}"RELEASE"` : whole));
  placed = placed.replaceAll(pathToFileURL(`${ROOT}/`).href, 'file:///ROOT/');
  if (out) placed = placed.replaceAll(`${relative(out, ROOT)}/`, 'ROOT/').replaceAll(out, 'OUT');
  return placed.replaceAll(ROOT, 'ROOT');
}

if (process.argv.includes('--write')) {
  mkdirSync(GOLDEN_DIR, { recursive: true });
  for (const run of goldenRuns()) writeFileSync(join(GOLDEN_DIR, run.name), runGolden(run));
  console.log(`recorded ${goldenRuns().length} outputs in ${GOLDEN_DIR}`);
}
