/**
 * A small strict JSON parser that keeps the offsets of every value and key, so config errors can
 * point at the offending property (JSON.parse gives neither, and its error text varies by Node
 * version). It never throws: a syntax error comes back as { error }.
 */

export type JsonNode =
  | { kind: 'object'; start: number; end: number; properties: JsonProperty[] }
  | { kind: 'array'; start: number; end: number; items: JsonNode[] }
  | { kind: 'string'; start: number; end: number; value: string }
  | { kind: 'number'; start: number; end: number; value: number }
  | { kind: 'boolean'; start: number; end: number; value: boolean }
  | { kind: 'null'; start: number; end: number; value: null };

export interface JsonProperty {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: JsonNode;
}

export interface JsonSyntaxError {
  message: string;
  offset: number;
  length: number;
}

/** Nesting deeper than this is refused (hostile input must not blow the stack). */
const MAX_DEPTH = 200;

export function parseJsonTree(text: string): { root?: JsonNode; error?: JsonSyntaxError } {
  const parser = new JsonParser(text);
  try {
    parser.skipBlanks();
    const root = parser.value(0);
    parser.skipBlanks();
    if (!parser.atEnd()) parser.fail('Unexpected text after the end of the JSON value');
    return { root };
  } catch (error) {
    if (error instanceof JsonFailure) return { error: error.detail };
    throw error;
  }
}

class JsonFailure extends Error {
  constructor(readonly detail: JsonSyntaxError) {
    super(detail.message);
  }
}

class JsonParser {
  private pos = 0;

  constructor(private readonly text: string) {
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  fail(message: string, offset = this.pos, length = 1): never {
    throw new JsonFailure({ message, offset, length: Math.max(0, Math.min(length, this.text.length - offset)) });
  }

  skipBlanks(): void {
    while (this.pos < this.text.length && ' \t\r\n'.includes(this.text[this.pos])) this.pos++;
  }

  value(depth: number): JsonNode {
    if (depth > MAX_DEPTH) this.fail('JSON nested too deeply');
    const c = this.text[this.pos];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"') {
      const start = this.pos;
      const value = this.string();
      return { kind: 'string', start, end: this.pos, value };
    }
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    for (const [word, node] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.text.startsWith(word, this.pos)) {
        const start = this.pos;
        this.pos += word.length;
        return node === null ? { kind: 'null', start, end: this.pos, value: null } : { kind: 'boolean', start, end: this.pos, value: node };
      }
    }
    if (c === undefined) this.fail('Unexpected end of file: a value is missing');
    this.fail(`Unexpected character '${c}': expected a value`);
  }

  private object(depth: number): JsonNode {
    const start = this.pos++;
    const properties: JsonProperty[] = [];
    this.skipBlanks();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return { kind: 'object', start, end: this.pos, properties };
    }
    for (;;) {
      this.skipBlanks();
      const c = this.text[this.pos];
      if (c !== '"') {
        this.fail(c === undefined ? "Unexpected end of file: missing '}'" : c === '}' ? 'Trailing comma before }' : 'Expected a property name in double quotes');
      }
      const keyStart = this.pos;
      const key = this.string();
      const keyEnd = this.pos;
      this.skipBlanks();
      if (this.text[this.pos] !== ':') this.fail("Expected ':' after the property name");
      this.pos++;
      this.skipBlanks();
      const value = this.value(depth + 1);
      properties.push({ key, keyStart, keyEnd, value });
      this.skipBlanks();
      const next = this.text[this.pos];
      if (next === ',') {
        this.pos++;
        continue;
      }
      if (next === '}') {
        this.pos++;
        return { kind: 'object', start, end: this.pos, properties };
      }
      this.fail(next === undefined ? "Unexpected end of file: missing '}'" : "Expected ',' or '}' after a property value");
    }
  }

  private array(depth: number): JsonNode {
    const start = this.pos++;
    const items: JsonNode[] = [];
    this.skipBlanks();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return { kind: 'array', start, end: this.pos, items };
    }
    for (;;) {
      this.skipBlanks();
      if (this.text[this.pos] === ']') this.fail('Trailing comma before ]');
      items.push(this.value(depth + 1));
      this.skipBlanks();
      const c = this.text[this.pos];
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === ']') {
        this.pos++;
        return { kind: 'array', start, end: this.pos, items };
      }
      this.fail(c === undefined ? "Unexpected end of file: missing ']'" : "Expected ',' or ']' after an array item");
    }
  }

  private string(): string {
    const start = this.pos++;
    let result = '';
    for (;;) {
      const c = this.text[this.pos];
      if (c === undefined || c === '\n' || c === '\r') this.fail('Unterminated string', start, this.pos - start);
      if (c === '"') {
        this.pos++;
        return result;
      }
      if (c.charCodeAt(0) < 0x20) this.fail('Control character in string');
      if (c === '\\') {
        const e = this.text[this.pos + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && simple[e] !== undefined) {
          result += simple[e];
          this.pos += 2;
          continue;
        }
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) {
          result += String.fromCharCode(parseInt(this.text.slice(this.pos + 2, this.pos + 6), 16));
          this.pos += 6;
          continue;
        }
        this.fail('Invalid escape sequence in string', this.pos, 2);
      }
      result += c;
      this.pos++;
    }
  }

  private number(): JsonNode {
    const start = this.pos;
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.pos, this.pos + 400));
    if (!match) this.fail('Invalid number');
    this.pos += match[0].length;
    return { kind: 'number', start, end: this.pos, value: Number(match[0]) };
  }
}

/** A JSON Pointer (RFC 6901) segment for a property name. */
export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
