import { describe, expect, it } from 'vitest';
import { connect, emitAck, expectOk, staffToken, startHub, widgetToken } from '../helpers/hub.js';

const today = () => new Date().toISOString().slice(0, 10);

/** GET /api/analytics/:report over a real hub: the events the conversation's writes logged, read as report tables. */
describe('the Reports API', () => {
  it('reports what happened to a lead: funnel, agents, timings, CSV; staff scope, tenancy and bad input', async () => {
    const hub = await startHub();
    const lead = await connect(hub.url, '/widget', (await widgetToken(hub.url, { intent: 'buy' })).token);
    const { conversationId } = expectOk(
      await emitAck<{ conversationId: string }>(lead, 'message:send', {
        clientMsgId: 'm1',
        text: 'Hi, I would like to buy a home',
      }),
    );
    // The bot answers (its first reply is logged in the append that stores it).
    await expect
      .poll(async () =>
        (await hub.store.lastMessages('demo', conversationId, 5)).some((m) => m.author.type === 'bot'),
      )
      .toBe(true);
    const agent = await connect(hub.url, '/agent', await staffToken(hub.url, 'agent', 'ana'));
    expectOk(await emitAck(agent, 'conversation:claim', { conversationId }));
    expectOk(
      await emitAck(agent, 'message:send', { conversationId, clientMsgId: 'a1', text: 'Hi, Ana here' }),
    );
    expectOk(await emitAck(agent, 'conversation:close', { conversationId, outcome: 'appointment_set' }));

    const supervisor = await staffToken(hub.url, 'supervisor', 'sam');
    const get = async (path: string, token = supervisor) => {
      const response = await fetch(`${hub.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
      const type = response.headers.get('content-type') ?? '';
      return {
        status: response.status,
        body: type.includes('json')
          ? ((await response.json()) as Record<string, unknown>)
          : await response.text(),
      };
    };
    const range = `from=${today()}&to=${today()}`;
    const funnel = await get(`/api/analytics/funnel?${range}`);
    expect(funnel.status).toBe(200);
    expect((funnel.body as { rows: unknown[][] }).rows).toEqual([
      ['inquiry', 1, null, 1],
      ['qualified', 0, 0, 0],
      ['appointment', 1, null, 1],
      ['closed', 0, 0, 0],
    ]);
    const agents = (await get(`/api/analytics/agents?${range}`)).body as {
      columns: string[];
      rows: unknown[][];
    };
    expect(agents.rows).toHaveLength(1);
    const row = Object.fromEntries(agents.columns.map((column, index) => [column, agents.rows[0]![index]]));
    expect(row).toMatchObject({ agent: 'ana', claimed: 1, booked: 1, outcomes: 1 });
    expect(row.median_time_to_claim_ms).toEqual(expect.any(Number));
    const timings = (await get(`/api/analytics/timings?${range}`)).body as { rows: unknown[][] };
    expect(timings.rows.map((cells) => cells[1])).toEqual([
      'first_bot_reply',
      'claimed',
      'first_agent_reply',
    ]);

    const rowsOf = async (report: string) =>
      ((await get(`/api/analytics/${report}?${range}`)).body as { rows: unknown[][] }).rows;
    expect(await rowsOf('optouts')).toEqual([[1, 0, 0]]);
    expect((await rowsOf('handoffs'))[0]).toEqual(['all', expect.any(Number), expect.any(Number)]);
    const [cost] = await rowsOf('cost');
    expect([cost![3], cost![5]]).toEqual([0, 1]);
    for (const [, asked, stopped] of await rowsOf('dropoff'))
      expect(Number(stopped)).toBeLessThanOrEqual(Number(asked));

    const csv = await get(`/api/analytics/funnel?${range}&format=csv`);
    expect(csv.body).toBe(
      'step,count,conversion_from_previous,conversion_from_inquiry\ninquiry,1,,1\nqualified,0,0,0\nappointment,1,,1\nclosed,0,0,0\n',
    );

    // Agents are refused; another tenant's supervisor sees nothing of this one.
    expect(
      (await get(`/api/analytics/funnel?${range}`, await staffToken(hub.url, 'agent', 'ana'))).status,
    ).toBe(403);
    const acme = await get(
      `/api/analytics/funnel?${range}`,
      await staffToken(hub.url, 'supervisor', 'sam', 'acme'),
    );
    expect((acme.body as { rows: unknown[][] }).rows[0]).toEqual(['inquiry', 0, null, null]);

    // Bad input: a clear typed error.
    for (const [path, code] of [
      [`/api/analytics/funnel?from=${today()}`, 'INVALID_PAYLOAD'],
      ['/api/analytics/funnel?from=2024-01-01&to=2025-06-01', 'INVALID_PAYLOAD'],
      ['/api/analytics/funnel?from=2024-02-01&to=2024-01-01', 'INVALID_PAYLOAD'],
      [`/api/analytics/funnel?${range}&agent=a&bot=lead`, 'INVALID_PAYLOAD'],
      [`/api/analytics/nope?${range}`, 'NOT_FOUND'],
    ] as const) {
      const answer = await get(path);
      expect((answer.body as { error: { code: string } }).error.code, path).toBe(code);
    }
  });
});
