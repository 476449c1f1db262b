import type { BotKind } from '../protocol/common.js';
import type { SwitchRecord } from './state.js';

const PAIR_WINDOW_MS = 30 * 60_000;
const HOUR_MS = 60 * 60_000;
const MAX_SWITCHES_PER_HOUR = 3;

function samePair(record: SwitchRecord, from: BotKind, to: BotKind): boolean {
  return (record.from === from && record.to === to) || (record.from === to && record.to === from);
}

/**
 * Ping-pong guard (DOMAIN.md section 2): the same pair of bots switches at most once in 30 minutes, and a
 * conversation switches at most 3 times per hour. Time comes from the input (`nowMs`).
 */
export function canSwitch(
  history: readonly SwitchRecord[],
  from: BotKind,
  to: BotKind,
  nowMs: number,
): boolean {
  if (from === to) return false;
  const recent = history.filter((record) => nowMs - record.atMs < HOUR_MS);
  if (recent.length >= MAX_SWITCHES_PER_HOUR) return false;
  return !recent.some((record) => samePair(record, from, to) && nowMs - record.atMs < PAIR_WINDOW_MS);
}

/** Keeps the last hour of switches (the guard never looks further back). */
export function recordSwitch(history: readonly SwitchRecord[], record: SwitchRecord): SwitchRecord[] {
  return [...history.filter((old) => record.atMs - old.atMs < HOUR_MS), record];
}
