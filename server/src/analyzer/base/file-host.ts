/**
 * How the analyzer reads files. The CLI reads the disk; the language server layers open editor
 * buffers (any URI scheme, e.g. zowe-ds:) over the disk. The analyzer itself never touches fs.
 */
export interface DirectoryEntry {
  name: string;
  uri: string;
  isDirectory: boolean;
}

export interface FileHost {
  /** Text of a document, or undefined when it does not exist or cannot be read. */
  readText(uri: string): string | undefined;
  /** Bytes of a file (keystores), or undefined. */
  readBytes(uri: string): Uint8Array | undefined;
  /** Entries of a folder, or undefined when it is not a folder. */
  listDirectory(uri: string): DirectoryEntry[] | undefined;
  /**
   * True when `uri` lies outside the folders this host may read, so that reads of it return
   * undefined on purpose (the editor's workspace folders, vipa-check's PATHs). Lets readers say
   * "outside the workspace" instead of "not found". Absent: everything may be read.
   */
  isOutsideWorkspace?(uri: string): boolean;
}
