import type { StaffClaims } from '../auth.js';
import type { StaffSide } from '../conversations/staff.js';
import type { Logger } from '../logger.js';
import { STAFF_TEXT_LIMIT } from '../protocol/common.js';
import type { Broadcaster } from '../realtime/broadcaster.js';
import type { CallRecord, CallRegistry } from './calls.js';
import { createSequencer, type PushOutcome } from './sequencer.js';
import type { Speaker } from './settings.js';

/** One transcription event of a call, from Twilio or the generic feed, already authenticated and validated. */
export interface TranscriptEvent {
  call: CallRecord;
  source: 'twilio' | 'feed';
  /** One transcription stream of the call (Twilio: the TranscriptionSid); sequence numbers count per stream. */
  streamId: string;
  sequence: number;
  type: 'started' | 'partial' | 'final' | 'stopped';
  speaker?: Speaker;
  text?: string;
  at: string;
}

export interface IngestOptions {
  registry: CallRegistry;
  /** The `call:utterance` service: stores a staff-only utterance once and triggers coaching for the prospect. */
  utterance: StaffSide['utterance'];
  broadcaster: Broadcaster;
  logger: Logger;
  now: () => Date;
  gapWaitMs: number;
  stallAfterMs: number;
}

const cut = (text: string) => [...text.trim()].slice(0, STAFF_TEXT_LIMIT).join('');

/**
 * Turns transcription events into captions (partial results, at once) and transcript utterances (final results,
 * once each, in sequence order), then coaching through the `call:utterance` path.
 */
export function createIngest(options: IngestOptions) {
  const { registry, broadcaster, logger } = options;

  function announceEnded(call: CallRecord, at = options.now().toISOString()) {
    broadcaster.toStaff(call.tenantId, call.conversationId, 'call:status', {
      conversationId: call.conversationId,
      callId: call.callId,
      state: 'ended',
      stallAfterMs: options.stallAfterMs,
      at,
    });
  }

  const streamKey = (event: TranscriptEvent) =>
    `${event.call.tenantId}:${event.call.callId}:${event.source}:${event.streamId}`;

  async function release(event: TranscriptEvent, { late }: { late: boolean }) {
    const { call } = event;
    if (event.type === 'started') {
      broadcaster.toStaff(call.tenantId, call.conversationId, 'call:status', {
        conversationId: call.conversationId,
        callId: call.callId,
        state: 'started',
        stallAfterMs: options.stallAfterMs,
        at: event.at,
      });
      return;
    }
    if (event.type === 'stopped') {
      await registry.end(call, `${event.source} transcription stopped`);
      announceEnded(call, event.at);
      sequencer.forget(streamKey(event));
      return;
    }
    const text = cut(event.text ?? '');
    if (!text || !event.speaker) return;
    const claims: StaffClaims = {
      kind: 'staff',
      tenantId: call.tenantId,
      role: 'agent',
      userId: call.agent.id,
      name: call.agent.name,
    };
    const result = await options.utterance(claims, {
      conversationId: call.conversationId,
      clientMsgId: `${event.source}:${call.callId}:${event.streamId}:${event.sequence}`,
      speaker: event.speaker,
      text,
    });
    if (result.duplicate) return;
    if (late) logger.info({ callId: call.callId, sequence: event.sequence }, 'late utterance stored');
    broadcaster.toStaff(call.tenantId, call.conversationId, 'call:caption', {
      conversationId: call.conversationId,
      callId: call.callId,
      speaker: event.speaker,
      text,
      final: true,
      sequence: event.sequence,
      seq: result.seq,
      at: event.at,
    });
  }

  const sequencer = createSequencer<TranscriptEvent>(
    release,
    (error) => logger.warn({ err: error }, 'a transcript event could not be processed'),
    {
      gapWaitMs: options.gapWaitMs,
      maxPending: 200,
      idleMs: 30 * 60_000,
      now: () => options.now().getTime(),
    },
  );

  return {
    /** Takes an event synchronously (the webhook answers at once); storing and coaching happen afterwards. */
    accept(event: TranscriptEvent): PushOutcome {
      if (event.type !== 'partial') return sequencer.push(streamKey(event), event.sequence, event);
      const outcome = sequencer.push(streamKey(event), event.sequence);
      const text = event.text?.trim();
      // A partial result that arrives after later ones is stale: the caption would jump back.
      if (outcome === 'accepted' && text && event.speaker) {
        broadcaster.toStaff(event.call.tenantId, event.call.conversationId, 'call:caption', {
          conversationId: event.call.conversationId,
          callId: event.call.callId,
          speaker: event.speaker,
          text: cut(text),
          final: false,
          sequence: event.sequence,
          at: event.at,
        });
      }
      return outcome;
    },
    announceEnded,
    idle: () => sequencer.idle(),
    close: () => sequencer.close(),
  };
}

export type Ingest = ReturnType<typeof createIngest>;
