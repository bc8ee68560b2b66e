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
}

export interface XmlDocument {
  root?: XmlElement;
  problems: XmlProblem[];
  lines: LineIndex;
}

/** Liberty files are small; beyond this the text is refused rather than risking a slow parse. */
export const MAX_XML_CHARS = 4_000_000;
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
  const problem = (start: number, end: number, message: string): void => {
    if (problems.length < MAX_PROBLEMS) problems.push({ range: lines.rangeOf(start, end), message });
  };
  if (original.length > MAX_XML_CHARS) {
    problem(0, 0, `The file is larger than ${MAX_XML_CHARS} characters and was not read.`);
    return { problems, lines };
  }
  let text = original;
  const doctype = findDoctype(text);
  if (doctype) {
    problem(doctype.start, Math.min(doctype.end, doctype.start + 9), 'DTDs are not processed and entities are not expanded: the DOCTYPE declaration was ignored.');
    text = blankOut(text, doctype.start, doctype.end);
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
