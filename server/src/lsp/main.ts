#!/usr/bin/env node
/**
 * Entry point of `vipa-language-server`. The transport comes from the command line, as every
 * vscode-languageserver server: --stdio, --node-ipc or --socket=<port>.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.js';

const transports = ['--stdio', '--node-ipc', '--socket', '--pipe', '--clientProcessId'];
if (!process.argv.some((arg) => transports.some((flag) => arg === flag || arg.startsWith(`${flag}=`)))) {
  // createConnection would throw a cryptic error; tell a human what to type instead.
  process.stderr.write('Usage: vipa-language-server --stdio | --node-ipc | --socket=<port>\n');
  process.exit(2);
}

const connection = createConnection(ProposedFeatures.all);
startServer(connection);
connection.listen();
