import type {
  CoachDoneEvent,
  CoachStartEvent,
  StreamEndEvent,
  StreamErrorEvent,
  StreamKind,
  StreamSnapshot,
  StreamStartEvent,
  StreamTokenEvent,
} from '../../src/protocol/index.js';

/** `bot` streams use the `stream:*` events; `coach` streams (coaching, qualification) use `coach:*`. */
export type StreamFamily = 'bot' | 'coach';
export type StreamStatus = 'streaming' | 'done' | 'error' | 'interrupted';

/** The assembled state of one token stream, as given to listeners after every change. */
export interface StreamView {
  streamId: string;
  conversationId: string;
  family: StreamFamily;
  /** Unknown until a start event or a snapshot names it. */
  kind?: StreamKind;
  /** The text assembled so far (contiguous tokens only). */
  text: string;
  status: StreamStatus;
  replyToSeq?: number;
  trigger?: CoachStartEvent['trigger'];
  /** seq of the stored final message, when the stream produced one. */
  seq?: number;
  error?: { code: string; message: string };
  /** Coaching: the structured result and its source, from coach:done. */
  result?: Record<string, unknown>;
  source?: 'llm' | 'rules';
}

interface StreamEntry {
  view: StreamView;
  /** Text for every index below nextIndex (from index 0, or from a snapshot). */
  prefix: string;
  nextIndex: number;
  /** True once the text is known from index 0 (a start event or a snapshot). */
  anchored: boolean;
  pending: Map<number, string>;
}

export interface StreamAssembler {
  start(family: StreamFamily, event: StreamStartEvent | CoachStartEvent): StreamView;
  /** Applies a token; returns the view when the visible text changed. */
  token(family: StreamFamily, event: StreamTokenEvent): StreamView | undefined;
  end(family: StreamFamily, event: StreamEndEvent | CoachDoneEvent): StreamView | undefined;
  fail(family: StreamFamily, event: StreamErrorEvent): StreamView | undefined;
  /** A snapshot from a resume/join: the text so far; tokens below nextIndex are dropped. */
  snapshot(snapshot: StreamSnapshot): StreamView | undefined;
  /**
   * After a replay: open streams of the conversation (of the given families) that the hub no longer reports
   * ended or failed while we were away. They are marked `interrupted` and returned.
   */
  reconcile(
    conversationId: string,
    liveStreamIds: ReadonlySet<string>,
    families: StreamFamily[],
  ): StreamView[];
  get(streamId: string): StreamView | undefined;
  open(conversationId?: string): StreamView[];
}

const familyOfKind = (kind: StreamKind): StreamFamily => (kind === 'bot' ? 'bot' : 'coach');

/** Assembles token streams by index: tolerates duplicates, gaps filled late, and snapshots after reconnects. */
export function createStreamAssembler(options: { maxFinished?: number } = {}): StreamAssembler {
  const maxFinished = options.maxFinished ?? 500;
  const entries = new Map<string, StreamEntry>();
  const finished = new Map<string, StreamView>();

  const copy = (entry: StreamEntry): StreamView => ({ ...entry.view });

  const entryFor = (
    family: StreamFamily,
    streamId: string,
    conversationId: string,
  ): StreamEntry | undefined => {
    if (finished.has(streamId)) return undefined;
    let entry = entries.get(streamId);
    if (!entry) {
      entry = {
        view: { streamId, conversationId, family, text: '', status: 'streaming' },
        prefix: '',
        nextIndex: 0,
        anchored: false,
        pending: new Map(),
      };
      entries.set(streamId, entry);
    }
    return entry;
  };

  /** Moves contiguous pending tokens into the prefix; true when the text grew. */
  const drain = (entry: StreamEntry): boolean => {
    let grew = false;
    for (
      let text = entry.pending.get(entry.nextIndex);
      text !== undefined;
      text = entry.pending.get(entry.nextIndex)
    ) {
      entry.pending.delete(entry.nextIndex);
      entry.prefix += text;
      entry.nextIndex += 1;
      grew = true;
    }
    for (const index of entry.pending.keys()) if (index < entry.nextIndex) entry.pending.delete(index);
    entry.view.text = entry.prefix;
    return grew;
  };

  const finish = (entry: StreamEntry, patch: Partial<StreamView>): StreamView => {
    Object.assign(entry.view, patch);
    entries.delete(entry.view.streamId);
    finished.set(entry.view.streamId, entry.view);
    if (finished.size > maxFinished) {
      const oldest = finished.keys().next().value;
      if (oldest !== undefined) finished.delete(oldest);
    }
    return { ...entry.view };
  };

  return {
    start(family, event) {
      const entry = entryFor(family, event.streamId, event.conversationId);
      if (!entry) return { ...finished.get(event.streamId)! };
      entry.view.kind = event.kind;
      if (event.replyToSeq !== undefined) entry.view.replyToSeq = event.replyToSeq;
      if ('trigger' in event) entry.view.trigger = event.trigger;
      entry.anchored = true;
      drain(entry);
      return copy(entry);
    },
    token(family, event) {
      const entry = entryFor(family, event.streamId, event.conversationId);
      if (!entry || event.index < entry.nextIndex || entry.pending.has(event.index)) return undefined;
      entry.pending.set(event.index, event.text);
      // Tokens of a stream we joined mid-way wait for its snapshot unless they start at index 0.
      if (!entry.anchored && !entry.pending.has(0) && entry.nextIndex === 0) return undefined;
      entry.anchored = true;
      return drain(entry) ? copy(entry) : undefined;
    },
    end(family, event) {
      const entry = entryFor(family, event.streamId, event.conversationId);
      if (!entry) return undefined;
      drain(entry);
      const patch: Partial<StreamView> = { status: 'done' };
      if (event.seq !== undefined) patch.seq = event.seq;
      if ('result' in event) {
        patch.result = event.result;
        patch.source = event.source;
        patch.kind = event.kind;
      }
      return finish(entry, patch);
    },
    fail(family, event) {
      const entry = entryFor(family, event.streamId, event.conversationId);
      if (!entry) return undefined;
      drain(entry);
      return finish(entry, { status: 'error', error: { code: event.code, message: event.message } });
    },
    snapshot(snapshot) {
      const entry = entryFor(familyOfKind(snapshot.kind), snapshot.streamId, snapshot.conversationId);
      if (!entry) return undefined;
      entry.view.kind = snapshot.kind;
      if (snapshot.nextIndex >= entry.nextIndex) {
        entry.prefix = snapshot.text;
        entry.nextIndex = snapshot.nextIndex;
      }
      entry.anchored = true;
      drain(entry);
      return copy(entry);
    },
    reconcile(conversationId, liveStreamIds, families) {
      const gone: StreamView[] = [];
      for (const entry of [...entries.values()]) {
        const { view } = entry;
        if (view.conversationId !== conversationId || !families.includes(view.family)) continue;
        if (liveStreamIds.has(view.streamId)) continue;
        gone.push(finish(entry, { status: 'interrupted' }));
      }
      return gone;
    },
    get(streamId) {
      const entry = entries.get(streamId);
      if (entry) return copy(entry);
      const done = finished.get(streamId);
      return done ? { ...done } : undefined;
    },
    open(conversationId) {
      return [...entries.values()]
        .filter(
          (entry) => entry.anchored && (!conversationId || entry.view.conversationId === conversationId),
        )
        .map(copy);
    },
  };
}
