/**
 * A local cluster without Docker: N hub processes sharing one Redis and one SQLite data folder.
 *
 *   npx tsx scripts/cluster.ts --nodes 3 [--base-port 3001] [--redis redis://127.0.0.1:6379]
 *                               [--private-redis] [--data-dir ./data/cluster] [--echo]
 *
 * Without --redis it starts a private redis-server (no persistence) when `redis-server` is installed, else
 * uses REDIS_URL or redis://127.0.0.1:6379. Every node serves the browser apps (client/dist; built first when
 * missing). Ctrl-C (SIGINT), SIGTERM or SIGHUP drains every node and stops the private Redis, then exits; so does
 * the death of the npm that started it (`npm run cluster` killed with SIGKILL). This script killed with SIGKILL
 * runs no handler: every hub and the Redis watch this process themselves and stop (scripts/lib/parent-watch.ts),
 * so no hub or Redis is ever left behind.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot, redisServerAvailable, startHubCluster } from './lib/hub-processes.js';
import { alive, launcherPids } from './lib/parent-watch.js';

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

if (!existsSync(join(projectRoot, 'client', 'dist', 'widget.js'))) {
  process.stdout.write('Building the browser apps (client/dist)...\n');
  const built = spawnSync('npm', ['run', 'build:client'], { cwd: projectRoot, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('npm run build:client failed');
}

const explicitRedis = values.redis ?? process.env.REDIS_URL;
const privateRedis = values['private-redis'] || (!explicitRedis && redisServerAvailable());
const cluster = await startHubCluster({
  nodes,
  basePort,
  privateRedis,
  ...(privateRedis ? {} : { redisUrl: explicitRedis ?? 'redis://127.0.0.1:6379' }),
  dataDir: values['data-dir'],
  echo: values.echo,
  // The apps on every node (/demo/, /agent/, /supervisor/); development tokens for the sign-in form.
  env: { HUB_SERVE_CLIENT: 'true', NODE_ENV: 'development' },
});

process.stdout.write(
  [
    `Jorge Hub cluster: ${nodes} node(s), Redis ${cluster.redisUrl ?? 'none'}${privateRedis ? ' (private)' : ''}, data ${cluster.dataDir}`,
    ...cluster.nodes.map(
      (node) =>
        `  ${node.nodeId}  ${node.url}  (apps: ${node.url}/demo/ ${node.url}/agent/ ${node.url}/supervisor/)`,
    ),
    'Put a load balancer with sticky sessions in front (deploy/nginx.conf), or point clients at any node.',
    'Ctrl-C stops every node.',
    '',
  ].join('\n'),
);

let stopping = false;
const stop = (reason: string) => {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`\n${reason}: draining ${nodes} node(s)...\n`);
  void cluster.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGHUP', () => stop('SIGHUP'));
// npm may die without passing its signal on (SIGKILL): when it or what it started us with (sh, tsx) goes away,
// stop everything too. Killed with SIGKILL ourselves, the hubs and Redis notice by themselves
// (scripts/lib/parent-watch.ts).
const launchers = launcherPids();
const parentPid = process.ppid;
setInterval(() => {
  if (process.ppid !== parentPid || !launchers.every(alive)) stop('parent process exited');
}, 500).unref();
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
  cluster.redis?.killNow();
});
