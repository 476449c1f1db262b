export interface SequencerOptions {
  /** How long a gap in the sequence numbers holds later events back before they are released anyway. */
  gapWaitMs: number;
  /** Held events per stream before the oldest gap is given up at once. */
  maxPending: number;
  /** Streams without activity for this long are forgotten (their retries are still de-duplicated by the store). */
  idleMs: number;
  now: () => number;
}

export type PushOutcome = 'accepted' | 'duplicate' | 'late';

interface StreamState<T> {
  /** The lowest sequence number not yet accounted for. */
  next: number;
  /** Sequence numbers above `next` already received. */
  seen: Set<number>;
  /** Held items by sequence number, released in order. */
  pending: Map<number, T>;
  /** Sequence numbers given up on by a gap timeout (a late arrival is still released, once). */
  skipped: Set<number>;
  chain: Promise<void>;
  timer?: ReturnType<typeof setTimeout>;
  touchedAt: number;
}

/**
 * Puts the events of each stream (one transcription of one call) back in sequence order: every sequence number
 * is accepted once; an ordered item is released after every lower number has arrived, or after `gapWaitMs` when
 * one never comes. Releases of one stream run one at a time, in order.
 */
export function createSequencer<T>(
  release: (item: T, info: { late: boolean }) => Promise<void>,
  onError: (error: unknown) => void,
  options: SequencerOptions,
) {
  const streams = new Map<string, StreamState<T>>();

  function enqueue(state: StreamState<T>, item: T, late: boolean) {
    state.chain = state.chain.then(() => release(item, { late })).catch(onError);
  }

  function drain(key: string, state: StreamState<T>) {
    while (state.seen.has(state.next)) {
      state.seen.delete(state.next);
      const item = state.pending.get(state.next);
      if (item !== undefined) {
        state.pending.delete(state.next);
        enqueue(state, item, false);
      }
      state.next++;
    }
    if (state.pending.size > options.maxPending) skipGap(key, state);
    else if (state.seen.size === 0) clearTimer(state);
    else if (!state.timer) {
      state.timer = setTimeout(() => {
        state.timer = undefined;
        skipGap(key, state);
      }, options.gapWaitMs);
      state.timer.unref?.();
    }
  }

  function clearTimer(state: StreamState<T>) {
    if (state.timer) clearTimeout(state.timer);
    state.timer = undefined;
  }

  /** Gives up on the missing numbers below the lowest one received, then releases what follows in order. */
  function skipGap(key: string, state: StreamState<T>) {
    clearTimer(state);
    if (state.seen.size === 0) return;
    const lowest = Math.min(...state.seen);
    for (let missing = state.next; missing < lowest && state.skipped.size < 10_000; missing++) {
      state.skipped.add(missing);
    }
    state.next = lowest;
    drain(key, state);
  }

  function evictIdle() {
    const horizon = options.now() - options.idleMs;
    for (const [key, state] of streams) {
      if (state.touchedAt < horizon && state.pending.size === 0) {
        clearTimer(state);
        streams.delete(key);
      }
    }
  }

  return {
    /**
     * Accounts for one sequence number of a stream; `item` (when given) is released in order. Events that need
     * no ordering (partial results) pass no item and are only counted.
     */
    push(key: string, sequence: number, item?: T): PushOutcome {
      let state = streams.get(key);
      if (!state) {
        if (streams.size % 64 === 0) evictIdle();
        state = {
          next: 1,
          seen: new Set(),
          pending: new Map(),
          skipped: new Set(),
          chain: Promise.resolve(),
          touchedAt: 0,
        };
        streams.set(key, state);
      }
      state.touchedAt = options.now();
      if (sequence < state.next) {
        if (!state.skipped.delete(sequence)) return 'duplicate';
        if (item !== undefined) enqueue(state, item, true);
        return 'late';
      }
      if (state.seen.has(sequence)) return 'duplicate';
      state.seen.add(sequence);
      if (item !== undefined) state.pending.set(sequence, item);
      drain(key, state);
      return 'accepted';
    },
    /** Resolves when every released item of every stream has been processed. */
    async idle(): Promise<void> {
      for (;;) {
        const chains = [...streams.values()].map((state) => state.chain);
        await Promise.all(chains);
        const after = [...streams.values()].map((state) => state.chain);
        if (after.length === chains.length && after.every((chain, index) => chain === chains[index])) return;
      }
    },
    /** Forgets a finished stream once its releases are done. */
    forget(key: string) {
      const state = streams.get(key);
      if (!state) return;
      clearTimer(state);
      void state.chain.then(() => {
        if (streams.get(key) === state && state.pending.size === 0) streams.delete(key);
      });
    },
    close() {
      for (const state of streams.values()) clearTimer(state);
    },
  };
}

export type Sequencer<T> = ReturnType<typeof createSequencer<T>>;
