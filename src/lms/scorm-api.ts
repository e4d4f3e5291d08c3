/** The SCORM runtime APIs an LMS puts on a window: 1.2 as `API`, 2004 as `API_1484_11`. */

type Result = string | boolean;

export interface Scorm12Api {
  LMSInitialize(arg: ''): Result;
  LMSFinish(arg: ''): Result;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): Result;
  LMSCommit(arg: ''): Result;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string | number): string;
}

export interface Scorm2004Api {
  Initialize(arg: ''): Result;
  Terminate(arg: ''): Result;
  GetValue(element: string): string;
  SetValue(element: string, value: string): Result;
  Commit(arg: ''): Result;
  GetLastError(): string | number;
  GetErrorString(code: string | number): string;
}

export type ScormEditionId = '1.2' | '2004';

/** Both editions behind one shape, so the record and the store are written once. */
export interface ScormPort {
  readonly edition: ScormEditionId;
  initialize(): boolean;
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
  terminate(): boolean;
  /** The LMS's last error, as 'code: message', for the learner's notice and the console. */
  lastProblem(): string;
}

const ok = (r: unknown) => r === true || r === 'true';

function reporter(edition: ScormEditionId, describe: (code: string | number) => string) {
  // An LMS that lacks an element answers every write with the same error: say it once, not per decision.
  const told = new Set<string>();
  return (what: string, code: string | number) => {
    const key = `${what}:${code}`;
    if (told.has(key)) return;
    told.add(key);
    console.warn(`Serving Moments: SCORM ${edition} ${what} failed (${code}: ${describe(code)})`);
  };
}

function safely<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

export function scorm12Port(api: Scorm12Api): ScormPort {
  const warn = reporter('1.2', (c) => safely(() => api.LMSGetErrorString(c), ''));
  const check = (what: string, result: unknown) => {
    if (ok(result)) return true;
    warn(
      what,
      safely(() => api.LMSGetLastError(), '?'),
    );
    return false;
  };
  return {
    edition: '1.2',
    lastProblem: () => {
      const code = safely(() => api.LMSGetLastError(), '?');
      return `${code}: ${safely(() => api.LMSGetErrorString(code), '') || 'no message'}`;
    },
    initialize: () =>
      check(
        'LMSInitialize',
        safely(() => api.LMSInitialize(''), false),
      ),
    get: (el) => safely(() => String(api.LMSGetValue(el) ?? ''), ''),
    set: (el, v) =>
      check(
        `LMSSetValue(${el})`,
        safely(() => api.LMSSetValue(el, v), false),
      ),
    commit: () =>
      check(
        'LMSCommit',
        safely(() => api.LMSCommit(''), false),
      ),
    terminate: () =>
      check(
        'LMSFinish',
        safely(() => api.LMSFinish(''), false),
      ),
  };
}

export function scorm2004Port(api: Scorm2004Api): ScormPort {
  const warn = reporter('2004', (c) => safely(() => api.GetErrorString(c), ''));
  const check = (what: string, result: unknown) => {
    if (ok(result)) return true;
    warn(
      what,
      safely(() => api.GetLastError(), '?'),
    );
    return false;
  };
  return {
    edition: '2004',
    lastProblem: () => {
      const code = safely(() => api.GetLastError(), '?');
      return `${code}: ${safely(() => api.GetErrorString(code), '') || 'no message'}`;
    },
    initialize: () =>
      check(
        'Initialize',
        safely(() => api.Initialize(''), false),
      ),
    get: (el) => safely(() => String(api.GetValue(el) ?? ''), ''),
    set: (el, v) =>
      check(
        `SetValue(${el})`,
        safely(() => api.SetValue(el, v), false),
      ),
    commit: () =>
      check(
        'Commit',
        safely(() => api.Commit(''), false),
      ),
    terminate: () =>
      check(
        'Terminate',
        safely(() => api.Terminate(''), false),
      ),
  };
}
