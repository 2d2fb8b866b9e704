/**
 * @file `claimcheck lsp --stdio`: a language server for claims files
 * (vscode-languageserver over standard input/output). On every change it
 * checks the open text as `claimcheck FILE` would check the file on disk
 * (same rules, configuration, article, findings) and publishes the findings
 * and the non-passing verdicts as diagnostics with their ranges. It also
 * answers hover (a claim's computed value and why; an input's value and
 * source), go-to-definition (a name in `compute` → its input or claim),
 * completion of names inside `compute`, and a code action that writes
 * `stated` from the numbers of a claim's quote.
 *
 * The analysis lives in ./analyze.ts (pure over text and rules); this file
 * is the protocol plumbing.
 */

import { fileURLToPath } from 'node:url';
import { relative, isAbsolute } from 'node:path';
import {
  createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, DiagnosticSeverity, CompletionItemKind, CodeActionKind,
  type Diagnostic, type Connection, type Position,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument, nameAt, type DocumentAnalysis } from './analyze.js';
import type { Span } from '../types.js';
import { startOfFile } from '../text/span.js';

/** Starts the server on standard input/output; resolves when the client ends the session. */
export function runLanguageServer(): Promise<number> {
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  return new Promise((done) => {
    serve(connection, () => done(0));
  });
}

function toRange(span: Pick<Span, 'line' | 'column' | 'endLine' | 'endColumn'>) {
  return {
    start: { line: span.line - 1, character: span.column - 1 },
    end: { line: Math.max(span.endLine, span.line) - 1, character: Math.max(span.endColumn - 1, span.endLine > span.line ? 0 : span.column) },
  };
}

/** Wires the handlers; `onExit` is called when the client sends `exit`. */
export function serve(connection: Connection, onExit: () => void): void {
  const documents = new TextDocuments(TextDocument);
  const analyses = new Map<string, { version: number; analysis: DocumentAnalysis }>();
  let root = process.cwd();

  const pathOf = (uri: string): string => {
    const absolute = uri.startsWith('file:') ? fileURLToPath(uri) : uri;
    const rel = relative(root, absolute);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolute;
  };

  const analysisOf = async (doc: TextDocument): Promise<DocumentAnalysis> => {
    const cached = analyses.get(doc.uri);
    if (cached && cached.version === doc.version) return cached.analysis;
    const analysis = await analyzeDocument(doc.getText(), pathOf(doc.uri), root);
    analyses.set(doc.uri, { version: doc.version, analysis });
    return analysis;
  };

  connection.onInitialize((params) => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    if (folder) root = fileURLToPath(folder);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        definitionProvider: true,
        completionProvider: { triggerCharacters: ['(', ' ', '*', '/', '+', '-'] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'claimcheck' },
    };
  });

  documents.onDidChangeContent(async ({ document }) => {
    let diagnostics: Diagnostic[];
    try {
      const analysis = await analysisOf(document);
      // A newer version arrived while this one was checked: its own run publishes.
      if (documents.get(document.uri)?.version !== document.version) return;
      diagnostics = analysis.problems.map((p) => ({
        range: toRange(p),
        severity: p.severity === 'error' ? DiagnosticSeverity.Error : p.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
        source: 'claimcheck',
        code: p.kind,
        message: p.message,
      }));
    } catch (error) {
      // A setup problem (a broken configuration file, say) is one diagnostic at the top.
      diagnostics = [{ range: toRange(startOfFile('')), severity: DiagnosticSeverity.Error, source: 'claimcheck', message: (error as Error).message }];
    }
    await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  });
  documents.onDidClose(({ document }) => {
    analyses.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  /** The open document and the claim or input name under the cursor, if there is one. */
  const nameUnder = (uri: string, position: Position): { doc: TextDocument; word: NonNullable<ReturnType<typeof nameAt>> } | undefined => {
    const doc = documents.get(uri);
    const word = doc ? nameAt(doc.getText(), doc.offsetAt(position)) : undefined;
    return doc && word ? { doc, word } : undefined;
  };

  connection.onHover(async ({ textDocument, position }) => {
    const under = nameUnder(textDocument.uri, position);
    if (!under) return null;
    const { doc, word } = under;
    const info = (await analysisOf(doc)).hover(word.name);
    if (!info) return null;
    return { contents: { kind: 'markdown', value: info }, range: { start: doc.positionAt(word.start), end: doc.positionAt(word.end) } };
  });

  connection.onDefinition(async ({ textDocument, position }) => {
    const under = nameUnder(textDocument.uri, position);
    if (!under) return null;
    const { doc, word } = under;
    const span = (await analysisOf(doc)).definition(word.name);
    return span ? { uri: doc.uri, range: toRange(span) } : null;
  });

  connection.onCompletion(async ({ textDocument, position }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return [];
    const analysis = await analysisOf(doc);
    const names = analysis.completions(doc.getText(), doc.offsetAt(position));
    return names.map((n) => ({ label: n.name, kind: n.role === 'input' ? CompletionItemKind.Variable : CompletionItemKind.Function, detail: n.detail }));
  });

  connection.onCodeAction(async ({ textDocument, range }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return [];
    const analysis = await analysisOf(doc);
    return analysis.statedFixes(range.start.line + 1, range.end.line + 1).map((fix) => ({
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      edit: { changes: { [doc.uri]: [{ range: { start: { line: fix.line - 1, character: 0 }, end: { line: fix.line - 1, character: 0 } }, newText: fix.text }] } },
    }));
  });

  connection.onExit(onExit);
  documents.listen(connection);
  connection.listen();
}
