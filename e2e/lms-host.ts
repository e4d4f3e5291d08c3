import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { FrameLocator, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.webm': 'audio/webm',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.json': 'application/json',
  '.xml': 'application/xml',
};

/**
 * The LMS's side of a launch: its page installs scorm-again's API on `window`, keeps what the
 * content commits (as an LMS keeps it between sessions: here in sessionStorage) and opens the
 * package's launch file in an iframe. `?edition=1.2|2004&launch=URL`.
 */
const LMS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Test LMS</title>
<script src="/scorm-again.js"></script></head>
<body style="margin:0;font:16px/1.4 system-ui,sans-serif;color:#1a1a1a;background:#fff"><iframe id="sco" title="Course" style="width:100%;height:900px;border:0;display:block"></iframe>
<main style="padding:0 16px"><button type="button" id="show-report">Show recorded data</button>
<section id="report" aria-label="Recorded data" hidden></section></main>
<style>#report table{border-collapse:collapse;margin:8px 0 16px;font-size:14px}#report th,#report td{border:1px solid #888;padding:4px 8px;text-align:left;vertical-align:top}#report caption{text-align:left;font-weight:bold;padding:4px 0}</style>
<script>
  const params = new URLSearchParams(location.search);
  const edition = params.get('edition');
  const key = 'test-lms:' + edition;
  const kept = JSON.parse(sessionStorage.getItem(key) || 'null');
  const api = edition === '1.2' ? new Scorm12API({ logLevel: 'NONE' }) : new Scorm2004API({ logLevel: 'NONE' });
  // ?mode=review opens the attempt for review; ?refuse=commit makes this LMS refuse every Commit.
  const review = params.get('mode') === 'review';
  const start = review ? Object.assign({}, kept, edition === '1.2' ? { core: Object.assign({}, kept && kept.core, { lesson_mode: 'review' }) } : { mode: 'review' }) : kept;
  if (start) api.loadFromJSON(start, '');
  if (params.get('refuse') === 'commit') {
    const name = edition === '1.2' ? 'LMSCommit' : 'Commit';
    window.lmsRefused = 0;
    api[name] = () => { window.lmsRefused++; return 'false'; };
    api[edition === '1.2' ? 'LMSGetLastError' : 'GetLastError'] = () => edition === '1.2' ? '101' : '391';
  }
  if (edition === '1.2') window.API = api; else window.API_1484_11 = api;
  window.lmsData = () => api.renderCommitCMI(true).cmi;
  window.lmsLaunchedWith = kept;
  // What an LMS carries into the next session of the same attempt, after an exit of 'suspend'.
  const keep = () => {
    const cmi = api.renderCommitCMI(true).cmi;
    const next = edition === '1.2'
      ? { suspend_data: cmi.suspend_data, core: { entry: cmi.core.exit === 'suspend' ? 'resume' : '', lesson_status: cmi.core.lesson_status, lesson_location: cmi.core.lesson_location, score: cmi.core.score } }
      : { suspend_data: cmi.suspend_data, entry: cmi.exit === 'suspend' ? 'resume' : '', completion_status: cmi.completion_status, success_status: cmi.success_status, location: cmi.location, score: cmi.score };
    sessionStorage.setItem(key, JSON.stringify(next));
  };
  const names = edition === '1.2' ? ['LMSCommit', 'LMSFinish'] : ['Commit', 'Terminate'];
  for (const name of names) api.on(name, keep);
  api.on(names[1], () => sessionStorage.setItem(key + ':terminated', 'yes'));
  // The LMS's report: what scorm-again holds for this attempt, as an administrator reads it.
  const esc = (v) => String(v == null ? '' : v).replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);
  const table = (caption, heads, rows) => '<table><caption>' + caption + '</caption><thead><tr>' +
    heads.map((x) => '<th scope="col">' + esc(x) + '</th>').join('') + '</tr></thead><tbody>' +
    rows.map((r) => '<tr>' + r.map((c) => '<td>' + esc(c) + '</td>').join('') + '</tr>').join('') + '</tbody></table>';
  document.getElementById('show-report').onclick = () => {
    const cmi = api.renderCommitCMI(true).cmi;
    const core = cmi.core || {};
    const score = (edition === '1.2' ? core.score : cmi.score) || {};
    const status = edition === '1.2'
      ? [['cmi.core.lesson_status', core.lesson_status], ['cmi.core.score.raw', score.raw], ['cmi.core.lesson_location', core.lesson_location], ['cmi.core.session_time', core.session_time]]
      : [['cmi.completion_status', cmi.completion_status], ['cmi.success_status', cmi.success_status], ['cmi.score.scaled', score.scaled], ['cmi.score.raw', score.raw], ['cmi.progress_measure', cmi.progress_measure], ['cmi.location', cmi.location], ['cmi.session_time', cmi.session_time]];
    status.push(['cmi.suspend_data', cmi.suspend_data.length + ' characters']);
    const interactions = Object.values(cmi.interactions || {}).map((i) => [i.id, edition === '1.2' ? '' : i.description,
      edition === '1.2' ? i.student_response : i.learner_response,
      Object.values(i.correct_responses || {}).map((c) => c.pattern).join(', '), i.result]);
    const objectives = Object.values(cmi.objectives || {}).map((o) => [o.id, o.score && o.score.scaled, o.success_status, o.completion_status]);
    const report = document.getElementById('report');
    report.innerHTML = '<h2>What the LMS recorded (SCORM ' + esc(edition) + ')</h2>' +
      table('Status', ['element', 'value'], status) +
      table('Interactions', ['id', 'description', 'response', 'correct responses', 'result'], interactions) +
      (edition === '1.2' ? '' : table('Objectives', ['id', 'scaled score', 'success', 'completion'], objectives));
    report.hidden = false;
  };
  document.getElementById('sco').src = params.get('launch');
</script></body></html>`;

type Edition = '1.2' | '2004';

export interface LmsHost {
  origin: string;
  /** xAPI statements posted to `${origin}/lrs/statements`. */
  statements: { verb: { id: string } }[];
  /** Entries of each package zip built (names, and name → bytes) and the manifest they hold. */
  packages: Record<
    Edition,
    { entries: string[]; files: Record<string, Uint8Array>; manifest: string }
  >;
  close(): Promise<void>;
}

function serve(res: http.ServerResponse, file: string): void {
  try {
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
}

/**
 * Builds the SCORM packages with `build:scorm` into a temp folder and serves them unzipped:
 * `stories` is a comma-separated list of ids, or undefined for every story in stories/.
 */
export async function startLmsHost(
  root: string,
  stories?: string,
  editions: readonly Edition[] = ['1.2', '2004'],
): Promise<LmsHost> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sm-lms-e2e-'));
  const only = stories === undefined ? [] : ['--stories', stories];
  const formats = editions.map((e) => (e === '1.2' ? 'scorm12' : 'scorm2004')).join(',');
  execFileSync(
    'npx',
    ['tsx', 'scripts/build-scorm.ts', ...only, '--formats', formats, '--out', dir],
    {
      cwd: root,
      stdio: 'pipe',
    },
  );
  const packages = {} as LmsHost['packages'];
  for (const [edition, name] of [
    ['1.2', 'serving-moments-scorm12.zip'],
    ['2004', 'serving-moments-scorm2004.zip'],
  ] as const) {
    if (!editions.includes(edition)) continue;
    const entries = unzipSync(readFileSync(path.join(dir, name)));
    for (const [file, data] of Object.entries(entries)) {
      const target = path.join(dir, edition, file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, data);
    }
    packages[edition] = {
      entries: Object.keys(entries),
      files: entries,
      manifest: strFromU8(entries['imsmanifest.xml'] ?? new Uint8Array()),
    };
  }
  const statements: LmsHost['statements'] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    if (url.pathname === '/lrs/statements' && req.method === 'POST') {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        statements.push(...((Array.isArray(body) ? body : [body]) as LmsHost['statements']));
        res.writeHead(200, { 'content-type': 'application/json' }).end('[]');
      });
      return;
    }
    if (url.pathname === '/lms.html') {
      res.writeHead(200, { 'content-type': TYPES['.html'] }).end(LMS_PAGE);
      return;
    }
    if (url.pathname === '/scorm-again.js') {
      serve(res, path.join(root, 'node_modules/scorm-again/dist/scorm-again.js'));
      return;
    }
    const match = /^\/pkg(12|2004)\/(.*)$/.exec(url.pathname);
    const edition = match?.[1] === '12' ? '1.2' : '2004';
    const file = path.normalize(decodeURIComponent(match?.[2] ?? ''));
    if (!match || file.startsWith('..')) res.writeHead(404).end();
    else serve(res, path.join(dir, edition, file || 'index.html'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    statements,
    packages,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        rmSync(dir, { recursive: true, force: true });
      }),
  };
}

/** What scorm-again holds for the attempt (the LMS page's `lmsData()`), as the LMS keeps it. */
export type Cmi = Record<string, unknown> & {
  suspend_data: string;
  interactions: Record<string, Record<string, string>>;
};

export const lmsData = (page: Page) =>
  page.evaluate(() => (window as unknown as { lmsData(): unknown }).lmsData()) as Promise<Cmi>;

/** The game's choices, on its own page or inside the LMS page's frame. */
export const choicesIn = (scope: Page | FrameLocator) =>
  scope.getByRole('group', { name: 'Choices' });
