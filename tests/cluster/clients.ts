import { io, type Socket } from 'socket.io-client';
import { vi } from 'vitest';
import type { Ack } from '../../src/errors.js';
import type { MessageView, StreamSnapshot } from '../../src/protocol/common.js';

/** What a client shows of one stream: text by token index, from a snapshot prefix on. */
export interface StreamView {
  streamId: string;
  conversationId: string;
  replyToSeq?: number;
  prefix: string;
  prefixUpTo: number;
  chunks: Map<number, string>;
  end?: { seq?: number };
  error?: { code: string };
  /** The stream was in flight when the client reconnected and the resume no longer listed it. */
  goneOnResume?: boolean;
  node: string;
}

export function streamText(stream: StreamView): { text: string; gap: boolean } {
  let text = stream.prefix;
  const indexes = [...stream.chunks.keys()]
    .filter((index) => index >= stream.prefixUpTo)
    .sort((a, b) => a - b);
  let expected = stream.prefixUpTo;
  for (const index of indexes) {
    if (index !== expected) return { text, gap: true };
    text += stream.chunks.get(index)!;
    expected++;
  }
  return { text, gap: false };
}

export type Namespace = '/widget' | '/agent' | '/supervisor';

export interface ClientOptions {
  namespace: Namespace;
  token: string;
  /** Candidate nodes; on an unexpected disconnect the client moves to the next live one (a load balancer). */
  urls: () => string[];
  url: string;
  name: string;
}

/**
 * A test client that behaves like the SDK will: it keys messages by seq (so a message delivered twice is shown
 * once, and counted in `redelivered`), assembles streams by token index from snapshots, fails over to another
 * node when its node goes away, and on reconnect or `server:resync` replays from the last seq it is sure of.
 */
export class TrackedClient {
  socket!: Socket;
  url: string;
  /** Messages by conversation, then by seq (a client shows each seq once). */
  readonly byConversation = new Map<string, Map<number, MessageView>>();
  /** Seqs of live `message` events in arrival order. */
  readonly arrivals: number[] = [];
  redelivered = 0;
  readonly streams = new Map<string, StreamView>();
  private readonly endedBeforeSnapshot = new Map<string, { seq?: number }>();
  readonly events: [string, unknown][] = [];
  /** Conversations to re-join on reconnect (staff) with the join event to use. */
  readonly joined = new Map<string, 'conversation:join' | 'conversation:monitor'>();
  boardSubscribed = false;
  conversationId: string | undefined;
  reconnects = 0;
  private closed = false;
  private reconnecting: Promise<void> | null = null;

  constructor(private readonly options: ClientOptions) {
    this.url = options.url;
  }

  async connect(url = this.url): Promise<void> {
    const socket = io(`${url}${this.options.namespace}`, {
      auth: { token: this.options.token },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      timeout: 3_000,
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', (error) => {
        socket.close();
        reject(error);
      });
    });
    this.url = url;
    this.socket = socket;
    socket.onAny((event: string, payload: unknown) => this.onEvent(event, payload));
    socket.on('disconnect', (reason) => {
      if (this.closed || reason === 'io client disconnect') return;
      void this.failover();
    });
  }

  private onEvent(event: string, payload: unknown): void {
    this.events.push([event, payload]);
    const data = payload as Record<string, unknown>;
    switch (event) {
      case 'message':
        this.arrivals.push((payload as MessageView).seq);
        this.keep(payload as MessageView);
        return;
      case 'stream:start':
        this.streams.set(data.streamId as string, {
          streamId: data.streamId as string,
          conversationId: data.conversationId as string,
          ...(typeof data.replyToSeq === 'number' ? { replyToSeq: data.replyToSeq } : {}),
          prefix: '',
          prefixUpTo: 0,
          chunks: new Map(),
          node: this.url,
        });
        return;
      case 'stream:token': {
        // Tokens may arrive before the resume answer that announces their stream: keep them.
        const streamId = data.streamId as string;
        let stream = this.streams.get(streamId);
        if (!stream) {
          stream = {
            streamId,
            conversationId: data.conversationId as string,
            prefix: '',
            prefixUpTo: 0,
            chunks: new Map(),
            node: this.url,
          };
          this.streams.set(streamId, stream);
        }
        stream.chunks.set(data.index as number, data.text as string);
        return;
      }
      case 'stream:end': {
        const end = typeof data.seq === 'number' ? { seq: data.seq } : {};
        const stream = this.streams.get(data.streamId as string);
        // An end may overtake the resume answer that announces its stream: remember it for the snapshot.
        if (stream) stream.end = end;
        else this.endedBeforeSnapshot.set(data.streamId as string, end);
        return;
      }
      case 'stream:error': {
        const stream = this.streams.get(data.streamId as string);
        if (stream) stream.error = { code: data.code as string };
        return;
      }
      case 'server:resync':
        void this.resync();
        return;
    }
  }

  conversation(conversationId: string): Map<number, MessageView> {
    let messages = this.byConversation.get(conversationId);
    if (!messages) this.byConversation.set(conversationId, (messages = new Map<number, MessageView>()));
    return messages;
  }

  /** The messages of this client's conversation (the lead's own, or the first one a staff client joined). */
  get messages(): Map<number, MessageView> {
    const id = this.conversationId ?? this.byConversation.keys().next().value;
    return id === undefined ? new Map() : this.conversation(id);
  }

  private keep(message: MessageView): void {
    this.conversationId ??= message.conversationId;
    const messages = this.conversation(message.conversationId);
    if (messages.has(message.seq)) this.redelivered++;
    else messages.set(message.seq, message);
  }

  private mergeSnapshot(snapshot: StreamSnapshot): void {
    const known = this.streams.get(snapshot.streamId);
    if (known && !streamText(known).gap && known.prefixUpTo + known.chunks.size >= snapshot.nextIndex) return;
    this.streams.set(snapshot.streamId, {
      streamId: snapshot.streamId,
      conversationId: snapshot.conversationId,
      ...(known?.replyToSeq !== undefined ? { replyToSeq: known.replyToSeq } : {}),
      prefix: snapshot.text,
      prefixUpTo: snapshot.nextIndex,
      chunks: known?.chunks ?? new Map<number, string>(),
      node: known?.node ?? this.url,
    });
    const end = known?.end ?? this.endedBeforeSnapshot.get(snapshot.streamId);
    if (end) this.streams.get(snapshot.streamId)!.end = end;
  }

  /** The highest seq below which this client has every message it can see (a safe replay point). */
  safeSeq(conversationId = this.conversationId): number {
    const messages = conversationId === undefined ? new Map() : this.conversation(conversationId);
    let seq = 0;
    while (messages.has(seq + 1)) seq++;
    return seq;
  }

  async request<T>(event: string, payload: unknown, timeoutMs = 5_000): Promise<Ack<T>> {
    const answer = (await this.socket.timeout(timeoutMs).emitWithAck(event, payload)) as Ack<T>;
    // A lead's own message comes in its message:send answer, not as an event (as the SDK takes it).
    const sent = answer.ok ? (answer.data as { message?: MessageView } | null)?.message : undefined;
    if (event === 'message:send' && sent) {
      this.arrivals.push(sent.seq);
      this.keep(sent);
    }
    return answer;
  }

  async ok<T>(event: string, payload: unknown, timeoutMs = 5_000): Promise<T> {
    const answer = await this.request<T>(event, payload, timeoutMs);
    if (!answer.ok) throw new Error(`${event} failed: ${answer.error.code} ${answer.error.message}`);
    return answer.data;
  }

  /** Replays what this client may have missed (after a reconnect or a resync hint). */
  async resync(): Promise<void> {
    const inFlight = [...this.streams.values()].filter((stream) => !stream.end && !stream.error);
    const listed = new Set<string>();
    const apply = (result: { messages: MessageView[]; streams: StreamSnapshot[] }) => {
      for (const message of result.messages) this.keep(message);
      for (const snapshot of result.streams) {
        listed.add(snapshot.streamId);
        this.mergeSnapshot(snapshot);
      }
    };
    if (this.options.namespace === '/widget') {
      // Replay is paged (bounded in count and bytes): ask again after the last seq while hasMore.
      let lastSeq = this.safeSeq();
      for (let page = 0; page < 1_000; page++) {
        const result = await this.ok<{
          conversationId: string | null;
          messages: MessageView[];
          streams: StreamSnapshot[];
          hasMore: boolean;
        }>('conversation:resume', { lastSeq });
        if (result.conversationId) this.conversationId = result.conversationId;
        apply(result);
        lastSeq = result.messages.at(-1)?.seq ?? lastSeq;
        if (!result.hasMore || result.messages.length === 0) break;
      }
      for (const stream of inFlight) if (!listed.has(stream.streamId)) stream.goneOnResume = true;
      return;
    }
    for (const [conversationId, event] of this.joined) {
      apply(
        await this.ok<{ messages: MessageView[]; streams: StreamSnapshot[] }>(event, {
          conversationId,
          lastSeq: this.safeSeq(conversationId),
        }),
      );
    }
    if (this.boardSubscribed) await this.ok('board:subscribe', {});
  }

  private failover(): Promise<void> {
    this.reconnecting ??= (async () => {
      for (let attempt = 0; !this.closed && attempt < 200; attempt++) {
        const candidates = this.options.urls();
        const next = candidates[(candidates.indexOf(this.url) + 1 + attempt) % candidates.length];
        if (!next) break;
        try {
          await this.connect(next);
          this.reconnects++;
          await this.resync();
          return;
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
    })().finally(() => {
      this.reconnecting = null;
    });
    return this.reconnecting;
  }

  /** Resolves when the client is connected (after a failover, once the resync is done). */
  async ready(): Promise<void> {
    if (this.reconnecting) await this.reconnecting;
  }

  close(): void {
    this.closed = true;
    this.socket?.close();
  }
}

/** Waits (vitest's `vi.waitFor`) until `check` returns something truthy, or fails with `what` after timeoutMs. */
export async function eventually<T>(
  what: string,
  check: () => T | Promise<T>,
  timeoutMs = 10_000,
): Promise<NonNullable<T>> {
  try {
    return await vi.waitFor(
      async () => {
        const value = await check();
        if (!value) throw new Error('not yet');
        return value;
      },
      { timeout: timeoutMs, interval: 25 },
    );
  } catch (error) {
    const reason = (error as Error).message;
    throw new Error(`timed out waiting for ${what}${reason === 'not yet' ? '' : `: ${reason}`}`, {
      cause: error,
    });
  }
}
