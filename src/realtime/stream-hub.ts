import { randomUUID } from 'node:crypto';
import type { StreamKind, StreamSnapshot } from '../protocol/common.js';
import type { Broadcaster } from './broadcaster.js';
import type { OpenStreamOptions, OutboundStream, StreamEndOptions, StreamPublisher } from './stream-port.js';

export interface StreamHubOptions {
  /** Largest text carried by one token event; longer bursts are split (default 2,048 characters). */
  maxChunkChars?: number;
  /** Shares snapshots with the other nodes (cluster); by default snapshots are local to this process. */
  share?: StreamSnapshotShare;
}

/** A stream's state as other nodes see it. */
export interface SharedStreamSnapshot extends StreamSnapshot {
  tenantId: string;
  audience: 'everyone' | 'staff';
}

/**
 * Where snapshots are shared across nodes. `save` is called synchronously before each flush's tokens are emitted
 * and `remove` before the end or error event, so an implementation that writes on the same connection the
 * adapter publishes on guarantees: a client that missed a token live finds it in the snapshot it reads after
 * joining the room.
 */
export interface StreamSnapshotShare {
  save(snapshot: SharedStreamSnapshot): void;
  remove(snapshot: SharedStreamSnapshot): void;
  /** Snapshots of the conversation's streams on other nodes that are still alive. */
  read(tenantId: string, conversationId: string): Promise<SharedStreamSnapshot[]>;
}

interface LiveStream {
  streamId: string;
  tenantId: string;
  conversationId: string;
  kind: StreamKind;
  audience: 'everyone' | 'staff';
  /** Text already emitted as tokens: what a client joining now must be given before live tokens. */
  emittedText: string;
  nextIndex: number;
}

export interface StreamHub extends StreamPublisher {
  /** This node's in-flight streams of a conversation visible to the audience, for clients joining mid-stream. */
  snapshots(tenantId: string, conversationId: string, viewer: 'lead' | 'staff'): StreamSnapshot[];
  /** The same, plus the streams other nodes share (cluster); what a replay returns. */
  allSnapshots(tenantId: string, conversationId: string, viewer: 'lead' | 'staff'): Promise<StreamSnapshot[]>;
  /** Ends every open stream with an error (shutdown). */
  failAll(code: string, message: string): void;
  /** Announces the end of a stream whose node died (its snapshot outlived it). */
  failOrphan(snapshot: SharedStreamSnapshot, code: string, message: string): void;
}

type StreamPhase = 'start' | 'token' | 'end' | 'error';
const BOT_EVENTS = {
  start: 'stream:start',
  token: 'stream:token',
  end: 'stream:end',
  error: 'stream:error',
} as const;
const COACH_EVENTS = {
  start: 'coach:start',
  token: 'coach:token',
  end: 'coach:done',
  error: 'coach:error',
} as const;

/**
 * Publishes token streams: the first token pushed in an event-loop turn is emitted at once, the ones pushed after
 * it in the same turn are coalesced into one event at the end of the turn; events are numbered
 * 0, 1, 2... with no gaps, and delivered to the stream's audience. Bot streams use `stream:*`, coaching and
 * qualification streams use `coach:*` (staff only).
 */
export function createStreamHub(broadcaster: Broadcaster, options: StreamHubOptions = {}): StreamHub {
  const maxChunkChars = options.maxChunkChars ?? 2_048;
  const share = options.share;
  const live = new Map<string, Map<string, LiveStream>>();
  const openStreams = new Set<OutboundStream>();

  const key = (tenantId: string, conversationId: string) => `${tenantId}:${conversationId}`;

  /** Streams holding text pushed after their first push of this event-loop turn: flushed together at its end. */
  const holding = new Set<() => void>();
  let turnEndScheduled = false;
  const flushHolding = () => {
    turnEndScheduled = false;
    const flushes = [...holding];
    holding.clear();
    for (const flush of flushes) flush();
  };

  /** Sends a stream's events to its audience: `stream:*` for bot streams, `coach:*` (staff only) for the others. */
  function emitterFor(stream: Omit<LiveStream, 'emittedText' | 'nextIndex'>) {
    const audiences = broadcaster.conversation(stream.tenantId, stream.conversationId);
    if (stream.kind !== 'bot')
      return (phase: StreamPhase, payload: object) =>
        audiences.toStaff(COACH_EVENTS[phase], payload as never);
    const toLead = stream.audience === 'everyone';
    return (phase: StreamPhase, payload: object) => {
      const event = BOT_EVENTS[phase];
      if (toLead) audiences.toLead(event, payload as never);
      audiences.toStaff(event, payload as never);
    };
  }

  function open(options: OpenStreamOptions): OutboundStream {
    const state: LiveStream = {
      streamId: randomUUID(),
      tenantId: options.tenantId,
      conversationId: options.conversationId,
      kind: options.kind,
      audience: options.kind === 'bot' ? options.audience : 'staff',
      emittedText: '',
      nextIndex: 0,
    };
    const emit = emitterFor(state);
    const conversationKey = key(options.tenantId, options.conversationId);
    let streams = live.get(conversationKey);
    if (!streams) live.set(conversationKey, (streams = new Map<string, LiveStream>()));
    streams.set(state.streamId, state);

    let pending = '';
    /** This turn's first push went out; later pushes of the turn wait for flushHolding. */
    let heldThisTurn = false;
    let closed = false;
    const { streamId, conversationId } = state;
    const base = { streamId, conversationId };
    const shared = (text: string, nextIndex: number): SharedStreamSnapshot => ({
      ...base,
      tenantId: state.tenantId,
      kind: state.kind,
      audience: state.audience,
      text,
      nextIndex,
    });

    const flush = () => {
      heldThisTurn = false;
      if (pending.length === 0) return;
      if (share) {
        const chunks = Math.ceil(pending.length / maxChunkChars);
        share.save(shared(state.emittedText + pending, state.nextIndex + chunks));
      }
      do {
        const text = pending.length <= maxChunkChars ? pending : pending.slice(0, maxChunkChars);
        pending = pending.slice(text.length);
        state.emittedText += text;
        emit('token', { streamId, conversationId, index: state.nextIndex++, text });
      } while (pending.length > 0);
    };
    const close = () => {
      flush();
      share?.remove(shared(state.emittedText, state.nextIndex));
      closed = true;
      openStreams.delete(stream);
      streams.delete(state.streamId);
      if (streams.size === 0) live.delete(conversationKey);
    };

    const stream: OutboundStream = {
      streamId: state.streamId,
      get text() {
        return state.emittedText + pending;
      },
      push(text) {
        if (closed || text.length === 0) return;
        pending += text;
        if (heldThisTurn) return;
        // The first text of an event-loop turn goes out at once (no added latency); what follows in the same
        // turn (a burst of deltas read together) waits for one event after it. One timer serves every stream.
        flush();
        heldThisTurn = true;
        holding.add(flush);
        if (!turnEndScheduled) {
          turnEndScheduled = true;
          setImmediate(flushHolding);
        }
      },
      end(endOptions: StreamEndOptions = {}) {
        if (closed) return;
        close();
        if (state.kind === 'bot')
          emit('end', { ...base, ...(endOptions.seq ? { seq: endOptions.seq } : {}) });
        else
          emit('end', {
            ...base,
            kind: state.kind,
            source: endOptions.source ?? 'llm',
            result: endOptions.result ?? {},
            ...(endOptions.seq ? { seq: endOptions.seq } : {}),
          });
      },
      fail(code, message) {
        if (closed) return;
        close();
        emit('error', { ...base, code, message });
      },
    };
    openStreams.add(stream);
    share?.save(shared('', 0));
    emit('start', {
      ...base,
      kind: state.kind,
      ...(options.replyToSeq !== undefined ? { replyToSeq: options.replyToSeq } : {}),
      ...(options.trigger ? { trigger: options.trigger } : {}),
    });
    return stream;
  }

  function localSnapshots(tenantId: string, conversationId: string, viewer: 'lead' | 'staff') {
    const streams = live.get(key(tenantId, conversationId));
    if (!streams) return [];
    return [...streams.values()]
      .filter((stream) => viewer === 'staff' || stream.audience === 'everyone')
      .map((stream) => ({
        streamId: stream.streamId,
        conversationId: stream.conversationId,
        kind: stream.kind,
        text: stream.emittedText,
        nextIndex: stream.nextIndex,
      }));
  }

  return {
    open,
    snapshots(tenantId, conversationId, viewer) {
      return localSnapshots(tenantId, conversationId, viewer);
    },
    async allSnapshots(tenantId, conversationId, viewer) {
      const mine = localSnapshots(tenantId, conversationId, viewer);
      if (!share) return mine;
      const remote = await share.read(tenantId, conversationId).catch(() => []);
      const localIds = new Set(mine.map((stream) => stream.streamId));
      return [
        ...mine,
        ...remote
          .filter((stream) => !localIds.has(stream.streamId))
          .filter((stream) => viewer === 'staff' || stream.audience === 'everyone')
          .map(({ streamId, conversationId: id, kind, text, nextIndex }) => ({
            streamId,
            conversationId: id,
            kind,
            text,
            nextIndex,
          })),
      ];
    },
    failAll(code, message) {
      for (const stream of [...openStreams]) stream.fail(code, message);
    },
    failOrphan(snapshot, code, message) {
      const { streamId, conversationId } = snapshot;
      emitterFor(snapshot)('error', { streamId, conversationId, code, message });
    },
  };
}
