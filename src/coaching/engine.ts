import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import { systemClock, type Clock } from '../llm/clock.js';
import { isModelError } from '../llm/errors.js';
import type { ModelProvider } from '../llm/port.js';
import { counter } from '../llm/usage.js';
import { createTurnQueue } from '../loop-turns.js';
import type { OutboundStream, StreamPublisher } from '../realtime/stream-port.js';
import { createLineHold } from './hold.js';
import { kindSpecs, type AnyCoachingResult, type KindSpec } from './kinds.js';
import { parseLines } from './parser.js';
import { createSectionFilter, filterSections } from './sections.js';
import type { CoachingContext, CoachingKind, CoachingSource } from './types.js';

export interface CoachingTrigger {
  tenantId: string;
  conversationId: string;
  kind: CoachingKind;
  trigger: 'lead_message' | 'utterance' | 'request';
  /** seq of the message or utterance that triggered it. */
  replyToSeq?: number;
}

export interface CoachingEngineOptions {
  model: ModelProvider;
  publisher: StreamPublisher;
  loadContext: (tenantId: string, conversationId: string) => Promise<CoachingContext>;
  /** Stores the finished result (staff-only transcript entry) and returns its seq. */
  saveResult: (
    tenantId: string,
    conversationId: string,
    result: AnyCoachingResult,
    text: string,
  ) => Promise<number>;
  logger: Pick<Logger, 'debug' | 'info' | 'warn' | 'error'>;
  clock?: Clock;
  /** Quiet time after the last utterance before coaching starts, in ms (default 300). */
  debounceMs?: number;
  /** Longest an utterance burst may postpone coaching, in ms (default 1_500). */
  maxDebounceMs?: number;
  /** Overrides the provider's first-token timeout for coaching requests. */
  firstTokenTimeoutMs?: number;
  /** Adds hub_coaching_runs_total and hub_coaching_fallbacks_total to this registry. */
  registry?: Registry;
}

export interface CoachingEngine {
  /**
   * Starts (or, for utterances, schedules after the debounce) a coaching or qualification stream and resolves
   * with its streamId; debounced utterances of one burst share one stream. A newer trigger of the same kind in the
   * same conversation aborts the older stream (it ends with `fail('ABORTED')`) and its model request.
   */
  trigger(trigger: CoachingTrigger): Promise<string>;
  /** Resolves when nothing is scheduled or running. */
  idle(): Promise<void>;
  /** Cancels scheduled triggers and aborts every running stream and model request. */
  close(): Promise<void>;
}

export const CoachingStreamError = {
  /** Superseded by a newer trigger, or the engine is closing. */
  ABORTED: 'ABORTED',
  /** The model failed after text was streamed; a rule-based stream for the same trigger follows. */
  MODEL_ERROR: 'MODEL_ERROR',
  /** The context could not be loaded or the result could not be stored. */
  INTERNAL: 'INTERNAL',
} as const;

interface Run {
  key: string;
  trigger: CoachingTrigger;
  stream: OutboundStream;
  /** True once `stream` was ended or failed. */
  settled: boolean;
  controller: AbortController;
}

interface Pending {
  trigger: CoachingTrigger;
  firstAtMs: number;
  timer: NodeJS.Timeout | undefined;
  waiters: { resolve: (streamId: string) => void; reject: (error: unknown) => void }[];
  started: Promise<void>;
  markStarted: () => void;
}

interface Outcome {
  text: string;
  source: CoachingSource;
  /** Why the rules were used, when they were. */
  fallback?: string;
}

/**
 * Live coaching and qualification analysis for staff. Each run opens a staff stream, loads the context, streams
 * the model's line-tagged answer token by token (completing sections it left out from the rules), or the rule
 * coach's answer when the model is unavailable, over budget, slow to its first token or failing; then stores the
 * result and ends the stream with it. A coaching.sections arm's card shows only its sections: the others are filtered
 * out of the stream line by line (sections.ts), and out of the completion, the rule lines and the stored result.
 *
 * Fallback rule: a model failure before any text → the rules stream into the same stream. A failure after text
 * was streamed (or text not in the format) → that stream fails with MODEL_ERROR and a new stream for the same
 * trigger carries the rules, so no client ever sees model and rule text mixed in one stream.
 */
export function createCoachingEngine(options: CoachingEngineOptions): CoachingEngine {
  const { model, publisher, loadContext, saveResult, logger } = options;
  const clock = options.clock ?? systemClock;
  const debounceMs = options.debounceMs ?? 300;
  const maxDebounceMs = options.maxDebounceMs ?? 1_500;
  const active = new Map<string, Run>();
  const pending = new Map<string, Pending>();
  const running = new Set<Promise<void>>();
  const ownTurn = createTurnQueue();
  let closed = false;

  const runs = options.registry
    ? counter(
        options.registry,
        'hub_coaching_runs_total',
        'Coaching and qualification runs by source and outcome',
        ['kind', 'source', 'outcome'],
      )
    : undefined;
  const fallbacks = options.registry
    ? counter(options.registry, 'hub_coaching_fallbacks_total', 'Runs answered by the rules, by reason', [
        'kind',
        'reason',
      ])
    : undefined;

  const keyOf = (t: CoachingTrigger) => `${t.tenantId}\u0000${t.conversationId}\u0000${t.kind}`;

  const open = (t: CoachingTrigger) =>
    publisher.open({
      tenantId: t.tenantId,
      conversationId: t.conversationId,
      kind: t.kind,
      audience: 'staff',
      trigger: t.trigger,
      ...(t.replyToSeq !== undefined ? { replyToSeq: t.replyToSeq } : {}),
    });

  function fail(run: Run, code: keyof typeof CoachingStreamError, message: string): void {
    if (run.settled) return;
    run.settled = true;
    run.stream.fail(code, message);
  }

  function abort(run: Run, message: string): void {
    run.controller.abort();
    if (!run.settled) runs?.inc({ kind: run.trigger.kind, source: 'none', outcome: 'aborted' });
    fail(run, 'ABORTED', message);
  }

  /** Fails the model stream and continues the run on a fresh stream. */
  function reopen(run: Run, message: string): void {
    fail(run, 'MODEL_ERROR', message);
    run.stream = open(run.trigger);
    run.settled = false;
  }

  function pushAll(run: Run, lines: string[]): string {
    for (const line of lines) run.stream.push(line);
    return lines.join('');
  }

  async function fromModel(
    run: Run,
    spec: KindSpec,
    context: CoachingContext,
    ruleLines: () => Record<string, string>,
    sections: readonly string[] | undefined,
  ): Promise<Outcome | string> {
    const { tenantId, conversationId } = run.trigger;
    const signal = run.controller.signal;
    /** Everything the model wrote, and what of it went out (a held tag waits for the end). */
    let text = '';
    let shown = '';
    const hold = spec.holdTag ? createLineHold(spec.holdTag) : undefined;
    // A sections arm: the lines of the sections it leaves out never go out (filtered before the hold).
    const filter = sections ? createSectionFilter(spec.tags, sections) : undefined;
    const show = (out: string) => {
      if (out === '') return;
      run.stream.push(out);
      shown += out;
    };
    const pass = (delta: string) => {
      const kept = filter ? filter.push(delta) : delta;
      show(hold ? hold.push(kept) : kept);
    };
    try {
      const system = spec.system(context);
      const stream = model.stream({
        purpose: spec.purpose,
        tenantId,
        conversationId,
        system: system.text,
        promptVersion: system.version,
        messages: [{ role: 'user', content: spec.user(context, run.trigger.trigger) }],
        maxTokens: spec.maxTokens,
        signal,
        ...(options.firstTokenTimeoutMs !== undefined
          ? { firstTokenTimeoutMs: options.firstTokenTimeoutMs }
          : {}),
      });
      // Each delta goes out in the model event that carried it: the hot path of live coaching.
      await stream.deliver((delta) => {
        if (run.settled) return run.controller.abort();
        text += delta;
        pass(delta);
      });
    } catch (error) {
      const reason = isModelError(error) ? error.kind : 'stream_error';
      if (signal.aborted) return reason;
      if (shown !== '') reopen(run, `The model failed mid-stream (${reason}); rule-based coaching follows`);
      return reason;
    }
    if (signal.aborted || run.settled) return 'aborted';
    if (filter) {
      const rest = filter.end();
      show(hold ? hold.push(rest) : rest);
    }
    if (hold) show(hold.end().shown);
    // Parsed once the answer is complete (the parser reads any split of a text alike).
    const entries = parseLines(spec.tags, text);
    if (!entries.some((entry) => spec.coreTags.includes(entry.tag) && entry.text !== '')) {
      if (shown.trim() !== '')
        reopen(run, 'The model answer was not in the coaching format; rule-based coaching follows');
      return 'unparseable';
    }
    const completion = spec
      .complete(entries, context, ruleLines)
      .filter((line) => !sections || filterSections(spec.tags, sections, line) !== '');
    if (completion.length > 0) {
      if (shown !== '' && !shown.endsWith('\n')) completion.unshift('\n');
      shown += pushAll(run, completion);
    }
    return { text: shown, source: 'llm' };
  }

  async function execute(run: Run): Promise<void> {
    const { tenantId, conversationId, kind } = run.trigger;
    const spec = kindSpecs[kind];
    const signal = run.controller.signal;
    let context: CoachingContext;
    try {
      context = await loadContext(tenantId, conversationId);
    } catch (error) {
      logger.error({ err: error, tenantId, conversationId }, 'coaching: cannot load the context');
      runs?.inc({ kind, source: 'none', outcome: 'failed' });
      return fail(run, 'INTERNAL', 'Could not load the conversation for coaching');
    }
    // Building the prompt and opening the model request is the heavy part of a start: one start per event-loop
    // turn, so that a burst of starts does not hold up the tokens of the streams already running.
    await ownTurn();
    if (signal.aborted) return;

    // The rule-based lines are the fallback and fill what a model answer leaves out: computed only if needed.
    let rules: Record<string, string> | undefined;
    const ruleLines = () => (rules ??= spec.rules(context));
    // A coaching experiment's rules arm is answered by the rules, like a model that is not there.
    let outcome: Outcome | string = context.sourceChoice === 'rules' ? 'experiment' : 'unavailable';
    // A coaching.sections arm's card shows only its sections (COMPLIANCE always), from the model or the rules.
    const sections = spec.shown?.(context);
    if (context.sourceChoice !== 'rules' && model.available(tenantId, spec.purpose))
      outcome = await fromModel(run, spec, context, ruleLines, sections);
    if (signal.aborted || run.settled) return;
    if (typeof outcome === 'string') {
      fallbacks?.inc({ kind, reason: outcome });
      logger.debug({ tenantId, conversationId, kind, reason: outcome }, 'coaching: rule-based fallback');
      outcome = {
        text: pushAll(
          run,
          spec.tags.filter((tag) => !sections || sections.includes(tag)).map((tag) => ruleLines()[tag] ?? ''),
        ),
        source: 'rules',
        fallback: outcome,
      };
    }

    const result = spec.build(parseLines(spec.tags, outcome.text), outcome.source, sections);
    let seq: number;
    try {
      seq = await saveResult(tenantId, conversationId, result, outcome.text);
    } catch (error) {
      logger.error({ err: error, tenantId, conversationId }, 'coaching: cannot store the result');
      runs?.inc({ kind, source: outcome.source, outcome: 'failed' });
      return fail(run, 'INTERNAL', 'Could not store the coaching result');
    }
    if (run.settled) return;
    run.settled = true;
    run.stream.end({ seq, result, source: outcome.source });
    runs?.inc({ kind, source: outcome.source, outcome: 'done' });
  }

  function start(trigger: CoachingTrigger): string {
    const key = keyOf(trigger);
    const previous = active.get(key);
    if (previous) abort(previous, 'Superseded by a newer coaching trigger');
    const run: Run = {
      key,
      trigger,
      stream: open(trigger),
      settled: false,
      controller: new AbortController(),
    };
    const streamId = run.stream.streamId;
    active.set(key, run);
    const done: Promise<void> = execute(run)
      .catch((error: unknown) => {
        logger.error({ err: error, key }, 'coaching run failed');
        fail(run, 'INTERNAL', 'Coaching failed');
      })
      .finally(() => {
        if (active.get(key) === run) active.delete(key);
        running.delete(done);
      });
    running.add(done);
    return streamId;
  }

  function flush(key: string): void {
    const entry = pending.get(key);
    if (!entry) return;
    pending.delete(key);
    entry.markStarted();
    try {
      const streamId = start(entry.trigger);
      for (const waiter of entry.waiters) waiter.resolve(streamId);
    } catch (error) {
      for (const waiter of entry.waiters) waiter.reject(error);
    }
  }

  function schedule(trigger: CoachingTrigger): Promise<string> {
    const key = keyOf(trigger);
    return new Promise<string>((resolve, reject) => {
      let entry = pending.get(key);
      if (!entry) {
        let markStarted = () => undefined as void;
        const started = new Promise<void>((done) => (markStarted = done));
        entry = { trigger, firstAtMs: clock.now(), timer: undefined, waiters: [], started, markStarted };
        pending.set(key, entry);
      }
      entry.trigger = { ...trigger, replyToSeq: trigger.replyToSeq ?? entry.trigger.replyToSeq };
      entry.waiters.push({ resolve, reject });
      clearTimeout(entry.timer);
      const waitMs = Math.max(0, Math.min(debounceMs, entry.firstAtMs + maxDebounceMs - clock.now()));
      entry.timer = setTimeout(() => flush(key), waitMs);
    });
  }

  return {
    trigger(trigger) {
      if (closed) return Promise.reject(new Error('The coaching engine is closed'));
      if (trigger.trigger === 'utterance' && debounceMs > 0) return schedule(trigger);
      const key = keyOf(trigger);
      const waiting = pending.get(key);
      if (waiting) {
        // A message or an explicit request ends the utterance burst: start now, for everyone waiting.
        clearTimeout(waiting.timer);
        waiting.trigger = trigger;
        return new Promise<string>((resolve, reject) => {
          waiting.waiters.push({ resolve, reject });
          flush(key);
        });
      }
      try {
        return Promise.resolve(start(trigger));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    async idle() {
      while (pending.size > 0 || running.size > 0) {
        await Promise.allSettled([...[...pending.values()].map((entry) => entry.started), ...running]);
      }
    },
    async close() {
      closed = true;
      for (const entry of pending.values()) {
        clearTimeout(entry.timer);
        entry.markStarted();
        for (const waiter of entry.waiters) waiter.reject(new Error('The coaching engine is closing'));
      }
      pending.clear();
      for (const run of active.values()) abort(run, 'Coaching stopped: the hub is shutting down');
      await Promise.allSettled([...running]);
    },
  };
}
