import {
  startHubCluster,
  redisServerAvailable,
  type HubCluster,
  type HubClusterOptions,
} from '../scripts/lib/hub-processes.js';

export { redisServerAvailable };
export type { HubCluster };

export interface BenchCluster {
  /** Base URL of each hub process (http://127.0.0.1:PORT); Socket.IO namespaces live under it. */
  urls: string[];
  /** The private Redis the nodes share. */
  redisUrl: string;
  /** The full handle: per-node processes (kill, logs), addNode, the Redis server (stop/start). */
  cluster: HubCluster;
  /** Stops every node (SIGTERM, then SIGKILL), the private Redis, and removes the temporary data folder. */
  stop(): Promise<void>;
}

/**
 * Starts `nodes` hub processes sharing a private redis-server and one temporary SQLite file, for benchmarks.
 * A generous rate limit by default; LOG_LEVEL must stay info (the start line carries the bound port).
 */
export async function startBenchCluster(
  nodes: number,
  options: Omit<Partial<HubClusterOptions>, 'nodes'> = {},
): Promise<BenchCluster> {
  if (!redisServerAvailable())
    throw new Error('redis-server is not installed (apt-get install redis-server)');
  const cluster = await startHubCluster({
    ...options,
    nodes,
    env: {
      LOG_LEVEL: 'info',
      HUB_RATE_LIMIT_PER_10S: '1000000',
      HUB_SQLITE_SYNCHRONOUS: 'normal',
      ...options.env,
    },
  });
  return {
    urls: cluster.urls,
    redisUrl: cluster.redisUrl!,
    cluster,
    stop: () => cluster.stop(),
  };
}
