/**
 * Holds idle widget connections to one hub node for the three-node bench (bench/cluster-scale.ts), in its own
 * process: one process may hold only as many sockets as its open-file limit (20,000 here), so 30,000 connections
 * need several holders. Each connection is a fresh widget session (its own lead) on the minimal engine.io client
 * of the idle bench, bound to a loopback source address of its own (127.0.0.<n>).
 *
 *   node --import tsx bench/cluster-holder.ts http://127.0.0.1:PORT 10000 127.0.0.5
 *
 * Prints `{"connected":N,"retried":R,"ms":T}` once every connection is open, then holds them until stdin closes or
 * SIGTERM.
 */
import type { WebSocket } from 'ws';
import { idleClientRetried, widgetTokens } from './idle-connections.js';

const [url, countArg, localAddress] = process.argv.slice(2);
if (!url || !countArg || !localAddress) {
  process.stderr.write('usage: cluster-holder.ts URL COUNT LOCAL_ADDRESS\n');
  process.exit(2);
}
const count = Number(countArg);
const CONCURRENCY = 200;

const started = Date.now();
const tokens = await widgetTokens(url, count);
const sockets: WebSocket[] = [];
const retried = { count: 0 };
let next = 0;
// A handshake the server never answers would hold the bench forever: no new connection for 60 s ends the holder.
let seen = -1;
const watchdog = setInterval(() => {
  if (sockets.length === seen) {
    process.stderr.write(`cluster-holder: stalled at ${sockets.length}/${count} connections for 60 s\n`);
    process.exit(3);
  }
  seen = sockets.length;
}, 60_000);
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < tokens.length) {
      const token = tokens[next++]!;
      sockets.push(await idleClientRetried(retried, url, '/widget', token, localAddress));
    }
  }),
);
clearInterval(watchdog);
process.stdout.write(
  `${JSON.stringify({ connected: sockets.length, retried: retried.count, ms: Date.now() - started })}\n`,
);

const stop = () => {
  for (const socket of sockets) socket.terminate();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.on('error', stop);
process.stdin.resume();
