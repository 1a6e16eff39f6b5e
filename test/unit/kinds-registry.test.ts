// The finding-kind registry (src/engine/kinds.ts) against what cannot be derived from it at runtime:
// package.json's severity schema, docs/findings.md's sections and the walkthrough's sample list.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  CONFLICT_KINDS,
  FINDING_KINDS,
  KIND_REGISTRY,
  SEVERITY_KEYS,
  defaultSeverity,
  kindInfo,
  severityDescription,
  severitySettingSchema,
} from '../../src/engine';
import { settingsFrom } from '../../src/server/settings';
import { HELP_TEXT } from '../../src/cli/args';

const REPO = path.join(import.meta.dirname, '..', '..');
const read = (file: string) => fs.readFileSync(path.join(REPO, file), 'utf8');

describe('finding-kind registry', () => {
  it('ids are unique kebab-case, and the kind lists follow the registry order', () => {
    const ids = KIND_REGISTRY.map((info) => info.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z]+(?:-[a-z]+)*$/);
    assert.deepEqual(FINDING_KINDS, ids);
    assert.deepEqual(
      CONFLICT_KINDS,
      KIND_REGISTRY.filter((info) => info.conflict).map((info) => info.id),
    );
    for (const info of KIND_REGISTRY) assert.equal(defaultSeverity(info.id), info.defaultSeverity);
    assert.throws(() => kindInfo('no-such-kind' as never), /Unknown finding kind 'no-such-kind'/);
  });

  it("package.json's factDesk.severity schema and its description are the registry's (run `npm run sync:kinds`)", () => {
    const pkg = JSON.parse(read('package.json'));
    assert.deepEqual(pkg.contributes.configuration.properties['factDesk.severity'], severitySettingSchema());
    assert.equal(JSON.parse(read('package.nls.json'))['config.severity'], severityDescription());
    assert.deepEqual(
      Object.keys(pkg.contributes.configuration.properties['factDesk.severity'].properties as object),
      SEVERITY_KEYS.map((entry) => entry.key),
    );
  });

  it('the server reads every severity key, with its default when unset or malformed', () => {
    const defaults = settingsFrom({}).severity;
    assert.deepEqual(defaults, Object.fromEntries(SEVERITY_KEYS.map((entry) => [entry.key, entry.default])));
    const chosen = settingsFrom({ severity: { misquote: 'error', 'wrong-date': 'loud' } }).severity;
    assert.equal(chosen.misquote, 'error');
    assert.equal(chosen['wrong-date'], 'warning');
  });

  it('docs/findings.md has a section per kind, in registry order, opening with its default severity', () => {
    const text = read('docs/findings.md');
    const headings = [...text.matchAll(/^## (\S+)$/gm)]
      .map((match) => match[1])
      .filter((heading) => FINDING_KINDS.includes(heading as never));
    assert.deepEqual(headings, FINDING_KINDS);
    for (const info of KIND_REGISTRY) {
      const section = text.slice(text.indexOf(`\n## ${info.id}\n`) + info.id.length + 5).trimStart();
      const severity = info.defaultSeverity[0].toUpperCase() + info.defaultSeverity.slice(1);
      assert.ok(section.startsWith(`*${severity}`), `${info.id}: the section should open with *${severity}…*`);
    }
  });

  it("the walkthrough names exactly the kinds the sample draft plants (the registry's `sample`)", () => {
    const walkthrough = read('media/walkthrough/open-sample.md').replace(/\s+/g, ' ');
    for (const info of KIND_REGISTRY)
      if ('sample' in info) assert.ok(walkthrough.includes(info.sample), `${info.id}: '${info.sample}'`);
  });

  it("the CLI's help lists every kind with its description, and the conflicts behind exit code 1", () => {
    for (const info of KIND_REGISTRY)
      assert.match(HELP_TEXT, new RegExp(`^  ${info.id} +${info.description.replace(/[.()]/g, '\\$&')}`, 'm'));
    assert.match(
      HELP_TEXT.replace(/\s+/g, ' '),
      new RegExp(`1 conflicts found: ${CONFLICT_KINDS.join(', ')} \\(lookup`),
    );
  });
});
