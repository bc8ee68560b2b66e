/**
 * GLOBALCONFIG XCFGRPID: which TCP/IP subplex a stack joins. IBM (IP Configuration Guide, "Sysplex
 * subplexing", sys_subplex_concepts_xmp.htm): the TCP group ID suffix on GLOBALCONFIG, with VTAM's
 * XCFGRPID start option, makes the XCF group name EZBTvvtt; "Only those TCP/IP stacks joining the
 * unique group name generated using the specified suffixes are aware of each other in the sysplex".
 * So a stack backs up, distributes to or takes over from only stacks with the same group.
 *
 * Not visible in a profile: VTAM's own XCFGRPID start option (the vv part). Stacks whose profiles
 * agree may still sit in different VTAM subplexes; the model cannot tell and treats them as one.
 *
 * A small reader of its own: GLOBALCONFIG is a generic statement for the parser. The stack model
 * keeps its answer (StackModel.xcfGroup, set when the stack is built), so that two builds that differ
 * only in XCFGRPID are different models: the workspace keeps an unchanged model object across an edit
 * (same-model.ts), and the takeover model caches per model object. The first XCFGRPID in processing
 * order counts (it can only be set when the stack starts; IBM's page on partitioning says to stop the
 * stack to change it).
 */
import type { ProfileDocument, Statement } from '../profile/ast.js';
import type { StackModel, XcfGroup } from './sysplex-model.js';
import { substituteSymbols } from './symbols.js';

/** The stack's group; 'unresolved' when XCFGRPID is a system symbol without a value (then unknown). */
export function xcfGroupOf(stack: Pick<StackModel, 'fileUris' | 'symbols'>, profileOf: (uri: string) => ProfileDocument | undefined): XcfGroup | 'unresolved' | undefined {
  for (const uri of stack.fileUris) {
    const document = profileOf(uri);
    if (!document) continue;
    const found = inStatements(document.statements, uri, stack.symbols);
    if (found) return found;
  }
  return undefined;
}

function inStatements(statements: readonly Statement[], uri: string, symbols: Record<string, string>): XcfGroup | 'unresolved' | undefined {
  for (const statement of statements) {
    if (statement.kind === 'BLOCK') {
      const nested = inStatements(statement.statements, uri, symbols);
      if (nested) return nested;
      continue;
    }
    if (statement.kind !== 'GENERIC' || statement.name !== 'GLOBALCONFIG') continue;
    const operands = statement.operands;
    for (let i = 0; i < operands.length - 1; i++) {
      if ((operands[i].keyword ?? operands[i].upper) !== 'XCFGRPID') continue;
      const value = operands[i + 1];
      const text = value.kind === 'symbol' ? substituteSymbols(value.text, symbols) : { text: value.text, unresolved: [] };
      if (text.unresolved.length > 0) return 'unresolved';
      const id = Number(text.text);
      return Number.isInteger(id) && id >= 0 ? { id, location: { uri, range: value.range } } : 'unresolved';
    }
  }
  return undefined;
}
