import { extractSlotsOfKind } from './extract/index.js';
import { profileUpdate } from './handoff.js';
import type { BotEffect, BotStepResult } from './port.js';
import type { JorgeState } from './state.js';
import { textReader } from './read/read-text.js';
import { complianceAlerts, readSideTopics } from './side-topics.js';
import { extractContext, type LeadMessageInput, type Turn } from './turn.js';

/**
 * The bot listens while staff own the conversation (claimed, handed off, closed): it says nothing, but it is still
 * the one reader of the lead's text. The engine has already handled the opt-out, the language and the contact
 * details, and cut the text to its readable part; here
 * the Fair Housing, commission and kickback cues become the same compliance alerts a bot turn raises, and the
 * facts the lead gives (budget, bedrooms, timeline...) are kept in the slots, read as volunteered facts (the
 * question the bot last asked is not the one the lead is answering now), so the profile, the temperature and the
 * coach stay current and the bot resumes from them when the conversation is released to it.
 */
export function listen(prev: JorgeState, state: JorgeState, input: LeadMessageInput, effects: BotEffect[]) {
  const read = textReader();
  const split = readSideTopics(input.text, input.tenant.agentName, read, state.lang);
  effects.push(...complianceAlerts(split));
  const asking = state.asking;
  delete state.asking;
  const turn: Turn = { state, input, tenant: input.tenant, text: split.text, read, effects };
  extractSlotsOfKind(state, extractContext(turn));
  if (asking) state.asking = asking;
  const profile = profileUpdate(prev, state);
  if (profile) effects.push(profile);
  return { state, effects } satisfies BotStepResult<JorgeState>;
}
