// The repository-level hostile suite (issue 9), shared by repository.test.ts
// (assertions) and measure.mjs (durations).
//
// Each case is a fresh temporary git repository (`git init`) holding a small,
// valid project — a claims file, its article, a `rules/` folder beside it and
// a `rules: house` folder — in which ONE file claimcheck reads (the TARGET) is
// replaced by something hostile (the HOSTILE kind): a link to
// /proc/self/environ, /dev/zero or /dev/stdin, a FIFO, a folder named like
// the file, a link loop, or a link to the parent folder. Every COMMAND is run
// against the built binary in that repository with a canary variable in its
// environment, under a memory cap, and its stdin an open pipe that never
// sends anything (so a read of /dev/stdin would hang until the guard).
//
// What a run must show (problemsWithRun): the expected exit status; when the
// command reads the target, a message positioned at `file:line:col`; never
// the canary, a stack trace or "internal error"; and it must finish.
//
// The memory cap: `prlimit --as=4G` when prlimit exists, else `ulimit -v`
// through /bin/sh; `node --max-old-space-size` is not a cap on what a process
// can allocate (the /dev/zero crash was a std::bad_alloc outside the V8 heap).
//
// To add a command, add a row to COMMANDS (lsp is one: it gets an editor's opening on stdin): its
// arguments, which targets it reads and how it is stopped.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BIN } from './harness.mjs';

/** Hang guard only (the issue's target is 2 s, measured by measure.mjs, not asserted). */
export const REPO_TIMEOUT_MS = 15_000;

/** The memory cap, in bytes: 4 GB, as the issue asks. */
export const MEMORY_CAP_BYTES = 4 * 1024 ** 3;

/** How the cap is applied on this machine: 'prlimit', 'ulimit' or 'none'. */
export const CAP_METHOD = existsSync('/usr/bin/prlimit') || existsSync('/bin/prlimit') ? 'prlimit' : existsSync('/bin/sh') ? 'ulimit' : 'none';

/** The valid project every case starts from. */
const PROJECT = {
  'claims.yaml': [
    'article: story.md',
    'rules: house',
    'facts: shared.yaml',
    'units:',
    '  soldier: { aliases: [soldiers, troops] }',
    'inputs:',
    '  sent:',
    '    value: 11000 soldiers',
    '    source: Western estimate',
    '    quote: "11,000 troops"',
    'claims:',
    '  doubled:',
    '    compute: sent * factor',
    '    stated: 22000 soldiers',
    '    quote: "22,000 soldiers"',
    '',
  ].join('\n'),
  'shared.yaml': 'inputs:\n  factor:\n    value: 2\n    source: Test figure\n',
  'story.md': 'The army sent 11,000 troops, and may send 22,000 soldiers.\n',
  'rules/hedges.yaml': 'almost:\n  tolerance: 10%\n',
  'house/hedges.yaml': 'almost:\n  tolerance: 10%\n',
};

/**
 * The files claimcheck reads, each as the path replaced in the project and
 * where a refusal is reported: `at` is the expected start of the message's
 * position (a regular expression), per exit status.
 */
export const TARGETS = {
  claims: { path: 'claims.yaml', at: /claims\.yaml:1:1\b/ },
  article: { path: 'story.md', at: /claims\.yaml:1:10\b|story\.md:1:1\b/ },
  facts: { path: 'shared.yaml', at: /claims\.yaml:3:8\b/ },
  'rc-yaml': { path: '.claimcheckrc.yaml', at: /\.claimcheckrc\.yaml:1:1: / },
  'rc-json': { path: '.claimcheckrc.json', at: /\.claimcheckrc\.json:1:1: / },
  'package-json': { path: 'package.json', at: /package\.json:1:1: / },
  // A claims file's own rules are a finding (pretty: "--> rules/hedges.yaml:1:1"), or a setup error "…:1:1: why".
  'rules-beside': { path: 'rules/hedges.yaml', at: /rules\/hedges\.yaml:1:1\b/ },
  'rules-key-file': { path: 'house/hedges.yaml', at: /house\/hedges\.yaml:1:1\b/ },
  'rules-key': { path: 'house', folder: true, at: /claims\.yaml:2:8\b|house:1:1\b/ },
};

/** The hostile things a target is replaced by. */
export const HOSTILE = {
  environ: (path) => symlinkSync('/proc/self/environ', path),
  zero: (path) => symlinkSync('/dev/zero', path),
  stdin: (path) => symlinkSync('/dev/stdin', path),
  fifo: (path) => execFileSync('mkfifo', [path]),
  folder: (path) => mkdirSync(path),
  loop: (path) => {
    symlinkSync(`${path}.loop`, path);
    symlinkSync(path, `${path}.loop`);
  },
  parent: (path) => symlinkSync('..', path),
};

/**
 * The commands, each with the targets it reads and the exit status of a
 * refusal there. A target it does not read must leave the run as it is on
 * the valid project (`baseline`).
 *   args     the command line
 *   reads    target → exit status when that target is hostile
 *   baseline the exit status on the valid project
 *   watch    started, stopped (SIGTERM) once the first report is out
 */
export const COMMANDS = {
  // The rules a claims file chose (a rules/ folder beside it, its rules: key) are a finding in it, and the run
  // exits 2 as for configuration (the contract's "unreadable rules"), after checking every other file.
  check: {
    args: ['claims.yaml'],
    baseline: 0,
    reads: { claims: 1, article: 1, facts: 1, 'rc-yaml': 2, 'rc-json': 2, 'package-json': 2, 'rules-beside': 2, 'rules-key-file': 2, 'rules-key': 2 },
  },
  'check-json': {
    args: ['claims.yaml', '--format', 'json'],
    baseline: 0,
    reads: { claims: 1, article: 1, facts: 1, 'rc-yaml': 2, 'rc-json': 2, 'package-json': 2, 'rules-beside': 2, 'rules-key-file': 2, 'rules-key': 2 },
  },
  // The HTML report shows each article whole: a refused article must not be in it either.
  'check-html': {
    args: ['claims.yaml', '--format', 'html'],
    baseline: 0,
    reads: { claims: 1, article: 1, facts: 1, 'rc-yaml': 2, 'rc-json': 2, 'package-json': 2, 'rules-beside': 2, 'rules-key-file': 2, 'rules-key': 2 },
  },
  init: {
    args: ['init', 'story.md', '-o', 'new.claims.yaml'],
    baseline: 0,
    reads: { article: 2 },
  },
  explain: {
    args: ['explain', 'claims.yaml', 'doubled'],
    baseline: 0,
    // The article's refusal is a finding of the file, not part of one claim's explanation: explain runs as
    // usual and says, at the article: key, that the article could not be read.
    // Without the facts file, 'factor' is unknown: the claim errors (exit 1) and explain says why at its compute.
    reads: { claims: 2, article: 0, facts: 1, 'rc-yaml': 2, 'rc-json': 2, 'package-json': 2, 'rules-beside': 2, 'rules-key-file': 2, 'rules-key': 2 },
  },
  'print-config': {
    args: ['--print-config', 'claims.yaml'],
    baseline: 0,
    reads: { 'rc-yaml': 2, 'rc-json': 2, 'package-json': 2, 'rules-beside': 2 },
  },
  watch: {
    args: ['--watch', 'claims.yaml'],
    baseline: 0,
    // A setup problem on the first run ends the watch (exit 2); a finding (the file's own rules too) is reported and the watch goes on until stopped (0).
    reads: { claims: 0, article: 0, facts: 0, 'rc-yaml': 2, 'rc-json': 2, 'package-json': 2, 'rules-beside': 0, 'rules-key-file': 0, 'rules-key': 0 },
    watch: true,
  },
  // The facts listing shows facts and their conflicts, not findings: a refused article is said at its
  // key and the listing goes on (exit 0); a refused facts file is said at its key and fails the run
  // (exit 1: its facts cannot be listed or checked); a refused claims file is said at 1:1 and fails
  // the run as `check` does (exit 1); the rules it chose and configuration make it exit 2.
  facts: {
    args: ['facts', 'claims.yaml'],
    baseline: 0,
    reads: { claims: 1, article: 0, facts: 1, 'rc-yaml': 2, 'rc-json': 2, 'package-json': 2, 'rules-beside': 2, 'rules-key-file': 2, 'rules-key': 2 },
  },
  // The language server: the claims text comes from the editor (so the claims target is not read), the
  // article, facts, configuration and rules from the disk. A refusal is a diagnostic, never an exit: it
  // publishes, then ends with 0 on shutdown and exit. Its stdout is JSON-RPC, so positions are not matched.
  lsp: {
    args: ['lsp', '--stdio'],
    baseline: 0,
    reads: { article: 0, facts: 0, 'rc-yaml': 0, 'rc-json': 0, 'package-json': 0, 'rules-beside': 0, 'rules-key-file': 0, 'rules-key': 0 },
    unreported: ['article', 'facts', 'rc-yaml', 'rc-json', 'package-json', 'rules-beside', 'rules-key-file', 'rules-key'],
    lsp: true,
  },
  // Last: on a valid claims file it merges the article's numbers into it (none are new here).
  'init-merge': {
    args: ['init', 'story.md', '-o', 'claims.yaml', '--merge'],
    baseline: 0,
    reads: { claims: 2, article: 2 },
  },
};

/** One JSON-RPC message as the language server protocol frames it. */
function frame(message) {
  const body = JSON.stringify({ jsonrpc: '2.0', ...message });
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

/** What an editor sends first: initialize with the repository as the workspace, then open claims.yaml. */
function lspOpening(dir) {
  return [
    frame({ id: 1, method: 'initialize', params: { processId: null, rootUri: pathToFileURL(dir).href, capabilities: {} } }),
    frame({ method: 'initialized', params: {} }),
    frame({ method: 'textDocument/didOpen', params: { textDocument: { uri: pathToFileURL(join(dir, 'claims.yaml')).href, languageId: 'yaml', version: 1, text: PROJECT['claims.yaml'] } } }),
  ].join('');
}

/** Every (target, hostile kind) pair; a folder target is not replaced by a folder. */
export function listRepositoryCases() {
  const cases = [];
  for (const [target, where] of Object.entries(TARGETS)) {
    for (const hostile of Object.keys(HOSTILE)) {
      if (where.folder && hostile === 'folder') continue;
      cases.push({ target, hostile, name: `${target}-${hostile}` });
    }
  }
  return cases;
}

/**
 * Cases that are about time more than refusal, measured by measure.mjs only
 * (a timing is not asserted in tests): each changes the valid project.
 */
export const TIMED_CASES = {
  /** `ignore: ["drafts/**"]` with drafts/x → /: the ignore glob once walked the whole disk (about 15 s). */
  'ignore-glob-link-to-root': (dir) => {
    writeFileSync(join(dir, '.claimcheckrc.yaml'), 'ignore: ["drafts/**"]\n');
    mkdirSync(join(dir, 'drafts'));
    symlinkSync('/', join(dir, 'drafts', 'x'));
  },
};

/** Writes the project into a fresh `git init` repository with the case's target made hostile; returns its folder. */
export function prepareRepository({ target, hostile }) {
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-repo-'));
  execFileSync('git', ['init', '-q', dir]);
  for (const [path, text] of Object.entries(PROJECT)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  if (TIMED_CASES[target] !== undefined) TIMED_CASES[target](dir);
  else if (target !== undefined) {
    const path = join(dir, TARGETS[target].path);
    rmSync(path, { recursive: true, force: true });
    HOSTILE[hostile](path);
  }
  return dir;
}

/** A fresh canary: it is in the environment of every run, so /proc/self/environ holds it. */
export function newCanary() {
  return `CANARY-${randomBytes(12).toString('hex')}`;
}

/** GNU time, for the peak memory measure.mjs reports (not used by the tests). */
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function capped(args, rss) {
  const node = rss && TIME ? [TIME, '-f', 'CLAIMCHECK_PEAK_RSS_KB=%M', process.execPath, BIN, ...args] : [process.execPath, BIN, ...args];
  if (CAP_METHOD === 'prlimit') return ['prlimit', [`--as=${MEMORY_CAP_BYTES}`, ...node]];
  if (CAP_METHOD === 'ulimit') return ['/bin/sh', ['-c', `ulimit -v ${MEMORY_CAP_BYTES / 1024} && exec "$@"`, 'sh', ...node]];
  return [node[0], node.slice(1)];
}

/**
 * Runs one command in `dir` under the memory cap, with the canary in the
 * environment and standard input an open pipe that never sends anything.
 * A watch is stopped with SIGTERM once its first report is out. Never
 * rejects; the run is killed after REPO_TIMEOUT_MS.
 */
export function runCommand(command, dir, canary, { rss = false } = {}) {
  const spec = COMMANDS[command];
  // A watch is stopped by a signal, which GNU time would take for itself: no peak memory for it.
  const [file, argv] = capped(spec.args, rss && !spec.watch);
  return new Promise((done) => {
    const started = process.hrtime.bigint();
    const child = spawn(file, argv, {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', CLAIMCHECK_CANARY: canary, HOME: dir },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out = [];
    const err = [];
    let firstReportMs;
    let killedByGuard = false;
    const guard = setTimeout(() => { killedByGuard = true; child.kill('SIGKILL'); }, REPO_TIMEOUT_MS);
    // The language server gets an editor's opening and, once it has published diagnostics, shutdown and exit.
    if (spec.lsp) child.stdin.write(lspOpening(dir));
    let lspClosing = false;
    child.stdout.on('data', (d) => {
      out.push(d);
      if (spec.lsp && !lspClosing && /"method":"textDocument\/publishDiagnostics"/.test(Buffer.concat(out).toString('utf8'))) {
        lspClosing = true;
        firstReportMs = Number(process.hrtime.bigint() - started) / 1e6;
        child.stdin.write(frame({ id: 2, method: 'shutdown' }) + frame({ method: 'exit' }));
      }
      // The watch's first report ends with "watching N files … press Ctrl+C to stop".
      if (spec.watch && firstReportMs === undefined && /press Ctrl\+C to stop/.test(Buffer.concat(out).toString('utf8'))) {
        firstReportMs = Number(process.hrtime.bigint() - started) / 1e6;
        child.kill('SIGTERM');
      }
    });
    child.stderr.on('data', (d) => err.push(d));
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      let stderr = Buffer.concat(err).toString('utf8');
      let peakRssKb;
      const measured = /(?:Command exited with non-zero status \d+\n)?CLAIMCHECK_PEAK_RSS_KB=(\d+)\n?$/.exec(stderr);
      if (measured) {
        peakRssKb = Number(measured[1]);
        stderr = stderr.slice(0, measured.index);
      }
      done({
        code,
        signal,
        timedOut: killedByGuard,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr,
        peakRssKb,
        // A watch's time is to its first report; the rest is waiting to be stopped.
        ms: firstReportMs ?? Number(process.hrtime.bigint() - started) / 1e6,
      });
    });
  });
}

/** A stack frame line ("    at main (file.js:1:2)"). */
const STACK_FRAME = /^\s+at .+[(:]\d+|^\s+at [\w$.<>]+ \(/m;

/** What a run should have done: its exit status and whether a positioned message is required. */
export function expectationFor(command, target) {
  const spec = COMMANDS[command];
  if (target !== undefined && target in spec.reads) return { exit: spec.reads[target], positioned: !(spec.unreported ?? []).includes(target) };
  return { exit: spec.baseline, positioned: false };
}

/** What is wrong with one run, as sentences (empty when it behaved). */
export function problemsWithRun({ command, target }, run, canary) {
  const problems = [];
  const expected = expectationFor(command, target);
  const output = `${run.stdout}\n${run.stderr}`;
  if (run.timedOut) problems.push(`did not finish within ${REPO_TIMEOUT_MS} ms (killed)`);
  if (output.includes(canary)) problems.push('printed the canary from the environment');
  if (/CLAIMCHECK_CANARY|PATH=\//.test(output)) problems.push('printed the environment');
  if (STACK_FRAME.test(output)) problems.push(`printed a stack trace:\n${run.stderr.slice(0, 400)}`);
  if (/internal error|bad_alloc|heap out of memory/i.test(output)) problems.push(`crashed:\n${run.stderr.slice(0, 400)}`);
  if (run.signal !== null && !run.timedOut) problems.push(`ended by signal ${run.signal}`);
  if (run.code !== expected.exit) problems.push(`exit ${run.code}, expected ${expected.exit}; stderr: ${run.stderr.slice(0, 300)}; stdout: ${run.stdout.slice(0, 300)}`);
  if (expected.positioned && target !== undefined) {
    const at = TARGETS[target].at;
    const positions = command === 'check-json' ? `${jsonPositions(run.stdout)}\n${run.stderr}` : output;
    if (!at.test(positions)) problems.push(`no message positioned like ${at}: ${output.slice(0, 500)}`);
  }
  if (output.length > 20_000) problems.push(`printed ${output.length} characters`);
  return problems;
}

/** The JSON report's findings as "file:line:col: message" lines (the text a positioned message must match). */
function jsonPositions(stdout) {
  try {
    const report = JSON.parse(stdout);
    return report.files.flatMap((f) => f.findings.map((x) => `${x.file}:${x.line}:${x.column}: ${x.message}`)).join('\n');
  } catch {
    return stdout;
  }
}
