import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedStatement {
  id: string;
  verb: { id: string };
  [field: string]: unknown;
}

/** A learning record store on localhost that keeps what it is sent; it can be made to fail. */
export interface TestLrs {
  endpoint: string;
  statements: ReceivedStatement[];
  /** Every statement id posted, in order, a second send of the same id included. */
  received: string[];
  headers: http.IncomingHttpHeaders[];
  /** While set, every request is answered 503 Service Unavailable. */
  unavailable: boolean;
  /** Stops listening: the next sends fail to connect. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  restart(): Promise<void>;
}

export async function startLrs(): Promise<TestLrs> {
  const lrs: TestLrs = {
    endpoint: '',
    statements: [],
    received: [],
    headers: [],
    unavailable: false,
    stop: async () => undefined,
    restart: async () => undefined,
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      // Pages on another port post here, as a hosted LRS's browsers do.
      res.setHeader('access-control-allow-origin', '*');
      if (req.method === 'OPTIONS') {
        res
          .writeHead(204, {
            'access-control-allow-methods': 'GET, POST, PUT, OPTIONS',
            'access-control-allow-headers': 'Authorization, Content-Type, X-Experience-API-Version',
          })
          .end();
        return;
      }
      lrs.headers.push(req.headers);
      if (lrs.unavailable) {
        res.writeHead(503).end('down for maintenance');
        return;
      }
      if (req.method !== 'POST' || !req.url?.startsWith('/xapi/statements')) {
        res.writeHead(404).end();
        return;
      }
      const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const batch = (Array.isArray(body) ? body : [body]) as ReceivedStatement[];
      lrs.received.push(...batch.map((s) => s.id));
      // As the xAPI spec says: a statement id the LRS already holds is a conflict.
      if (batch.some((s) => lrs.statements.some((k) => k.id === s.id))) {
        res.writeHead(409).end('conflict');
        return;
      }
      lrs.statements.push(...batch);
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify(batch.map((s) => s.id)));
    });
  });
  const listen = (port: number) =>
    new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  await listen(0);
  const { port } = server.address() as AddressInfo;
  lrs.endpoint = `http://127.0.0.1:${port}/xapi/`;
  lrs.stop = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  lrs.restart = () => listen(port);
  return lrs;
}
