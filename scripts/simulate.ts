/**
 * Plays a list of lead messages through a fresh conversation on an in-process hub, over the real widget socket
 * path, and prints each bot reply and the final lead profile as JSON.
 *
 *   npm run simulate -- conversation.json      (a JSON array, or {tenantId?, intent?, listing?, messages: [...]})
 *   npm run simulate -- conversation.jsonl     (one message per line: a JSON string or {"text": "..."})
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { z } from 'zod';
import { createHub } from '../src/app.js';
import { jorgeBot } from '../src/bots/index.js';
import { createLogger } from '../src/logger.js';
import { listingSchema, type MessageView } from '../src/protocol/common.js';
import { createSqliteStore } from '../src/store/sqlite/store.js';
import { loadTenants } from '../src/tenants.js';

const messageSchema = z.union([
  z.string().min(1),
  z.object({ text: z.string().min(1) }).transform((m) => m.text),
]);
const objectScriptSchema = z.object({
  tenantId: z.string().optional(),
  intent: z.enum(['buy', 'sell']).optional(),
  listing: listingSchema.optional(),
  messages: z.array(messageSchema).min(1),
});
const arrayScriptSchema = z.array(messageSchema).transform((messages) => ({ messages }));
type Script = {
  tenantId?: string;
  intent?: 'buy' | 'sell';
  listing?: z.infer<typeof listingSchema>;
  messages: string[];
};

function readScript(path: string): Script {
  const raw = readFileSync(path, 'utf8');
  const value: unknown = path.endsWith('.jsonl')
    ? raw
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line) as unknown)
    : JSON.parse(raw);
  const parsed = (Array.isArray(value) ? arrayScriptSchema : objectScriptSchema).safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`,
    );
    throw new Error(
      `${path}: not a script (a JSON array of messages, or {tenantId?, intent?: "buy"|"sell", listing?, messages}): ${problems.join('; ')}`,
    );
  }
  return parsed.data;
}

async function main(): Promise<void> {
  const path = process.argv[2];
  if (!path) throw new Error('usage: npm run simulate -- <file.json|file.jsonl>');
  const script = readScript(path);
  const tenantId = script.tenantId ?? 'demo';
  const dataDir = mkdtempSync(join(tmpdir(), 'jorge-sim-'));
  const store = createSqliteStore({ file: join(dataDir, 'hub.db'), synchronous: 'normal' });
  const hub = createHub({
    store,
    tenants: loadTenants(process.env.HUB_TENANTS_FILE ?? 'config/tenants.json'),
    logger: createLogger('silent'),
    jwtSecret: 'simulator-secret-0123456789',
    devTokensEnabled: true,
    rateLimitPer10s: 1_000_000,
    security: {
      widgetSessionsPerMinPerIp: 0,
      widgetSessionsPerMinPerTenant: 0,
      widgetSessionsFreePerMinPerNet: 0,
    },
    bot: jorgeBot,
  });
  const url = `http://127.0.0.1:${await hub.listen(0, '127.0.0.1')}`;
  try {
    const session = await fetch(`${url}/api/widget/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost' },
      body: JSON.stringify({
        tenantId,
        ...(script.intent ? { intent: script.intent } : {}),
        ...(script.listing ? { listing: script.listing } : {}),
      }),
    });
    if (session.status !== 201) throw new Error(`cannot open a widget session: ${await session.text()}`);
    const { token } = (await session.json()) as { token: string };
    const widget: Socket = io(`${url}/widget`, {
      auth: { token },
      transports: ['websocket'],
      reconnection: false,
    });
    await new Promise<void>((resolve, reject) => {
      widget.once('connect', resolve);
      widget.once('connect_error', reject);
    });
    let conversationId = '';
    const turns = [];
    for (const [index, text] of script.messages.entries()) {
      const ack = (await widget.emitWithAck('message:send', { clientMsgId: `sim-${index}`, text })) as
        | { ok: true; data: { conversationId: string; seq: number } }
        | { ok: false; error: { code: string; message: string } };
      if (!ack.ok) throw new Error(`message ${index}: ${ack.error.code} ${ack.error.message}`);
      conversationId = ack.data.conversationId;
      await hub.idle();
      // Read back through the same socket path a reconnecting widget uses: everything after the lead's message.
      const replay = (await widget.emitWithAck('conversation:resume', { lastSeq: ack.data.seq })) as {
        ok: true;
        data: { messages: MessageView[] };
      };
      const replies = replay.data.messages
        .filter((message) => message.author.type !== 'lead')
        .map((message) => message.text);
      turns.push({ lead: text, replies });
    }
    const conversation = await store.getConversation(tenantId, conversationId);
    const lead = conversation ? await store.getLead(tenantId, conversation.leadId) : null;
    const result = {
      turns,
      final: {
        botKind: conversation?.botKind,
        status: conversation?.status,
        temperature: conversation?.temperature,
        view: (conversation?.meta as { botView?: unknown } | undefined)?.botView,
        handoff: (conversation?.meta as { handoff?: unknown } | undefined)?.handoff,
        lead: lead && { profile: lead.profile, temperature: lead.temperature, optedOut: lead.optedOut },
      },
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    widget.close();
  } finally {
    await hub.close({ graceMs: 1_000 });
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`simulate: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
