/**
 * The benchmark's floor: a bare socket.io server on loopback that acknowledges every request and
 * tells one watching socket, as the workshop server tells its host. What the workshop costs beyond
 * this is ours. Prints its address on stdout.
 */
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const http = createServer();
const io = new Server(http);
io.on('connection', (socket) => {
  socket.on('watch', (ack: () => void) => {
    void socket.join('watchers');
    ack();
  });
  socket.on('echo', (payload: { id: string }, ack: (r: unknown) => void) => {
    ack({ ok: true, value: payload });
    io.to('watchers').emit('echoed', payload.id);
  });
});
http.listen(0, '127.0.0.1', () => {
  const address = http.address();
  if (address && typeof address === 'object') console.log(`echo http://127.0.0.1:${address.port}`);
});
