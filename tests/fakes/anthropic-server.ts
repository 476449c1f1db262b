/**
 * A local fake of the Anthropic Messages API for tests, demos and benchmarks. It speaks the streaming protocol
 * faithfully (named SSE events, usage with cache counters, `request-id` headers, JSON error bodies) and injects
 * faults per request. The real `@anthropic-ai/sdk` talks to it through `baseURL`.
 *
 * Standalone: `npx tsx tests/fakes/anthropic-server.ts --port 4010` prints its URL and answers coaching,
 * qualification and phrasing prompts with plausible text.
 */
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { demoReply, estimateTokens, tokenize } from './anthropic-replies.js';

export type FakeFault =
  /** 429 rate_limit_error; `retry-after-ms` and/or `retry-after` (seconds) headers when given. */
  | { type: 'rate_limit'; retryAfterMs?: number; retryAfterSeconds?: number }
  /** 529 overloaded_error. */
  | { type: 'overloaded' }
  /** 500 api_error. */
  | { type: 'server_error' }
  /** Any status with a JSON error body, e.g. 400 invalid_request_error. */
  | { type: 'http_error'; status: number; errorType: string; message?: string }
  /** An `error` SSE event after `afterTokens` deltas, then the response ends. */
  | { type: 'stream_error'; afterTokens?: number; errorType?: 'overloaded_error' | 'api_error' }
  /** Headers (and `message_start` when afterTokens ≥ 0) sent, then nothing until the client goes away. */
  | { type: 'stall'; afterTokens?: number }
  /** The socket is destroyed after `afterTokens` deltas. */
  | { type: 'drop'; afterTokens?: number };

export interface FakeReply {
  /** Reply text, split into deltas by `tokenize`. Default: the behaviour's answer. */
  text?: string;
  /** Exact deltas (overrides `text`). */
  tokens?: string[];
  /** Delay before each delta, in ms (default: the server's `tokenDelayMs`). */
  tokenDelayMs?: number;
  fault?: FakeFault;
  stopReason?: 'end_turn' | 'max_tokens' | 'stop_sequence';
  /** Non-streaming only: answer with one tool_use block (stop_reason "tool_use") instead of text. */
  toolUse?: { name: string; input: unknown };
}

export interface FakeRequestInfo {
  index: number;
  body: MessagesBody;
  /** The system prompt as one string. */
  system: string;
  /** The text of the last user message. */
  lastUserText: string;
}

export type FakeBehaviour = (request: FakeRequestInfo) => FakeReply | string;

export interface FakeRequestRecord {
  index: number;
  requestId: string;
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
  stream: boolean;
  status?: number;
  fault?: FakeFault['type'];
  /** Deltas written so far. */
  tokensSent: number;
  textSent: string;
  /** True when the client closed the connection before the response ended (an abort). */
  abortedByClient: boolean;
  /** True once the response ended, by completion, fault or client abort. */
  closed: boolean;
  receivedAtMs: number;
}

/** One delta as written, for latency measurements: `endOffset` is the length of the text written so far. */
export interface TokenWrite {
  requestIndex: number;
  index: number;
  text: string;
  endOffset: number;
  /** performance.timeOrigin + performance.now() at write time (comparable across processes on one host). */
  writtenAtMs: number;
}

export interface FakeAnthropicOptions {
  /** Default 0 (a free port). */
  port?: number;
  host?: string;
  /** Delay before each delta, in ms (default 0). */
  tokenDelayMs?: number;
  /** 'echo' answers the last user message; 'demo' answers coaching-like prompts (default 'echo'). */
  mode?: 'echo' | 'demo';
  /** Record every delta's write time in `tokenWrites` (default false). */
  recordTokenWrites?: boolean;
  /**
   * Prefix every delta with its write time, `⟦t=<ms>⟧` (ms = performance.timeOrigin + performance.now()), for
   * latency measurements across processes (default false). Stamped text no longer parses as coaching output;
   * use `tokenWrites` for coaching streams. See bench/coaching-latency.ts.
   */
  stampTokens?: boolean;
  /** Prompt-cache lifetime in ms (default 300_000, the API's 5 minutes). */
  cacheTtlMs?: number;
  /**
   * The shortest prefix the API caches, in tokens, per model (default `minCacheableTokens`): a shorter prefix is
   * billed as plain input, with no cache write and no cache read, as the real API does.
   */
  minCacheTokens?: (model: string) => number;
  /** The request log keeps at most this many entries (default 10_000). */
  maxLoggedRequests?: number;
}

export interface FakeAnthropic {
  url: string;
  requests: FakeRequestRecord[];
  tokenWrites: TokenWrite[];
  /** Queues replies, one per coming request, before the behaviour is consulted. */
  script(...replies: (FakeReply | string)[]): void;
  setBehaviour(behaviour: FakeBehaviour | null): void;
  setTokenDelayMs(ms: number): void;
  /** Resolves when `predicate` holds for the request log (checked on every change), rejects after timeoutMs. */
  waitFor(predicate: (requests: FakeRequestRecord[]) => boolean, timeoutMs?: number): Promise<void>;
  reset(): void;
  close(): Promise<void>;
}

interface MessagesBody {
  model?: unknown;
  max_tokens?: unknown;
  stream?: unknown;
  system?: unknown;
  messages?: unknown;
}

type SystemBlock = { type?: string; text?: string; cache_control?: unknown };

const errorStatus = { rate_limit: 429, overloaded: 529, server_error: 500 } as const;
const errorTypes = {
  rate_limit: 'rate_limit_error',
  overloaded: 'overloaded_error',
  server_error: 'api_error',
};
const errorMessages = {
  rate_limit: 'Number of request tokens has exceeded your per-minute rate limit',
  overloaded: 'Overloaded',
  server_error: 'Internal server error',
};

/**
 * The documented minimum cacheable prompt length (Anthropic prompt-caching docs): 4,096 tokens for Claude Haiku 4.5
 * and Opus 4.5, 2,048 for the Haiku 3 models, 1,024 for the others (Sonnet 4.5, Sonnet 4, Opus 4.1, test names).
 */
export function minCacheableTokens(model: string): number {
  if (/haiku-4|opus-4-5|opus-4\.5/.test(model)) return 4_096;
  if (/haiku-3|3-haiku|3-5-haiku/.test(model)) return 2_048;
  return 1_024;
}

const randomId = (prefix: string) => `${prefix}_fake${randomBytes(9).toString('hex')}`;
const nowMs = () => performance.timeOrigin + performance.now();

function systemText(system: unknown): { text: string; cached: string } {
  if (typeof system === 'string') return { text: system, cached: '' };
  if (!Array.isArray(system)) return { text: '', cached: '' };
  const blocks = system as SystemBlock[];
  let cachedUpTo = -1;
  blocks.forEach((block, index) => {
    if (block.cache_control) cachedUpTo = index;
  });
  const text = blocks.map((block) => block.text ?? '').join('\n');
  const cached = blocks
    .slice(0, cachedUpTo + 1)
    .map((block) => block.text ?? '')
    .join('\n');
  return { text, cached };
}

function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return (content as { text?: string }[]).map((block) => block.text ?? '').join('');
}

function lastUserText(messages: unknown): string {
  if (!Array.isArray(messages)) return '';
  const users = (messages as { role?: string; content?: unknown }[]).filter((m) => m.role === 'user');
  return contentText(users.at(-1)?.content);
}

function allMessagesText(messages: unknown): string {
  if (!Array.isArray(messages)) return '';
  return (messages as { content?: unknown }[]).map((m) => contentText(m.content)).join('\n');
}

function sse(res: ServerResponse, event: string, data: object): void {
  res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

function errorBody(type: string, message: string, requestId: string) {
  return { type: 'error', error: { type, message }, request_id: requestId };
}

export async function startFakeAnthropic(options: FakeAnthropicOptions = {}): Promise<FakeAnthropic> {
  const events = new EventEmitter();
  events.setMaxListeners(0);
  const requests: FakeRequestRecord[] = [];
  const tokenWrites: TokenWrite[] = [];
  const queue: (FakeReply | string)[] = [];
  const cacheSeen = new Map<string, number>();
  const cacheTtlMs = options.cacheTtlMs ?? 300_000;
  const maxLogged = options.maxLoggedRequests ?? 10_000;
  let tokenDelayMs = options.tokenDelayMs ?? 0;
  let counter = 0;
  let behaviour: FakeBehaviour | null = null;
  const timers = new Set<NodeJS.Timeout>();

  const changed = () => events.emit('change');

  const defaultBehaviour: FakeBehaviour = (request) =>
    options.mode === 'demo' ? demoReply(request.system, request.lastUserText) : request.lastUserText;

  function delay(ms: number, res: ServerResponse): Promise<boolean> {
    if (res.destroyed || res.writableEnded) return Promise.resolve(false);
    if (ms <= 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        res.off('close', onClose);
        resolve(!res.destroyed);
      }, ms);
      const onClose = () => {
        clearTimeout(timer);
        timers.delete(timer);
        resolve(false);
      };
      timers.add(timer);
      res.once('close', onClose);
    });
  }

  function usageFor(body: MessagesBody) {
    const { text, cached } = systemText(body.system);
    const uncachedSystem = text.slice(cached.length);
    const input = estimateTokens(uncachedSystem + allMessagesText(body.messages));
    let creation = 0;
    let read = 0;
    const minimum = (options.minCacheTokens ?? minCacheableTokens)(String(body.model));
    if (cached.length > 0 && estimateTokens(cached) < minimum) {
      // Too short to cache: everything is plain input.
      return { input: input + estimateTokens(cached), creation: 0, read: 0 };
    }
    if (cached.length > 0) {
      const key = `${String(body.model)}\u0000${cached}`;
      const seenAt = cacheSeen.get(key);
      const now = Date.now();
      if (seenAt !== undefined && now - seenAt <= cacheTtlMs) read = estimateTokens(cached);
      else creation = estimateTokens(cached);
      cacheSeen.set(key, now);
    }
    return { input, creation, read };
  }

  function sendError(
    res: ServerResponse,
    record: FakeRequestRecord,
    status: number,
    type: string,
    msg: string,
  ) {
    record.status = status;
    res.writeHead(status, { 'content-type': 'application/json', 'request-id': record.requestId });
    res.end(JSON.stringify(errorBody(type, msg, record.requestId)));
  }

  function pickReply(info: FakeRequestInfo): FakeReply {
    const next = queue.shift() ?? (behaviour ?? defaultBehaviour)(info);
    return typeof next === 'string' ? { text: next } : next;
  }

  async function handleMessages(
    req: IncomingMessage,
    res: ServerResponse,
    record: FakeRequestRecord,
    body: MessagesBody,
  ) {
    if (
      typeof body.model !== 'string' ||
      typeof body.max_tokens !== 'number' ||
      !Array.isArray(body.messages)
    ) {
      sendError(res, record, 400, 'invalid_request_error', 'model, max_tokens and messages are required');
      return;
    }
    const info: FakeRequestInfo = {
      index: record.index,
      body,
      system: systemText(body.system).text,
      lastUserText: lastUserText(body.messages),
    };
    const reply = pickReply(info);
    const fault = reply.fault;
    if (fault) record.fault = fault.type;

    if (fault?.type === 'rate_limit') {
      if (fault.retryAfterMs !== undefined) res.setHeader('retry-after-ms', String(fault.retryAfterMs));
      if (fault.retryAfterSeconds !== undefined)
        res.setHeader('retry-after', String(fault.retryAfterSeconds));
    }
    if (fault?.type === 'rate_limit' || fault?.type === 'overloaded' || fault?.type === 'server_error') {
      sendError(res, record, errorStatus[fault.type], errorTypes[fault.type], errorMessages[fault.type]);
      return;
    }
    if (fault?.type === 'http_error') {
      sendError(res, record, fault.status, fault.errorType, fault.message ?? fault.errorType);
      return;
    }

    const text = reply.tokens?.join('') ?? reply.text ?? '';
    const tokens = reply.tokens ?? tokenize(text);
    const usage = usageFor(body);
    const messageId = randomId('msg');
    const perToken = reply.tokenDelayMs ?? tokenDelayMs;

    if (body.stream !== true) {
      record.status = 200;
      res.writeHead(200, { 'content-type': 'application/json', 'request-id': record.requestId });
      res.end(
        JSON.stringify({
          id: messageId,
          type: 'message',
          role: 'assistant',
          model: body.model,
          content: reply.toolUse
            ? [
                {
                  type: 'tool_use',
                  id: randomId('toolu'),
                  name: reply.toolUse.name,
                  input: reply.toolUse.input,
                },
              ]
            : [{ type: 'text', text, citations: null }],
          stop_reason: reply.toolUse ? 'tool_use' : (reply.stopReason ?? 'end_turn'),
          stop_sequence: null,
          usage: {
            input_tokens: usage.input,
            output_tokens: estimateTokens(text),
            cache_creation_input_tokens: usage.creation,
            cache_read_input_tokens: usage.read,
          },
        }),
      );
      return;
    }

    record.status = 200;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      'request-id': record.requestId,
      'anthropic-organization-id': 'fake-org',
    });
    res.flushHeaders();
    const stallAt = fault?.type === 'stall' ? (fault.afterTokens ?? -1) : undefined;
    if (stallAt === -1) return; // headers only; the client's abort closes the request

    sse(res, 'message_start', {
      type: 'message_start',
      message: {
        id: messageId,
        type: 'message',
        role: 'assistant',
        model: body.model,
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: {
          input_tokens: usage.input,
          cache_creation_input_tokens: usage.creation,
          cache_read_input_tokens: usage.read,
          output_tokens: 1,
          service_tier: 'standard',
        },
      },
    });
    sse(res, 'content_block_start', {
      type: 'content_block_start',
      index: 0,
      content_block: { type: 'text', text: '' },
    });
    sse(res, 'ping', { type: 'ping' });

    for (let i = 0; i <= tokens.length; i++) {
      if (stallAt === i) return;
      if (fault?.type === 'drop' && (fault.afterTokens ?? 0) === i) {
        // Let what was written reach the client first, then cut the connection without ending the response.
        await new Promise<void>((resolve) => res.write('', () => resolve()));
        record.closed = true;
        req.socket.destroy();
        changed();
        return;
      }
      if (fault?.type === 'stream_error' && (fault.afterTokens ?? 0) === i) {
        const type = fault.errorType ?? 'overloaded_error';
        sse(
          res,
          'error',
          errorBody(
            type,
            type === 'overloaded_error' ? 'Overloaded' : 'Internal server error',
            record.requestId,
          ),
        );
        res.end();
        return;
      }
      const token = tokens[i];
      if (token === undefined) break;
      if (!(await delay(perToken, res))) return;
      const writtenAtMs = nowMs();
      sse(res, 'content_block_delta', {
        type: 'content_block_delta',
        index: 0,
        delta: {
          type: 'text_delta',
          text: options.stampTokens ? `⟦t=${writtenAtMs.toFixed(3)}⟧${token}` : token,
        },
      });
      record.tokensSent += 1;
      record.textSent += token;
      if (options.recordTokenWrites) {
        tokenWrites.push({
          requestIndex: record.index,
          index: i,
          text: token,
          endOffset: record.textSent.length,
          writtenAtMs,
        });
      }
      changed();
    }
    sse(res, 'content_block_stop', { type: 'content_block_stop', index: 0 });
    sse(res, 'message_delta', {
      type: 'message_delta',
      delta: { stop_reason: reply.stopReason ?? 'end_turn', stop_sequence: null },
      usage: { output_tokens: Math.max(1, estimateTokens(text)) },
    });
    sse(res, 'message_stop', { type: 'message_stop' });
    res.end();
  }

  const server = createServer((req, res) => {
    const record: FakeRequestRecord = {
      index: counter++,
      requestId: randomId('req'),
      method: req.method ?? '',
      path: req.url ?? '',
      headers: req.headers,
      body: undefined,
      stream: false,
      tokensSent: 0,
      textSent: '',
      abortedByClient: false,
      closed: false,
      receivedAtMs: Date.now(),
    };
    requests.push(record);
    if (requests.length > maxLogged) requests.shift();
    res.on('close', () => {
      if (!res.writableFinished && !record.closed) record.abortedByClient = true;
      record.closed = true;
      changed();
    });
    changed();

    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0];
      if (req.method !== 'POST' || path !== '/v1/messages') {
        sendError(res, record, 404, 'not_found_error', `Not found: ${req.method} ${req.url}`);
        return;
      }
      if (!req.headers['x-api-key'] && !req.headers.authorization) {
        sendError(res, record, 401, 'authentication_error', 'x-api-key header is required');
        return;
      }
      if (!req.headers['anthropic-version']) {
        sendError(res, record, 400, 'invalid_request_error', 'anthropic-version header is required');
        return;
      }
      let body: MessagesBody;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as MessagesBody;
      } catch {
        sendError(res, record, 400, 'invalid_request_error', 'The request body is not valid JSON');
        return;
      }
      record.body = body;
      record.stream = body.stream === true;
      handleMessages(req, res, record, body).catch((error: unknown) => {
        if (!res.headersSent) sendError(res, record, 500, 'api_error', String(error));
        else res.destroy();
      });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${host}:${address.port}`,
    requests,
    tokenWrites,
    script: (...replies) => {
      queue.push(...replies);
    },
    setBehaviour: (next) => {
      behaviour = next;
    },
    setTokenDelayMs: (ms) => {
      tokenDelayMs = ms;
    },
    waitFor(predicate, timeoutMs = 5_000) {
      return new Promise<void>((resolve, reject) => {
        const check = () => {
          if (!predicate(requests)) return;
          cleanup();
          resolve();
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`fake Anthropic: condition not met within ${timeoutMs} ms`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          events.off('change', check);
        };
        events.on('change', check);
        check();
      });
    },
    reset() {
      queue.length = 0;
      requests.length = 0;
      tokenWrites.length = 0;
      cacheSeen.clear();
      behaviour = null;
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function parsePort(argv: string[]): number {
  const index = argv.indexOf('--port');
  const raw = index >= 0 ? argv[index + 1] : process.env['PORT'];
  const port = Number(raw ?? 4010);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`Invalid --port ${raw}`);
  return port;
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(entry).href) {
  const delayIndex = process.argv.indexOf('--token-delay-ms');
  const fake = await startFakeAnthropic({
    port: parsePort(process.argv),
    mode: 'demo',
    stampTokens: process.argv.includes('--stamp-tokens'),
    tokenDelayMs: delayIndex >= 0 ? Number(process.argv[delayIndex + 1]) : 25,
    maxLoggedRequests: 100,
  });
  console.log(`Fake Anthropic API listening on ${fake.url}`);
  console.log(`Try: ANTHROPIC_API_KEY=fake ANTHROPIC_BASE_URL=${fake.url} npm start`);
  const stop = () => {
    void fake.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
