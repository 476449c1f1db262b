import { benchBotSteps } from './bots.js';
import { benchCoachingLatency } from './coaching.js';
import { benchCrossNode } from './cluster.js';
import { benchHubVsRaw } from './hub-vs-raw.js';
import { fmt, type Summary } from './stats.js';

const row = (name: string, hub: Summary, raw?: Summary) =>
  `| ${name} | ${fmt(hub.p50)} | ${fmt(hub.p99)} | ${raw ? fmt(raw.p50) : '-'} | ${raw ? fmt(raw.p99) : '-'} | ${raw ? fmt(hub.p50 / raw.p50, 2) : '-'} |`;

async function main(): Promise<void> {
  const started = Date.now();
  const only = process.env.BENCH_ONLY?.split(',');
  const wanted = (name: string) => !only || only.includes(name);
  console.log(
    'Jorge Hub benchmarks (loopback only; each figure next to a raw Socket.IO baseline from this run)\n',
  );

  if (wanted('single')) {
    const single = await benchHubVsRaw({ messages: 1_000, tokens: 2_000 });
    console.log('| path (one process, ms) | hub p50 | hub p99 | raw p50 | raw p99 | ratio p50 |');
    console.log('|---|---|---|---|---|---|');
    const normal = await benchHubVsRaw({ messages: 1_000, tokens: 10, synchronous: 'normal' });
    console.log(
      row('message accept (send → ack after SQLite commit, fsync: full)', single.acceptHub, single.acceptRaw),
    );
    console.log(row('message accept (HUB_SQLITE_SYNCHRONOUS=normal)', normal.acceptHub, normal.acceptRaw));
    console.log(row('token fan-out (publish → agent receives)', single.fanoutHub, single.fanoutRaw));
    console.log(row('replay of 500 messages (resume → ack)', single.replay500));
    console.log('');
  }

  if (wanted('bots')) {
    const bots = await benchBotSteps();
    console.log(
      `bot step (pure, ${bots.steps} steps over the conversation scripts): p50 ${fmt(bots.p50Us, 1)} µs, p99 ${fmt(bots.p99Us, 1)} µs\n`,
    );
  }

  if (wanted('coaching')) {
    console.log(
      '| coaching streams (one process) | hub p50 ms | hub p99 ms | raw p50 ms | raw p99 ms | added p50 ms | added p99 ms |',
    );
    console.log('|---|---|---|---|---|---|---|');
    for (const result of await benchCoachingLatency([1, 50, 500])) {
      console.log(
        `| ${result.streams} | ${fmt(result.hub.p50)} | ${fmt(result.hub.p99)} | ${fmt(result.raw.p50)} | ${fmt(result.raw.p99)} | ${fmt(result.hub.p50 - result.raw.p50)} | ${fmt(result.hub.p99 - result.raw.p99)} |`,
      );
    }
    console.log(
      '(latency per model delta: fake Anthropic server writes it → the agent client receives it)\n',
    );
  }
  if (wanted('cluster')) {
    const cross = await benchCrossNode({ concurrencies: [1, 50, 500], messages: 300 });
    console.log(
      '| cross-node (2 processes + Redis), ms | hub p50 | hub p99 | raw p50 | raw p99 | ratio p50 |',
    );
    console.log('|---|---|---|---|---|---|');
    for (const result of cross.tokens) {
      console.log(
        row(`coaching token, ${result.streams} streams (node A → client on B)`, result.hub, result.raw),
      );
    }
    console.log(row('message accept → delivery on the other node', cross.accept.hub, cross.accept.raw));
    console.log('(raw = bare Socket.IO + @socket.io/redis-adapter processes, same Redis, same fake model)\n');
  }
  console.log(`finished in ${((Date.now() - started) / 1_000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
