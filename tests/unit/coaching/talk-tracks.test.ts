import { describe, expect, it } from 'vitest';
import { objectionResponses } from '../../../src/coaching/objections.js';
import { renderContext } from '../../../src/coaching/prompt.js';
import { ruleCoaching } from '../../../src/coaching/rules.js';
import { talkTrack, type TalkTracks } from '../../../src/coaching/talk-tracks.js';
import type { CoachingContext } from '../../../src/coaching/types.js';
import { tenantSchema } from '../../../src/tenants.js';
import { coachingContext } from '../../fakes/coaching-context.js';

const TEAM: TalkTracks = {
  price: {
    focus: 'Show the three closest sales from last month',
    say: {
      es: 'Entiendo. Llevo 15 años vendiendo en Etiwanda; te mando las tres ventas más parecidas del mes pasado.',
    },
  },
  competition: { say: { en: 'Our team sold 40 homes in Alta Loma this year; compare us on results.' } },
};

const withTeam = (text: string, extra: Partial<CoachingContext> = {}) => {
  const base = coachingContext();
  return coachingContext({
    tenant: { ...base.tenant, talkTracks: TEAM },
    recent: [
      { author: 'agent', text: 'Hi, this is Jorge' },
      { author: 'lead', text },
    ],
    ...extra,
  });
};

describe("the team's own talk tracks", () => {
  it('are part of the tenant settings, validated by the same schema (known objections, bounded text)', () => {
    const base = { id: 't1', name: 'T', market: 'M', agentName: 'A', widgetOrigins: ['https://x.test'] };
    expect(tenantSchema.parse(base).talkTracks).toEqual({});
    expect(tenantSchema.parse({ ...base, talkTracks: TEAM }).talkTracks).toEqual(TEAM);
    expect(tenantSchema.safeParse({ ...base, talkTracks: { haggling: { say: { en: 'x' } } } }).success).toBe(
      false,
    );
    expect(
      tenantSchema.safeParse({ ...base, talkTracks: { price: { say: { en: 'x'.repeat(601) } } } }).success,
    ).toBe(false);
    expect(
      tenantSchema.safeParse({ ...base, talkTracks: { price: { say: { fr: 'bonjour' } } } }).success,
    ).toBe(false);
  });

  it("replace the built-in line where the team wrote one, in the lead's language, and only there", () => {
    expect(talkTrack('price', 'es', TEAM)).toEqual({
      focus: TEAM.price!.focus,
      say: TEAM.price!.say.es,
      source: 'team',
    });
    // English was not written: the built-in line, but the team's focus.
    expect(talkTrack('price', 'en', TEAM)).toEqual({
      focus: TEAM.price!.focus,
      say: objectionResponses.price.say.en,
      source: 'built-in',
    });
    expect(talkTrack('timing', 'es', TEAM).say).toBe(objectionResponses.timing.say.es);
    expect(talkTrack('price', 'es', undefined).say).toBe(objectionResponses.price.say.es);
  });

  it('reach the rule coach: a Spanish price objection gets the team line, an English one the built-in', () => {
    const spanish = ruleCoaching(
      withTeam('Los precios están carísimos, no podemos pagar tanto', { lang: 'es' }),
    );
    expect(spanish.next.action).toBe('handle_objection');
    expect(spanish.say).toBe(TEAM.price!.say.es);
    expect(spanish.focus).toBe(TEAM.price!.focus);
    const english = ruleCoaching(withTeam('honestly these prices are insane'));
    expect(english.say).toBe(objectionResponses.price.say.en);
    const competing = ruleCoaching(withTeam('we are interviewing agents, the other one said one percent'));
    expect(competing.next.action).toBe('value_statement');
    expect(competing.say.startsWith(TEAM.competition!.say.en!)).toBe(true);
  });

  it("reach the model's context, quoted, in the conversation's language only", () => {
    const spanish = renderContext(withTeam('muy caro', { lang: 'es' }));
    expect(spanish).toContain("The team's own talk tracks");
    expect(spanish).toContain('15 años vendiendo en Etiwanda');
    expect(spanish).not.toContain('40 homes');
    const english = renderContext(withTeam('too expensive'));
    expect(english).toContain('40 homes in Alta Loma');
    expect(english).not.toContain('15 años');
    expect(renderContext(coachingContext())).not.toContain("team's own talk tracks");
  });
});
