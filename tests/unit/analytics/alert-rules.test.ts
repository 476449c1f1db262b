import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../../src/metrics.js';

/** deploy/prometheus/alerts.yml names only metrics the hub really exports (a renamed metric fails here). */
describe('the Prometheus alerting rules', () => {
  it('use metric names that /metrics exposes, with the documented thresholds', async () => {
    const rules = readFileSync('deploy/prometheus/alerts.yml', 'utf8');
    const metrics = createMetrics();
    metrics.acks.inc({ event: 'widget:message:send', code: 'ok' });
    metrics.botSteps.observe({ outcome: 'replied' }, 0.1);
    const exposed = await metrics.registry.metrics();
    const names = new Set(
      exposed
        .split('\n')
        .filter((line) => line !== '' && !line.startsWith('#'))
        .map((line) => /^[a-zA-Z_:][a-zA-Z0-9_:]*/.exec(line)![0]),
    );
    const used = [...rules.matchAll(/\b(?:hub|process|nodejs)_[a-z_]+\b/g)].map(([name]) => name);
    expect(used.length).toBeGreaterThan(6);
    for (const name of used) expect(names.has(name), name).toBe(true);
    expect(rules.match(/^ {6}- alert: (\w+)/gm)?.map((line) => line.trim())).toEqual([
      '- alert: HubErrorRateHigh',
      '- alert: HubResponseSlow',
      '- alert: HubCpuHigh',
      '- alert: HubMemoryHigh',
    ]);
    for (const threshold of ['> 0.05', '> 0.5', '> 0.8']) expect(rules).toContain(threshold);
  });
});
