/**
 * The files the server wants to hear about when they change on disk. Registered dynamically when
 * the client allows it; clients without dynamic registration watch what their own config says.
 */
import { DidChangeWatchedFilesNotification, WatchKind, type Connection, type FileSystemWatcher } from 'vscode-languageserver';

export const WATCHED_GLOBS = [
  '**/*.tcpip',
  '**/PROFILE*',
  '**/*TCPPARMS*/**',
  '**/server.xml',
  '**/configDropins/**/*.xml',
  '**/*.xml',
  '**/bootstrap.properties',
  '**/server.env',
  '**/vipa-check.json',
  '**/.vipa-check.json',
];

export async function registerWatchers(connection: Connection): Promise<void> {
  const watchers: FileSystemWatcher[] = WATCHED_GLOBS.map((globPattern) => ({ globPattern, kind: WatchKind.Create | WatchKind.Change | WatchKind.Delete }));
  await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
}
