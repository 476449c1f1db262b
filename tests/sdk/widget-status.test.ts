import { describe, expect, it } from 'vitest';
import type { ConversationStatusEvent } from '../../src/protocol/index.js';
import { connectAgent, connectWidget, startHub, waitFor } from './helpers.js';

describe('the widget is told each change of who is chatting once', () => {
  it('a claim, then updates that do not change who is chatting, give one status', async () => {
    const hub = await startHub();
    const widget = await connectWidget(hub);
    const statuses: ConversationStatusEvent[] = [];
    widget.on('status', (event) => statuses.push(event));
    await widget.send('Hi, is the house on Etiwanda still available?');
    await waitFor(() => widget.messages().some((message) => message.author.type === 'bot'));
    // The bot's turn ends with the conversation's first status ('open'); it may reach the widget after the bot's
    // message, so the count starts once it is there and the hub is idle.
    await waitFor(() => widget.status?.status === 'open');
    await hub.hub.idle();
    const before = statuses.length;
    const agent = await connectAgent(hub, 'jorge', 'Jorge Salas');
    await agent.claim(widget.conversationId!);
    await waitFor(() => statuses.some((event) => event.agentName === 'Jorge Salas'));
    // The lead writes while the agent owns it: the assistant only listens, the conversation changes, nobody new.
    await widget.send('Great, thanks');
    await agent.send(widget.conversationId!, 'Hi, this is Jorge. Happy to help!');
    await waitFor(() => widget.messages().some((message) => message.author.type === 'agent'));
    await hub.hub.idle();
    expect(statuses.slice(before).map((event) => [event.status, event.agentName])).toEqual([
      ['human', 'Jorge Salas'],
    ]);
    expect(widget.status?.version).toBeGreaterThanOrEqual(statuses.at(-1)!.version);
  });
});
