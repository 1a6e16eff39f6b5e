import * as vscode from 'vscode';
import { settingsFrom, type FactDeskSettings } from '../server/settings';

export type { FactDeskSettings, SeveritySetting } from '../server/settings';

/** The settings section: every setting is `factDesk.<key>`. */
export const SECTION = 'factDesk';

const KEYS: (keyof FactDeskSettings)[] = [
  'enabled',
  'languages',
  'severity',
  'minMatchScore',
  'debounceMs',
  'corpusFiles',
  'useBundledCorpus',
  'draftDate',
  'maxFileSize',
  'showSupportedInProblems',
  'citationStyle',
];

/** Reads every Fact Desk setting for a scope (a document's URI, so folder settings apply), by the same rules as the language server. */
export function readSettings(scope?: vscode.ConfigurationScope): FactDeskSettings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  return settingsFrom(Object.fromEntries(KEYS.map((key) => [key, config.get(key)])));
}

/** True when a configuration change touches Fact Desk. */
export function affectsFactDesk(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(SECTION);
}

/** factDesk.reportAuthor: who the report and ignore entries name; undefined when not set. */
export function reportAuthorSetting(scope?: vscode.ConfigurationScope): string | undefined {
  const value = vscode.workspace.getConfiguration(SECTION, scope).get<string>('reportAuthor', '');
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}
