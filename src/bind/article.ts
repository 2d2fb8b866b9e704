/**
 * @file Article text (contract §8): Markdown, HTML and plain text reduced to
 * the text a reader sees, with a map from every character of that text back
 * to its offset — and so its line and column — in the ORIGINAL file.
 *
 * Markdown is parsed with mdast-util-from-markdown (text and inline code are
 * kept; code blocks and raw HTML are not), HTML with parse5 (script, style,
 * template and noscript are skipped). The format follows the extension:
 * .md/.markdown, .html/.htm, anything else is plain text.
 *
 * Pure: no I/O (the text comes in), never throws for odd input.
 */

import { fromMarkdown } from 'mdast-util-from-markdown';
import { parse as parseHtml } from 'parse5';
import type { Span } from '../types.js';

export type ArticleFormat = 'markdown' | 'html' | 'plain';

/** A paragraph of the reduced text: [start, end) offsets in `text`. */
export interface Block {
  start: number;
  end: number;
}

/** An article reduced to its text, with the way back to the original file. */
export interface ArticleText {
  /** How spans name the article (relative to the working directory when possible). */
  path: string;
  format: ArticleFormat;
  /** The file as read. */
  source: string;
  /** The text a reader sees: paragraphs separated by blank lines. */
  text: string;
  /** `offsets[i]` is the offset in `source` of `text[i]`; one extra entry marks the end. */
  offsets: Int32Array;
  /** Paragraphs (headings and list items count as paragraphs), in order. */
  blocks: Block[];
  /** The article's title when it has one: a first heading, an HTML title, a short first line. */
  title?: string;
  /** Offsets in `source` where each line starts (for line/column). */
  lineStarts: number[];
  /**
   * Set when the Markdown or HTML parser failed and the article was read as
   * plain text instead: the format it was meant to be read as and why. The
   * bind stage reports it (`article-format`); it is never silent.
   */
  readAsPlain?: { format: ArticleFormat; reason: string };
}

/** The format an article's path implies. */
export function articleFormat(path: string): ArticleFormat {
  const lower = path.toLowerCase();
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return 'html';
  return 'plain';
}

/** Reduces an article to its text. `path` names it in spans; `format` defaults to the extension's. */
export function reduceArticle(source: string, path: string, format: ArticleFormat = articleFormat(path)): ArticleText {
  let built: Builder;
  let readAsPlain: ArticleText['readAsPlain'];
  try {
    built = format === 'markdown' ? fromMarkdownSource(source) : format === 'html' ? fromHtmlSource(source) : fromPlainSource(source);
  } catch (error) {
    // The parsers do not throw on any input we know of; if one does, the article is still read, and the caller says so.
    readAsPlain = { format, reason: error instanceof Error ? error.message.slice(0, 200) : 'the parser failed' };
    built = fromPlainSource(source);
    format = 'plain';
  }
  const { text, offsets, blocks, title } = built.finish(source.length);
  return { path, format, source, text, offsets, blocks, ...(title ? { title } : {}), lineStarts: lineStartsOf(source), ...(readAsPlain ? { readAsPlain } : {}) };
}

/** Line and column (1-based, UTF-16 code units) of an offset in the original file. */
export function sourcePosition(article: ArticleText, sourceOffset: number): { line: number; column: number } {
  const starts = article.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= sourceOffset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: sourceOffset - starts[lo]! + 1 };
}

/** The span in the original file of the reduced text's [start, end). */
export function articleSpan(article: ArticleText, start: number, end: number): Span {
  const from = article.offsets[Math.max(0, Math.min(start, article.text.length))]!;
  const lastChar = Math.max(start, end - 1);
  const to = end > start ? article.offsets[Math.min(lastChar, article.text.length)]! + 1 : from;
  const a = sourcePosition(article, from);
  const b = sourcePosition(article, Math.max(from, to));
  return { file: article.path, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

/** The paragraph that holds a reduced-text offset (index into `blocks`), or -1. */
export function blockIndexAt(article: ArticleText, offset: number): number {
  const blocks = article.blocks;
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid]!;
    if (offset < b.start) hi = mid - 1;
    else if (offset >= b.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function lineStartsOf(source: string): number[] {
  const starts = [0];
  // indexOf skips a line natively: a check reads an article once, before any loop over its characters is compiled.
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Collects text chunks with their source offsets, paragraph by paragraph. */
class Builder {
  private readonly parts: string[] = [];
  /** `maps[i]` is the source offset of text character i (grown by doubling: a long article has hundreds of thousands). */
  private maps = new Int32Array(1024);
  private length = 0;
  private blockStart = 0;
  readonly blocks: Block[] = [];
  title: string | undefined;

  /** Adds text whose characters come from source[start, end); aligns them greedily (escapes, entities). */
  addChunk(value: string, source: string, start: number, end: number): void {
    if (value === '') return;
    const maps = this.room(value.length);
    let at = this.length;
    let j = start;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      let k = j;
      const limit = Math.min(end, j + 16);
      while (k < limit && source.charCodeAt(k) !== c) k++;
      if (k < limit) {
        maps[at++] = k;
        j = k + 1;
      } else maps[at++] = Math.min(j, Math.max(start, end - 1));
    }
    this.parts.push(value);
    this.length += value.length;
  }

  /** The map, with room for `more` characters after the text so far. */
  private room(more: number): Int32Array {
    if (this.length + more > this.maps.length) {
      let size = this.maps.length * 2;
      while (this.length + more > size) size *= 2;
      const grown = new Int32Array(size);
      grown.set(this.maps.subarray(0, this.length));
      this.maps = grown;
    }
    return this.maps;
  }

  /** Adds text that maps one to one onto source[start…]. */
  addVerbatim(value: string, start: number): void {
    const maps = this.room(value.length);
    for (let i = 0; i < value.length; i++) maps[this.length + i] = start + i;
    this.parts.push(value);
    this.length += value.length;
  }

  /** Adds a separator that stands at a source offset (line breaks between paragraphs). */
  addSeparator(value: string, at: number): void {
    const maps = this.room(value.length);
    for (let i = 0; i < value.length; i++) maps[this.length + i] = at;
    this.parts.push(value);
    this.length += value.length;
  }

  /** The text of the paragraph closed last. */
  lastBlockText = '';
  private blockPart = 0;

  /** Closes the current paragraph (if it has text) with a blank line. */
  endBlock(at: number): void {
    if (this.length > this.blockStart) {
      const raw = this.parts.slice(this.blockPart).join('');
      if (raw.trim() !== '') {
        this.blocks.push({ start: this.blockStart, end: this.length });
        this.lastBlockText = raw.trim();
      }
      this.addSeparator('\n\n', at);
    }
    this.blockStart = this.length;
    this.blockPart = this.parts.length;
  }

  finish(sourceLength: number): { text: string; offsets: Int32Array; blocks: Block[]; title?: string } {
    this.endBlock(sourceLength);
    const text = this.parts.join('');
    const offsets = new Int32Array(text.length + 1);
    offsets.set(this.maps.subarray(0, text.length));
    offsets[text.length] = sourceLength;
    return { text, offsets, blocks: this.blocks, ...(this.title ? { title: this.title } : {}) };
  }
}

// ---------------------------------------------------------------------------
// Plain text
// ---------------------------------------------------------------------------

/**
 * Plain text maps one to one. A paragraph ends at a blank line, or at a line
 * break after a line that ends a sentence (. ! ? : or a closing quote), so
 * both blank-line and one-paragraph-per-line files read naturally and
 * hard-wrapped sentences stay whole.
 */
function fromPlainSource(source: string): Builder {
  const b = new Builder();
  const start = source.startsWith('\uFEFF') ? 1 : 0;
  const lines = source.slice(start).split('\n');
  let offset = start;
  let first = true;
  for (const line of lines) {
    const content = line.replace(/\r$/, '');
    if (content.trim() === '') {
      b.endBlock(offset);
    } else {
      b.addVerbatim(line.length > content.length ? content : line, offset);
      if (first) {
        const t = content.trim();
        if (t.length <= 150 && !/[.!?]["”’)]?$/.test(t)) b.title = t;
        first = false;
      }
      if (/[.!?:"”’)]\s*$/.test(content) || content.length < 60) b.endBlock(offset + content.length);
      else b.addSeparator('\n', offset + content.length);
    }
    offset += line.length + 1;
  }
  return b;
}

// ---------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------

interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const MD_BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'listItem', 'blockquote', 'table', 'tableRow', 'list', 'thematicBreak']);
const MD_SKIP = new Set(['code', 'html', 'yaml', 'toml', 'definition', 'footnoteDefinition', 'image', 'imageReference']);

function fromMarkdownSource(source: string): Builder {
  const b = new Builder();
  const root = fromMarkdown(source) as unknown as MdNode;
  // An explicit stack, not recursion: a deeply nested article ("> > > …") is read whole, never cut off by the call stack.
  walk<MdNode>(root, (node) => {
    if (MD_SKIP.has(node.type)) return undefined;
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    if (node.type === 'text' || node.type === 'inlineCode') {
      b.addChunk(node.value ?? '', source, node.type === 'inlineCode' ? start + 1 : start, end);
      return undefined;
    }
    if (node.type === 'break') {
      b.addSeparator('\n', start);
      return undefined;
    }
    const block = MD_BLOCKS.has(node.type);
    if (block) b.endBlock(start);
    const before = b.blocks.length;
    const leave = block
      ? (): void => {
          b.endBlock(end);
          if (node.type === 'heading' && b.title === undefined && b.blocks.length > before) b.title = b.lastBlockText;
        }
      : undefined;
    return { children: node.children ?? [], leave };
  });
  return b;
}

/**
 * Walks a tree depth first without recursion. `enter` handles a node and
 * returns its children to walk, and what to do after them (or undefined to
 * skip them).
 */
function walk<N>(root: N, enter: (node: N) => { children: readonly N[]; leave: (() => void) | undefined } | undefined): void {
  const stack: { children: readonly N[]; next: number; leave: (() => void) | undefined }[] = [];
  const open = (node: N): void => {
    const entered = enter(node);
    if (entered) stack.push({ children: entered.children, next: 0, leave: entered.leave });
  };
  open(root);
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as (typeof stack)[number];
    if (top.next < top.children.length) {
      open(top.children[top.next++] as N);
    } else {
      stack.pop();
      top.leave?.();
    }
  }
}

// ---------------------------------------------------------------------------
// HTML
// ---------------------------------------------------------------------------

interface HtmlNode {
  nodeName: string;
  tagName?: string;
  value?: string;
  childNodes?: HtmlNode[];
  content?: HtmlNode;
  sourceCodeLocation?: { startOffset: number; endOffset: number } | null;
}

const HTML_SKIP = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object']);
const HTML_BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'title', 'tr', 'ul',
]);

function fromHtmlSource(source: string): Builder {
  const b = new Builder();
  const doc = parseHtml(source, { sourceCodeLocationInfo: true }) as unknown as HtmlNode;
  let h1: string | undefined;
  walk<HtmlNode>(doc, (node) => {
    const tag = node.tagName?.toLowerCase();
    if (tag !== undefined && HTML_SKIP.has(tag)) return undefined;
    const loc = node.sourceCodeLocation;
    if (node.nodeName === '#text') {
      if (loc) b.addChunk(node.value ?? '', source, loc.startOffset, loc.endOffset);
      return undefined;
    }
    if (tag === 'br') {
      b.addSeparator('\n', loc?.startOffset ?? 0);
      return undefined;
    }
    const block = tag !== undefined && HTML_BLOCKS.has(tag);
    if (block) b.endBlock(loc?.startOffset ?? 0);
    const before = b.blocks.length;
    const leave = block
      ? (): void => {
          b.endBlock(loc?.endOffset ?? loc?.startOffset ?? 0);
          if ((tag === 'title' || tag === 'h1') && b.blocks.length > before) {
            const t = b.lastBlockText;
            if (tag === 'title' && b.title === undefined) b.title = t;
            if (tag === 'h1' && h1 === undefined) h1 = t;
          }
        }
      : undefined;
    return { children: node.childNodes ?? [], leave };
  });
  if (b.title === undefined && h1 !== undefined) b.title = h1;
  return b;
}
