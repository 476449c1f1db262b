import { describe, expect, it } from 'vitest';
import {
  handoffSignals,
  rankHandoff,
  type HandoffRankInput,
} from '../../../src/conversations/handoff-rank.js';
import { rankOfHandoffKey } from '../../../src/store/handoff-key.js';
import type { LeadRecord } from '../../../src/store/types.js';

const SINCE = '2026-11-24T18:00:00.000Z';
const lead = (overrides: Partial<LeadRecord> = {}): LeadRecord => ({
  id: 'lead-1',
  tenantId: 'demo',
  profile: {},
  temperature: 'cold',
  optedOut: false,
  createdAt: '2026-11-24T17:59:00.000Z',
  updatedAt: SINCE,
  ...overrides,
});
const input = (overrides: Partial<HandoffRankInput> = {}): HandoffRankInput => ({
  lead: lead(),
  contactGiven: false,
  highValueThreshold: 1_200_000,
  since: SINCE,
  ...overrides,
});
const packet = (slotsFilled: Record<string, unknown>) => ({
  reason: 'lead asked for a person',
  botKind: 'buyer' as const,
  temperature: 'hot' as const,
  slotsFilled,
  slotsMissing: [],
  summary: '',
  lastMessages: [],
  profile: {},
  requestedAt: SINCE,
});

describe('hand-off signals (issue 33, finding 2)', () => {
  it('gives a fresh anonymous "talk to a person" no signal', () => {
    expect(handoffSignals(input())).toEqual([]);
    expect(rankOfHandoffKey(rankHandoff(input()).key)).toBe(0);
  });

  it('reads each signal', () => {
    expect(handoffSignals(input({ lead: lead({ createdAt: '2026-11-23T17:00:00.000Z' }) }))).toEqual([
      'returning',
    ]);
    expect(handoffSignals(input({ lead: lead({ phone: '(909) 555-0142' }) }))).toEqual(['contact']);
    expect(handoffSignals(input({ lead: lead({ email: 'a@example.com' }) }))).toEqual(['contact']);
    expect(handoffSignals(input({ contactGiven: true }))).toEqual(['contact']);
    expect(handoffSignals(input({ packet: packet({ financing: 'pre_approved' }) }))).toEqual(['qualified']);
    expect(handoffSignals(input({ packet: packet({ financing: 'needs_lender' }) }))).toEqual([]);
    expect(
      handoffSignals(input({ packet: packet({ areas: ['Etiwanda'], size: {}, timeline: 'soon' }) })),
    ).toEqual(['qualified']);
    expect(handoffSignals(input({ listing: { id: 'l', price: 1_500_000 } }))).toEqual(['value']);
    expect(handoffSignals(input({ listing: { id: 'l', price: 700_000 } }))).toEqual([]);
    expect(handoffSignals(input({ packet: packet({ budget: { min: 1_000_000, max: 1_500_000 } }) }))).toEqual(
      ['value'],
    );
    expect(handoffSignals(input({ lead: lead({ profile: { priceExpectation: 2_000_000 } }) }))).toEqual([
      'value',
    ]);
  });

  it('orders by rank, then the longest waiting: a returning lead above every typed mix', () => {
    const typed = rankHandoff(
      input({
        contactGiven: true,
        packet: packet({ financing: 'pre_approved', budget: { max: 1_500_000 } }),
      }),
    );
    expect(typed.signals).toEqual(['contact', 'qualified', 'value']);
    const returning = rankHandoff(
      input({ lead: lead({ createdAt: '2026-11-20T00:00:00.000Z' }), since: '2026-11-24T19:00:00.000Z' }),
    );
    const anonymousEarlier = rankHandoff(input({ since: '2026-11-24T17:59:30.000Z', lead: null }));
    const anonymousLater = rankHandoff(input({ since: '2026-11-24T18:30:00.000Z', lead: null }));
    const keys = [anonymousLater, returning, anonymousEarlier, typed].map((ranked) => ranked.key).sort();
    expect(keys).toEqual([returning.key, typed.key, anonymousEarlier.key, anonymousLater.key]);
  });
});
