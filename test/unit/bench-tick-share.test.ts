// bench:host's reading of a CPU profile (test/bench/keystroke-latency/tickShare.ts): whose code ran in
// the worst tick of a lag window, on made-up profiles.
import * as assert from 'node:assert/strict';
import { tickShare, type CpuProfile } from '../bench/keystroke-latency/tickShare';

const ROOT = '/home/ed/newsroom-checker';
const HOST = 'file:///opt/code/out/vs/workbench/api/node/extensionHostProcess.js';

/**
 * A profile whose nodes are: 1 root; 2 a host event (VS Code) calling 3 the extension's handler, which
 * calls 4 a VS Code API; 5 garbage collection; 6 idle; 7 the bench's code; 8 native work; 9 another
 * extension's bundle named like ours (dist/extension.js) under a folder sharing our folder's prefix.
 */
function profile(samples: number[], startTime = 1_000_000): CpuProfile {
  const frame = (functionName: string, url = '') => ({ functionName, url });
  return {
    nodes: [
      { id: 1, callFrame: frame('(root)'), children: [2, 5, 6, 7, 8, 9, 10] },
      { id: 2, callFrame: frame('fire', HOST), children: [3] },
      { id: 3, callFrame: frame('onResult', `file://${ROOT}/dist/extension.js`), children: [4] },
      { id: 4, callFrame: frame('set', HOST) },
      { id: 5, callFrame: frame('(garbage collector)') },
      { id: 6, callFrame: frame('(idle)') },
      { id: 7, callFrame: frame('tick', `file://${ROOT}/out/test/bench/keystroke-latency.js`) },
      // 10 a timer running the extension's step, which calls 11 the bench's timing wrapper around 12 a VS Code API.
      { id: 10, callFrame: frame('step', `file://${ROOT}/dist/extension.js`), children: [11] },
      { id: 11, callFrame: frame('target.set', `file://${ROOT}/out/test/bench/keystroke-latency.js`), children: [12] },
      { id: 12, callFrame: frame('$changeMany', HOST) },
      { id: 8, callFrame: frame('(program)') },
      { id: 9, callFrame: frame('tokenize', `file://${ROOT}-spellcheck/dist/extension.js`) },
    ],
    startTime,
    samples,
    // One sample a millisecond.
    timeDeltas: samples.map(() => 1_000),
  };
}

describe('bench:host: whose code ran in the worst tick', () => {
  it('gives each sample in the tick to the extension, the bench, GC, native work or the rest, idle left out', () => {
    // Samples at 1.001 s .. 1.012 s (µs 1_001_000 ..): the tick is the 20 ms lag plus the 10 ms timer before its end.
    const samples = [4, 4, 3, 2, 5, 5, 6, 6, 7, 8, 9, 9];
    const share = tickShare(profile(samples), { maxMs: 20, maxAtUs: 1_000_000 + 30_000 }, ROOT);
    // Each sample is worth the delta to the next (1 ms), the last one nothing.
    assert.deepEqual(
      { ...share, top: undefined },
      {
        busyMs: 9,
        factDeskMs: 3,
        benchMs: 1,
        gcMs: 2,
        programMs: 1,
        otherMs: 2,
        factDeskShare: 0.33,
        top: undefined,
      },
    );
    assert.deepEqual(share.top, [
      { what: 'set api/node/extensionHostProcess.js [factDesk]', ms: 2 },
      { what: '(garbage collector) [gc]', ms: 2 },
      { what: 'onResult newsroom-checker/dist/extension.js [factDesk]', ms: 1 },
      { what: 'fire api/node/extensionHostProcess.js [other]', ms: 1 },
      { what: 'tick test/bench/keystroke-latency.js [bench]', ms: 1 },
    ]);
  });

  it('counts only the samples from the tick before the worst lag to its end', () => {
    // Samples at 1.001 .. 1.010 s; the tick ends at 1.008 s after a 3 ms lag: from 0.995 s, so samples 1 to 8.
    const samples = [3, 3, 3, 3, 3, 3, 3, 3, 5, 5];
    const share = tickShare(profile(samples), { maxMs: 3, maxAtUs: 1_008_000 }, ROOT);
    assert.equal(share.factDeskMs, 8);
    assert.equal(share.gcMs, 0);
    assert.equal(share.factDeskShare, 1);
  });

  it("gives VS Code's work the extension asked for to the extension, a bench frame between them or not", () => {
    // Samples at 1.001 .. 1.004 s, the tick from 0.995 s to 1.005 s.
    const share = tickShare(profile([12, 12, 7, 12]), { maxMs: 0, maxAtUs: 1_005_000 }, ROOT);
    assert.equal(share.factDeskMs, 2);
    assert.equal(share.benchMs, 1);
    assert.deepEqual(share.top[0], { what: '$changeMany api/node/extensionHostProcess.js [factDesk]', ms: 2 });
  });

  it('reports nothing busy for a tick the profile holds no sample of (the host waiting for a core)', () => {
    const share = tickShare(profile([3, 5]), { maxMs: 50, maxAtUs: 5_000_000 }, ROOT);
    assert.deepEqual(share, {
      busyMs: 0,
      factDeskMs: 0,
      benchMs: 0,
      gcMs: 0,
      programMs: 0,
      otherMs: 0,
      factDeskShare: 0,
      top: [],
    });
  });
});
