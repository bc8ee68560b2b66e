/** Finds the AST statement a model fact came from (facts keep the statement's location). */
import type { ProfileDocument, VipaBackupStatement, VipaDefineStatement } from '../../profile/ast.js';
import type { Location } from '../../text/range.js';
import { allStatements } from './ast-walk.js';
import { locationKey } from './findings.js';

export type DvipaStatement = VipaDefineStatement | VipaBackupStatement;

export class DvipaStatementIndex {
  private readonly byLocation = new Map<string, DvipaStatement>();
  private readonly indexedUris = new Set<string>();

  constructor(private readonly profiles: ReadonlyMap<string, ProfileDocument>) {}

  find(statementLocation: Location): DvipaStatement | undefined {
    const uri = statementLocation.uri;
    if (!this.indexedUris.has(uri)) {
      this.indexedUris.add(uri);
      const document = this.profiles.get(uri);
      if (document) {
        for (const statement of allStatements(document.statements)) {
          if (statement.kind === 'VIPADEFINE' || statement.kind === 'VIPABACKUP') {
            this.byLocation.set(locationKey({ uri, range: statement.range }), statement);
          }
        }
      }
    }
    return this.byLocation.get(locationKey(statementLocation));
  }
}
