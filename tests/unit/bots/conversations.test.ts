import { describe, expect, it } from 'vitest';
import { jorgeBot, type BotEffect } from '../../../src/bots/index.js';
import { loadConversations } from '../../fixtures/conversations/load.js';
import { conversation, replyText } from './helpers.js';

const scripts = loadConversations();

function sentReply(effects: BotEffect[]): string | undefined {
  const reply = effects.find((effect) => effect.type === 'reply');
  return reply?.type === 'reply' ? reply.text : undefined;
}

describe('conversation scripts', () => {
  it('has at least 45 scripts, English and Spanish', () => {
    expect(scripts.length).toBeGreaterThanOrEqual(45);
    expect(scripts.some((script) => script.final.lang === 'es')).toBe(true);
    expect(new Set(scripts.map((script) => script.name)).size).toBe(scripts.length);
  });

  it.each(scripts.map((script) => [script.name, script] as const))('%s', (_name, script) => {
    const c = conversation({
      ...(script.intent ? { intent: script.intent } : {}),
      ...(script.listing ? { listing: script.listing } : {}),
    });
    let handedOff = false;
    script.turns.forEach((turn, index) => {
      const where = `turn ${index + 1} (${JSON.stringify(turn.lead)})`;
      const played = c.say(turn.lead);
      const handoff = played.effects.some((effect) => effect.type === 'handoff');
      handedOff ||= handoff;
      const expectation = turn.expect;
      if (!expectation) return;
      const sent = sentReply(played.effects);
      const any = replyText(played.effects) ?? '';
      for (const part of expectation.replyIncludes ?? []) {
        expect(any.toLowerCase(), `${where}: reply includes ${JSON.stringify(part)}`).toContain(
          part.toLowerCase(),
        );
      }
      for (const part of expectation.replyExcludes ?? []) {
        expect(any.toLowerCase(), `${where}: reply excludes ${JSON.stringify(part)}`).not.toContain(
          part.toLowerCase(),
        );
      }
      if (expectation.noReply !== undefined)
        expect(sent === undefined, `${where}: noReply`).toBe(expectation.noReply);
      if (expectation.heldForReview !== undefined) {
        const held = played.effects.some((effect) => effect.type === 'hold_for_review');
        expect(held, `${where}: heldForReview`).toBe(expectation.heldForReview);
      }
      if (expectation.botKind) expect(c.state.kind, `${where}: botKind`).toBe(expectation.botKind);
      if (expectation.temperature)
        expect(c.state.temperature, `${where}: temperature`).toBe(expectation.temperature);
      if (expectation.handoff !== undefined) expect(handoff, `${where}: handoff`).toBe(expectation.handoff);
      if (expectation.slots) expect(c.state.slots, `${where}: slots`).toMatchObject(expectation.slots);
    });
    const { final } = script;
    const view = jorgeBot.view(c.state);
    expect(c.state.temperature, 'final temperature').toBe(final.temperature);
    if (final.handoff !== undefined) expect(handedOff, 'final handoff').toBe(final.handoff);
    if (final.botKind) expect(c.state.kind, 'final botKind').toBe(final.botKind);
    if (final.optedOut !== undefined) expect(c.state.optedOut, 'final optedOut').toBe(final.optedOut);
    if (final.slots) expect(c.state.slots, 'final slots').toMatchObject(final.slots);
    if (final.offerType) expect(c.state.offerType, 'final offerType').toBe(final.offerType);
    if (final.lang) expect(c.state.lang, 'final lang').toBe(final.lang);
    if (final.review !== undefined) expect(c.state.review, 'final review').toBe(final.review);
    if (final.active !== undefined) expect(view.active, 'final active').toBe(final.active);
  });
});
