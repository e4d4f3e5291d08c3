/**
 * The floor under socket.io: a bare `ws` WebSocket server on loopback (the library socket.io's
 * websocket transport is built on) that answers every request and tells one watching socket, as
 * echo-server.ts does, without Engine.IO's or socket.io's framing, acknowledgements or rooms.
 * Messages are JSON: `{ a: ackId, t: 'watch' | 'echo', p: payload }`. Prints its address.
 */
import { createServer } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';

const http = createServer();
const wss = new WebSocketServer({ server: http });
const watchers = new Set<WebSocket>();
wss.on('connection', (ws) => {
  ws.on('message', (data) => {
    const message = JSON.parse(String(data)) as { a: number; t: string; p?: { id: string } };
    if (message.t === 'watch') watchers.add(ws);
    ws.send(JSON.stringify({ a: message.a, r: { ok: true, value: message.p } }));
    if (message.t !== 'echo' || !message.p) return;
    const told = JSON.stringify({ echoed: message.p.id });
    for (const watcher of watchers) watcher.send(told);
  });
  ws.on('close', () => watchers.delete(ws));
});
http.listen(0, '127.0.0.1', () => {
  const address = http.address();
  if (address && typeof address === 'object') console.log(`echo http://127.0.0.1:${address.port}`);
});
