/**
 * The raw baseline of the cross-node benchmark (bench/cluster.ts): a bare Socket.IO server with the Redis
 * adapter and nothing else: no auth, no store, no stream hub. Two of these, sharing one Redis, stand in for two
 * hub nodes.
 *
 *   REDIS_URL=redis://127.0.0.1:6379 ANTHROPIC_BASE_URL=http://127.0.0.1:4010 \
 *     node --import tsx bench/raw-redis-node.ts
 *
 * Environment: REDIS_URL (required), ANTHROPIC_BASE_URL (for `start`), PORT (default 0 = any free port),
 * RAW_KEY_PREFIX (adapter channel prefix, default `bench-raw:socket.io`). Prints `{"port":N}` on stdout once it
 * listens. Exits on SIGTERM/SIGINT, or when its stdin closes (the parent went away).
 *
 * Client events:
 * - `join i, ack`  → joins room `r:<i>` (`i` = 'm' for the message room).
 * - `start i, ack` → acks, then streams a Messages API reply (marker `[bench-lead-<i>]` in the prompt) with the
 *   real SDK and emits every text delta to room `r:<i>` through the adapter: `token {i, text}`, then `done i`
 *   (or `failed {i, message}`).
 * - `send payload, ack` → emits `message payload` to room `r:m` through the adapter, then acks.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Anthropic } from '@anthropic-ai/sdk';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import { Server } from 'socket.io';

const redisUrl = process.env.REDIS_URL;
if (!redisUrl) {
  process.stderr.write('raw-redis-node: REDIS_URL is required\n');
  process.exit(2);
}
const keyPrefix = process.env.RAW_KEY_PREFIX ?? 'bench-raw:socket.io';

const pub = new Redis(redisUrl, { lazyConnect: true, connectionName: 'bench-raw:pub' });
const sub = new Redis(redisUrl, { lazyConnect: true, connectionName: 'bench-raw:sub' });
await Promise.all([pub.connect(), sub.connect()]);

const anthropic = new Anthropic({
  apiKey: 'bench',
  baseURL: process.env.ANTHROPIC_BASE_URL ?? 'http://127.0.0.1:4010',
  maxRetries: 0,
});

const http = createServer();
const io = new Server(http, { adapter: createAdapter(pub, sub, { key: keyPrefix }) });
const room = (i: unknown) => `r:${String(i)}`;

io.on('connection', (socket) => {
  socket.on('join', (i: number | string, ack?: () => void) => {
    void Promise.resolve(socket.join(room(i))).then(() => ack?.());
  });
  socket.on('start', (i: number, ack?: () => void) => {
    ack?.();
    const stream = anthropic.messages.stream({
      model: 'bench-fast',
      max_tokens: 1_024,
      system: 'raw baseline',
      messages: [{ role: 'user', content: `Timing worries me [bench-lead-${i}]` }],
    });
    stream.on('text', (text) => io.to(room(i)).emit('token', { i, text }));
    stream.on('end', () => io.to(room(i)).emit('done', i));
    stream.on('error', (error) => io.to(room(i)).emit('failed', { i, message: String(error) }));
  });
  socket.on('send', (payload: unknown, ack?: (answer: unknown) => void) => {
    io.to(room('m')).emit('message', payload);
    ack?.({ ok: true });
  });
});

await new Promise<void>((resolve) => http.listen(Number(process.env.PORT ?? 0), '127.0.0.1', resolve));
process.stdout.write(`${JSON.stringify({ port: (http.address() as AddressInfo).port })}\n`);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  setTimeout(() => process.exit(0), 1_000).unref();
  void io
    .close()
    .catch(() => undefined)
    .then(() => Promise.allSettled([pub.quit(), sub.quit()]))
    .finally(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.on('error', stop);
process.stdin.resume();
