/**
 * A small element tree over @xml-tools/parser's CST, keeping the range of every name and attribute
 * value. Security: the parser never fetches anything, and this module never expands entities — a
 * DOCTYPE (internal subset included) is blanked out before parsing and reported, and any `&name;`
 * other than the five predefined entities and character references stays literal text.
 */
import type * as XmlTools from '@xml-tools/parser';
import { createRequire } from 'node:module';
import { LineIndex, type Range } from '../base/range.js';

let xmlTools: typeof XmlTools | undefined;

/**
 * The XML parser, loaded on first use: building its Chevrotain lexer and parser is a large part of
 * the language server's start-up, and a session that opens a profile first need not pay it before
 * its first diagnostics. In the bundle `require` is esbuild's (the module is bundled, initialised at
 * this call); from the sources (tests through tsx) a plain Node require.
 */
function xmlParser(): typeof XmlTools {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  xmlTools ??= (typeof require === 'function' ? require('@xml-tools/parser') : createRequire(import.meta.url)('@xml-tools/parser')) as typeof XmlTools;
  return xmlTools;
}

export interface XmlAttribute {
  name: string;
  /** Decoded value (predefined entities and character references only). */
  value: string;
  nameRange: Range;
  /** The value without its quotes. */
  valueRange: Range;
}

export interface XmlElement {
  name: string;
  attributes: XmlAttribute[];
  children: XmlElement[];
  nameRange: Range;
  range: Range;
}

export interface XmlProblem {
  range: Range;
  message: string;
  /** Set for a problem that is not a syntax error: a DOCTYPE, which is ignored (information). */
  code?: 'xml-doctype-ignored' | 'file-too-large';
}

export interface XmlDocument {
  root?: XmlElement;
  problems: XmlProblem[];
  lines: LineIndex;
}

/**
 * Liberty files are a few KB; beyond this the text is refused rather than parsed: the XML parser
 * takes about 2.5 s per MB (1 MB of endpoints on one line, measured), time the language server
 * would not answer in.
 */
export const MAX_XML_CHARS = 512 * 1024;
/** Real configuration nests a few levels; deeper trees are hostile and are cut off. */
const MAX_DEPTH = 64;
const MAX_PROBLEMS = 5;

/** The token fields read here (the parser's own Chevrotain typings differ from the project's Chevrotain). */
interface IToken {
  image: string;
  startOffset: number;
  endOffset?: number;
  isInsertedInRecovery?: boolean;
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXmlText(raw: string): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return PREDEFINED[ref] ?? whole;
  });
}

/** Finds `<!DOCTYPE ...>` (with an internal subset) and returns its span, or undefined. */
function findDoctype(text: string): { start: number; end: number } | undefined {
  const start = text.search(/<!DOCTYPE/i);
  if (start < 0) return undefined;
  let depth = 0;
  let quote = '';
  for (let i = start + 9; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') depth++;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if (c === '>' && depth === 0) return { start, end: i + 1 };
  }
  return { start, end: text.length };
}

const CLOSERS: Record<string, { close: string; what: string }> = {
  '<!--': { close: '-->', what: 'comment' },
  '<![CDATA[': { close: ']]>', what: 'CDATA section' },
  '<?': { close: '?>', what: 'processing instruction' },
};

interface MarkupScan {
  /** The first comment, CDATA section or processing instruction that is never closed. */
  unterminated?: { start: number; opener: string; what: string; close: string };
  /** Every closed comment, [start, end). */
  comments: [number, number][];
  /** Offset of the first "--" inside a comment (not allowed in XML). */
  doubleHyphen?: number;
}

/**
 * Comments, CDATA sections and processing instructions, in one linear pass. The XML lexer re-scans
 * to the end of the text at every later '<' when one of them never closes, or when a comment holds
 * "--" (which XML forbids, so the lexer rejects the comment): a half-typed `<!--` or a pasted
 * comment in a large file then costs seconds or minutes (both found by `npm run fuzz`). So an
 * unclosed one cuts the text there, and every comment is blanked out before parsing (comments
 * configure nothing).
 */
function scanMarkup(text: string): MarkupScan {
  const scan: MarkupScan = { comments: [] };
  const openers = /<!--|<!\[CDATA\[|<\?/g;
  let match: RegExpExecArray | null;
  while ((match = openers.exec(text)) !== null) {
    const { close, what } = CLOSERS[match[0]];
    const bodyStart = match.index + match[0].length;
    const end = text.indexOf(close, bodyStart);
    if (end < 0) {
      scan.unterminated = { start: match.index, opener: match[0], what, close };
      return scan;
    }
    if (match[0] === '<!--') {
      scan.comments.push([match.index, end + close.length]);
      const hyphens = text.indexOf('--', bodyStart);
      if (scan.doubleHyphen === undefined && hyphens < end) scan.doubleHyphen = hyphens;
    }
    openers.lastIndex = end + close.length;
  }
  return scan;
}

/** Blanks every span (sorted, not overlapping) in one pass, keeping line breaks. */
function blankSpans(text: string, spans: readonly (readonly [number, number])[]): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    parts.push(text.slice(at, start), text.slice(start, end).replace(/[^\r\n]/g, ' '));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Beyond this many open elements the parser is not called: see maxNestingDepth. */
export const MAX_PARSE_DEPTH = 100;

/**
 * How deep elements nest, estimated in one linear pass (comments, CDATA sections and processing
 * instructions skipped). The XML parser recurses once per level, and its error recovery several
 * times per level: a few hundred unclosed elements with syntax errors among them overflow the call
 * stack (found by `npm run fuzz`; 100,000 levels do so without errors). Real Liberty
 * configuration nests a handful of levels, so a deeper text is refused before parsing.
 */
export function maxNestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 60 /* < */) {
      const next = text.charCodeAt(i + 1);
      if (next === 47 /* / */) depth = Math.max(0, depth - 1);
      else if (next === 33 /* ! */ || next === 63 /* ? */) {
        const close = text.startsWith('<!--', i) ? '-->' : text.startsWith('<![CDATA[', i) ? ']]>' : next === 63 ? '?>' : '>';
        const end = text.indexOf(close, i + 2);
        if (end < 0) break;
        i = end + close.length - 1;
      } else if (next === 95 /* _ */ || next === 58 /* : */ || (next | 32) >= 97 && (next | 32) <= 122 || next > 127) {
        depth++;
        if (depth > max) max = depth;
      }
    } else if (c === 47 /* / */ && text.charCodeAt(i + 1) === 62 /* > */) depth = Math.max(0, depth - 1);
  }
  return max;
}

/** Beyond this many broken tags the parser is not called: see brokenTagCount. */
export const MAX_BROKEN_TAGS = 200;

const isNameStart = (c: number): boolean => c === 95 || c === 58 || ((c | 32) >= 97 && (c | 32) <= 122) || c > 127;
const isNameChar = (c: number): boolean => isNameStart(c) || c === 45 || c === 46 || (c >= 48 && c <= 57);
const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/** The end of a well-formed start or end tag at `start` ('<'), or -1. Never scans past the next '<'. */
function tagEnd(text: string, start: number): number {
  let j = start + 1;
  if (text.charCodeAt(j) === 47) j++;
  if (!isNameStart(text.charCodeAt(j))) return -1;
  while (isNameChar(text.charCodeAt(j))) j++;
  for (;;) {
    while (isBlank(text.charCodeAt(j))) j++;
    const c = text.charCodeAt(j);
    if (c === 62) return j + 1;
    if (c === 47 && text.charCodeAt(j + 1) === 62) return j + 2;
    if (!isNameStart(c)) return -1;
    while (isNameChar(text.charCodeAt(j))) j++;
    while (isBlank(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) !== 61) return -1;
    j++;
    while (isBlank(text.charCodeAt(j))) j++;
    const quote = text.charCodeAt(j);
    if (quote !== 34 && quote !== 39) return -1;
    j++;
    while (j < text.length && text.charCodeAt(j) !== quote) {
      if (text.charCodeAt(j) === 60) return -1;
      j++;
    }
    if (j >= text.length) return -1;
    j++;
  }
}

/**
 * How many '<' do not start a well-formed tag, comment, CDATA section or processing instruction
 * (one linear pass). A half-edited file has a few; a file with thousands (binary-ish garbage,
 * random quotes and brackets) sends the XML parser's error recovery into seconds of work and then
 * a stack overflow (found by `npm run fuzz`), so such a file is refused before parsing.
 */
export function brokenTagCount(text: string, stopAt = Number.POSITIVE_INFINITY): number {
  let broken = 0;
  let i = text.indexOf('<');
  while (i >= 0 && broken < stopAt) {
    let next = i + 1;
    const c = text.charCodeAt(i + 1);
    if (c === 33 || c === 63) {
      const close = text.startsWith('<!--', i) ? '-->' : text.startsWith('<![CDATA[', i) ? ']]>' : c === 63 ? '?>' : '>';
      const end = text.indexOf(close, i + 2);
      if (end < 0) return broken + 1;
      next = end + close.length;
    } else {
      const end = tagEnd(text, i);
      if (end < 0) broken++;
      else next = end;
    }
    i = text.indexOf('<', next);
  }
  return broken;
}

/** Replaces a span by blanks, keeping line breaks so every later position stays the same. */
function blankOut(text: string, start: number, end: number): string {
  return text.slice(0, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ') + text.slice(end);
}

function tokenEnd(token: IToken): number {
  return (token.endOffset ?? token.startOffset) + 1;
}

function isReal(token: IToken | undefined): token is IToken {
  return !!token && !token.isInsertedInRecovery && Number.isFinite(token.startOffset);
}

export function parseXml(original: string): XmlDocument {
  const lines = new LineIndex(original);
  const problems: XmlProblem[] = [];
  const problem = (start: number, end: number, message: string, code?: XmlProblem['code']): void => {
    if (problems.length < MAX_PROBLEMS) problems.push({ range: lines.rangeOf(start, end), message, ...(code ? { code } : {}) });
  };
  if (original.length > MAX_XML_CHARS) {
    problem(0, 0, `This file has ${original.length} characters, more than the ${MAX_XML_CHARS} a Liberty configuration file may have here (they are a few KB; a larger one would take seconds to parse): it was not checked.`, 'file-too-large');
    return { problems, lines };
  }
  let text = original;
  const doctype = findDoctype(text);
  if (doctype) {
    problem(doctype.start, Math.min(doctype.end, doctype.start + 9), 'DTDs are not processed and entities are not expanded: the DOCTYPE declaration was ignored.', 'xml-doctype-ignored');
    text = blankOut(text, doctype.start, doctype.end);
  }
  const markup = scanMarkup(text);
  if (markup.doubleHyphen !== undefined) problem(markup.doubleHyphen, markup.doubleHyphen + 2, 'XML syntax error: "--" is not allowed inside a comment.');
  const spans: [number, number][] = [...markup.comments];
  if (markup.unterminated) {
    const { start, opener, what, close } = markup.unterminated;
    problem(start, start + opener.length, `XML syntax error: this ${what} is never closed (no "${close}"), so the rest of the file was not read.`);
    spans.push([start, text.length]);
  }
  text = blankSpans(text, spans);
  const depth = maxNestingDepth(text);
  if (depth > MAX_PARSE_DEPTH) {
    problem(0, 0, `XML syntax error: elements are nested about ${depth} levels deep (more than ${MAX_PARSE_DEPTH}): a broken or hostile file, which was not read.`);
    return { problems, lines };
  }
  const broken = brokenTagCount(text, MAX_BROKEN_TAGS + 1);
  if (broken > MAX_BROKEN_TAGS) {
    problem(0, 0, `XML syntax error: more than ${MAX_BROKEN_TAGS} broken tags (a binary, garbled or hostile file), which was not read.`);
    return { problems, lines };
  }
  let result: ReturnType<typeof XmlTools.parse>;
  try {
    result = xmlParser().parse(text);
  } catch (error) {
    problem(0, 0, `The XML could not be read: ${(error as Error).message}`);
    return { problems, lines };
  }
  for (const lexError of result.lexErrors) {
    problem(lexError.offset, lexError.offset + Math.max(1, lexError.length), `XML syntax error: ${lexError.message}`);
  }
  for (const parseError of result.parseErrors) {
    const token = parseError.token as IToken | undefined;
    const start = isReal(token) ? token.startOffset : original.length;
    const end = isReal(token) ? tokenEnd(token) : original.length;
    problem(start, end, `XML syntax error: ${parseError.message.split('\n').join(' ')}`);
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const documentChildren = (result.cst as any).children ?? {};
  const rootNode = documentChildren.element?.[0];
  const root = rootNode ? toElement(rootNode, lines, 0) : undefined;
  return { root, problems, lines };
}

// The CST types of @xml-tools/parser are loose (recovered nodes may lack children), so the walk
// checks every field it reads.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function toElement(node: any, lines: LineIndex, depth: number): XmlElement | undefined {
  const children = node?.children ?? {};
  const nameToken: IToken | undefined = children.Name?.[0];
  if (!isReal(nameToken)) return undefined;
  const attributes: XmlAttribute[] = [];
  for (const attributeNode of children.attribute ?? []) {
    const attributeName: IToken | undefined = attributeNode.children?.Name?.[0];
    const valueToken: IToken | undefined = attributeNode.children?.STRING?.[0];
    if (!isReal(attributeName) || !isReal(valueToken)) continue;
    const image = valueToken.image;
    const quoted = image.length >= 2 && (image[0] === '"' || image[0] === "'") && image[image.length - 1] === image[0];
    const inner = quoted ? image.slice(1, -1) : image;
    const innerStart = valueToken.startOffset + (quoted ? 1 : 0);
    attributes.push({
      name: attributeName.image,
      value: decodeXmlText(inner).replace(/[\t\r\n]/g, ' '),
      nameRange: lines.rangeOf(attributeName.startOffset, tokenEnd(attributeName)),
      valueRange: lines.rangeOf(innerStart, innerStart + inner.length),
    });
  }
  const element: XmlElement = {
    name: nameToken.image,
    attributes,
    children: [],
    nameRange: lines.rangeOf(nameToken.startOffset, tokenEnd(nameToken)),
    range: lines.rangeOf(node.location?.startOffset ?? nameToken.startOffset, (node.location?.endOffset ?? nameToken.endOffset ?? nameToken.startOffset) + 1),
  };
  if (depth >= MAX_DEPTH) return element;
  for (const content of children.content ?? []) {
    for (const childNode of content.children?.element ?? []) {
      const child = toElement(childNode, lines, depth + 1);
      if (child) element.children.push(child);
    }
  }
  return element;
}

/** Attribute lookup; Liberty matches attribute names without regard to case. */
export function attributeOf(element: XmlElement, name: string): XmlAttribute | undefined {
  const lower = name.toLowerCase();
  let found: XmlAttribute | undefined;
  for (const attribute of element.attributes) if (attribute.name.toLowerCase() === lower) found = attribute;
  return found;
}

export function isElement(element: XmlElement, name: string): boolean {
  return element.name.toLowerCase() === name.toLowerCase();
}
