import { describe, expect, it } from 'vitest';
import { pacedStream } from '../../../src/llm/paced-stream.js';
import type { OutboundStream } from '../../../src/realtime/stream-port.js';

function recorder() {
  const pushes: { text: string; at: number }[] = [];
  const stream: OutboundStream = {
    streamId: 's1',
    get text() {
      return pushes.map((push) => push.text).join('');
    },
    push: (text) => pushes.push({ text, at: Date.now() }),
    end: () => undefined,
    fail: () => undefined,
  };
  return { pushes, stream };
}

describe('pacedStream', () => {
  it('releases a template reply word by word at the pace, in order, and drains before the caller stores it', async () => {
    const { pushes, stream } = recorder();
    const paced = pacedStream(stream, 15);
    paced.push('Thanks! This one is listed at $725,000; is that in your range?');
    expect(paced.text).toBe('Thanks! This one is listed at $725,000; is that in your range?');
    expect(pushes.length).toBe(1); // the first word at once, the rest paced
    await paced.drained();
    expect(pushes.map((push) => push.text)).toEqual([
      'Thanks! ',
      'This ',
      'one ',
      'is ',
      'listed ',
      'at ',
      '$725,000; ',
      'is ',
      'that ',
      'in ',
      'your ',
      'range?',
    ]);
    expect(stream.text).toBe(paced.text);
    // Paced: the whole reply took at least (words - 1) pauses (timers never fire early).
    expect(pushes.at(-1)!.at - pushes[0]!.at).toBeGreaterThanOrEqual(11 * 14);
  });

  it('passes single model tokens straight through, and keeps order behind queued words', async () => {
    const { pushes, stream } = recorder();
    const paced = pacedStream(stream, 5);
    paced.push('Hel');
    paced.push('lo');
    expect(pushes.map((push) => push.text)).toEqual(['Hel', 'lo']);
    paced.push(' there friend');
    paced.push('!');
    await paced.drained();
    expect(stream.text).toBe('Hello there friend!');
  });

  it('with a pace of 0 pushes everything at once', () => {
    const { pushes, stream } = recorder();
    pacedStream(stream, 0).push('one two three');
    expect(pushes.map((push) => push.text)).toEqual(['one two three']);
  });
});
