import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import {
  describeBehindProxy,
  untilListening,
  type StartedProxy,
} from '../../test/helpers/proxied-round.ts';

/**
 * Debian's haproxy (.ci/run installs it) with docs/proxy/haproxy-workshop.cfg as written, only its
 * ports changed, logging each request to stdout as `code server method status`.
 */
async function startHaproxy(upstreams: number[], port: number): Promise<StartedProxy> {
  const dir = mkdtempSync(path.join(tmpdir(), 'workshop-haproxy-'));
  const config = readFileSync('docs/proxy/haproxy-workshop.cfg', 'utf8')
    .replace('server one 127.0.0.1:8081', `server one 127.0.0.1:${upstreams[0]}`)
    .replace('server two 127.0.0.1:8082', `server two 127.0.0.1:${upstreams[1]}`)
    .replace('bind :8080', `bind 127.0.0.1:${port}`)
    .replace('global\n', 'global\n  log stdout format raw local0\n')
    .replace(
      'frontend workshop\n',
      'frontend workshop\n  http-request set-var(txn.code) url_param(code)\n  log-format "%[var(txn.code)] %s %HM %ST"\n',
    );
  expect(config).toContain(`server two 127.0.0.1:${upstreams[1]}`);
  writeFileSync(path.join(dir, 'haproxy.cfg'), config);
  let log = '';
  const child = spawn('/usr/sbin/haproxy', ['-db', '-f', path.join(dir, 'haproxy.cfg')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  await untilListening(port);
  // Request lines only (a request without a code logs an empty first field).
  const requests = () =>
    log
      .split('\n')
      .filter((l) => / (GET|POST) \d{3}$/.test(l))
      .join('\n');
  return { child, log: requests };
}

describeBehindProxy(
  'two workshop processes behind HAProxy (docs/proxy/haproxy-workshop.cfg)',
  startHaproxy,
);
