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

  function emit(stream: LiveStream, phase: 'start' | 'token' | 'end' | 'error', payload: object): void {
    const { tenantId, conversationId } = stream;
    if (stream.kind === 'bot') {
      const event = `stream:${phase}` as const;
      if (stream.audience === 'everyone')
        broadcaster.toLead(tenantId, conversationId, event, payload as never);
      broadcaster.toStaff(tenantId, conversationId, event, payload as never);
      return;
    }
    const event = phase === 'end' ? 'coach:done' : (`coach:${phase}` as const);
    broadcaster.toStaff(tenantId, conversationId, event, payload as never);
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
    const conversationKey = key(options.tenantId, options.conversationId);
    let streams = live.get(conversationKey);
    if (!streams) live.set(conversationKey, (streams = new Map<string, LiveStream>()));
    streams.set(state.streamId, state);

    let pending = '';
    /** This turn's first push went out; later pushes of the turn wait for flushHolding. */
    let heldThisTurn = false;
    let closed = false;
    const base = { streamId: state.streamId, conversationId: state.conversationId };
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
      if (share && pending.length > 0) {
        const chunks = Math.ceil(pending.length / maxChunkChars);
        share.save(shared(state.emittedText + pending, state.nextIndex + chunks));
      }
      while (pending.length > 0) {
        const chunk = pending.slice(0, maxChunkChars);
        pending = pending.slice(chunk.length);
        state.emittedText += chunk;
        emit(state, 'token', { ...base, index: state.nextIndex++, text: chunk });
      }
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
          emit(state, 'end', { ...base, ...(endOptions.seq ? { seq: endOptions.seq } : {}) });
        else
          emit(state, 'end', {
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
        emit(state, 'error', { ...base, code, message });
      },
    };
    openStreams.add(stream);
    share?.save(shared('', 0));
    emit(state, 'start', {
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
      emit({ ...snapshot, emittedText: snapshot.text }, 'error', { streamId, conversationId, code, message });
    },
  };
}
