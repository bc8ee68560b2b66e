/** Where a quick fix's inserted text lands (no vscode import: unit-tested on its own). */

interface At {
  line: number;
  character: number;
}

/** Where the fix's text lands in `uri` once applied (serialisable: it travels as command arguments). */
export interface FixTarget {
  uri: string;
  start: At;
  end: At;
}

/** The span of an insertion's text once inserted, trimmed of the blank lines and indentation around it. */
export function insertedSpan(edit: { range: { start: At }; newText: string }): Pick<FixTarget, 'start' | 'end'> {
  const text = edit.newText;
  const first = text.search(/\S/);
  const last = text.length - (text.match(/\s*$/)?.[0].length ?? 0);
  const at = (index: number) => {
    const before = text.slice(0, Math.max(0, index));
    const newlines = before.split('\n').length - 1;
    const column = newlines === 0 ? edit.range.start.character + before.length : before.length - before.lastIndexOf('\n') - 1;
    return { line: edit.range.start.line + newlines, character: column };
  };
  return first < 0 ? { start: at(0), end: at(0) } : { start: at(first), end: at(last) };
}

