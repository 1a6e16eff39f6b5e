// Entry of dist/server.js, the server VS Code spawns over IPC: the bundled records sit in ../data.
import { join } from 'node:path';
import { runNodeServer } from './main';

runNodeServer(join(__dirname, '..', 'data'));
