import { createHash, randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

/**
 * The id this process uses in logs, presence, leases and stream snapshots. HUB_NODE_ID when set (it must be
 * unique per process: two processes with one id would share presence entries); otherwise host, pid and a random
 * suffix, so a restarted process never reuses the id of the one it replaces.
 */
/** What the x-hub-node response header shows: a stable per-process label that reveals no host name or pid. */
export const publicNodeLabel = (nodeId: string): string =>
  `node-${createHash('sha256').update(nodeId).digest('hex').slice(0, 12)}`;

export function resolveNodeId(configured?: string): string {
  if (configured) return configured;
  const host = hostname()
    .replace(/[^A-Za-z0-9_.-]/g, '-')
    .slice(0, 32);
  return `${host}-${process.pid}-${randomBytes(2).toString('hex')}`;
}
