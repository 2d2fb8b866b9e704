// `claimcheck lsp --stdio` over its protocol: spawns the built binary and
// speaks to it with vscode-languageserver-protocol's client side, as an
// editor would. Every message exchanged is recorded in `transcript` and the
// transcript itself is asserted (method, direction, the parts that matter).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter,
  type ProtocolConnection, type PublishDiagnosticsParams, type Hover, type Location, type CompletionItem, type CodeAction,
} from 'vscode-languageserver-protocol/node';

const BIN = resolve('dist/claimcheck.js');

// 233,062 mi² / 11.5 mi²/day = 20,266.26 days = 55.49 years (365.25-day years).
// "50 years" admits [49.5, 50.5): 55.49 is 9.9% above 50.5 → fail.
// "55 years" admits [54.5, 55.5): 55.49 is inside → pass.
const FAILING = [
  'inputs:',
  '  area: { value: 233062 mi^2, source: CIA World Factbook, as_of: 2024-01-01 }',
  '  gain: { value: 11.5 mi^2/day, source: "Russian defence ministry ![t](https://evil.example/t.png)" }',
  'claims:',
  '  years_to_conquer:',
  '    compute: area / gain',
  '    stated: 50 years',
  '  years_from_quote:',
  '    compute: area / gain',
  '    quote: "it would take Russia 55 years to conquer Ukraine"',
  '',
].join('\n');

type Entry = { dir: '→' | '←'; method: string; body: unknown };

let dir: string;
let child: ChildProcess;
let connection: ProtocolConnection;
const transcript: Entry[] = [];
const diagnostics: PublishDiagnosticsParams[] = [];
let waiters: (() => void)[] = [];

/** Sends a request and records both sides. */
async function request<R>(method: string, params: unknown): Promise<R> {
  transcript.push({ dir: '→', method, body: params });
  const result = await connection.sendRequest<R>(method, params);
  transcript.push({ dir: '←', method, body: result });
  return result;
}

async function notify(method: string, params: unknown): Promise<void> {
  transcript.push({ dir: '→', method, body: params });
  await connection.sendNotification(method, params);
}

/** The next publishDiagnostics for `version`. */
function diagnosticsFor(version: number): Promise<PublishDiagnosticsParams> {
  return new Promise((done) => {
    const look = () => {
      const found = diagnostics.find((d) => d.version === version);
      if (found) { done(found); return true; }
      return false;
    };
    if (!look()) waiters.push(() => { look(); });
  });
}

let uri: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'claimcheck-lsp-'));
  writeFileSync(join(dir, 'claims.yaml'), FAILING);
  uri = pathToFileURL(join(dir, 'claims.yaml')).href;
  child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'] });
  connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    transcript.push({ dir: '←', method: 'textDocument/publishDiagnostics', body: params });
    diagnostics.push(params);
    const w = waiters;
    waiters = [];
    for (const f of w) f();
  });
  connection.listen();
  await request('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'test' }] });
  await notify('initialized', {});
});

afterAll(async () => {
  try {
    await request('shutdown', null);
    await notify('exit', null);
  } finally {
    connection.dispose();
    child.kill();
    rmSync(dir, { recursive: true, force: true });
    // For people to read (test/artifacts/ is ignored by git): the whole exchange, bodies included.
    mkdirSync('test/artifacts', { recursive: true });
    writeFileSync('test/artifacts/lsp-transcript.json', `${JSON.stringify(transcript, null, 2).replaceAll(dir, '<tmp>')}\n`);
  }
});

describe('claimcheck lsp', () => {
  it('publishes the check\'s findings when a document opens, and new ones after an edit', async () => {
    await notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: FAILING } });
    const first = await diagnosticsFor(1);
    const fail = first.diagnostics.find((d) => d.code === 'inconsistent');
    expect(fail, JSON.stringify(first.diagnostics)).toBeDefined();
    // The claim's name key: line 5 (0-based 4), from column 3 (0-based 2) to the end of "years_to_conquer".
    expect(fail!.range).toEqual({ start: { line: 4, character: 2 }, end: { line: 4, character: 2 + 'years_to_conquer'.length } });
    expect(fail!.severity).toBe(1);
    expect(fail!.message).toContain('55.49 years');
    // years_from_quote has no stated and no article to read one from: computed and shown (info), not a problem.
    expect(first.diagnostics).toHaveLength(1);

    // Edit line 7 (0-based 6): "50 years" → "55 years"; 55.49 lies in [54.5, 55.5).
    await notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 6, character: 12 }, end: { line: 6, character: 14 } }, text: '55' }],
    });
    const second = await diagnosticsFor(2);
    expect(second.diagnostics).toEqual([]);
  });

  it('hovers a claim with its computed value and why, and an input with its value and source', async () => {
    // Line 5 (0-based 4) "  years_to_conquer:", character 5 is inside the name.
    const claim = await request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 5 } });
    const text = (claim.contents as { value: string }).value;
    // Markdown punctuation from the file and the result is escaped (years\_to\_conquer, 55\.49).
    expect(text).toContain('**years\\_to\\_conquer** — pass');
    expect(text).toContain('= **55\\.49 years**');
    // Line 6 (0-based 5) "    compute: area / gain": "area" starts at character 13.
    const input = await request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 14 } });
    const inputText = (input.contents as { value: string }).value;
    expect(inputText).toContain('**area** = 233062 mi^2');
    expect(inputText).toContain('source: CIA World Factbook · as of 2024\\-01\\-01');
    expect(inputText).toContain('used by years\\_to\\_conquer, years\\_from\\_quote');
    expect(input.range).toEqual({ start: { line: 5, character: 13 }, end: { line: 5, character: 17 } });
    // A source written as a Markdown image shows as text: nothing to load.
    const hostile = await request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 3 } });
    expect((hostile.contents as { value: string }).value).toContain('source: Russian defence ministry \\!\\[t\\]\\(https://evil\\.example/t\\.png\\)');
  });

  it('goes from a name in compute to its input', async () => {
    // "gain" in line 6 (0-based 5) at characters 20–24 → the input on line 3 (0-based 2), its key at 2–6.
    const where = await request<Location>('textDocument/definition', { textDocument: { uri }, position: { line: 5, character: 21 } });
    expect(where).toEqual({ uri, range: { start: { line: 2, character: 2 }, end: { line: 2, character: 6 } } });
  });

  it('completes input names inside compute, and nothing elsewhere', async () => {
    const inside = await request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 5, character: 20 } });
    expect(inside.map((c) => c.label)).toEqual(['area', 'gain', 'years_from_quote']);
    const outside = await request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 6, character: 4 } });
    expect(outside).toEqual([]);
  });

  it('offers to fill stated from the quote', async () => {
    const actions = await request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line: 7, character: 2 }, end: { line: 7, character: 2 } }, context: { diagnostics: [] },
    });
    expect(actions).toHaveLength(1);
    expect(actions[0]!.title).toBe("Fill stated of 'years_from_quote' from its quote: 55 years");
    // Inserted at the start of line 11 (0-based 10), under the quote, indented like it.
    expect(actions[0]!.edit!.changes![uri]).toEqual([{ range: { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } }, newText: '    stated: "55 years"\n' }]);
  });

  it('reports a file that does not parse as YAML, and clears it once it does', async () => {
    // Line 7 (0-based 6) becomes "    stated: [55 years" — an unclosed flow sequence.
    await notify('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: { line: 6, character: 12 }, end: { line: 6, character: 12 } }, text: '[' }],
    });
    const broken = await diagnosticsFor(3);
    // One error, where the parser gives up: the next key, line 8 (0-based 7), column 3.
    expect(broken.diagnostics.map((d) => [d.code, d.severity, d.range.start])).toEqual([['yaml-syntax', 1, { line: 7, character: 2 }]]);
    await notify('textDocument/didChange', {
      textDocument: { uri, version: 4 },
      contentChanges: [{ range: { start: { line: 6, character: 12 }, end: { line: 6, character: 13 } }, text: '' }],
    });
    expect((await diagnosticsFor(4)).diagnostics).toEqual([]);
  });

  it('keeps the transcript of every message exchanged', () => {
    expect(transcript.map((m) => `${m.dir} ${m.method}`)).toEqual([
      '→ initialize', '← initialize', '→ initialized',
      '→ textDocument/didOpen', '← textDocument/publishDiagnostics',
      '→ textDocument/didChange', '← textDocument/publishDiagnostics',
      '→ textDocument/hover', '← textDocument/hover',
      '→ textDocument/hover', '← textDocument/hover',
      '→ textDocument/hover', '← textDocument/hover',
      '→ textDocument/definition', '← textDocument/definition',
      '→ textDocument/completion', '← textDocument/completion',
      '→ textDocument/completion', '← textDocument/completion',
      '→ textDocument/codeAction', '← textDocument/codeAction',
      '→ textDocument/didChange', '← textDocument/publishDiagnostics',
      '→ textDocument/didChange', '← textDocument/publishDiagnostics',
    ]);
    const init = transcript[1]!.body as { capabilities: Record<string, unknown> };
    expect(init.capabilities).toMatchObject({ hoverProvider: true, definitionProvider: true, textDocumentSync: 2 });
  });
});
