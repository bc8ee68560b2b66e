/**
 * Expands a VS Code snippet body the way accepting every default would: ${1:default} -> default
 * (nested placeholders expanded), ${1|a,b|} -> a, $1 / ${1} -> the value of tab stop 1 (a mirror),
 * or empty when no placeholder defines it, $0 -> empty, variables -> their default or empty,
 * backslash escapes -> the escaped character. Just enough of the TextMate snippet grammar for tests.
 */

type Node = { kind: 'text'; text: string } | { kind: 'tabstop'; index: number; children?: Node[]; choice?: string[] } | { kind: 'variable'; children?: Node[] };

class SnippetParser {
  private position = 0;
  constructor(private readonly source: string) {}

  parse(): Node[] {
    const nodes = this.nodes(false);
    if (this.position < this.source.length) throw new Error(`unexpected "${this.source[this.position]}" at ${this.position}`);
    return nodes;
  }

  /** Reads nodes until the end, or until an unescaped "}" when inside a placeholder. */
  private nodes(inPlaceholder: boolean): Node[] {
    const nodes: Node[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ kind: 'text', text });
      text = '';
    };
    while (this.position < this.source.length) {
      const char = this.source[this.position]!;
      if (char === '\\' && /[$}\\]/.test(this.source[this.position + 1] ?? '')) {
        text += this.source[this.position + 1];
        this.position += 2;
      } else if (char === '$') {
        const node = this.dollar();
        if (node) {
          flush();
          nodes.push(node);
        } else {
          text += char;
          this.position++;
        }
      } else if (char === '}' && inPlaceholder) {
        break;
      } else {
        text += char;
        this.position++;
      }
    }
    flush();
    return nodes;
  }

  private dollar(): Node | undefined {
    const rest = this.source.slice(this.position);
    const simple = /^\$(\d+)/.exec(rest);
    if (simple) {
      this.position += simple[0].length;
      return { kind: 'tabstop', index: Number(simple[1]) };
    }
    const variable = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(rest);
    if (variable) {
      this.position += variable[0].length;
      return { kind: 'variable' };
    }
    const choice = /^\$\{(\d+)\|((?:[^|\\]|\\.)*)\|\}/.exec(rest);
    if (choice) {
      this.position += choice[0].length;
      const options = choice[2]!.split(/(?<!\\),/).map((option) => option.replace(/\\(.)/g, '$1'));
      return { kind: 'tabstop', index: Number(choice[1]), choice: options };
    }
    const open = /^\$\{(\d+|[A-Za-z_][A-Za-z0-9_]*)(:|\})/.exec(rest);
    if (!open) return undefined;
    this.position += open[0].length;
    const isTabstop = /^\d+$/.test(open[1]!);
    let children: Node[] | undefined;
    if (open[2] === ':') {
      children = this.nodes(true);
      if (this.source[this.position] !== '}') throw new Error(`unclosed placeholder \${${open[1]}: in snippet`);
      this.position++;
    }
    return isTabstop ? { kind: 'tabstop', index: Number(open[1]), children } : { kind: 'variable', children };
  }
}

function collectDefaults(nodes: Node[], defaults: Map<number, string>): void {
  for (const node of nodes) {
    if (node.kind === 'text') continue;
    if (node.children) collectDefaults(node.children, defaults);
    if (node.kind === 'tabstop' && !defaults.has(node.index)) {
      if (node.choice) defaults.set(node.index, node.choice[0] ?? '');
      else if (node.children) defaults.set(node.index, render(node.children, defaults));
    }
  }
}

function render(nodes: Node[], defaults: Map<number, string>): string {
  return nodes
    .map((node) => {
      if (node.kind === 'text') return node.text;
      if (node.kind === 'variable') return node.children ? render(node.children, defaults) : '';
      if (node.index === 0) return node.children ? render(node.children, defaults) : '';
      if (node.choice) return node.choice[0] ?? '';
      if (node.children) return render(node.children, defaults);
      return defaults.get(node.index) ?? '';
    })
    .join('');
}

export function expandSnippet(body: string | readonly string[]): string {
  const source = typeof body === 'string' ? body : body.join('\n');
  const nodes = new SnippetParser(source).parse();
  const defaults = new Map<number, string>();
  collectDefaults(nodes, defaults);
  return render(nodes, defaults);
}
