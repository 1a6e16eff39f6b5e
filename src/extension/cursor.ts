import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { DRAFT_SCHEMES, Methods, type EditingParams } from '../server/protocol';

/**
 * Tells the language server where the writer's cursor is (factDesk/editing), so a quotation still
 * being typed (no closing mark yet, the cursor inside) is left unjudged instead of flickering
 * between verdicts with each keystroke. The rule itself is the engine's (CheckOptions.editingAt);
 * this only reports the primary cursor of the active editor, and null when no draft has it.
 */
export function reportCursor(client: BaseLanguageClient): vscode.Disposable {
  let last = '';
  const send = (editor: vscode.TextEditor | undefined) => {
    const document = editor?.document;
    const params: EditingParams =
      document && DRAFT_SCHEMES.includes(document.uri.scheme)
        ? {
            uri: client.code2ProtocolConverter.asUri(document.uri),
            version: document.version,
            offset: document.offsetAt(editor.selection.active),
          }
        : { uri: null, version: 0, offset: null };
    const key = JSON.stringify(params);
    if (key === last || !client.isRunning()) return;
    last = key;
    void client.sendNotification(Methods.editing, params);
  };
  send(vscode.window.activeTextEditor);
  return vscode.Disposable.from(
    vscode.window.onDidChangeTextEditorSelection((event) => {
      if (event.textEditor === vscode.window.activeTextEditor) send(event.textEditor);
    }),
    vscode.window.onDidChangeActiveTextEditor(send),
  );
}
