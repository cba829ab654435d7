import type { CDPSession } from 'playwright-core';

/** A V8 CPU profile as DevTools opens it (a `.cpuprofile` file). */
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

interface ProfileNode {
  id: number;
  callFrame: {
    functionName: string;
    url: string;
    scriptId: number | string;
    lineNumber: number;
    columnNumber: number;
  };
  parent?: number;
  children?: number[];
  hitCount?: number;
  /** Samples per source line of the function (DevTools shows them beside the code). */
  positionTicks?: Array<{ line: number; ticks: number }>;
}

/** One thread's profile, named after the thread (and the script most of its samples ran). */
export interface ThreadProfile {
  thread: string;
  profile: CpuProfile;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      startTime?: number;
      endTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      /** The line each sample was on, beside `samples`. */
      lines?: number[];
      timeDeltas?: number[];
    };
  };
}

/**
 * Records V8's sampling profiler in every thread of the page's renderer, workers included, as
 * a Chromium trace (the `disabled-by-default-v8.cpu_profiler` category), and returns, when
 * stopped, one CPU profile per thread that ran JavaScript. A trace, unlike the Profiler
 * domain of an attached worker, outlives the worker: the bundle and deflate workers of an
 * export are terminated before the export's promise settles.
 */
export async function traceThreadProfiles(
  cdp: CDPSession,
): Promise<() => Promise<ThreadProfile[]>> {
  const events: TraceEvent[] = [];
  const onData = (event: { value: unknown[] }) => events.push(...(event.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: ['disabled-by-default-v8.cpu_profiler', '__metadata'],
      excludedCategories: ['*'],
    },
  });
  return async () => {
    const complete = new Promise<void>((resolve) =>
      cdp.once('Tracing.tracingComplete', () => resolve()),
    );
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
    return profilesOf(events);
  };
}

/** Joins each thread's Profile and ProfileChunk events into one CPU profile. */
function profilesOf(events: readonly TraceEvent[]): ThreadProfile[] {
  const threadNames = new Map<string, string>();
  const profiles = new Map<
    string,
    { key: string; profile: CpuProfile; nodes: Map<number, ProfileNode>; lines: number[] }
  >();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.name === 'thread_name' && e.args?.name) threadNames.set(key, e.args.name);
    if (e.name === 'Profile' && e.id) {
      const start = e.args?.data?.startTime ?? 0;
      profiles.set(e.id, {
        key,
        profile: { nodes: [], startTime: start, endTime: start, samples: [], timeDeltas: [] },
        nodes: new Map(),
        lines: [],
      });
    }
    if (e.name === 'ProfileChunk' && e.id) {
      const entry = profiles.get(e.id);
      const data = e.args?.data;
      if (!entry || !data) continue;
      for (const node of data.cpuProfile?.nodes ?? [])
        entry.nodes.set(node.id, {
          ...node,
          callFrame: completeFrame(node.callFrame),
          children: [],
        });
      const samples = data.cpuProfile?.samples ?? [];
      entry.profile.samples.push(...samples);
      entry.lines.push(...samples.map((_, i) => data.lines?.[i] ?? 0));
      entry.profile.timeDeltas.push(...(data.timeDeltas ?? []));
      if (data.endTime !== undefined) entry.profile.endTime = data.endTime;
    }
  }
  const named = new Map<string, number>();
  return [...profiles.values()]
    .filter((p) => p.profile.samples.length > 0)
    .map(({ key, profile, nodes, lines }) => {
      for (const node of nodes.values()) {
        if (node.parent !== undefined) nodes.get(node.parent)?.children?.push(node.id);
      }
      addPositionTicks(nodes, profile.samples, lines);
      profile.nodes = [...nodes.values()];
      profile.endTime = Math.max(
        profile.endTime,
        profile.startTime + profile.timeDeltas.reduce((a, b) => a + b, 0),
      );
      const base = `${threadNames.get(key) ?? 'thread'}-${mainScript(profile)}`.replace(
        /[^\w.-]+/g,
        '_',
      );
      const n = (named.get(base) ?? 0) + 1;
      named.set(base, n);
      return { thread: n === 1 ? base : `${base}-${n}`, profile };
    });
}

/** The script file (hash left out) whose functions the most samples were in. */
function mainScript(profile: CpuProfile): string {
  const urlOf = new Map(profile.nodes.map((n) => [n.id, n.callFrame.url]));
  const counts = new Map<string, number>();
  for (const id of profile.samples) {
    const url = urlOf.get(id) ?? '';
    if (url === '') continue;
    counts.set(url, (counts.get(url) ?? 0) + 1);
  }
  const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'native';
  return (top.split('/').pop() ?? top).replace(/-[\w-]{8}\.js$/, '').replace(/\?.*$/, '');
}

/** A trace leaves out a frame's empty fields; a .cpuprofile has them all. */
function completeFrame(frame: Partial<ProfileNode['callFrame']>): ProfileNode['callFrame'] {
  return {
    functionName: frame.functionName ?? '',
    url: frame.url ?? '',
    scriptId: frame.scriptId ?? 0,
    lineNumber: frame.lineNumber ?? -1,
    columnNumber: frame.columnNumber ?? -1,
  };
}

/** Counts each node's samples per line (a trace gives the line of every sample). */
function addPositionTicks(
  nodes: ReadonlyMap<number, ProfileNode>,
  samples: readonly number[],
  lines: readonly number[],
): void {
  const ticks = new Map<ProfileNode, Map<number, number>>();
  samples.forEach((id, i) => {
    const node = nodes.get(id);
    const line = lines[i] ?? 0;
    if (!node || line <= 0) return;
    const perLine = ticks.get(node) ?? new Map<number, number>();
    perLine.set(line, (perLine.get(line) ?? 0) + 1);
    ticks.set(node, perLine);
  });
  for (const [node, perLine] of ticks)
    node.positionTicks = [...perLine].map(([line, count]) => ({ line, ticks: count }));
}
