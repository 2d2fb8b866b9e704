/**
 * @file Reads one configuration file's text into a `ConfigFile`, checking
 * every key and value and pointing a bad one out by line and column (with
 * "did you mean" for unknown keys). YAML and JSON are read by the `yaml`
 * library (JSON is YAML); package.json counts only through its
 * `"claimcheck"` key. Pure: the caller supplies the text.
 */

import { dirname } from 'node:path';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import { suggestion } from '../text/suggest.js';
import { phrase } from '../findings/interpolate.js';
import { parseFraction } from '../rules/tables.js';
import type { MessageValue, Span } from '../types.js';
import { parseSize } from '../load/guards.js';
import { TOLERANCE_KEYS, type ConfigFile, type ConfigProblem, type Placed, type SeveritySetting, type ToleranceKey } from './types.js';
import { spanFromOffsets, spanOfNode, type YamlSource } from '../yaml/span.js';
import { describeNode } from '../yaml/describe.js';
import { excerpt } from '../io/excerpt.js';

/** The keys a configuration may have. `$schema` is allowed for editors and ignored. */
export const CONFIG_KEYS = ['root', 'rules', 'ignore', 'severity', 'tolerances', 'max_file_size', '$schema'] as const;

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'info', 'off'];

export interface ConfigSource {
  /** The file's text. */
  text: string;
  /** Absolute path (relative paths in the file start from its folder). */
  path: string;
  /** How messages name the file (relative to the working directory). */
  shown: string;
  /** `package.json`: only its `claimcheck` key is read. */
  packageJson?: boolean;
  /**
   * Whether messages may quote the file's text (as a short escaped excerpt;
   * default true). False for a configuration from outside the project:
   * messages then say what kind of value is wrong, never what it holds.
   */
  quote?: boolean;
}

/** False only when `text` is JSON whose top level is not an object with a `claimcheck` key. */
function hasClaimcheckKey(text: string): boolean {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return true;
  }
  return data !== null && typeof data === 'object' && !Array.isArray(data) && Object.hasOwn(data, 'claimcheck');
}

/**
 * Reads a configuration. Returns `config: undefined` for a package.json
 * without a `claimcheck` key (or one that is not valid JSON: that is npm's
 * business), and problems for anything wrong in the configuration itself.
 */
export function parseConfig(source: ConfigSource): { config?: ConfigFile; problems: ConfigProblem[] } {
  const text = source.text.replace(/^\uFEFF/, '');
  // Most package.json files on the way up have no "claimcheck" key: JSON.parse
  // tells so without building a YAML document (a few ms of every cold start).
  // Text that is not JSON, or has the key, is read as before.
  if (source.packageJson && !hasClaimcheckKey(text)) return { problems: [] };
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, merge: false });
  const reader = new Reader({ text, path: source.shown, lineCounter: lines }, source.quote ?? true);
  if (doc.errors.length > 0) {
    if (source.packageJson) return { problems: [] };
    for (const error of doc.errors) reader.report(reader.spanAt(error.pos[0], error.pos[1]), phrase('config-not-valid', { format: /\.json$/i.test(source.path) ? 'JSON' : 'YAML', detail: reader.quoted ? excerpt(error.message.split('\n')[0] ?? '', 160) : phrase('config-see-position') }));
    return { problems: reader.problems };
  }
  let root: Node | null = doc.contents as Node | null;
  if (source.packageJson) {
    if (root === null || !isMap(root)) return { problems: [] };
    const pair = root.items.find((p) => isScalar(p.key) && p.key.value === 'claimcheck');
    if (!pair) return { problems: [] };
    root = pair.value as Node | null;
  }
  const dir = dirname(source.path);
  const config: ConfigFile = { path: source.path, dir, root: false, rules: [], ignore: [], severity: new Map(), tolerances: {} };
  if (root === null || (isScalar(root) && root.value === null)) return { config, problems: [] };
  if (!isMap(root)) {
    reader.report(reader.span(root), phrase('config-not-mapping', { found: reader.describe(root) }));
    return { problems: reader.problems };
  }
  for (const [key, keyNode, value] of reader.entries(root)) {
    switch (key) {
      case 'root': {
        const v = reader.scalar(value);
        if (typeof v === 'boolean') config.root = v;
        else reader.report(reader.span(value ?? keyNode), phrase('config-root', { found: reader.describe(value) }));
        break;
      }
      case 'rules':
      case 'ignore':
        config[key] = reader.texts(value ?? keyNode, value, key, key === 'rules' ? 'rules: [house-rules]' : 'ignore: ["drafts/**"]');
        break;
      case 'severity':
        readSeverity(reader, value, keyNode, config);
        break;
      case 'tolerances':
        readTolerances(reader, value, keyNode, config);
        break;
      case 'max_file_size': {
        const v = reader.scalar(value);
        const bytes = typeof v === 'number' || typeof v === 'string' ? parseSize(String(v)) : undefined;
        if (bytes !== undefined) config.maxFileSize = { value: bytes, span: reader.span(value ?? keyNode) };
        else reader.report(reader.span(value ?? keyNode), phrase('config-max-file-size', { found: reader.describe(value) }));
        break;
      }
      case '$schema':
        break;
      default:
        reader.report(reader.span(keyNode), phrase('config-unknown-key', { key: reader.name(key), suggestion: suggestion(key, CONFIG_KEYS), keys: CONFIG_KEYS.slice(0, -1).join(', ') }));
    }
  }
  return reader.problems.length > 0 ? { problems: reader.problems } : { config, problems: [] };
}

function readSeverity(reader: Reader, value: Node | null, keyNode: Node, config: ConfigFile): void {
  if (value === null || (isScalar(value) && value.value === null)) return;
  if (!isMap(value)) {
    reader.report(reader.span(value), phrase('config-severity-not-mapping', { found: reader.describe(value) }));
    return;
  }
  void keyNode;
  for (const [kind, kindNode, setting] of reader.entries(value)) {
    const v = reader.scalar(setting);
    const text = typeof v === 'string' ? v.trim() : v;
    if (typeof text === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(text)) {
      config.severity.set(kind, { value: text as SeveritySetting, span: reader.span(kindNode) });
    } else {
      const hint = typeof text === 'string' ? suggestion(text, SEVERITY_SETTINGS) : '';
      reader.report(reader.span(setting ?? kindNode), phrase('config-severity', { kind: reader.name(kind), settings: SEVERITY_SETTINGS.join(', '), found: reader.quoted ? excerpt(JSON.stringify(v ?? null)) : phrase('config-what-is-written'), suggestion: hint }));
    }
  }
}

function readTolerances(reader: Reader, value: Node | null, keyNode: Node, config: ConfigFile): void {
  if (value === null || (isScalar(value) && value.value === null)) return;
  if (!isMap(value)) {
    reader.report(reader.span(value ?? keyNode), phrase('config-tolerances-not-mapping', { found: reader.describe(value) }));
    return;
  }
  for (const [key, keyNode2, node] of reader.entries(value)) {
    if (!(TOLERANCE_KEYS as readonly string[]).includes(key)) {
      reader.report(reader.span(keyNode2), phrase('config-unknown-tolerance', { key: reader.name(key), suggestion: suggestion(key, TOLERANCE_KEYS), keys: TOLERANCE_KEYS.join(', ') }));
      continue;
    }
    const v = reader.scalar(node);
    const span = reader.span(node ?? keyNode2);
    let parsed: number | undefined;
    if (key === 'significant_figures') {
      if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 15) parsed = v;
      else reader.report(span, phrase('config-significant-figures'));
    } else if (key === 'gross_factor') {
      if (typeof v === 'number' && Number.isFinite(v) && v > 1) parsed = v;
      else reader.report(span, phrase('config-gross-factor'));
    } else {
      parsed = parseFraction(v);
      if (parsed === undefined || parsed >= 1) {
        reader.report(span, phrase('config-tolerance', { key }));
        parsed = undefined;
      }
    }
    if (parsed !== undefined) config.tolerances[key as ToleranceKey] = { value: parsed, span };
  }
}


/** Walks the document, turning nodes into spans and problems. */
class Reader {
  readonly problems: ConfigProblem[] = [];
  /** @param quoted whether messages may quote the file's text (see `ConfigSource.quote`) */
  constructor(private readonly source: YamlSource, readonly quoted: boolean) {}

  /** What a node is, for "…, but it is …": a text value quoted as a short escaped excerpt (`the text "yes"`) when allowed. */
  describe(node: Node | null): MessageValue {
    return describeNode(node, { quoteText: this.quoted });
  }

  /** A key or kind as a message names it: a short escaped excerpt in quotes, or "a key" when the file may not be quoted. */
  name(text: string): MessageValue {
    return this.quoted ? phrase('config-key-named', { key: excerpt(text) }) : phrase('config-a-key');
  }

  /** The entries of a mapping: key text, key node, value node. Aliases are refused. */
  *entries(map: YAMLMap): Generator<[string, Node, Node | null]> {
    for (const pair of map.items) {
      const keyNode = pair.key as Node;
      if (!isScalar(keyNode)) {
        this.report(this.span(keyNode), phrase('config-key-not-word'));
        continue;
      }
      const value = (pair.value ?? null) as Node | null;
      if (isAlias(value)) {
        this.report(this.span(value), phrase('config-alias'));
        continue;
      }
      yield [String(keyNode.value), keyNode, value];
    }
  }

  scalar(node: Node | null): unknown {
    return node !== null && isScalar(node) ? node.value : undefined;
  }

  /** A text or a list of texts. */
  texts(at: Node, node: Node | null, key: string, example: string): Placed<string>[] {
    if (node === null || (isScalar(node) && node.value === null)) return [];
    if (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '') return [{ value: node.value, span: this.span(node) }];
    if (!isSeq(node)) {
      this.report(this.span(node ?? at), phrase(key === 'rules' ? 'config-rules-not-list' : 'config-ignore-not-list', { key, example, found: this.describe(node) }));
      return [];
    }
    const out: Placed<string>[] = [];
    for (const item of node.items as Node[]) {
      const v = this.scalar(item);
      if (typeof v === 'string' && v.trim() !== '') out.push({ value: v, span: this.span(item) });
      else this.report(this.span(item), phrase(key === 'rules' ? 'config-rules-entry' : 'config-ignore-entry', { key, found: this.describe(item) }));
    }
    return out;
  }

  report(span: Span, message: MessageValue): void {
    this.problems.push({ message, span });
  }

  span(node: Node | null | undefined): Span {
    return spanOfNode(this.source, node);
  }

  spanAt(start: number, end: number): Span {
    return spanFromOffsets(this.source, start, end);
  }
}
