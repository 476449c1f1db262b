import type { z } from 'zod';
import type { MessageView, ReplayResult, StreamSnapshot } from '../../src/protocol/index.js';
import { HubClientError } from './errors.js';
import type { StreamAssembler, StreamFamily, StreamView } from './streams.js';
import type { Transcript } from './transcript.js';

/** Validates a payload with the protocol's zod schema before it leaves the client. */
export function validatePayload<P extends Record<string, z.ZodType>, E extends keyof P & string>(
  schemas: P,
  event: E,
  payload: unknown,
): z.infer<P[E]> {
  const parsed = schemas[event]!.safeParse(payload);
  if (parsed.success) return parsed.data as z.infer<P[E]>;
  const issue = parsed.error.issues[0];
  // Same mapping as the hub: an over-long text is TEXT_TOO_LONG, anything else INVALID_PAYLOAD.
  const tooLong = parsed.error.issues.some(
    (candidate) => candidate.code === 'too_big' && candidate.path.at(-1) === 'text',
  );
  throw new HubClientError(
    tooLong ? 'TEXT_TOO_LONG' : 'INVALID_PAYLOAD',
    `${issue?.path.join('.') || 'payload'}: ${issue?.message ?? 'invalid'}`,
    event,
  );
}

export interface ReplaySinks {
  message(message: MessageView): void;
  stream(view: StreamView): void;
}

/**
 * Fetches everything after the last seq, page by page while `hasMore`, applying messages (de-duplicated) and the
 * first page's stream snapshots; streams no longer reported are marked interrupted.
 */
export async function replayConversation<
  R extends ReplayResult | (Omit<ReplayResult, 'conversationId'> & { conversationId: string | null }),
>(
  fetchPage: (lastSeq: number) => Promise<R>,
  options: {
    conversationId: string | null;
    transcript: Transcript;
    assembler: StreamAssembler;
    families: StreamFamily[];
    sinks: ReplaySinks;
  },
): Promise<{ first: R; conversationId: string | null }> {
  const { transcript, assembler, families, sinks } = options;
  let lastSeq = options.conversationId ? transcript.lastSeq(options.conversationId) : 0;
  let first = await fetchPage(lastSeq);
  const conversationId = first.conversationId;
  if (conversationId && options.conversationId && conversationId !== options.conversationId && lastSeq > 0) {
    // The hub moved us to another conversation (the old one was closed): read the new one from the start.
    lastSeq = transcript.lastSeq(conversationId);
    first = await fetchPage(lastSeq);
  }
  if (!conversationId) return { first, conversationId: null };

  applySnapshots(conversationId, first.streams, assembler, families, sinks);
  let page: R = first;
  for (;;) {
    for (const message of page.messages) sinks.message(message);
    if (!page.hasMore || page.messages.length === 0) break;
    page = await fetchPage(page.messages.at(-1)!.seq);
  }
  return { first, conversationId };
}

function applySnapshots(
  conversationId: string,
  snapshots: StreamSnapshot[],
  assembler: StreamAssembler,
  families: StreamFamily[],
  sinks: ReplaySinks,
): void {
  for (const snapshot of snapshots) {
    const view = assembler.snapshot(snapshot);
    if (view) sinks.stream(view);
  }
  const live = new Set(snapshots.map((snapshot) => snapshot.streamId));
  for (const view of assembler.reconcile(conversationId, live, families)) sinks.stream(view);
}
