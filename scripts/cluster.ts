/**
 * A local cluster without Docker: N hub processes sharing one Redis and one SQLite data folder.
 *
 *   npx tsx scripts/cluster.ts --nodes 3 [--base-port 3001] [--redis redis://127.0.0.1:6379]
 *                               [--private-redis] [--data-dir ./data/cluster] [--echo]
 *
 * Without --redis it starts a private redis-server (no persistence) when `redis-server` is installed, else
 * uses REDIS_URL or redis://127.0.0.1:6379. Ctrl-C (SIGINT) or SIGTERM drains every node, then exits.
 */
import { parseArgs } from 'node:util';
import { redisServerAvailable, startHubCluster } from './lib/hub-processes.js';

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '3' },
    'base-port': { type: 'string', default: '3001' },
    redis: { type: 'string' },
    'private-redis': { type: 'boolean', default: false },
    'data-dir': { type: 'string', default: './data/cluster' },
    echo: { type: 'boolean', default: false },
  },
});

const nodes = Number(values.nodes);
const basePort = Number(values['base-port']);
if (!Number.isInteger(nodes) || nodes < 1 || nodes > 26) throw new Error('--nodes must be 1..26');
if (!Number.isInteger(basePort) || basePort < 0 || basePort > 65_000)
  throw new Error('--base-port: 0..65000');

const explicitRedis = values.redis ?? process.env.REDIS_URL;
const privateRedis = values['private-redis'] || (!explicitRedis && redisServerAvailable());
const cluster = await startHubCluster({
  nodes,
  basePort,
  privateRedis,
  ...(privateRedis ? {} : { redisUrl: explicitRedis ?? 'redis://127.0.0.1:6379' }),
  dataDir: values['data-dir'],
  echo: values.echo,
});

process.stdout.write(
  [
    `Jorge Hub cluster: ${nodes} node(s), Redis ${cluster.redisUrl ?? 'none'}${privateRedis ? ' (private)' : ''}, data ${cluster.dataDir}`,
    ...cluster.nodes.map((node) => `  ${node.nodeId}  ${node.url}`),
    'Put a load balancer with sticky sessions in front (deploy/nginx.conf), or point clients at any node.',
    'Ctrl-C stops every node.',
    '',
  ].join('\n'),
);

let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`\n${signal}: draining ${nodes} node(s)...\n`);
  void cluster.stop().then(() => process.exit(0));
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
// A node that dies on its own is reported; the others keep running.
for (const node of cluster.nodes) {
  void node.exited.then(({ code, signal }) => {
    if (!stopping)
      process.stderr.write(`${node.nodeId} exited (${code ?? signal}); the others keep running\n`);
  });
}
// If this process dies without a signal, do not leave orphans behind.
process.on('exit', () => {
  for (const node of cluster.nodes) node.child.kill('SIGKILL');
});
