import type { ReplyStreamer, StreamPublisher } from './ports.js';

/**
 * The offline streamer. With `tokenDelayMs` (demos, failover tests, and the word pace of a typed reply) the
 * template text goes out word by word, one word every `tokenDelayMs`. Without it the whole text is pushed in one
 * event-loop turn, so the stream hub sends it as one token event: yielding a turn per word would only turn one
 * reply into a socket write per word, with no pace anyone can see.
 */
export function createTemplateStreamer(
  streams: StreamPublisher,
  options: { tokenDelayMs?: number } = {},
): ReplyStreamer {
  const { tokenDelayMs } = options;
  return async ({ tenantId, conversationId, text, replyToSeq }) => {
    const stream = streams.open({ tenantId, conversationId, kind: 'bot', audience: 'everyone', replyToSeq });
    if (!tokenDelayMs) {
      stream.push(text);
      // One turn, so that the token event (flushed in this turn) goes out before the stored message.
      await new Promise((resolve) => setImmediate(resolve));
    } else {
      for (const word of text.match(/\S+\s*/g) ?? [text]) {
        stream.push(word);
        await new Promise((resolve) => setTimeout(resolve, tokenDelayMs));
      }
    }
    return {
      text,
      finish: (seq) => stream.end({ seq }),
      fail: (code, message) => stream.fail(code, message),
    };
  };
}
