// The hostile suite's harness, shared by hostile.test.ts (assertions) and
// measure.mjs (durations). Each case is a folder test/hostile/NN-name/ with a
// claims file (or a generator that writes one) and expected.json:
//
//   {
//     "about":   "what the case attacks",
//     "args":    ["claims.yaml"],            // default; --format json is added
//     "generate": "invalid-utf8",            // optional: GENERATORS[name](dir) writes files first
//     "exit":    1,                          // 1: findings; 2: the command cannot run; 0: accepted
//     "kind":    "expression-not-allowed",   // finding or claim-verdict kind (exit 0/1)
//     "verdict": "pass",                     // optional: the claim's verdict instead of a kind
//     "claim":   "name",                     // optional: the claim/finding must belong to it
//     "messageIncludes": "the function 'import'",
//     "line": 4, "column": 3,                // where (column optional); on stderr "file:line:col" for exit 2
//     "computed": { "file": 1, "claim": "x", "low": 0.6666666667, "high": 0.6666666667 },
//     "outputExcludes": ["root:"],           // never in stdout or stderr, json and pretty runs
//     "alsoPretty": true,                    // run once more in the pretty format (code frames)
//     "hangGuardMs": 30000                   // the kill timeout, for the two 10,000-name cases only (default 10 s)
//   }
//
// Every case is copied to a fresh temporary folder and run there, so
// generated files (10,000 names, invalid bytes, symbolic links) never land in
// the repository and `..` paths resolve the same wherever the repository is.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const HOSTILE_DIR = dirname(fileURLToPath(import.meta.url));
/** The built binary; CLAIMCHECK_BIN points measure.mjs at a snapshot when dist/ is being rebuilt. */
export const BIN = process.env.CLAIMCHECK_BIN ? resolve(process.env.CLAIMCHECK_BIN) : resolve(HOSTILE_DIR, '../../dist/claimcheck.js');
/** Hang guard only: a case that runs this long is killed and fails. */
export const SPAWN_TIMEOUT_MS = 10_000;

/** The case folders, in order. */
export function listCases() {
  return readdirSync(HOSTILE_DIR)
    .filter((name) => /^\d{2,3}-/.test(name) && statSync(join(HOSTILE_DIR, name)).isDirectory())
    .sort();
}

/** A case's expected.json. */
export function loadCase(name) {
  const expected = JSON.parse(readFileSync(join(HOSTILE_DIR, name, 'expected.json'), 'utf8'));
  return { name, expected };
}

/** A deterministic byte generator (LCG), so generated binary cases are the same on every run. */
function bytes(seed, length) {
  const out = Buffer.alloc(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out[i] = state >>> 24;
  }
  return out;
}

/** Writers for cases too large or too odd to commit. Each writes into the case's temporary folder. */
export const GENERATORS = {
  /** A Latin-1 "é" (0xE9) in a source: not UTF-8. `    source: "Caf` is 16 characters: line 4, column 17. */
  'invalid-utf8'(dir) {
    const text = Buffer.concat([
      Buffer.from('inputs:\n  troops:\n    value: 11000\n    source: "Caf'),
      Buffer.from([0xe9]),
      Buffer.from(' du Commerce"\nclaims:\n  c: { compute: troops, stated: 11000 }\n'),
    ]);
    writeFileSync(join(dir, 'claims.yaml'), text);
  },
  /** 4 KB of pseudo-random bytes. */
  binary(dir) {
    writeFileSync(join(dir, 'claims.yaml'), bytes(42, 4096));
  },
  /** UTF-16 (little-endian, with its byte-order mark). */
  utf16(dir) {
    const text = 'inputs:\n  a: { value: 3, source: s }\nclaims:\n  c: { compute: a, stated: 3 }\n';
    writeFileSync(join(dir, 'claims.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  },
  /** 6 MB: above the default 5 MB limit. */
  oversized(dir) {
    const line = '  # padding padding padding padding padding padding padding padding padding\n';
    const lines = ['inputs:', '  a: { value: 3, source: s }', 'claims:', '  c: { compute: a, stated: 3 }'];
    writeFileSync(join(dir, 'claims.yaml'), `${lines.join('\n')}\n${line.repeat(Math.ceil((6 * 1024 * 1024) / line.length))}`);
  },
  /** 10,000 names: 5,000 inputs and 5,000 claims, each claim adding one input to the claim before it; the last is misstated. */
  'ten-thousand-names'(dir) {
    const lines = ['inputs:'];
    for (let i = 0; i < 5000; i++) lines.push(`  in${i}: { value: 1, source: s }`);
    lines.push('claims:');
    lines.push('  c0: { compute: in0, stated: 1 }');
    for (let i = 1; i < 5000; i++) lines.push(`  c${i}: { compute: c${i - 1} + in${i}, stated: ${i === 4999 ? 4000 : i + 1} }`);
    writeFileSync(join(dir, 'claims.yaml'), `${lines.join('\n')}\n`);
  },
  /** A circle of 10,000 claims: c0 uses c1, …, c9999 uses c0. */
  'ten-thousand-cycle'(dir) {
    const lines = ['claims:'];
    for (let i = 0; i < 10000; i++) lines.push(`  c${i}: { compute: c${(i + 1) % 10000} + 1, stated: 1 }`);
    writeFileSync(join(dir, 'claims.yaml'), `${lines.join('\n')}\n`);
  },
  /** 300 levels of block mappings (the limit is 100). */
  'deep-block'(dir) {
    const lines = [];
    for (let i = 0; i < 300; i++) lines.push(`${'  '.repeat(i)}k${i}:`);
    writeFileSync(join(dir, 'claims.yaml'), `${lines.join('\n')} 1\n`);
  },
  /** `rules: evil`, where evil is a symbolic link to /etc. */
  'rules-symlink'(dir) {
    symlinkSync('/etc', join(dir, 'evil'));
  },
  /** A `rules/` folder beside the claims file that is a symbolic link to /etc. */
  'rules-beside-symlink'(dir) {
    symlinkSync('/etc', join(dir, 'rules'));
  },
  /** `article: story.md`, where story.md is a symbolic link to /etc/passwd. */
  'article-symlink'(dir) {
    symlinkSync('/etc/passwd', join(dir, 'story.md'));
  },
  /** The claims file itself is a symbolic link to /etc/passwd. */
  'claims-symlink'(dir) {
    symlinkSync('/etc/passwd', join(dir, 'claims.yaml'));
  },
  /** A symbolic link to a folder outside, holding a claims file: checked through the link by name. */
  'claims-in-linked-folder'(dir) {
    const outside = mkdtempSync(join(tmpdir(), 'claimcheck-outside-'));
    writeFileSync(join(outside, 'claims.yaml'), 'title: SECRET-OUTSIDE-TITLE\ninputs:\n  a: { value: 3, source: s }\nclaims:\n  c: { compute: a, stated: 3 }\n');
    mkdirSync(join(dir, 'repo'));
    symlinkSync(outside, join(dir, 'repo', 'linked'));
  },
};

/** Copies a case to a fresh temporary folder (running its generator there) and returns that folder. */
export function prepareCase({ name, expected }) {
  const root = mkdtempSync(join(tmpdir(), 'claimcheck-hostile-'));
  const dir = join(root, name);
  cpSync(join(HOSTILE_DIR, name), dir, { recursive: true, verbatimSymlinks: true });
  if (expected.generate !== undefined) {
    const generate = GENERATORS[expected.generate];
    if (!generate) throw new Error(`${name}: no generator '${expected.generate}'`);
    generate(dir);
  }
  return dir;
}

/** Runs the built binary in `cwd`; never rejects. Kills the run after SPAWN_TIMEOUT_MS. */
export function runBinary(args, cwd, env = {}, timeout = SPAWN_TIMEOUT_MS) {
  return new Promise((done) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env },
      timeout,
      killSignal: 'SIGKILL',
    });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('close', (code, signal) => {
      done({
        code,
        signal,
        timedOut: signal === 'SIGKILL',
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        ms: Number(process.hrtime.bigint() - started) / 1e6,
      });
    });
  });
}

/** Runs a prepared case in the JSON format (and, with alsoPretty, in the pretty one too). */
export async function runCase(testCase, dir) {
  const args = testCase.expected.args ?? ['claims.yaml'];
  const guard = testCase.expected.hangGuardMs ?? SPAWN_TIMEOUT_MS;
  const json = await runBinary([...args, '--format', 'json'], dir, {}, guard);
  const pretty = testCase.expected.alsoPretty ? await runBinary(args, dir, {}, guard) : undefined;
  return { json, pretty };
}

/** At most `limit` promises from `tasks` run at once. */
export function pool(limit) {
  let running = 0;
  const queue = [];
  const next = () => {
    if (running >= limit || queue.length === 0) return;
    running++;
    const { task, resolve: done, reject } = queue.shift();
    task().then(done, reject).finally(() => {
      running--;
      next();
    });
  };
  return (task) => new Promise((resolveTask, reject) => {
    queue.push({ task, resolve: resolveTask, reject });
    next();
  });
}

/** Every claim verdict and finding of a JSON report, flattened, with the index of its file. */
export function itemsOf(report) {
  const items = [];
  report.files.forEach((file, index) => {
    for (const c of file.claims) items.push({ source: 'claim', fileIndex: index, file: file.path, claim: c.name, ...c });
    for (const f of file.findings) items.push({ source: 'finding', fileIndex: index, ...f });
  });
  return items;
}

/** A stack frame line ("    at main (file.js:1:2)"): must never reach a user. */
const STACK_FRAME = /^\s+at .+[(:]\d+|^\s+at [\w$.<>]+ \(/m;

/**
 * What is wrong with a case's run, as plain sentences (empty when it
 * behaved as expected). Checks the exit status, the kind and message, the
 * position, that no stack trace was printed, that the run finished, and that
 * nothing from outside the repository was echoed.
 */
export function problemsWith({ expected }, { json, pretty }) {
  const problems = [];
  const runs = pretty ? [json, pretty] : [json];
  for (const run of runs) {
    if (run.timedOut) problems.push(`did not finish within ${expected.hangGuardMs ?? SPAWN_TIMEOUT_MS} ms (killed)`);
    if (STACK_FRAME.test(run.stderr) || STACK_FRAME.test(run.stdout)) problems.push(`printed a stack trace:\n${run.stderr.slice(0, 400)}`);
    if (/internal error/i.test(run.stderr)) problems.push(`hit an internal error:\n${run.stderr.slice(0, 400)}`);
    for (const secret of expected.outputExcludes ?? []) {
      if (run.stdout.includes(secret) || run.stderr.includes(secret)) problems.push(`the output contains ${JSON.stringify(secret)}`);
    }
  }
  if (json.code !== expected.exit) problems.push(`exit ${json.code}, expected ${expected.exit}; stderr: ${json.stderr.slice(0, 300)}`);
  if (pretty && pretty.code !== expected.exit) problems.push(`pretty run: exit ${pretty.code}, expected ${expected.exit}`);

  // Exit 2 with no kind: the command could not run, and says so on standard error alone. Exit 2 with a
  // kind: rules a claims file chose cannot be read — the run still reports every file, that one with the finding.
  if (expected.exit === 2 && expected.kind === undefined) {
    if (json.stdout !== '') problems.push(`printed a report although the command could not run: ${json.stdout.slice(0, 200)}`);
    if (!json.stderr.includes(expected.messageIncludes)) problems.push(`stderr lacks ${JSON.stringify(expected.messageIncludes)}: ${json.stderr}`);
    if (expected.line !== undefined) {
      const at = new RegExp(`:${expected.line}:${expected.column ?? '\\d+'}: `);
      if (!at.test(json.stderr)) problems.push(`stderr has no position :${expected.line}:${expected.column ?? 'N'}: — ${json.stderr}`);
    }
    return problems;
  }

  let report;
  try {
    report = JSON.parse(json.stdout);
  } catch {
    problems.push(`stdout is not JSON: ${json.stdout.slice(0, 300)}`);
    return problems;
  }
  const items = itemsOf(report);
  const candidates = items.filter((item) =>
    (expected.kind === undefined || item.kind === expected.kind) &&
    (expected.verdict === undefined || item.verdict === expected.verdict) &&
    (expected.claim === undefined || item.claim === expected.claim) &&
    typeof item.message === 'string' && item.message.includes(expected.messageIncludes ?? ''));
  if (candidates.length === 0) {
    const seen = items.map((i) => `${i.source} ${i.kind ?? i.verdict} ${i.claim ?? ''} ${i.line}:${i.column} ${String(i.message).slice(0, 160)}`);
    const shown = seen.length > 8 ? [...seen.slice(0, 8), `… and ${seen.length - 8} more`] : seen;
    problems.push(`no ${expected.kind ?? expected.verdict} ${expected.claim ? `for '${expected.claim}' ` : ''}with ${JSON.stringify(expected.messageIncludes)}; got:\n  ${shown.join('\n  ')}`);
  } else {
    const hit = candidates[0];
    if (!(Number.isInteger(hit.line) && hit.line >= 1 && Number.isInteger(hit.column) && hit.column >= 1)) problems.push(`not positioned: ${hit.line}:${hit.column}`);
    if (hit.endLine !== undefined && (hit.endLine < hit.line || (hit.endLine === hit.line && hit.endColumn < hit.column))) problems.push(`ends before it starts: ${hit.line}:${hit.column}–${hit.endLine}:${hit.endColumn}`);
    if (expected.line !== undefined && hit.line !== expected.line) problems.push(`at line ${hit.line}, expected ${expected.line}`);
    if (expected.column !== undefined && hit.column !== expected.column) problems.push(`at column ${hit.column}, expected ${expected.column}`);
    if (hit.message.length > 2000) problems.push(`message of ${hit.message.length} characters`);
  }
  if (expected.computed) {
    const { file, claim, low, high } = expected.computed;
    const result = report.files[file]?.claims.find((c) => c.name === claim);
    if (!result?.computed) problems.push(`no computed value for '${claim}' in file ${file}`);
    else if (result.computed.low !== low || result.computed.high !== high) {
      problems.push(`'${claim}' computed ${result.computed.low} to ${result.computed.high}, expected exactly ${low} to ${high}`);
    }
  }
  return problems;
}
