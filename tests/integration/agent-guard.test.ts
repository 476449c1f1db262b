import { describe, expect, it } from 'vitest';
import { loadTenants, createTenantDirectory } from '../../src/tenants.js';
import type { MessageView } from '../../src/protocol/common.js';
import {
  connect,
  emitAck,
  expectOk,
  record,
  staffToken,
  startHub,
  waitForEvent,
  widgetToken,
} from '../helpers/hub.js';

async function claimed(url: string, hub: { idle(): Promise<void> }, handoff = false) {
  const widget = await connect(url, '/widget', (await widgetToken(url)).token);
  const { conversationId } = expectOk(
    await emitAck<{ conversationId: string }>(widget, 'message:send', {
      clientMsgId: 'hello',
      text: 'Hi, I saw a listing',
    }),
  );
  await hub.idle();
  if (handoff) {
    expectOk(
      await emitAck(widget, 'message:send', { clientMsgId: 'person', text: 'Can I talk to a real person?' }),
    );
    await hub.idle();
  }
  const agent = await connect(url, '/agent', await staffToken(url, 'agent', 'jorge', 'demo', 'Jorge Salas'));
  const supervisor = await connect(url, '/supervisor', await staffToken(url, 'supervisor', 'maria'));
  expectOk(await emitAck(supervisor, 'board:subscribe', {}));
  const statuses = record(widget, 'conversation:status');
  expectOk(await emitAck(agent, 'conversation:claim', { conversationId }));
  return { widget, agent, supervisor, conversationId, statuses };
}

const BAD =
  'It is a safe neighborhood, great for families like yours. I can cut my commission if you sign today.';

describe("agents' messages are checked before they reach the lead", () => {
  it('warns with the rules and a rewrite; a confirmed resend is sent; supervisors and the counter see both', async () => {
    const { url, hub, store } = await startHub();
    const { widget, agent, supervisor, conversationId } = await claimed(url, hub);
    const warnings = record(supervisor, 'compliance:warning');
    const leadMessages = record(widget, 'message');

    const refused = await emitAck(agent, 'message:send', { conversationId, clientMsgId: 'm1', text: BAD });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'COMPLIANCE',
        details: {
          warning: {
            conversationId,
            mode: 'confirm',
            lang: 'en',
            violations: [
              { rule: 'fair_housing', label: 'Fair Housing' },
              { rule: 'commission', label: 'Commission' },
            ],
          },
        },
      },
    });
    const { suggestion } = (refused as unknown as { error: { details: { warning: { suggestion: string } } } })
      .error.details.warning;
    expect(suggestion).toMatch(/public sources/);
    expect(suggestion).not.toMatch(/families like yours|cut my commission/);
    expect(await store.findMessageByClientId('demo', conversationId, 'staff:jorge:m1')).toBeNull();
    // On record: a staff-only line with the words and the rules, and the conversation's compliance flag.
    await expect
      .poll(async () => {
        const meta = (await store.getConversation('demo', conversationId))?.meta as { alerts?: string[] };
        return meta.alerts ?? [];
      })
      .toContain('compliance');
    const events = (await store.messagesAfter('demo', conversationId, 0)).filter(
      (message) => (message.meta as { event?: string } | undefined)?.event === 'agent_warning',
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      visibility: 'staff',
      meta: { outcome: 'warned', rules: ['fair_housing', 'commission'], by: { id: 'jorge' } },
    });
    expect(events[0]!.text).toContain('Compliance warning to Jorge Salas (Fair Housing, Commission)');
    expect(leadMessages.some((event) => String(event.payload.text).includes('Compliance warning'))).toBe(
      false,
    );

    const sent = expectOk(
      await emitAck<{ seq: number }>(agent, 'message:send', {
        conversationId,
        clientMsgId: 'm1',
        text: BAD,
        confirm: true,
      }),
    );
    await expect.poll(() => leadMessages.some((event) => event.payload.seq === sent.seq)).toBe(true);
    await expect.poll(() => warnings.map((event) => event.payload.outcome)).toEqual(['warned', 'sent']);
    expect(warnings[0]!.payload).toMatchObject({
      conversationId,
      agent: { id: 'jorge', name: 'Jorge Salas' },
      rules: ['fair_housing', 'commission'],
    });
    // The resend of the stored message is answered as stored, confirm or not.
    expect(
      expectOk(
        await emitAck<{ duplicate: boolean }>(agent, 'message:send', {
          conversationId,
          clientMsgId: 'm1',
          text: BAD,
        }),
      ).duplicate,
    ).toBe(true);
    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).toMatch(/hub_agent_compliance_warnings_total\{rule="fair_housing",outcome="warned"\} 1/);
    expect(metrics).toMatch(/hub_agent_compliance_warnings_total\{rule="commission",outcome="sent"\} 1/);
  });

  it('answers in Spanish for a Spanish message, and a clean message goes straight through', async () => {
    const { url, hub } = await startHub();
    const { agent, conversationId } = await claimed(url, hub);
    const refused = await emitAck(agent, 'message:send', {
      conversationId,
      clientMsgId: 'es1',
      text: 'Es un barrio seguro, ideal para familias como la suya. Puedo rebajar mi comisión.',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'COMPLIANCE',
        details: { warning: { lang: 'es', violations: [{ rule: 'fair_housing' }, { rule: 'commission' }] } },
      },
    });
    expect(
      (refused as unknown as { error: { details: { warning: { suggestion: string } } } }).error.details
        .warning.suggestion,
    ).toMatch(/fuentes públicas/);
    expectOk(
      await emitAck(agent, 'message:send', {
        conversationId,
        clientMsgId: 'ok1',
        text: '¿Qué día le queda mejor para verla?',
      }),
    );
  });

  it("blocks under the tenant's 'block' mode, confirm or not", async () => {
    const tenants = loadTenants('config/tenants.json')
      .all()
      .map((tenant) => ({ ...tenant, agentGuard: 'block' as const }));
    const { url, hub } = await startHub({ tenants: createTenantDirectory(tenants) });
    const { agent, supervisor, conversationId } = await claimed(url, hub);
    const warnings = record(supervisor, 'compliance:warning');
    for (const confirm of [false, true]) {
      expect(
        await emitAck(agent, 'message:send', {
          conversationId,
          clientMsgId: `b${confirm}`,
          text: BAD,
          confirm,
        }),
      ).toMatchObject({ ok: false, error: { code: 'COMPLIANCE', details: { warning: { mode: 'block' } } } });
    }
    await expect.poll(() => warnings.map((event) => event.payload.outcome)).toEqual(['blocked', 'blocked']);
  });
});

describe('claiming', () => {
  it("joins the conversation's live events and sends the widget one status event", async () => {
    const { url, hub } = await startHub();
    const { widget, agent, statuses } = await claimed(url, hub, true);
    // No conversation:join: the claim's connection gets the lead's next message.
    const next = waitForEvent<MessageView>(agent, 'message', (message) => message.text === 'Are you there?');
    expectOk(await emitAck(widget, 'message:send', { clientMsgId: 'again', text: 'Are you there?' }));
    await next;
    await hub.idle();
    expect(statuses.filter((event) => event.payload.status === 'human')).toHaveLength(1);
  });
});
