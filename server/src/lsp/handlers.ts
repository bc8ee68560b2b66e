/**
 * A handler that throws must not take the server down: log it and answer empty, so one bad
 * document or an analyzer bug costs one hover, not the whole editing session.
 */
import type { Connection } from 'vscode-languageserver';

/** "vipa-check hover failed: <stack>" in the client's output channel. */
export function logFailure(connection: Connection, name: string, error: unknown): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  connection.console.error(`vipa-check ${name} failed: ${detail}`);
}

export function guarded<P, R>(connection: Connection, name: string, fallback: R, handler: (params: P) => R | Promise<R>): (params: P) => Promise<R> {
  return async (params: P) => {
    try {
      return await handler(params);
    } catch (error) {
      logFailure(connection, name, error);
      return fallback;
    }
  };
}

/** Same for notifications (no answer). */
export function guardedNotification<P>(connection: Connection, name: string, handler: (params: P) => void | Promise<void>): (params: P) => void {
  return (params: P) => {
    void (async () => {
      try {
        await handler(params);
      } catch (error) {
        logFailure(connection, name, error);
      }
    })();
  };
}
