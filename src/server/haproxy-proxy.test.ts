import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { connect as tcp } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clusterServices } from '../../test/helpers/cluster-services.ts';
import { freePort } from '../../test/helpers/services.ts';
import { fixtureLibrary } from '../../test/helpers/workshop-fixtures.ts';
import { serverOptions } from '../../test/helpers/workshop-harness.ts';
import { expectStickyByCode, playRoundsThrough } from '../../test/helpers/proxied-round.ts';
import { startWorkshopServer } from './workshop-server.ts';

const library = fixtureLibrary('test/fixtures/small-desk.ink');
const story = [...library.values()][0]!;

/**
 * Debian's haproxy (.ci/run installs it) with docs/proxy/haproxy-workshop.cfg as written, only its
 * ports changed, logging each request to stdout as `code server method status`.
 */
async function startHaproxy(upstreams: number[], port: number) {
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
  const listening = () =>
    new Promise<boolean>((resolve) => {
      const s = tcp(port, '127.0.0.1', () => {
        s.end();
        resolve(true);
      }).on('error', () => resolve(false));
    });
  await expect.poll(listening, { timeout: 20_000 }).toBe(true);
  // Request lines only (a request without a code logs an empty first field).
  const requests = () =>
    log
      .split('\n')
      .filter((l) => / (GET|POST) \d{3}$/.test(l))
      .join('\n');
  return { child, log: requests };
}

describe('two workshop processes behind HAProxy (docs/proxy/haproxy-workshop.cfg)', () => {
  const { sockets, servers, ...services } = clusterServices();
  let haproxy: ChildProcess | undefined;
  // Registered after clusterServices' hook, so it runs first: the proxy goes before its upstreams.
  afterAll(() => {
    haproxy?.kill('SIGTERM');
  });

  it('plays a round over long-polling, each session’s requests on one process', async () => {
    const db = services.postgres().createDatabase('haproxied');
    for (let i = 0; i < 2; i++) {
      const options = serverOptions({
        db,
        stories: library,
        redis: services.redis().url,
        trustProxy: 1,
      });
      servers.push(await startWorkshopServer(options));
    }
    const port = await freePort();
    const proxy = await startHaproxy(
      servers.map((s) => s.port),
      port,
    );
    haproxy = proxy.child;
    const codes = await playRoundsThrough(`http://127.0.0.1:${port}`, story.id, sockets);
    expectStickyByCode(proxy.log(), codes);
  }, 120_000);
});
