// Writes what package.json and package.nls.json say about finding kinds from the kind registry
// (src/engine/kinds.ts): the `factDesk.severity` schema and its description. `npm run sync:kinds`;
// test/unit/kinds-registry.test.ts fails when they are out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { severityDescription, severitySettingSchema } from '../src/engine/kinds';

const root = join(import.meta.dirname, '..');

function update<T>(file: string, edit: (json: T) => void): void {
  const path = join(root, file);
  const json = JSON.parse(readFileSync(path, 'utf8')) as T;
  edit(json);
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
}

update<{ contributes: { configuration: { properties: Record<string, unknown> } } }>('package.json', (json) => {
  json.contributes.configuration.properties['factDesk.severity'] = severitySettingSchema();
});
update<Record<string, string>>('package.nls.json', (json) => {
  json['config.severity'] = severityDescription();
});
console.log('package.json and package.nls.json: factDesk.severity written from the kind registry.');
