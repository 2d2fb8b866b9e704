// claimcheck for VS Code: starts `claimcheck lsp --stdio` for claims files
// (claims.yaml, *.claims.yaml) and lets vscode-languageclient do the rest.
// Everything the editor shows comes from the server (src/lsp in claimcheck).
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { workspace } = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

/** The command: the setting, else the workspace's own claimcheck, else the one on the PATH. */
function claimcheckCommand() {
  const configured = workspace.getConfiguration('claimcheck').get('path');
  if (configured) return configured;
  for (const folder of workspace.workspaceFolders ?? []) {
    const local = join(folder.uri.fsPath, 'node_modules', '.bin', process.platform === 'win32' ? 'claimcheck.cmd' : 'claimcheck');
    if (existsSync(local)) return local;
  }
  return 'claimcheck';
}

exports.activate = function activate() {
  client = new LanguageClient(
    'claimcheck',
    'claimcheck',
    // transport stdio adds --stdio to the arguments.
    { command: claimcheckCommand(), args: ['lsp'], transport: TransportKind.stdio },
    { documentSelector: [{ scheme: 'file', pattern: '**/{claims.yaml,*.claims.yaml}' }] },
  );
  return client.start();
};

exports.deactivate = function deactivate() {
  return client ? client.stop() : undefined;
};
