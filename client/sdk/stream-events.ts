import type { Socket } from 'socket.io-client';
import type {
  CoachDoneEvent,
  CoachStartEvent,
  MessageView,
  StreamEndEvent,
  StreamErrorEvent,
  StreamStartEvent,
  StreamTokenEvent,
} from '../../src/protocol/index.js';
import type { StreamAssembler, StreamView } from './streams.js';

/** Feeds the `stream:*` (and for staff the `coach:*`) events into the assembler. */
export function wireStreamEvents(
  socket: Socket,
  assembler: StreamAssembler,
  onStream: (view: StreamView) => void,
  options: { coaching: boolean },
): void {
  const emitIf = (view: StreamView | undefined) => {
    if (view) onStream(view);
  };
  socket.on('stream:start', (event: StreamStartEvent) => emitIf(assembler.start('bot', event)));
  socket.on('stream:token', (event: StreamTokenEvent) => emitIf(assembler.token('bot', event)));
  socket.on('stream:end', (event: StreamEndEvent) => emitIf(assembler.end('bot', event)));
  socket.on('stream:error', (event: StreamErrorEvent) => emitIf(assembler.fail('bot', event)));
  if (!options.coaching) return;
  socket.on('coach:start', (event: CoachStartEvent) => emitIf(assembler.start('coach', event)));
  socket.on('coach:token', (event: StreamTokenEvent) => emitIf(assembler.token('coach', event)));
  socket.on('coach:done', (event: CoachDoneEvent) => emitIf(assembler.end('coach', event)));
  socket.on('coach:error', (event: StreamErrorEvent) => emitIf(assembler.fail('coach', event)));
}

/**
 * A stored bot reply settles the bot stream that produced it (same replyToSeq) even before `stream:end`
 * arrives, so a UI never shows the streamed bubble and the final message side by side.
 */
export function settleStreamFor(assembler: StreamAssembler, message: MessageView): StreamView | undefined {
  const replyToSeq = message.meta?.replyToSeq;
  if (message.author.type !== 'bot' || typeof replyToSeq !== 'number') return undefined;
  const open = assembler
    .open(message.conversationId)
    .find((view) => view.family === 'bot' && view.replyToSeq === replyToSeq);
  if (!open) return undefined;
  return assembler.end('bot', {
    streamId: open.streamId,
    conversationId: open.conversationId,
    seq: message.seq,
  });
}
