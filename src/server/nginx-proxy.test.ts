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

/** Debian's nginx (.ci/run installs it) with docs/proxy/nginx-workshop.conf, in a folder of its own. */
async function startNginx(upstreams: number[], port: number) {
  const dir = mkdtempSync(path.join(tmpdir(), 'workshop-nginx-'));
  const site = readFileSync('docs/proxy/nginx-workshop.conf', 'utf8')
    .replace('server 127.0.0.1:8081;', `server 127.0.0.1:${upstreams[0]};`)
    .replace('server 127.0.0.1:8082;', `server 127.0.0.1:${upstreams[1]};`)
    .replace('listen 8080;', `listen 127.0.0.1:${port};`);
  writeFileSync(path.join(dir, 'workshop.conf'), site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((t) => `${t}_temp_path ${dir}/${t};`)
    .join('\n');
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `worker_processes 1;
error_log ${dir}/error.log;
pid ${dir}/nginx.pid;
events { worker_connections 512; }
http {
  log_format routed '$arg_code $upstream_addr $request_method $status';
  access_log ${dir}/access.log routed;
  ${temp}
  include ${dir}/workshop.conf;
}
`,
  );
  const child = spawn(
    '/usr/sbin/nginx',
    ['-p', dir, '-e', `${dir}/error.log`, '-c', `${dir}/nginx.conf`, '-g', 'daemon off;'],
    { stdio: 'ignore' },
  );
  const listening = () =>
    new Promise<boolean>((resolve) => {
      const s = tcp(port, '127.0.0.1', () => {
        s.end();
        resolve(true);
      }).on('error', () => resolve(false));
    });
  await expect.poll(listening, { timeout: 20_000 }).toBe(true);
  return { child, log: () => readFileSync(`${dir}/access.log`, 'utf8') };
}

describe('two workshop processes behind nginx (docs/proxy/nginx-workshop.conf)', () => {
  const { sockets, servers, ...services } = clusterServices();
  let nginx: ChildProcess | undefined;
  // Registered after clusterServices' hook, so it runs first: the proxy goes before its upstreams.
  afterAll(() => {
    nginx?.kill('SIGTERM');
  });

  it('plays a round over long-polling, each session’s requests on one process', async () => {
    const db = services.postgres().createDatabase('proxied');
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
    const proxy = await startNginx(
      servers.map((s) => s.port),
      port,
    );
    nginx = proxy.child;
    const codes = await playRoundsThrough(`http://127.0.0.1:${port}`, story.id, sockets);
    expectStickyByCode(proxy.log(), codes);
  }, 120_000);
});
