import { z } from 'zod';
import { OBJECTION_KINDS, type ObjectionKind } from '../bots/intents.js';
import type { Lang } from '../bots/text.js';
import { objectionResponses } from './objections.js';

/**
 * A team's own answer to one objection (tenant settings, `talkTracks`): what the agent should aim at (FOCUS, for the
 * agent) and the line to say, per language. Anything left out falls back to the built-in track
 * (objections.ts), so a team can rewrite only its Spanish price answer. What a team writes here is the only place a
 * claim about the agent may come from ("15 years selling in Etiwanda").
 */
export const talkTrackSchema = z.strictObject({
  focus: z.string().trim().min(1).max(200).optional(),
  say: z
    .strictObject({
      en: z.string().trim().min(1).max(600).optional(),
      es: z.string().trim().min(1).max(600).optional(),
    })
    .default({}),
});
export type TalkTrack = z.infer<typeof talkTrackSchema>;

export const talkTracksSchema = z.partialRecord(z.enum(OBJECTION_KINDS), talkTrackSchema).default({});
export type TalkTracks = z.infer<typeof talkTracksSchema>;

/** The track the coach uses for an objection: the team's line in the lead's language, else the built-in one. */
export function talkTrack(
  kind: ObjectionKind,
  lang: Lang,
  team: TalkTracks | undefined,
): { focus: string; say: string; source: 'team' | 'built-in' } {
  const own = team?.[kind];
  const builtIn = objectionResponses[kind];
  const say = own?.say[lang];
  return {
    focus: own?.focus ?? builtIn.focus,
    say: say ?? builtIn.say[lang],
    source: say ? 'team' : 'built-in',
  };
}
