import { describe, expect, it } from 'vitest';
import { startHub } from '../helpers/hub.js';

const TOKEN = 'metrics-token-of-at-least-32-characters';

async function scrape(url: string, bearer?: string) {
  const response = await fetch(`${url}/metrics`, {
    headers: bearer === undefined ? {} : { authorization: `Bearer ${bearer}` },
  });
  const body = await response.text();
  return { status: response.status, body };
}

describe('/metrics access', () => {
  it('is open in development without a token', async () => {
    const { url } = await startHub();
    const answer = await scrape(url);
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('# TYPE');
  });

  it('is closed in production without HUB_METRICS_TOKEN, with an answer that says what to set', async () => {
    const { url } = await startHub({ production: true });
    for (const bearer of [undefined, '', TOKEN]) {
      const answer = await scrape(url, bearer);
      expect(answer.status).toBe(403);
      expect(JSON.parse(answer.body)).toEqual({
        error: { code: 'FORBIDDEN', message: 'Set HUB_METRICS_TOKEN to serve /metrics in production' },
      });
    }
  });

  it('with a token, in production or not, answers only its bearer', async () => {
    for (const production of [true, false]) {
      const { url } = await startHub({ production, security: { metricsToken: TOKEN } });
      for (const bearer of [undefined, 'wrong', `${TOKEN}x`, TOKEN.slice(0, -1)]) {
        const answer = await scrape(url, bearer);
        expect(answer.status).toBe(401);
        expect((JSON.parse(answer.body) as { error: { code: string } }).error.code).toBe('UNAUTHORIZED');
      }
      const answer = await scrape(url, TOKEN);
      expect(answer.status).toBe(200);
      expect(answer.body).toContain('# TYPE');
    }
  });
});
