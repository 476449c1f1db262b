import type { Logger } from 'pino';
import type { ReplyStreamer, StreamPublisher } from '../realtime/stream-port.js';
import { pacedStream } from './paced-stream.js';
import { phraseReply, type GuardViolation, type StreamingGuard } from './phrasing.js';
import type { ModelProvider } from './port.js';

export type PhrasingReplyStreamer = ReplyStreamer;

export interface PhrasingReplyStreamerDeps {
  streams: StreamPublisher;
  model: ModelProvider;
  /** A fresh streaming guard per reply. */
  guardFor: (request: { tenantId: string; conversationId: string; lang: 'en' | 'es' }) => StreamingGuard;
  tenantOf: (tenantId: string) => { market: string; agentName: string } | undefined;
  logger: Pick<Logger, 'warn' | 'debug'>;
  /** Template text is released one word every this many ms (a natural typing pace); 0 = all at once. */
  wordDelayMs?: number;
}

/**
 * The turn's ReplyStreamer with model phrasing: replies marked `rephrase` are phrased by the model through the
 * guard (phraseReply); the others, and every failure, stream the template text. What the guard blocked comes
 * back with the reply (the core raises the compliance alert).
 */
export function createPhrasingReplyStreamer(deps: PhrasingReplyStreamerDeps): PhrasingReplyStreamer {
  return async ({ tenantId, conversationId, text, lang, rephrase, replyToSeq }) => {
    const stream = pacedStream(
      deps.streams.open({ tenantId, conversationId, kind: 'bot', audience: 'everyone', replyToSeq }),
      deps.wordDelayMs ?? 0,
    );
    const tenant = deps.tenantOf(tenantId);
    let finalText = text;
    let violations: GuardViolation[] = [];
    if (rephrase && tenant) {
      try {
        const result = await phraseReply({
          model: deps.model,
          tenantId,
          conversationId,
          template: text,
          lang,
          tenant,
          guard: deps.guardFor({ tenantId, conversationId, lang }),
          publisherStream: stream,
        });
        finalText = result.text;
        violations = result.violations;
        if (result.fallback && result.fallback !== 'unavailable') {
          deps.logger.debug(
            { tenantId, conversationId, fallback: result.fallback },
            'phrasing fell back to the template',
          );
        }
      } catch (error) {
        deps.logger.warn({ err: error, tenantId, conversationId }, 'phrasing failed');
        if (stream.text === '') stream.push(text);
        finalText = stream.text;
      }
    } else {
      stream.push(text);
    }
    await stream.drained();
    return {
      text: finalText,
      ...(violations.length > 0 ? { violations } : {}),
      finish: (seq) => stream.end({ seq }),
      fail: (code, message) => stream.fail(code, message),
    };
  };
}
