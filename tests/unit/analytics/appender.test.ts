import { describe, expect, it } from 'vitest';
import { createEventAppender } from '../../../src/analytics/appender.js';
import type { LeadEvent } from '../../../src/analytics/events.js';
import type { ConversationRecord } from '../../../src/store/types.js';

const conversation = {
  id: 'conv-1',
  tenantId: 't1',
  leadId: 'lead-1',
  botKind: 'buyer',
  owner: { type: 'agent', id: 'ana' },
  meta: {},
} as unknown as ConversationRecord;

/** The appender over a store that keeps the events in memory (what the read-before-append check sees). */
function appenderWithLog() {
  const log: LeadEvent[] = [];
  const appender = createEventAppender({
    store: {
      getConversation: () => Promise.resolve(conversation),
      appendLeadEvents: (events) => {
        log.push(...events);
        return Promise.resolve(events.length);
      },
    },
    now: () => new Date('2026-03-10T17:00:00.000Z'),
    logger: { warn: () => undefined },
  });
  return { appender, log };
}

const used = (run: number) => ({
  type: 'coaching_used' as const,
  run,
  action: 'handle_objection',
  match: 'clicked' as const,
  source: 'llm' as const,
  similarity: 1,
});

describe('the event appender', () => {
  it("runs one conversation's appends in order, so a check of the log sees the append before it", async () => {
    const { appender, log } = appenderWithLog();
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    // The first append reads slowly (a card lookup); the second reads the log to count the card once.
    appender.appendFor('t1', 'conv-1', async () => {
      await slow;
      return [used(7)];
    });
    appender.appendFor('t1', 'conv-1', () =>
      log.some((event) => event.type === 'coaching_used' && event.run === 7) ? [] : [used(7)],
    );
    setTimeout(release, 20);
    await appender.idle();
    expect(log.filter((event) => event.type === 'coaching_used')).toHaveLength(1);
  });

  it('does not hold one conversation behind another', async () => {
    const { appender, log } = appenderWithLog();
    appender.appendFor('t1', 'conv-1', () => new Promise<never>(() => undefined));
    appender.appendFor('t1', 'conv-2', () => [used(3)]);
    await expect.poll(() => log.length).toBe(1);
  });
});
