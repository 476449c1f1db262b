import type { ReplyStreamer, StreamPublisher } from './ports.js';

/**
 * The offline streamer: the template text, word by word, one word per event-loop turn (or every `tokenDelayMs`,
 * to make streams last long enough to watch, or to test a node dying mid-stream).
 */
export function createTemplateStreamer(
  streams: StreamPublisher,
  options: { tokenDelayMs?: number } = {},
): ReplyStreamer {
  const pause = options.tokenDelayMs
    ? () => new Promise((resolve) => setTimeout(resolve, options.tokenDelayMs))
    : () => new Promise((resolve) => setImmediate(resolve));
  return async ({ tenantId, conversationId, text, replyToSeq }) => {
    const stream = streams.open({ tenantId, conversationId, kind: 'bot', audience: 'everyone', replyToSeq });
    for (const word of text.match(/\S+\s*/g) ?? [text]) {
      stream.push(word);
      await pause();
    }
    return {
      text,
      finish: (seq) => stream.end({ seq }),
      fail: (code, message) => stream.fail(code, message),
    };
  };
}
