import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.mp3': 'audio/mpeg',
  '.webm': 'audio/webm',
};

/**
 * A static server like many a company's: every path it has no file for gets index.html with 200,
 * so a missing picture arrives as a web page.
 */
export async function serveWithPageFallback(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/'));
    const inside = file.startsWith(dir) && !file.endsWith(path.sep);
    void (inside ? readFile(file) : Promise.reject(new Error('not a file')))
      .then((body) => {
        res.writeHead(200, {
          'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        });
        res.end(body);
      })
      .catch(async () => {
        res.writeHead(200, { 'Content-Type': 'text/html' });
        res.end(await readFile(path.join(dir, 'index.html')));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}
