import { benchIdleConnections } from './idle-connections.js';
const n = Number(process.argv[2] ?? 2000);
for (const mode of (process.argv[3] ?? 'bare,hub').split(',')) {
  const t = performance.now();
  console.log(
    JSON.stringify(await benchIdleConnections(mode as never, n)),
    ((performance.now() - t) / 1000).toFixed(1),
    's',
  );
}
