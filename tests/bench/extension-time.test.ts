import { describe, expect, it } from 'vitest';
import { contentScriptTime, mostExtensionTimeInOneTask, type TraceEvent } from '../../bench/extension-time';

const CONTENT = 'chrome-extension://abc/content-scripts/content.js';
const WORKER = 'chrome-extension://abc/background.js';
const PAGE = 'http://127.0.0.1/page.js';
const MAIN = { pid: 1, tid: 10 };

/** A profile of root → page code, content script → its callee, service worker; samples 1 ms apart from t = 0. */
function trace(samples: number[], tasks: [number, number][]): TraceEvent[] {
  const node = (id: number, url: string, parent?: number, functionName = '') => ({ id, parent, callFrame: { url, functionName } });
  return [
    { name: 'Profile', ts: 0, id: '0x1', ...MAIN, args: { data: { startTime: 0 } } },
    {
      name: 'ProfileChunk',
      ts: 0,
      id: '0x1',
      pid: 1,
      tid: 99,
      args: {
        data: {
          cpuProfile: { nodes: [node(1, ''), node(2, PAGE, 1), node(3, CONTENT, 1), node(4, '', 3, 'getBoundingClientRect'), node(5, WORKER, 1)], samples },
          timeDeltas: samples.map(() => 1000),
        },
      },
    },
    ...tasks.map(([from, to]) => ({ name: 'RunTask', ts: from * 1000, dur: (to - from) * 1000, ...MAIN })),
  ];
}

describe('mostExtensionTimeInOneTask', () => {
  it('sums the content script’s samples (its callees included) task by task', () => {
    // Samples at 1…8 ms: page, content, callee, content | content, page, worker, content.
    const events = trace(
      [2, 3, 4, 3, 3, 2, 5, 3],
      [
        [0, 4.5],
        [4.5, 9],
      ],
    );
    expect(mostExtensionTimeInOneTask(events)).toEqual({ extensionMs: 3, taskMs: 4.5 });
  });

  it('counts nothing from the page or the service worker', () => {
    expect(mostExtensionTimeInOneTask(trace([2, 5, 2, 5], [[0, 9]])).extensionMs).toBe(0);
  });
});

describe('contentScriptTime', () => {
  it('sums every content-script sample, and splits it between its own code and the browser functions it called', () => {
    const { totalMs, byFunction } = contentScriptTime(trace([2, 3, 4, 3, 3, 2, 5, 4], [[0, 9]]));
    expect(totalMs).toBe(5);
    expect(byFunction).toEqual([
      ["the content script's own code", 3],
      ['getBoundingClientRect [browser]', 2],
    ]);
  });
});
