/**
 * An example receiver for Jorge Hub's webhooks (docs/INTEGRATIONS.md): checks the signature over the raw body
 * with a constant-time compare, refuses stale or unknown payload versions, de-duplicates retries by delivery id,
 * then hands the event on. Node's standard library only, so it can be copied into any CRM bridge.
 *
 *   WEBHOOK_SECRET=... PORT=4000 npx tsx scripts/webhook-receiver.ts
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { pathToFileURL } from 'node:url';

export interface HubWebhook {
  version: number;
  id: string;
  type: string;
  occurredAt: string;
  tenantId: string;
  lead: Record<string, unknown> | null;
  conversation: ({ id: string } & Record<string, unknown>) | null;
  data: Record<string, unknown>;
}

export interface ReceiverOptions {
  /** The shared secret (HUB_WEBHOOK_SECRET, or the secret answered when an agent's channel URL was set). */
  secret: string;
  onEvent: (event: HubWebhook, headers: { event: string; delivery: string }) => void | Promise<void>;
  /** Events older than this are refused (a replayed capture); default one hour. */
  maxAgeMs?: number;
  /** How far the signature's `t=` may be from this receiver's clock, either way; default 300 s. */
  toleranceS?: number;
  /** Delivery ids remembered for de-duplication; default 10,000. */
  remember?: number;
  now?: () => number;
}

const MAX_BODY_BYTES = 1_000_000;

/**
 * True when `header` (x-hub-webhook-signature) is `t=<unix>,v1=<hex HMAC-SHA256 of "<t>." + raw body>` under
 * `secret`, and `t` is within `toleranceS` of `nowMs`: a captured request replayed later is refused. While the
 * sender rotates its secret the header carries a second `,v1=<hex>` (the previous secret): any one may match.
 */
export function verifyTimestampedSignature(
  secret: string,
  rawBody: Buffer,
  header: string | undefined,
  nowMs: number,
  toleranceS = 300,
): boolean {
  const match = /^t=(\d{1,12})((?:,v1=[0-9a-f]{64}){1,2})$/.exec(header ?? '');
  if (!match) return false;
  const t = Number(match[1]);
  if (Math.abs(nowMs / 1_000 - t) > toleranceS) return false;
  const expected = createHmac('sha256', secret).update(`${t}.`).update(rawBody).digest();
  return match[2]!
    .split(',v1=')
    .slice(1)
    .some((hex) => timingSafeEqual(Buffer.from(hex, 'hex'), expected));
}

/** The legacy header (this version still sends it): `sha256=<hex HMAC-SHA256 of the raw body>`; covers no time. */
export function verifySignature(secret: string, rawBody: Buffer, header: string | undefined): boolean {
  if (!header?.startsWith('sha256=')) return false;
  const expected = createHmac('sha256', secret).update(rawBody).digest();
  const given = Buffer.from(header.slice('sha256='.length), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function createReceiver(options: ReceiverOptions): Server {
  const maxAgeMs = options.maxAgeMs ?? 3_600_000;
  const remember = options.remember ?? 10_000;
  const now = options.now ?? Date.now;
  const seen = new Set<string>();

  return createServer((req, res) => {
    const answer = (status: number, text: string) => {
      res.writeHead(status, { 'content-type': 'text/plain' }).end(text);
    };
    if (req.method !== 'POST') return answer(405, 'POST only');
    readBody(req)
      .then(async (raw) => {
        if (!raw) return answer(413, 'too large');
        // Verify before parsing: the signature covers the exact bytes sent (and, timestamped, the time it was sent).
        // A hub of the previous version sends only the legacy header: accepted while hubs are upgraded.
        const timestamped = req.headers['x-hub-webhook-signature'] as string | undefined;
        const valid =
          timestamped !== undefined
            ? verifyTimestampedSignature(options.secret, raw, timestamped, now(), options.toleranceS)
            : verifySignature(options.secret, raw, req.headers['x-hub-signature-256'] as string | undefined);
        if (!valid) return answer(401, 'bad signature');
        const event = JSON.parse(raw.toString('utf8')) as HubWebhook;
        if (event.version !== 1) return answer(400, `unsupported payload version ${event.version}`);
        if (!(now() - Date.parse(event.occurredAt) <= maxAgeMs)) return answer(400, 'stale event');
        // A retry of a delivery already handled: acknowledge it again, do nothing.
        if (seen.has(event.id)) return answer(200, 'duplicate');
        await options.onEvent(event, {
          event: String(req.headers['x-hub-event'] ?? ''),
          delivery: String(req.headers['x-hub-delivery'] ?? ''),
        });
        seen.add(event.id);
        if (seen.size > remember) seen.delete(seen.values().next().value!);
        answer(204, '');
      })
      // A failure of our own: 500 makes the hub retry later.
      .catch(() => answer(500, 'receiver error'));
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const secret = process.env.WEBHOOK_SECRET;
  if (!secret) {
    process.stderr.write("Set WEBHOOK_SECRET to the hub's HUB_WEBHOOK_SECRET\n");
    process.exit(78);
  }
  const port = Number(process.env.PORT ?? 4000);
  createReceiver({
    secret,
    onEvent: (event) => {
      process.stdout.write(`${event.occurredAt} ${event.type} ${event.conversation?.id ?? '-'}\n`);
    },
  }).listen(port, () => process.stdout.write(`listening on http://localhost:${port}\n`));
}
