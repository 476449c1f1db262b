import { readFileSync } from 'node:fs';
import { io } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { createTokenService } from '../../src/auth.js';
import type { Ack } from '../../src/errors.js';
import {
  namespacePermissions,
  ownerOnlyForAgents,
  permissions,
  signedRoutes,
} from '../../src/identity/permissions.js';
import { StaffRole } from '../../src/protocol/common.js';
import { agentPayloads, supervisorPayloads } from '../../src/protocol/events.js';
import { connect, emitAck, expectOk, JWT_SECRET, staffToken, startHub, widgetToken } from '../helpers/hub.js';
import { telephonyTenants } from '../telephony/helpers.js';

const MISSING = 'no-such-id';
/** A valid payload of every staff event (about a conversation that does not exist). */
const samples: Record<string, unknown> = {
  '/agent inbox:list': {},
  '/agent conversation:join': { conversationId: MISSING, lastSeq: 0 },
  '/agent conversation:leave': { conversationId: MISSING },
  '/agent conversation:claim': { conversationId: MISSING },
  '/agent conversation:release': { conversationId: MISSING },
  '/agent message:send': { conversationId: MISSING, clientMsgId: 'c1', text: 'hi' },
  '/agent note:add': { conversationId: MISSING, clientMsgId: 'c2', text: 'note' },
  '/agent call:start': { conversationId: MISSING },
  '/agent call:utterance': { conversationId: MISSING, speaker: 'prospect', clientMsgId: 'c3', text: 'hi' },
  '/agent call:end': { conversationId: MISSING },
  '/agent coach:request': { conversationId: MISSING, kind: 'coaching' },
  '/agent narrative:draft': { conversationId: MISSING },
  '/agent listing:card': { conversationId: MISSING },
  '/agent bot:enable': { conversationId: MISSING },
  '/agent typing': { conversationId: MISSING, isTyping: true },
  '/agent conversation:close': { conversationId: MISSING, outcome: 'spam' },
  '/agent conversation:snooze': { conversationId: MISSING, until: '2999-01-01T00:00:00.000Z' },
  '/agent conversation:read': { conversationId: MISSING, seq: 1 },
  '/agent unread:counts': { conversationIds: [MISSING] },
  '/agent history:search': { text: 'pool' },
  '/agent canned:list': {},
  '/supervisor board:subscribe': {},
  '/supervisor board:unsubscribe': {},
  '/supervisor conversation:monitor': { conversationId: MISSING, lastSeq: 0 },
  '/supervisor conversation:unmonitor': { conversationId: MISSING },
  '/supervisor whisper:send': { conversationId: MISSING, clientMsgId: 'c4', text: 'psst' },
  '/supervisor conversation:barge': { conversationId: MISSING },
  '/supervisor conversation:assign': { conversationId: MISSING, agentId: 'jorge' },
  '/supervisor draft:approve': { conversationId: MISSING, draftId: 'd1' },
  '/supervisor draft:reject': { conversationId: MISSING, draftId: 'd1' },
  '/supervisor staff:roster': {},
};

const table = permissions as Record<string, readonly string[]>;
const events = Object.keys(table).filter((action) => action.startsWith('/'));
const routes = Object.keys(table).filter((action) => !action.startsWith('/'));

describe('the permission table', () => {
  it('lists every staff event of the protocol, and docs/SECURITY.md shows the same table', () => {
    const protocolEvents = [
      ...Object.keys(agentPayloads).map((event) => `/agent ${event}`),
      ...Object.keys(supervisorPayloads).map((event) => `/supervisor ${event}`),
    ];
    expect(events.sort()).toEqual(protocolEvents.sort());
    expect(Object.keys(samples).sort()).toEqual(protocolEvents.sort());

    const documented = new Map(
      readFileSync('docs/SECURITY.md', 'utf8')
        .split('\n')
        .map((line) => /^\| `([^`]+)`\s*\|(.+)\|$/.exec(line))
        .filter((match): match is RegExpExecArray => match !== null)
        .map((match) => [match[1]!, match[2]!.split('|').map((cell) => cell.trim())]),
    );
    const expected: [string, readonly string[]][] = [
      ...Object.entries(namespacePermissions).map(([ns, roles]): [string, readonly string[]] => [
        `connect ${ns}`,
        roles,
      ]),
      ...Object.entries(table),
    ];
    for (const [action, roles] of expected) {
      const ownerOnly = ownerOnlyForAgents.has(action as keyof typeof permissions);
      expect(documented.get(action), action).toEqual(
        StaffRole.map((role) =>
          !roles.includes(role) ? 'FORBIDDEN' : ownerOnly && role === 'agent' ? 'owner' : 'yes',
        ),
      );
    }
    // Provider webhooks are in the table too, authenticated by their signature instead of a role.
    for (const route of signedRoutes) {
      expect(documented.get(route), route).toEqual(StaffRole.map(() => 'signed'));
      expect(table[route], route).toBeUndefined();
    }
    expect(documented.size).toBe(expected.length + signedRoutes.length);
  });
});

describe('every staff event and route × every role against a real hub', () => {
  const tokens = createTokenService(JWT_SECRET, 60);
  const tokenFor = (role: StaffRole) =>
    tokens.signStaff({ tenantId: 'demo', role, userId: `${role}-1`, name: role }, 600);

  /** The ack of one event, or the handshake refusal when the role cannot open the namespace. */
  async function attempt(url: string, role: StaffRole, action: string): Promise<string> {
    const [namespace, event] = action.split(' ') as [string, string];
    const socket = io(`${url}${namespace}`, {
      auth: { token: await tokenFor(role) },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    try {
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
    } catch (error) {
      return (error as { data?: { code?: string } }).data?.code ?? 'CONNECT_FAILED';
    }
    try {
      const ack = (await socket.timeout(10_000).emitWithAck(event, samples[action])) as Ack<unknown>;
      return ack.ok ? 'ok' : ack.error.code;
    } finally {
      socket.close();
    }
  }

  it('answers FORBIDDEN exactly where the table says so', async () => {
    // Tenants with Twilio and the signed feed configured, so the telephony routes answer for real.
    const hub = await startHub({ tenants: telephonyTenants() });
    const outcomes: string[] = [];
    for (const action of events) {
      for (const role of StaffRole) {
        const code = await attempt(hub.url, role, action);
        const allowed = table[action]!.includes(role);
        outcomes.push(`${action} ${role} ${allowed ? 'allowed' : 'refused'}`);
        if (allowed) expect(code, `${action} as ${role}`).not.toBe('FORBIDDEN');
        else expect(code, `${action} as ${role}`).toBe('FORBIDDEN');
      }
    }
    for (const action of routes) {
      const [method, path] = action.split(' ') as [string, string];
      for (const role of StaffRole) {
        const response = await fetch(`${hub.url}${path.replace(/:[a-zA-Z]+/g, MISSING)}`, {
          method,
          headers: { authorization: `Bearer ${await tokenFor(role)}`, 'content-type': 'application/json' },
          ...(method === 'GET' || method === 'DELETE' ? {} : { body: '{}' }),
        });
        const body = (await response.json()) as { error?: { code: string } };
        const allowed = table[action]!.includes(role);
        outcomes.push(`${action} ${role} ${allowed ? 'allowed' : 'refused'}`);
        if (allowed) expect(body.error?.code, `${action} as ${role}`).not.toBe('FORBIDDEN');
        else {
          expect(response.status, `${action} as ${role}`).toBe(403);
          expect(body.error?.code).toBe('FORBIDDEN');
        }
      }
    }
    for (const route of signedRoutes) {
      const [method, path] = route.split(' ') as [string, string];
      for (const role of StaffRole) {
        // A valid staff token of any role is no substitute for the provider's signature.
        const response = await fetch(
          `${hub.url}${path.replace(':tenantId', 'demo').replace(/:[a-zA-Z]+/g, MISSING)}`,
          {
            method,
            headers: { authorization: `Bearer ${await tokenFor(role)}`, 'content-type': 'application/json' },
            body: '{}',
          },
        );
        const body = (await response.json()) as { error?: { code: string } };
        expect([response.status, body.error?.code], `${route} as ${role}`).toEqual([401, 'UNAUTHORIZED']);
        outcomes.push(`${route} ${role} signed`);
      }
    }
    expect(outcomes).toHaveLength((events.length + routes.length + signedRoutes.length) * StaffRole.length);
  }, 120_000);
});

describe('owner-or-supervisor events (finding 9)', () => {
  it('lets only the owner or a supervisor re-enable the bot and record call words, and records who did', async () => {
    const { url, store } = await startHub();
    const widget = await connect(url, '/widget', (await widgetToken(url)).token);
    const { conversationId } = expectOk(
      await emitAck<{ conversationId: string }>(widget, 'message:send', { clientMsgId: 'w1', text: 'Hola' }),
    );
    const owner = await connect(url, '/agent', await staffToken(url, 'agent', 'ana', 'demo', 'Ana'));
    const other = await connect(url, '/agent', await staffToken(url, 'agent', 'ben', 'demo', 'Ben'));
    const supervisor = await connect(
      url,
      '/agent',
      await staffToken(url, 'supervisor', 'sue', 'demo', 'Sue'),
    );
    expectOk(await emitAck(owner, 'conversation:claim', { conversationId }));
    const utterance = (clientMsgId: string) => ({
      conversationId,
      speaker: 'prospect',
      clientMsgId,
      text: 'I want to sell',
    });

    const stored = async () =>
      (await store.messagesAfter('demo', conversationId, 0, { limit: 1_000 })).length;
    const before = await stored();
    for (const [event, payload] of [
      ['bot:enable', { conversationId }],
      ['call:utterance', utterance('u-ben')],
    ] as const) {
      const ack = await emitAck(other, event, payload);
      expect(ack.ok ? 'ok' : ack.error.code, `${event} by another agent`).toBe('FORBIDDEN');
    }
    expect(await stored()).toBe(before);

    const spoken = expectOk(await emitAck<{ seq: number }>(owner, 'call:utterance', utterance('u-ana')));
    const bySupervisor = expectOk(
      await emitAck<{ seq: number }>(supervisor, 'call:utterance', utterance('u-sue')),
    );
    expectOk(await emitAck(supervisor, 'bot:enable', { conversationId }));
    expectOk(await emitAck(owner, 'bot:enable', { conversationId }));

    const messages = await store.messagesAfter('demo', conversationId, 0, { limit: 1_000 });
    const at = (seq: number) => messages.find((message) => message.seq === seq)!;
    expect(at(spoken.seq).author).toEqual({ type: 'lead' });
    expect(at(spoken.seq).meta?.recordedBy).toEqual({ id: 'ana', name: 'Ana', role: 'agent' });
    expect(at(bySupervisor.seq).meta?.recordedBy).toEqual({ id: 'sue', name: 'Sue', role: 'supervisor' });
    const enabled = messages.filter((message) => message.meta?.event === 'bot_enabled');
    expect(enabled.map((message) => message.meta?.by)).toEqual([
      { id: 'sue', name: 'Sue', role: 'supervisor' },
      { id: 'ana', name: 'Ana', role: 'agent' },
    ]);
  }, 60_000);
});
