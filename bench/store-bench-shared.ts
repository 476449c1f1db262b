import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { NewConversation, NewMessage } from '../src/store/types.js';

/**
 * What the SQLite store benches (bench/store-appends.ts, bench/store-starts.ts) share: the checkouts named on the
 * command line, the lead's records and texts, the tsc build of a checkout, and the per-round ratio of two checkouts.
 */

/** The checkouts named on the command line (the current one when none is). */
export const checkoutsFromArgs = (): string[] =>
  (process.argv.slice(2).length ? process.argv.slice(2) : ['.']).map((path) => resolve(path));

const TEXTS = ['Hi, is this still available?', 'We want to buy a 3 bedroom house around 800k'];
/** A bot state with `BENCH_STORE_SLOTS` slots (default 6), sealed with the record as the hub's would be. */
const botState = {
  version: 1,
  step: 'greeting',
  ...Object.fromEntries(
    Array.from({ length: Number(process.env.BENCH_STORE_SLOTS ?? 6) }, (_, i) => [
      `slot${i}`,
      `what the lead said about slot ${i}`,
    ]),
  ),
};

const at = (ms: number) => new Date(Date.UTC(2026, 10, 27) + ms).toISOString();

export const conversationOf = (leadId: string): NewConversation => ({
  id: `conv-${leadId}`,
  tenantId: 'demo',
  leadId,
  channel: 'widget',
  botKind: 'lead',
  botState,
  owner: { type: 'bot' },
  status: 'open',
  temperature: 'cold',
  lastSeq: 0,
  version: 0,
  meta: { botActive: true },
  createdAt: at(0),
  updatedAt: at(0),
  stateSince: at(0),
});

export const messageOf = (leadId: string, n: number): Omit<NewMessage, 'conversationId'> => ({
  clientMsgId: `${leadId}-m${n}`,
  author: { type: 'lead', id: leadId },
  visibility: 'everyone',
  kind: 'text',
  text: TEXTS[n % TEXTS.length]!,
  createdAt: at(n + 1),
});

/** The checkout's tsc build (tsconfig.build.json), which the benches load. */
export function buildCheckout(checkout: string): void {
  execFileSync(
    process.execPath,
    [join(checkout, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    { cwd: checkout, stdio: 'inherit' },
  );
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** Two checkouts: the second's figure over the first's, per round (the same round shares the machine's load). */
export function printRatios<K extends string>(
  checkouts: readonly string[],
  results: ReadonlyMap<string, readonly Record<K, number>[]>,
  kinds: readonly K[],
): void {
  if (checkouts.length !== 2) return;
  const [first, second] = checkouts.map((checkout) => results.get(checkout)!);
  for (const kind of kinds) {
    const ratios = first!.map((m, round) => second![round]![kind] / m[kind]);
    console.log(
      `${kind}: ${checkouts[1]} / ${checkouts[0]} per round median ${median(ratios).toFixed(2)} (${ratios.map((r) => r.toFixed(2)).join(' / ')})`,
    );
  }
}
