import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

/**
 * The id this process uses in logs, presence, leases and stream snapshots. HUB_NODE_ID when set (it must be
 * unique per process: two processes with one id would share presence entries); otherwise host, pid and a random
 * suffix, so a restarted process never reuses the id of the one it replaces.
 */
export function resolveNodeId(configured?: string): string {
  if (configured) return configured;
  const host = hostname()
    .replace(/[^A-Za-z0-9_.-]/g, '-')
    .slice(0, 32);
  return `${host}-${process.pid}-${randomBytes(2).toString('hex')}`;
}
