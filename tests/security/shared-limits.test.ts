import { beforeAll, expect, it } from 'vitest';
import type { HubCluster } from '../../scripts/lib/hub-processes.js';
import { describeWithRedis, useTestCluster, widgetToken } from '../cluster/harness.js';
import { rawWidget } from './abuse-client.js';

/**
 * Finding 4: limits about a client identity are shared by every node through Redis (rate-limiter-flexible), so a
 * lead spread over two nodes gets its resume budget (3 × HUB_RATE_LIMIT_PER_10S = 60 per 10 s) once, not twice.
 */
describeWithRedis('identity limits shared by two nodes', () => {
  const setup = useTestCluster({ nodes: 2, env: { HUB_RATE_LIMIT_PER_10S: '20' } });
  let cluster: HubCluster;
  beforeAll(async () => {
    cluster = await setup.start();
  }, 120_000);

  it('gives a lead with a socket on each node its resume budget once', async () => {
    const token = await widgetToken(cluster.urls[0]!);
    const sockets = await Promise.all(cluster.urls.map((url) => rawWidget(url, token)));
    const codes: string[] = [];
    try {
      for (let id = 1; id <= 45; id++) {
        for (const socket of sockets) {
          socket.emit(id, 'conversation:resume', { lastSeq: 0 });
          const ack = await socket.ack(id);
          codes.push(ack.ok ? 'ok' : ack.error!.code);
        }
      }
    } finally {
      for (const socket of sockets) socket.close();
    }
    const ok = codes.filter((code) => code === 'ok').length;
    // Per node it would be 90 of 90; shared, 60 (a few more if a 10 s window turned over meanwhile).
    expect(ok).toBeGreaterThanOrEqual(55);
    expect(ok).toBeLessThanOrEqual(70);
    expect(codes.filter((code) => code === 'RATE_LIMITED').length).toBe(90 - ok);
  }, 60_000);
});
