/** Walks a profile's statements, descending into VIPADYNAMIC and other END-terminated blocks. */
import type { ProfileDocument, Statement } from '../../profile/ast.js';
import { containsPosition } from '../../base/range.js';

export function* allStatements(statements: readonly Statement[]): Generator<Statement> {
  for (const statement of statements) {
    yield statement;
    if (statement.kind === 'VIPADYNAMIC' || statement.kind === 'BLOCK') yield* allStatements(statement.statements);
  }
}

/** Every statement of every parsed profile, each document once (members shared by stacks included). */
export function* profileStatements(profiles: ReadonlyMap<string, ProfileDocument>): Generator<{ document: ProfileDocument; statement: Statement }> {
  for (const document of profiles.values()) {
    for (const statement of allStatements(document.statements)) yield { document, statement };
  }
}

/**
 * Whether a statement holds a syntax error of its own. Such a statement is only partly read, so a
 * check that counts its operands (targets, options) would pile a second, misleading error on it.
 */
export function syntaxErrorInside(document: ProfileDocument): (statement: Statement) => boolean {
  const errors = document.findings.filter((finding) => finding.code === 'syntax-error').map((finding) => finding.range);
  if (errors.length === 0) return () => false;
  return (statement) => errors.some((error) => containsPosition(statement.range, error.start));
}
