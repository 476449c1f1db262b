import { describe, expect, it } from 'vitest';
import { createStreamAssembler, type StreamView } from '../../client/sdk/index.js';
import { connectAgent, connectWidget, controlledStreamer, startHub, waitFor } from './helpers.js';

const ids = { streamId: 's1', conversationId: 'c1' };
const token = (index: number, text: string) => ({ ...ids, index, text });

describe('stream assembler', () => {
  it('assembles by index: out of order, duplicates, gaps filled late', () => {
    const streams = createStreamAssembler();
    streams.start('bot', { ...ids, kind: 'bot', replyToSeq: 3 });
    expect(streams.token('bot', token(1, 'world'))).toBeUndefined();
    expect(streams.token('bot', token(0, 'Hello '))?.text).toBe('Hello world');
    expect(streams.token('bot', token(1, 'WORLD'))).toBeUndefined();
    expect(streams.token('bot', token(2, '!'))?.text).toBe('Hello world!');
    const done = streams.end('bot', { ...ids, seq: 9 });
    expect(done).toMatchObject({ status: 'done', seq: 9, text: 'Hello world!', replyToSeq: 3 });
    expect(streams.token('bot', token(3, 'late'))).toBeUndefined();
    expect(streams.open()).toEqual([]);
  });

  it('takes a snapshot after a reconnect and drops tokens below nextIndex', () => {
    const streams = createStreamAssembler();
    streams.start('bot', { ...ids, kind: 'bot' });
    streams.token('bot', token(0, 'Hel'));
    // Offline: tokens 1..3 missed. A live token that raced the replay arrives before the snapshot.
    expect(streams.token('bot', token(4, ' you'))).toBeUndefined();
    const view = streams.snapshot({ ...ids, kind: 'bot', text: 'Hello, how are', nextIndex: 4 });
    expect(view?.text).toBe('Hello, how are you');
    expect(streams.token('bot', token(3, ' are'))).toBeUndefined();
    expect(streams.token('bot', token(5, '?'))?.text).toBe('Hello, how are you?');
  });

  it('waits for the snapshot when joining mid-stream, and marks streams gone while away as interrupted', () => {
    const streams = createStreamAssembler();
    expect(
      streams.token('coach', { streamId: 'k', conversationId: 'c1', index: 7, text: 'SAY: hi' }),
    ).toBeUndefined();
    const snap = streams.snapshot({
      streamId: 'k',
      conversationId: 'c1',
      kind: 'coaching',
      text: 'FOCUS: x\n',
      nextIndex: 7,
    });
    expect(snap).toMatchObject({ family: 'coach', kind: 'coaching', text: 'FOCUS: x\nSAY: hi' });

    streams.start('bot', { ...ids, kind: 'bot' });
    const gone = streams.reconcile('c1', new Set(['k']), ['bot', 'coach']);
    expect(gone.map((view) => [view.streamId, view.status])).toEqual([['s1', 'interrupted']]);
    expect(
      streams.fail('coach', { streamId: 'k', conversationId: 'c1', code: 'UNAVAILABLE', message: 'x' }),
    ).toMatchObject({
      status: 'error',
      error: { code: 'UNAVAILABLE' },
    });
  });
});

describe('streams over a real hub', () => {
  it('assembles a bot reply live, resumes it from a snapshot after a reconnect, and settles it with the stored message', async () => {
    const control = controlledStreamer();
    const hub = await startHub({ extensions: control.extensions });
    const widget = await connectWidget(hub);
    const views: StreamView[] = [];
    widget.on('stream', (view) => views.push(view));
    const latest = () => views.at(-1);

    const { conversationId } = await widget.send('hello');
    const reply = await control.opened();
    reply.stream.push('Thanks for ');
    await waitFor(() => latest()?.text === 'Thanks for ', { what: 'first token' });
    reply.stream.push('reaching ');
    await waitFor(() => latest()?.text === 'Thanks for reaching ', { what: 'second token' });

    widget.disconnect();
    reply.stream.push('out! ');
    reply.stream.push('Are you ');
    await waitFor(() => reply.stream.text === 'Thanks for reaching out! Are you ', {
      what: 'pushed while offline',
    });
    await widget.connect();
    await waitFor(() => latest()?.text === 'Thanks for reaching out! Are you ', {
      what: 'snapshot after reconnect',
    });
    expect(latest()?.status).toBe('streaming');

    // A staff member joining mid-stream gets the snapshot too.
    const agent = await connectAgent(hub);
    await agent.join(conversationId);
    expect(agent.streams(conversationId)).toEqual([
      expect.objectContaining({ family: 'bot', text: 'Thanks for reaching out! Are you ' }),
    ]);

    reply.stream.push('looking to buy or sell?');
    const full = 'Thanks for reaching out! Are you looking to buy or sell?';
    await waitFor(() => latest()?.text === full, { what: 'tokens after the snapshot' });
    await waitFor(() => agent.streams(conversationId)[0]?.text === full, { what: 'agent tokens' });
    reply.complete();

    await waitFor(() => latest()?.status === 'done', { what: 'stream settled' });
    const stored = widget.messages().find((message) => message.author.type === 'bot');
    expect(stored?.text).toBe(full);
    expect(latest()).toMatchObject({ status: 'done', seq: stored?.seq, text: full });
    expect(widget.streams()).toEqual([]);
    const texts = views.map((view) => view.text);
    expect(texts.every((text) => full.startsWith(text))).toBe(true);
  });
});
