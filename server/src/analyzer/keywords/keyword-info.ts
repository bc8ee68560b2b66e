/**
 * One row of the keyword table. The table drives the lexer (abbreviation matching), hover,
 * completion and the generated TextMate grammar, so nothing else spells keywords out.
 */
export type KeywordRole =
  | 'statement' // top-level statement (TCPCONFIG, HOME, PORT, ...)
  | 'block-start' // opens an END-terminated block (VIPADYNAMIC, BEGINROUTES, AUTOLOG, ...)
  | 'block-end' // ENDVIPADYNAMIC, ENDROUTES, ENDAUTOLOG, ...
  | 'vipa-statement' // only inside VIPADYNAMIC
  | 'block-statement' // only inside another block (ROUTE in BEGINROUTES)
  | 'parameter'; // a keyword operand of some statements

export interface KeywordInfo {
  /** Full upper-case spelling. */
  name: string;
  /** Length of the shortest accepted abbreviation (IBM's upper-case part): VIPADEFine -> 7. */
  minimum: number;
  role: KeywordRole;
  /** For parameters: the statements (full names) where it may appear. For block statements: their block. */
  context?: string[];
  /** For block-start: its END keyword. */
  endKeyword?: string;
  /** For statements: parameter keywords in the order IBM requires (drives completion). */
  parameters?: string[];
  /** One line that explains it. */
  meaning: string;
  /** IBM's syntax line, e.g. "VIPADEFine [MOVEable IMMEDiate|WHENIDLE] address_mask ipv4_addr ...". */
  syntax?: string;
  /** IBM documentation page. */
  docUrl: string;
}

/** The spelling IBM prints: minimum part upper case, the rest lower case (VIPADEFine). */
export function displaySpelling(info: KeywordInfo): string {
  return info.name.slice(0, info.minimum) + info.name.slice(info.minimum).toLowerCase();
}
