/**
 * What a bot step allocates (BENCHMARKS.md, session 25): every step of the conversation scripts played ROUNDS times
 * (20) after 5 warm-up rounds under V8's sampling heap profiler (a sample every 4 KB, objects already collected
 * included), the bytes per step, and the TOP (25) functions by what they allocate themselves (a built-in's bytes go
 * to the function that called it, shown as `caller <builtin>`).
 *   ROUNDS=20 TOP=25 node --import tsx bench/bot-alloc.mts
 */
import { Session } from 'node:inspector/promises';
import { loadConversations } from '../tests/fixtures/conversations/load.js';
import { demoTenant, playScript } from './bots.js';

interface ProfileNode {
  callFrame: { functionName: string; url: string };
  selfSize: number;
  children: ProfileNode[];
}

const rounds = Number(process.env.ROUNDS ?? 20);
const tenant = demoTenant();
const scripts = loadConversations();
let steps = 0;
const play = (): void => {
  for (const script of scripts)
    playScript(script, tenant, () => {
      steps += 1;
    });
};
for (let round = 0; round < 5; round += 1) play();
steps = 0;

const session = new Session();
session.connect();
await session.post('HeapProfiler.enable');
await session.post('HeapProfiler.startSampling', {
  samplingInterval: 4096,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});
for (let round = 0; round < rounds; round += 1) play();
const { profile } = (await session.post('HeapProfiler.stopSampling')) as { profile: { head: ProfileNode } };
session.disconnect();

const where = (node: ProfileNode): string =>
  `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.replace(/^.*\/(src|node_modules)\//, '')}`;
let total = 0;
const byFunction = new Map<string, number>();
const walk = (node: ProfileNode, caller: string | undefined): void => {
  const builtin = node.callFrame.url === '';
  const name = builtin && caller ? `${caller} <${node.callFrame.functionName}>` : where(node);
  total += node.selfSize;
  byFunction.set(name, (byFunction.get(name) ?? 0) + node.selfSize);
  for (const child of node.children) walk(child, builtin && caller ? caller : where(node));
};
walk(profile.head, undefined);
console.log(`${steps} steps; allocated per step ${(total / steps / 1024).toFixed(1)} KB`);
const top = [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 25));
for (const [name, bytes] of top) console.log(`${(bytes / steps).toFixed(0).padStart(7)} B  ${name}`);
