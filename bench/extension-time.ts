/**
 * Which main-thread time is the extension's: a page's own long tasks (parsing 50,000 words)
 * are not ours, and the Long Tasks API cannot tell them apart (Chromium attributes no script
 * of an extension's isolated world, in long tasks or long animation frames). A trace with CPU
 * samples can: each sample names the script on the stack, and each task has its bounds.
 */

/** The trace categories to record: the main thread's tasks, and the V8 sampler's profile. */
export const TRACE_CATEGORIES = 'disabled-by-default-devtools.timeline,disabled-by-default-v8.cpu_profiler';

/** The fields of a Chromium trace event read here. */
export interface TraceEvent {
  name: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    data?: {
      startTime?: number;
      cpuProfile?: { nodes?: { id: number; parent?: number; callFrame: { url: string; functionName?: string } }[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

/** The content script's files: the service worker's own samples are not the page's. */
const isContentScript = (url: string) => url.startsWith('chrome-extension://') && url.includes('/content-scripts/');

interface Sample {
  pid: number;
  tid: number;
  at: number;
  micros: number;
  /** What was running when the sample was taken: the content script's own code, or which function of the browser's it called. */
  leaf: string;
}

/** Times (µs) of the CPU samples taken on the page's main thread with a content script on the stack, each with its duration. */
function contentScriptSamples(events: readonly TraceEvent[]): Sample[] {
  const profiles = new Map<
    string,
    { pid: number; tid: number; clock: number; parent: Map<number, number>; url: Map<number, string>; name: Map<number, string>; ours: Map<number, boolean> }
  >();
  const found: Sample[] = [];
  for (const e of events) {
    const key = `${e.pid}:${e.id}`;
    if (e.name === 'Profile')
      profiles.set(key, {
        pid: e.pid,
        tid: e.tid,
        clock: e.args?.data?.startTime ?? e.ts,
        parent: new Map(),
        url: new Map(),
        name: new Map(),
        ours: new Map(),
      });
    const p = profiles.get(key);
    if (e.name !== 'ProfileChunk' || !p) continue;
    for (const n of e.args?.data?.cpuProfile?.nodes ?? []) {
      p.url.set(n.id, n.callFrame.url);
      p.name.set(n.id, n.callFrame.functionName || '(anonymous)');
      if (n.parent !== undefined) p.parent.set(n.id, n.parent);
    }
    const ours = (id: number): boolean => {
      let known = p.ours.get(id);
      if (known === undefined) {
        const parent = p.parent.get(id);
        known = isContentScript(p.url.get(id) ?? '') || (parent !== undefined && ours(parent));
        p.ours.set(id, known);
      }
      return known;
    };
    const deltas = e.args?.data?.timeDeltas ?? [];
    (e.args?.data?.cpuProfile?.samples ?? []).forEach((node, i) => {
      const micros = deltas[i] ?? 0;
      p.clock += micros;
      // The build is minified: its own functions' names say nothing, the browser's say what it asked for.
      const leaf = isContentScript(p.url.get(node) ?? '') ? "the content script's own code" : `${p.name.get(node)} [browser]`;
      if (ours(node)) found.push({ pid: p.pid, tid: p.tid, at: p.clock, micros, leaf });
    });
  }
  return found;
}

/**
 * The most content-script time spent inside any one task of the page's main thread, and that
 * task's length, in milliseconds. Work split into slices that yield (scheduler.yield) counts
 * slice by slice, as the page feels it.
 */
export function mostExtensionTimeInOneTask(events: readonly TraceEvent[]): { extensionMs: number; taskMs: number } {
  const samples = contentScriptSamples(events);
  const tasks = events.filter((e) => e.name === 'RunTask' && e.dur !== undefined);
  let best = { extensionMs: 0, taskMs: 0 };
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const inside = samples.filter((s) => s.pid === task.pid && s.tid === task.tid && s.at >= task.ts && s.at < end);
    const micros = inside.reduce((sum, s) => sum + s.micros, 0);
    if (micros / 1000 > best.extensionMs) best = { extensionMs: micros / 1000, taskMs: (task.dur ?? 0) / 1000 };
  }
  return best;
}

/** All the content script's time on the page's main thread (ms), and its self time by function, most first. */
export function contentScriptTime(events: readonly TraceEvent[]): { totalMs: number; byFunction: [string, number][] } {
  const byFunction = new Map<string, number>();
  let micros = 0;
  for (const s of contentScriptSamples(events)) {
    micros += s.micros;
    byFunction.set(s.leaf, (byFunction.get(s.leaf) ?? 0) + s.micros / 1000);
  }
  return { totalMs: micros / 1000, byFunction: [...byFunction].sort((a, b) => b[1] - a[1]) };
}
