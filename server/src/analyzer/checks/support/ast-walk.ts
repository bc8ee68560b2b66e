/** Walks a profile's statements, descending into VIPADYNAMIC and other END-terminated blocks. */
import type { ProfileDocument, Statement } from '../../profile/ast.js';

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
