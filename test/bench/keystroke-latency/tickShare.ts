// Whose code ran in a lag sampler's worst tick, read from a CPU profile of the extension host
// (bench:host with FACTDESK_BENCH_PROFILE): kept apart from suite.ts (which needs VS Code) so unit
// tests can run it on made-up profiles.

/**
 * The CPU profile's samples over one tick (from the previous tick to the late one), as time by owner:
 * Fact Desk's extension code (its bundle, the language client in it), the bench's own code, garbage
 * collection, VS Code and other extensions (the rest of the JavaScript), and V8/Node's native work
 * no JavaScript frame owns ("program"). Idle samples are left out. `top` names the largest owners of
 * the rest by script, so a reader sees whose work the tick was.
 */
export interface TickShare {
  /**
   * Sampled non-idle time in the tick, ms. The profiler samples on the wall clock, so on a loaded
   * machine a sample's time includes the host waiting for a core inside that code.
   */
  busyMs: number;
  factDeskMs: number;
  benchMs: number;
  gcMs: number;
  programMs: number;
  otherMs: number;
  /** Fact Desk's share of the busy time, 0..1. */
  factDeskShare: number;
  /** The scripts (file names) and functions with the most of the busy time, ms each, largest first. */
  top: { what: string; ms: number }[];
}

/** The parts of a V8 CPU profile (.cpuprofile) that tickShare reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/**
 * Whose code the profile caught in `stats`' worst tick: the samples from the tick before it (the
 * worst lag plus the 10 ms timer before it) to its end, each sample's time (the delta to the next
 * sample) given to garbage collection, native work ("program") or idle by its top frame, else to
 * Fact Desk if its bundle (`extensionRoot`/dist/) is anywhere in the stack, else to the bench
 * (`extensionRoot`/out/test/) if it is, else to the rest of the host's JavaScript (VS Code and other
 * extensions).
 */
export function tickShare(
  profile: CpuProfile,
  stats: { maxMs: number; maxAtUs: number },
  extensionRoot: string,
): TickShare {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const ownerOf = new Map<number, string>();
  const factDesk = `${extensionRoot}/dist/`;
  const bench = `${extensionRoot}/out/test/`;
  const owner = (id: number): string => {
    const known = ownerOf.get(id);
    if (known) return known;
    const top = byId.get(id)!.callFrame;
    let found: string | undefined;
    if (top.functionName === '(idle)') found = 'idle';
    else if (top.functionName === '(garbage collector)') found = 'gc';
    else if (top.functionName === '(program)') found = 'program';
    // Fact Desk's anywhere in the stack first: the bench wraps VS Code's DiagnosticCollection.set to
    // time it, so Fact Desk's calls to it have a bench frame between Fact Desk and VS Code.
    let inBench = false;
    for (let at: number | undefined = id; !found && at !== undefined; at = parent.get(at)) {
      const url = decodeURIComponent(byId.get(at)!.callFrame.url);
      if (url.includes(factDesk)) found = 'factDesk';
      else if (url.includes(bench)) inBench = true;
    }
    if (!found && inBench) found = 'bench';
    found ??= 'other';
    ownerOf.set(id, found);
    return found;
  };
  const end = stats.maxAtUs;
  const begin = end - (stats.maxMs + 10) * 1000;
  const ms = { factDesk: 0, bench: 0, gc: 0, program: 0, other: 0, idle: 0 } as Record<string, number>;
  const what = new Map<string, number>();
  let time = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    time += profile.timeDeltas[i];
    if (time < begin || time > end) continue;
    const spent = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const id = profile.samples[i];
    const kind = owner(id);
    ms[kind] += spent;
    if (kind === 'idle') continue;
    const frame = byId.get(id)!.callFrame;
    const script = frame.url ? decodeURIComponent(frame.url).split('/').slice(-3).join('/') : '';
    const name = `${frame.functionName || '(anonymous)'}${script ? ` ${script}` : ''} [${kind}]`;
    what.set(name, (what.get(name) ?? 0) + spent);
  }
  const round = (value: number) => Math.round(value * 10) / 10;
  const busy = ms.factDesk + ms.bench + ms.gc + ms.program + ms.other;
  return {
    busyMs: round(busy),
    factDeskMs: round(ms.factDesk),
    benchMs: round(ms.bench),
    gcMs: round(ms.gc),
    programMs: round(ms.program),
    otherMs: round(ms.other),
    factDeskShare: busy ? Math.round((ms.factDesk / busy) * 100) / 100 : 0,
    top: [...what]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([name, spent]) => ({ what: name, ms: round(spent) })),
  };
}
