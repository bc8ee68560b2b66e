/**
 * hotstandby-rules: VIPADISTRIBUTE DISTMETHOD HOTSTANDBY needs exactly one PREFERRED and at least one
 * BACKUP target (EZZ0827I) and at most 31 BACKUPs (EZZ0829I); either error makes the stack ignore the
 * VIPADISTRIBUTE DEFINE. PREFERRED/BACKUP/AUTOSWITCHBACK/NOAUTOSWITCHBACK with another DISTMETHOD is
 * EZZ0831I: the statement and the rest of its VIPADYNAMIC block are ignored. Works on the AST.
 */
import type { DocumentCheck } from './check.js';
import type { VipaDistributeStatement } from '../profile/ast.js';
import type { RelatedInformation } from '../diagnostics/finding.js';
import { allStatements, syntaxErrorInside } from './support/ast-walk.js';
import { FindingList } from './support/findings.js';
import { MAX_HOTSTANDBY_BACKUPS, hotStandbyOnlyKeyword } from '../model/vipa-facts.js';
// The model leaves out what these rules make the stack ignore (vipa-facts.ts distributeIgnored).

export const hotstandbyRulesCheck: DocumentCheck = {
  codes: ['hotstandby-rules'],
  checkDocument(document) {
    const out = new FindingList();
    const unreadable = syntaxErrorInside(document);
    for (const statement of allStatements(document.statements)) {
      if (statement.kind !== 'VIPADISTRIBUTE' || statement.action !== 'DEFINE' || unreadable(statement)) continue;
      const uri = document.uri;
      if (statement.distMethod.toUpperCase() === 'HOTSTANDBY') checkHotStandby(uri, statement, out);
      else checkKeywordsNeedHotStandby(uri, statement, out);
    }
    return out.findings;
  },
};

function checkHotStandby(uri: string, statement: VipaDistributeStatement, out: FindingList): void {
  const at = { uri, range: (statement.distMethodWord ?? statement.keyword).range };
  const preferred = statement.destinations.filter((destination) => destination.preferred);
  const backups = statement.destinations.filter((destination) => destination.backup);
  if (preferred.length !== 1 || backups.length < 1) {
    const related: RelatedInformation[] = preferred.length > 1 ? preferred.map((destination) => ({ location: { uri, range: destination.range }, message: 'PREFERRED target' })) : [];
    out.add(
      'hotstandby-rules',
      'error',
      at,
      `EZZ0827I EXACTLY ONE PREFERRED AND AT LEAST ONE BACKUP ARE REQUIRED ON THE VIPADISTRIBUTE STATEMENT WHEN DISTMETHOD IS HOTSTANDBY: this statement has ${preferred.length} PREFERRED and ${backups.length} BACKUP targets, so the stack ignores this VIPADISTRIBUTE DEFINE.`,
      related,
    );
  }
  if (backups.length > MAX_HOTSTANDBY_BACKUPS) {
    out.add(
      'hotstandby-rules',
      'error',
      at,
      `EZZ0829I MORE THAN ${MAX_HOTSTANDBY_BACKUPS} BACKUPS WERE SPECIFIED ON THE VIPADISTRIBUTE STATEMENT WHEN DISTMETHOD IS HOTSTANDBY: this statement has ${backups.length}, so the stack ignores this VIPADISTRIBUTE DEFINE.`,
    );
  }
}

function checkKeywordsNeedHotStandby(uri: string, statement: VipaDistributeStatement, out: FindingList): void {
  // The stack stops at the first such keyword: report that one only.
  const word = hotStandbyOnlyKeyword(statement);
  if (!word) return;
  const name = (word.keyword ?? word.upper).toUpperCase();
  const method = statement.distMethodWord ? `DISTMETHOD ${statement.distMethod}` : `the default DISTMETHOD ${statement.distMethod}`;
  out.add(
    'hotstandby-rules',
    'error',
    { uri, range: word.range },
    `EZZ0831I VIPADISTRIBUTE ${name} ON LINE ${word.range.start.line + 1} IS NOT VALID BECAUSE THE SPECIFIED DISTMETHOD IS NOT HOTSTANDBY (this statement uses ${method}): the stack ignores this VIPADISTRIBUTE statement and the rest of the VIPADYNAMIC block.`,
    statement.distMethodWord ? [{ location: { uri, range: statement.distMethodWord.range }, message: `DISTMETHOD ${statement.distMethod}` }] : [],
  );
}
