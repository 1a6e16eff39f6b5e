import * as vscode from 'vscode';
import { ShownSlices } from './shownSlices';
import { firstOnOrAfter, sliceOrder, sliceStarts } from './visibleFirst';

/**
 * Diagnostics per slice: how many VS Code takes in one task. Handing it a 20,000-word draft's 665
 * diagnostics at once kept the extension host busy converting, serialising and sending them in one
 * task (30 to 45 ms on 2 cores). VS Code's cost of a `set` grows with the slice's length (some 0.06 to
 * 0.08 ms of host CPU a diagnostic on a quiet machine: 11 to 17 ms for the 200 of round 10), so the
 * slice bounds the host's work per task whatever the draft's size: 50 keep it near 4 ms, for one more
 * task (about a millisecond's timer) every 50 findings.
 */
export const SLICE_SIZE = 50;

/**
 * VS Code keeps at most 1,000 diagnostics per collection and document (errors and warnings first, then
 * a note of how many it left out). A longer list goes to it whole, in one task, so that cap applies as
 * before rather than once per slice.
 */
export const VSCODE_MAX_PER_FILE = 1_000;

interface Job {
  timer?: ReturnType<typeof setTimeout>;
  cancelled: boolean;
}

/**
 * Hands VS Code a document's diagnostics a slice at a time, each slice in a task of its own, so the
 * extension host answers between them. Slice k lives in diagnostic collection k: VS Code lists a
 * document's diagnostics collection by collection, in the order the collections were made, so
 * `vscode.languages.getDiagnostics` gives them in the order they were published, as one collection did.
 *
 * A publication is one cancellable job per document: a newer publication (an empty one included, as
 * when a draft is closed, renamed or deleted) cancels the pending slices of the older one before any
 * of its own are set, so a superseded result never comes back. `onDone` runs once all slices of a
 * publication are set, in the task of the last one; never for a cancelled publication. Lists of at most
 * one slice, and empty ones, are set in the caller's task, as before; longer ones start in the next task;
 * lists longer than VS Code's cap go whole (see VSCODE_MAX_PER_FILE).
 *
 * A slice equal to what its collection already shows for the document (same ranges, messages,
 * severities, codes, related records: see ShownSlices) is not set again and, after the first, takes
 * no task of its own: a re-check after a keystroke that leaves a slice's findings where they were
 * costs VS Code nothing for it; the next slice that did change is set in that task instead. The
 * first slice (the screen's) keeps its task even when unchanged, so a repeated publication still
 * shows the screen first and hands the rest over a slice per task.
 */
export class DiagnosticSlices implements vscode.Disposable {
  private readonly collections: vscode.DiagnosticCollection[] = [];
  /** Per document: how many collections, from the first, may hold its diagnostics. */
  private readonly used = new Map<string, number>();
  private readonly jobs = new Map<string, Job>();
  /** What each collection already shows per document: an unchanged slice is not set again. */
  private readonly shown = new ShownSlices<vscode.Diagnostic>();
  /** Steps waiting while held (tests use this to stand in the middle of a publication). */
  private held: (() => void)[] | undefined;

  constructor(
    private readonly name: string,
    private readonly sliceSize = SLICE_SIZE,
  ) {}

  /**
   * Replaces a document's diagnostics; `onDone` runs once VS Code has all of them. The slice starting
   * at the first diagnostic that ends on or after `firstLine` (the top of what an editor shows) is set
   * first, then the others in order: a writer sees the findings on screen before the rest. The slices
   * are cut at that diagnostic (see sliceStarts), so the screen's findings are not split between the
   * first task and a later one.
   */
  set(uri: vscode.Uri, diagnostics: readonly vscode.Diagnostic[], onDone: () => void, firstLine = 0): void {
    const key = uri.toString();
    this.cancel(key);
    const whole = diagnostics.length <= this.sliceSize || diagnostics.length > VSCODE_MAX_PER_FILE;
    const size = whole ? Math.max(1, diagnostics.length) : this.sliceSize;
    const anchor = whole ? 0 : firstOnOrAfter(diagnostics, firstLine);
    const starts = sliceStarts(diagnostics.length, size, anchor);
    const slices = starts.map((start, index) => diagnostics.slice(start, starts[index + 1] ?? diagnostics.length));
    const order = sliceOrder(slices.length, starts.indexOf(anchor));
    const job: Job = { cancelled: false };
    let done = 0;
    const step = () => {
      if (job.cancelled) return;
      // After the first slice (the screen's, in a task of its own whether it changed or not), unchanged
      // slices are passed over in this task: only a `set` costs VS Code time.
      if (done > 0) while (done < slices.length && !this.shown.needsSet(key, order[done], slices[order[done]])) done++;
      if (done < slices.length) {
        const index = order[done];
        if (this.shown.needsSet(key, index, slices[index])) {
          this.collection(index).set(uri, slices[index]);
          this.shown.record(key, index, slices[index]);
          this.used.set(key, Math.max(this.used.get(key) ?? 0, index + 1));
        }
        done++;
      }
      if (done < slices.length) {
        this.jobs.set(key, job);
        this.later(job, step);
        return;
      }
      this.jobs.delete(key);
      this.trim(key, uri, slices.length);
      onDone();
    };
    if (slices.length <= 1) return step();
    // Even the first slice in a task of its own: the language client converts the diagnostics in
    // batches of up to 15 ms and calls its middleware (this) in the task of the last batch.
    this.jobs.set(key, job);
    job.timer = setTimeout(step, 0);
  }

  /** True while a publication for the document has slices still to set. */
  isPending(uri: vscode.Uri): boolean {
    return this.jobs.has(uri.toString());
  }

  /** Holds every pending slice after a publication's first until the returned disposable is disposed (for tests of what happens meanwhile). */
  hold(): vscode.Disposable {
    this.held ??= [];
    return new vscode.Disposable(() => {
      const steps = this.held ?? [];
      this.held = undefined;
      for (const step of steps) step();
    });
  }

  /** Removes every document's diagnostics and cancels pending slices (the language server stopped). */
  clear(): void {
    for (const key of [...this.jobs.keys()]) this.cancel(key);
    for (const collection of this.collections) collection.clear();
    this.used.clear();
    this.shown.clear();
  }

  private collection(index: number): vscode.DiagnosticCollection {
    while (this.collections.length <= index)
      this.collections.push(
        vscode.languages.createDiagnosticCollection(
          `${this.name}${this.collections.length ? `-${this.collections.length}` : ''}`,
        ),
      );
    return this.collections[index];
  }

  private later(job: Job, step: () => void): void {
    if (this.held) this.held.push(step);
    else job.timer = setTimeout(step, 0);
  }

  private cancel(key: string): void {
    const job = this.jobs.get(key);
    if (!job) return;
    job.cancelled = true;
    if (job.timer) clearTimeout(job.timer);
    this.jobs.delete(key);
  }

  /** Empties the collections past the first `count` for a document. */
  private trim(key: string, uri: vscode.Uri, count: number): void {
    const used = this.used.get(key) ?? 0;
    for (let index = count; index < used; index++) this.collections[index].delete(uri);
    this.shown.forget(key, count);
    if (count) this.used.set(key, count);
    else this.used.delete(key);
  }

  dispose(): void {
    this.clear();
    for (const collection of this.collections) collection.dispose();
  }
}
