// Entry of dist/web/server.js: the language server in a web worker, for the browser extension (vscode.dev).
// The shim must load before the engine (see webLocationShim.ts).
import { restoreWorkerLocation } from '../extension/webLocationShim';
import { runBrowserServer, type ServerPort } from './browserServer';

restoreWorkerLocation();

// The worker's global scope; this project compiles without the DOM's and WebWorker's types.
declare const self: ServerPort;

runBrowserServer(self);
