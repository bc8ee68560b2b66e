/**
 * Where related information points when it speaks of a stack as a whole ("SYSB: 10.30.50.7 cannot
 * be bound"): a statement, never line 1 of the profile (usually a comment). The last VIPADYNAMIC
 * block of the stack's own profile, where a VIPARANGE for the address would go; else one of an
 * INCLUDE member (shared by other stacks, so second choice); else the profile's first statement.
 */
import type { Location } from '../../base/range.js';
import type { ProfileDocument, Statement } from '../../profile/ast.js';
import type { StackModel } from '../../model/sysplex-model.js';

export function stackAnchor(stack: StackModel, profiles: ReadonlyMap<string, ProfileDocument>): Location {
  let ownBlock: Location | undefined;
  let memberBlock: Location | undefined;
  let first: Location | undefined;
  for (const uri of stack.fileUris) {
    const statements: readonly Statement[] = profiles.get(uri)?.statements ?? [];
    for (const statement of statements) {
      const at = { uri, range: statement.keyword.range };
      if (uri === stack.rootUri) first ??= at;
      if (statement.kind !== 'VIPADYNAMIC') continue;
      if (uri === stack.rootUri) ownBlock = at;
      else memberBlock ??= at;
    }
  }
  return ownBlock ?? memberBlock ?? first ?? { uri: stack.rootUri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
}
