// factDesk/checked carries each record once: packing and unpacking a real check's result gives it back
// exactly, and a long draft that cites the same records again and again shrinks on the wire.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { FactChecker, loadBundledCorpus } from '../../src/engine';
import { packResult, unpackResult } from '../../src/server/packedResult';
import type { CheckedDraft } from '../../src/server/protocol';

const body = fs.readFileSync('samples/draft.md', 'utf8').replace(/^---[\s\S]*?---\n/, '');

function checked(copies: number): CheckedDraft & { seq: number } {
  const text = Array.from({ length: copies }, (_, index) => `## Section ${index + 1}\n\n${body}`).join('\n\n');
  const { findings } = new FactChecker(loadBundledCorpus()).check(text);
  // An ignored finding with a record and one without, as the server keeps them apart.
  const ignored = [findings.find((finding) => finding.statement)!, { ...findings[0], statement: null }];
  return { uri: 'file:///draft.md', version: 3, findings, ignored, engineMs: 12, seq: 7 };
}

describe('factDesk/checked: each record once', () => {
  it('unpacks to the same result, through JSON as on the wire', () => {
    const result = checked(2);
    const wire = JSON.parse(JSON.stringify(packResult(result)));
    assert.deepEqual(unpackResult(wire), JSON.parse(JSON.stringify(result)));
  });

  it('sends each record once: findings on one record name it by index, and share one object when unpacked', () => {
    const result = checked(3);
    const packed = packResult(result);
    const records = new Set(result.findings.map((finding) => finding.statement).filter(Boolean));
    assert.equal(packed.statements.length, records.size);
    assert.ok(packed.findings.every((finding) => finding.statement === null || typeof finding.statement === 'number'));
    const unpacked = unpackResult(JSON.parse(JSON.stringify(packed)));
    const first = unpacked.findings.find((finding) => finding.statement)!;
    const same = unpacked.findings.filter((finding) => finding.statement?.id === first.statement!.id);
    assert.ok(same.length >= 3);
    assert.ok(same.every((finding) => finding.statement === same[0].statement));
  });

  it('a draft citing its records 36 times is under half the size on the wire', () => {
    const result = checked(36);
    const whole = JSON.stringify(result).length;
    const packed = JSON.stringify(packResult(result)).length;
    assert.ok(packed < whole / 2, `${packed} against ${whole} characters`);
  });
});
