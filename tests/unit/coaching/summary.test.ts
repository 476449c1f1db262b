import { describe, expect, it } from 'vitest';
import { crmSummary, ruleSummary, summaryNote, type SummaryInput } from '../../../src/coaching/summary.js';
import { cardOf, cardUse, lastCardBefore } from '../../../src/coaching/used.js';
import type { MessageRecord } from '../../../src/store/types.js';
import { coachingContext } from '../../fakes/coaching-context.js';

const AT = '2026-11-25T10:00:00.000Z';
const input = (overrides: Partial<SummaryInput> = {}): SummaryInput => ({
  trigger: 'closed',
  context: coachingContext(),
  optedOut: false,
  at: AT,
  ...overrides,
});

describe('ruleSummary', () => {
  it('says what the buyer wants from the slots, the objection the reader heard, and a qualify follow-up', () => {
    const summary = ruleSummary(input());
    expect(summary.source).toBe('rules');
    expect(summary.wants).toBe('To buy a home; price range: 560,000 to 700,000; financing: pre_approved');
    expect(summary.objections).toEqual(['price']);
    expect(summary.followUp).toEqual({
      action: 'qualify',
      text: 'Follow up to learn their bedrooms.',
      dueAt: '2026-11-26T10:00:00.000Z',
    });
    expect(summary.nextStep).toBe('Follow up to learn their bedrooms. Address their concern: price.');
    expect(summary.quotes).toEqual(['honestly these prices are insane']);
  });

  it('a Spanish lead: staff text in English, the lead’s words quoted as written, in Spanish', () => {
    const summary = ruleSummary(
      input({
        context: coachingContext({
          lang: 'es',
          recent: [
            { author: 'lead', text: 'Hola, buscamos casa de 3 recámaras' },
            { author: 'lead', text: '¿Podemos verla el sábado a las 10? Los precios están carísimos' },
          ],
        }),
      }),
    );
    expect(summary.lang).toBe('es');
    expect(summary.objections).toEqual(['price']);
    expect(summary.followUp?.action).toBe('confirm_showing');
    expect(summary.followUp?.text).toMatch(/^Confirm the showing they asked for/);
    expect(summary.commitments[0]).toMatch(/^Asked for a showing/);
    expect(summary.quotes).toEqual(['¿Podemos verla el sábado a las 10? Los precios están carísimos']);
    const note = summaryNote(summary);
    expect(note).toContain('Summary at close');
    expect(note).toContain(
      'In their words (es): “¿Podemos verla el sábado a las 10? Los precios están carísimos”',
    );
  });

  it('a booked call and a call asked for come before qualifying; spam, not a fit or an opt-out: no follow-up', () => {
    expect(ruleSummary(input({ callBooked: { when: 'Tomorrow morning' } })).followUp).toMatchObject({
      action: 'call_at_booked_time',
      dueAt: '2026-11-25T11:00:00.000Z',
    });
    const callMe = coachingContext({ recent: [{ author: 'lead', text: 'Can you call me today?' }] });
    expect(ruleSummary(input({ context: callMe })).followUp?.action).toBe('call_back');
    expect(ruleSummary(input({ outcome: 'spam' })).followUp).toBeNull();
    expect(ruleSummary(input({ outcome: 'not_a_fit' })).nextStep).toBe('None: closed as not a fit.');
    expect(ruleSummary(input({ optedOut: true })).nextStep).toBe('None: the lead opted out.');
    const done = coachingContext({ slotsMissing: [], recent: [{ author: 'lead', text: 'Thanks!' }] });
    expect(ruleSummary(input({ context: done })).followUp?.action).toBe('reengage');
  });

  it('the CRM part leaves the lead’s words out', () => {
    const summary = ruleSummary(input());
    const crm = crmSummary(summary);
    expect(JSON.stringify(crm)).not.toContain('insane');
    expect(crm.followUp).toEqual(summary.followUp);
  });
});

const message = (seq: number, fields: Partial<MessageRecord>): MessageRecord => ({
  conversationId: 'c1',
  seq,
  author: { type: 'system', name: 'Coach' },
  visibility: 'staff',
  kind: 'coaching',
  text: '',
  createdAt: AT,
  ...fields,
});
const card = (seq: number, say: string) =>
  message(seq, { meta: { result: { next: { action: 'book_showing', text: 'x' }, say, source: 'rules' } } });

describe('was a card used', () => {
  it('reads a stored coaching card, not a qualification analysis or another message', () => {
    expect(cardOf(card(3, 'Saturday works.'))).toMatchObject({
      seq: 3,
      action: 'book_showing',
      source: 'rules',
    });
    expect(cardOf(message(4, { meta: { result: { completeness: 50, source: 'llm' } } }))).toBeNull();
    expect(cardOf(message(5, { kind: 'text', meta: card(5, 'x').meta! }))).toBeNull();
  });

  it('finds the last card before the message', () => {
    const messages = [card(2, 'first'), message(3, { kind: 'text' }), card(4, 'second'), card(6, 'later')];
    expect(lastCardBefore(messages, 5)?.seq).toBe(4);
    expect(lastCardBefore(messages, 2)).toBeNull();
  });

  it('clicked counts whatever the text; similar only at or above the threshold', () => {
    const found = cardOf(card(2, 'Saturday at 10 works, I will send you the details'))!;
    expect(cardUse('Totally rewritten', found, true)).toMatchObject({ match: 'clicked', run: 2 });
    expect(cardUse('Saturday at 10 works, I will send you all the details', found, false)).toMatchObject({
      match: 'similar',
    });
    expect(cardUse('Let me check my calendar', found, false)).toBeNull();
  });
});
