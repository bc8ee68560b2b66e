/**
 * Keyboard navigation of the map grid (the ARIA grid pattern with a roving tabindex): arrow keys move
 * between cells, Home/End to the first/last cell of a line, Ctrl+Home/End to the first/last line,
 * Page Up/Down by ten lines. Lines are map rows, group headings and the items of an open details
 * line. Only the current cell is in the tab order, so Tab leaves the grid.
 */
const LINES = 'tr.vm-row, tr.vm-group-head, tr.vm-details li';

export function linesOf(table: HTMLElement): HTMLElement[] {
  return [...table.querySelectorAll<HTMLElement>(LINES)];
}

export function cellsOf(line: HTMLElement): HTMLElement[] {
  if (line.matches('li')) return [line];
  return [...line.querySelectorAll<HTMLElement>(':scope > [data-col], :scope > th > .vm-sticky > [data-col]')];
}

export function lineOf(cell: HTMLElement): HTMLElement | null {
  return cell.matches('li') ? cell : cell.closest('tr');
}

/** The cell a key moves to from `current`, or undefined when the key is not a navigation key. */
export function targetCell(table: HTMLElement, current: HTMLElement, event: KeyboardEvent): HTMLElement | undefined {
  const lines = linesOf(table);
  const line = lineOf(current);
  const lineIndex = line ? lines.indexOf(line) : -1;
  if (lineIndex < 0) return cellsOf(lines[0] ?? table)[0];
  const cells = cellsOf(lines[lineIndex]);
  const column = Math.max(0, cells.indexOf(current));
  const at = (index: number, col = column) => {
    const target = lines[Math.max(0, Math.min(lines.length - 1, index))];
    const targetCells = cellsOf(target);
    return targetCells[Math.min(col, targetCells.length - 1)];
  };
  switch (event.key) {
    case 'ArrowRight':
      return cells[Math.min(cells.length - 1, column + 1)];
    case 'ArrowLeft':
      return cells[Math.max(0, column - 1)];
    case 'ArrowDown':
      return at(lineIndex + 1);
    case 'ArrowUp':
      return at(lineIndex - 1);
    case 'PageDown':
      return at(lineIndex + 10);
    case 'PageUp':
      return at(lineIndex - 10);
    case 'Home':
      return event.ctrlKey ? at(0, 0) : cells[0];
    case 'End':
      return event.ctrlKey ? at(lines.length - 1, Number.MAX_SAFE_INTEGER) : cells[cells.length - 1];
    default:
      return undefined;
  }
}

/** Makes `cell` the one cell in the tab order and focuses it. */
export function moveFocus(table: HTMLElement, cell: HTMLElement, focus = true): void {
  for (const other of table.querySelectorAll<HTMLElement>('[data-current]')) {
    if (other === cell) continue;
    other.removeAttribute('data-current');
    other.setAttribute('tabindex', '-1');
  }
  cell.setAttribute('data-current', '');
  cell.setAttribute('tabindex', '0');
  if (focus) cell.focus({ preventScroll: false });
}
