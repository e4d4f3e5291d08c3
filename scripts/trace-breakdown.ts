/**
 * Reads a Chromium trace and a CPU profile of the same window (see `trace-frames.ts`): the page's
 * main thread split by kind of work (each trace event's own time, its children's taken out), the
 * longest tasks with what filled them, the compositor's frames presented and dropped, and the
 * JavaScript functions that took the most time.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, where the trace has it. */
  tdur?: number;
  tts?: number;
  pid: number;
  tid: number;
  cat?: string;
  args?: Record<string, unknown> & { name?: string; data?: Record<string, unknown> };
}

export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

interface Span {
  name: string;
  start: number;
  end: number;
  self: number;
  /** The thread's CPU time in it: unlike wall time, not stretched while other processes run. */
  cpu: number;
  cpuSelf: number;
  top: Span | undefined;
  own: Map<string, number>;
}

/** What each kind of main-thread work is called in the summary. */
const KIND: [RegExp, string][] = [
  [/GC|garbage/i, 'gc'],
  [/Canvas|drawImage/i, 'canvas'],
  [/recalcStyle|UpdateLayoutTree|RecalculateStyles|StyleRecalc|ParseAuthorStyleSheet/i, 'style'],
  [/Layout|IntersectionObserver/i, 'layout'],
  [/Paint|UpdateLayer|Layerize|Raster/i, 'paint'],
  [/Commit|BeginMainFrame|UpdateLifecycle|MainFrameAborted/i, 'frame and commit'],
  [/HitTest|EventDispatch|Input/i, 'input'],
  [/Decode/i, 'image decode'],
  [
    /FunctionCall|EvaluateScript|^v8|^V8|TimerFire|FireAnimationFrame|Microtask|IdleCallback|AsyncTask|ScheduleAnimation/,
    'script',
  ],
];

const kindOf = (name: string) => KIND.find(([re]) => re.test(name))?.[1] ?? 'other';
const ms = (us: number) => +(us / 1000).toFixed(1);

function mainThread(events: TraceEvent[]): { pid: number; tid: number } {
  const counts = new Map<string, number>();
  const mains = events.filter(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  for (const e of events) {
    if (!mains.some((m) => m.pid === e.pid && m.tid === e.tid)) continue;
    const key = `${e.pid}:${e.tid}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!best) throw new Error('no renderer main thread in the trace');
  const [pid, tid] = best[0].split(':').map(Number) as [number, number];
  return { pid, tid };
}

/** The thread's events as nested spans, each with its own time (children taken out). */
function spans(events: TraceEvent[]): Span[] {
  const list: { name: string; start: number; end: number; cpu: number }[] = [];
  const open = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph === 'X' && e.dur !== undefined)
      list.push({ name: e.name, start: e.ts, end: e.ts + e.dur, cpu: e.tdur ?? e.dur });
    else if (e.ph === 'B') open.set(e.name, [...(open.get(e.name) ?? []), e]);
    else if (e.ph === 'E') {
      const b = open.get(e.name)?.pop();
      const cpu = b?.tts !== undefined && e.tts !== undefined ? e.tts - b.tts : e.ts - (b?.ts ?? 0);
      if (b) list.push({ name: e.name, start: b.ts, end: e.ts, cpu });
    }
  }
  list.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  const stack: Span[] = [];
  for (const s of list) {
    while (stack.length && (stack[stack.length - 1] as Span).end <= s.start) stack.pop();
    const parent = stack[stack.length - 1];
    const span: Span = {
      ...s,
      self: s.end - s.start,
      cpuSelf: s.cpu,
      top: parent ? (parent.top ?? parent) : undefined,
      own: new Map(),
    };
    if (parent) {
      parent.self -= Math.min(parent.self, span.end - span.start);
      parent.cpuSelf -= Math.min(parent.cpuSelf, span.cpu);
    }
    out.push(span);
    stack.push(span);
  }
  for (const s of out) {
    const top = s.top ?? s;
    const kind = kindOf(s.name);
    top.own.set(kind, (top.own.get(kind) ?? 0) + s.self);
  }
  return out;
}

function byKind(all: Span[], time: 'self' | 'cpuSelf'): Record<string, number> {
  const total = new Map<string, number>();
  for (const s of all) total.set(kindOf(s.name), (total.get(kindOf(s.name)) ?? 0) + s[time]);
  return Object.fromEntries([...total].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, ms(v)]));
}

function topNames(all: Span[], n: number): Record<string, number> {
  const total = new Map<string, number>();
  for (const s of all) total.set(s.name, (total.get(s.name) ?? 0) + s.self);
  return Object.fromEntries(
    [...total]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => [k, ms(v)]),
  );
}

/** The compositor's verdict on each frame (Chromium's PipelineReporter events), where recorded. */
function frameStates(events: TraceEvent[], from: number, to: number): Record<string, number> {
  const states = new Map<string, number>();
  for (const e of events) {
    if (e.name !== 'PipelineReporter' || (e.ph !== 'b' && e.ph !== 'X')) continue;
    if (e.ts < from || e.ts > to) continue;
    const reporter = (e.args as { frame_reporter?: { state?: string } } | undefined)
      ?.frame_reporter;
    const state = reporter?.state ?? 'unknown';
    states.set(state, (states.get(state) ?? 0) + 1);
  }
  return Object.fromEntries(states);
}

const where = (frame: CpuProfile['nodes'][number]['callFrame']) =>
  `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1}`;

/** JavaScript's own time by function in the window; a built-in (no file) is named with its caller. */
function hotFunctions(cpu: CpuProfile, from: number, to: number, n: number) {
  const nodes = new Map(cpu.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of cpu.nodes)
    for (const child of node.children ?? []) parents.set(child, node.id);
  const self = new Map<string, number>();
  let at = cpu.startTime;
  cpu.samples.forEach((id, i) => {
    at += cpu.timeDeltas[i] ?? 0;
    const node = nodes.get(id);
    if (!node || at < from || at > to) return;
    const caller = nodes.get(parents.get(id) ?? -1);
    const key =
      node.callFrame.url || !caller
        ? where(node.callFrame)
        : `${where(node.callFrame)} from ${where(caller.callFrame)}`;
    self.set(key, (self.get(key) ?? 0) + (cpu.timeDeltas[i] ?? 0));
  });
  return [...self]
    .filter(([k]) => !/^\((idle|program|garbage collector)\)/.test(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([fn, us]) => `${ms(us)} ms ${fn}`);
}

/**
 * The breakdown of the `windowMs` from the page's `console.timeStamp(mark)` (the trace's own start
 * costs the page a long task of its own, which is left out).
 */
export function breakdown(events: TraceEvent[], cpu: CpuProfile, mark: string, windowMs: number) {
  const { pid, tid } = mainThread(events);
  const stamp = events.find(
    (e) => e.name === 'TimeStamp' && (e.args?.data as { message?: string })?.message === mark,
  );
  if (!stamp) throw new Error(`no ${mark} time stamp in the trace`);
  const first = stamp.ts;
  const last = first + windowMs * 1000;
  const inWindow = spans(events.filter((e) => e.pid === pid && e.tid === tid));
  const main = inWindow.filter((s) => (s.top ?? s).start >= first && (s.top ?? s).start < last);
  const tops = main.filter((s) => !s.top);
  const busy = tops.reduce((sum, s) => sum + (s.end - s.start), 0);
  const long = [...tops].sort((a, b) => b.end - b.start - (a.end - a.start)).slice(0, 8);
  return {
    windowMs,
    mainThreadBusyMs: ms(busy),
    tasksOver16ms: tops.filter((s) => s.end - s.start > 16_700).length,
    mainThreadCpuMs: ms(tops.reduce((sum, s) => sum + s.cpu, 0)),
    byKind: byKind(main, 'self'),
    byKindCpu: byKind(main, 'cpuSelf'),
    byEvent: topNames(main, 20),
    longestTasks: long.map((s) => ({
      atMs: ms(s.start - first),
      ms: ms(s.end - s.start),
      work: Object.fromEntries([...s.own].filter(([, v]) => v >= 500).map(([k, v]) => [k, ms(v)])),
      functions: hotFunctions(cpu, s.start, s.end, 6),
    })),
    frames: frameStates(events, first, last),
    hotFunctions: hotFunctions(cpu, first, last, 25),
  };
}
