import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  describeBehindProxy,
  untilListening,
  type StartedProxy,
} from '../../test/helpers/proxied-round.ts';

/** Debian's nginx (.ci/run installs it) with docs/proxy/nginx-workshop.conf, in a folder of its own. */
async function startNginx(upstreams: number[], port: number): Promise<StartedProxy> {
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
  await untilListening(port);
  return { child, log: () => readFileSync(`${dir}/access.log`, 'utf8') };
}

describeBehindProxy(
  'two workshop processes behind nginx (docs/proxy/nginx-workshop.conf)',
  startNginx,
);
