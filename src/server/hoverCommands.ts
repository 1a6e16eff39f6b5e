import { COMMAND } from '../extension/commandIds';

/** Command links a hover may run; the VS Code client trusts these and nothing else in hover Markdown. */
export const HOVER_COMMANDS = [COMMAND.insertCitation, COMMAND.copyQuote, COMMAND.showStatement];
