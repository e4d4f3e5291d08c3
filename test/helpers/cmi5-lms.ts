import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ReceivedStatement } from './lrs-server.ts';

/**
 * A cmi5 LMS and LRS stand-in on 127.0.0.1: it issues a one-time fetch URL and LMS.LaunchData, keeps
 * what the AU sends and checks every statement against the AU rules of the cmi5 specification
 * (sections 9.3–9.6 and 10). No open-source cmi5 LMS runs on this machine, so this is what the
 * tests launch against; docs/lms.md says so.
 */
export interface Cmi5Lms {
  /** Where the stand-in listens; with `auDir`, the AU's files are under `${origin}/au/`. */
  origin: string;
  endpoint: string;
  statements: ReceivedStatement[];
  /** Each broken rule, with the statement's verb and position. */
  violations: string[];
  launchUrl(page: string): string;
  /** What the LMS concludes: the rules broken, and whether the AU's moveOn criterion is met. */
  verdict(): Cmi5Verdict;
  stop(): Promise<void>;
}

export interface Cmi5Verdict {
  violations: string[];
  /** The AU satisfied its moveOn (CompletedAndPassed needs both; NotApplicable always holds). */
  movedOn: boolean;
  terminated: boolean;
}

export interface Cmi5LmsOptions {
  launchMode?: 'Normal' | 'Browse' | 'Review';
  masteryScore?: number;
  moveOn?: string;
  /** The AU's id from cmi5.xml (an LMS takes it from the course structure it imported). */
  activityId?: string;
  /** An unzipped cmi5 package, served under /au/ as an LMS hosts an imported course. */
  auDir?: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.wav': 'audio/wav',
};

const ISO_DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

const V = (name: string) => `http://adlnet.gov/expapi/verbs/${name}`;
const CAT = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const MASTERY = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
const DEFINED = ['initialized', 'completed', 'passed', 'failed', 'terminated'].map(V);

interface Seen {
  completed: boolean;
  passed: boolean;
  terminated: boolean;
}

export async function startCmi5Lms(options: Cmi5LmsOptions = {}): Promise<Cmi5Lms> {
  const token = Buffer.from('au:secret-for-this-session').toString('base64');
  const actor = { objectType: 'Agent', name: 'Ann Lee', mbox: 'mailto:ann@example.com' };
  const registration = '2b5a8e1c-7d3f-4a6b-9c0e-1f2a3b4c5d6e';
  const activityId = options.activityId ?? 'https://lms.example.com/cmi5/serving-moments/au';
  const grouping = 'https://lms.example.com/cmi5/serving-moments';
  const sessionId = 'c5e5b0f4-3d2a-4b1c-8e7f-6a5b4c3d2e1f';
  const launchMode = options.launchMode ?? 'Normal';
  const launchData = {
    contextTemplate: {
      contextActivities: { grouping: [{ id: grouping }] },
      extensions: { [SESSION]: sessionId },
    },
    launchMode,
    moveOn: options.moveOn ?? 'CompletedAndPassed',
    ...(options.masteryScore !== undefined ? { masteryScore: options.masteryScore } : {}),
  };
  let fetched = false;
  const seen: Seen = { completed: false, passed: false, terminated: false };
  const ids = new Set<string>();
  const lms: Cmi5Lms = {
    origin: '',
    endpoint: '',
    statements: [],
    violations: [],
    launchUrl: () => '',
    verdict: () => ({
      violations: [...lms.violations],
      movedOn: movedOn(launchData.moveOn, seen),
      terminated: seen.terminated,
    }),
    stop: async () => undefined,
  };

  const check = (s: ReceivedStatement, n: number) => {
    const bad = (rule: string) => lms.violations.push(`#${n + 1} ${s.verb.id}: ${rule}`);
    const ctx = (s.context ?? {}) as {
      registration?: string;
      extensions?: Record<string, unknown>;
      contextActivities?: { category?: { id: string }[]; grouping?: { id: string }[] };
    };
    const result = (s.result ?? {}) as Record<string, unknown>;
    const categories = (ctx.contextActivities?.category ?? []).map((c) => c.id);
    if (n === 0 && s.verb.id !== V('initialized')) bad('the first statement must be initialized');
    if (n > 0 && s.verb.id === V('initialized')) bad('initialized twice');
    if (seen.terminated) bad('nothing may follow terminated');
    if (JSON.stringify(s.actor) !== JSON.stringify(actor)) bad('actor differs from the launch');
    if (ctx.registration !== registration) bad('registration differs from the launch');
    if (ctx.extensions?.[SESSION] !== sessionId) bad('session id missing from context');
    if (!(ctx.contextActivities?.grouping ?? []).some((g) => g.id === grouping))
      bad("the context template's grouping is missing");
    if (ids.has(s.id)) bad('statement id sent twice');
    ids.add(s.id);
    if ('duration' in result && !ISO_DURATION.test(String(result.duration)))
      bad(`duration ${String(result.duration)} is not ISO 8601`);
    if (!DEFINED.includes(s.verb.id)) {
      // cmi5 "allowed" statements: inside the session, never posing as cmi5-defined ones.
      if (categories.includes(CAT)) bad('an allowed statement carries the cmi5 category');
      return;
    }
    if ((s.object as { id?: string }).id !== activityId) bad('object is not the AU');
    if (!categories.includes(CAT)) bad('cmi5 category missing');
    if (typeof s.timestamp !== 'string') bad('no timestamp');
    const judged = [V('completed'), V('passed'), V('failed')].includes(s.verb.id);
    if (judged && launchMode !== 'Normal') bad(`not allowed in ${launchMode} mode`);
    if (judged && !categories.includes(MOVEON)) bad('moveOn category missing');
    if (judged && typeof result.duration !== 'string') bad('duration missing');
    if (s.verb.id === V('completed')) {
      if (seen.completed) bad('completed twice');
      if (result.completion !== true) bad('completion must be true');
      if ('success' in result) bad('completed must not carry success');
      seen.completed = true;
    }
    if (s.verb.id === V('passed') || s.verb.id === V('failed')) {
      const passed = s.verb.id === V('passed');
      if (seen.passed) bad(`${passed ? 'passed' : 'failed'} after passed`);
      if (result.success !== passed) bad('success does not match the verb');
      const scaled = (result.score as { scaled?: number } | undefined)?.scaled;
      if (options.masteryScore !== undefined) {
        if (ctx.extensions?.[MASTERY] !== options.masteryScore) bad('masteryscore missing');
        if (typeof scaled === 'number' && passed !== scaled >= options.masteryScore)
          bad('judged against another mastery score');
      }
      if (passed) seen.passed = true;
    }
    if (s.verb.id === V('terminated')) {
      if (typeof result.duration !== 'string') bad('duration missing');
      seen.terminated = true;
    }
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      // An AU opened from disk (file://) calls from origin 'null': an LMS that allows that answers
      // CORS requests from any origin.
      res.setHeader('access-control-allow-origin', '*');
      if (req.method === 'OPTIONS')
        return res
          .writeHead(204, {
            'access-control-allow-methods': 'GET, POST, PUT, OPTIONS',
            'access-control-allow-headers': 'Authorization, Content-Type, X-Experience-API-Version',
          })
          .end();
      const json = (status: number, body: unknown) =>
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      if (url.pathname === '/fetch' && req.method === 'POST') {
        if (fetched) return json(200, { 'error-code': '1', 'error-text': 'already used' });
        fetched = true;
        return json(200, { 'auth-token': token });
      }
      const au = /^\/au\/(.*)$/.exec(url.pathname);
      if (au && options.auDir && req.method === 'GET') {
        const file = path.normalize(decodeURIComponent(au[1] || 'index.html'));
        if (file.startsWith('..')) return json(404, { error: 'not here' });
        try {
          const body = readFileSync(path.join(options.auDir, file));
          res.writeHead(200, {
            'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
          });
          return res.end(body);
        } catch {
          return json(404, { error: 'not here' });
        }
      }
      if (req.headers.authorization !== `Basic ${token}`) return json(401, { error: 'no token' });
      if (url.pathname === '/xapi/activities/state' && req.method === 'GET') {
        const ok =
          url.searchParams.get('stateId') === 'LMS.LaunchData' &&
          url.searchParams.get('activityId') === activityId &&
          url.searchParams.get('registration') === registration;
        return ok ? json(200, launchData) : json(404, { error: 'no such state' });
      }
      if (url.pathname === '/xapi/statements' && req.method === 'POST') {
        const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        const batch = (Array.isArray(body) ? body : [body]) as ReceivedStatement[];
        for (const s of batch) {
          check(s, lms.statements.length);
          lms.statements.push(s);
        }
        return json(
          200,
          batch.map((s) => s.id),
        );
      }
      return json(404, { error: 'not here' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  lms.origin = origin;
  lms.endpoint = `${origin}/xapi/`;
  lms.launchUrl = (page) =>
    `${page}?${new URLSearchParams({
      endpoint: lms.endpoint,
      fetch: `${origin}/fetch`,
      actor: JSON.stringify(actor),
      registration,
      activityId,
    })}`;
  lms.stop = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return lms;
}

function movedOn(moveOn: string, seen: Seen): boolean {
  if (moveOn === 'Completed') return seen.completed;
  if (moveOn === 'Passed') return seen.passed;
  if (moveOn === 'CompletedAndPassed') return seen.completed && seen.passed;
  if (moveOn === 'CompletedOrPassed') return seen.completed || seen.passed;
  return true;
}
