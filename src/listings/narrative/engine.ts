import { isModelError } from '../../llm/errors.js';
import type { ModelProvider } from '../../llm/port.js';
import type { ListingRecord } from '../../store/listing-types.js';
import { botListing } from '../facts.js';
import { NARRATIVE_TTL_MS, narrativeCacheKey, type NarrativeCache } from './cache.js';
import { createNarrativeGuard, narrativeViolations, type Violation } from './guard.js';
import type { NarrativeProfile } from './profile.js';
import { templateNarrative, type NarrativeOptions } from './template.js';

/** With no first token by then, the narrative falls back to the template (the target: the fallback within 2 s). */
export const NARRATIVE_FIRST_TOKEN_MS = 1_500;

export interface NarrativeRequest extends NarrativeOptions {
  tenantId: string;
  conversationId: string;
  listing: ListingRecord;
  profile: NarrativeProfile;
  /** Aborting stops the narrative (the model request too): the lead left or wrote something else. */
  signal: AbortSignal;
}

export interface NarrativeDeps {
  model: ModelProvider;
  cache: NarrativeCache;
  firstTokenMs?: number;
  ttlMs?: number;
}

export type NarrativeSource = 'cache' | 'model' | 'template';

export type NarrativeOutcome =
  | { status: 'sent'; text: string; source: NarrativeSource }
  | { status: 'blocked'; violations: Violation[]; source: NarrativeSource; released: string }
  | { status: 'aborted'; released: string };

const MAX_TOKENS = { short: 260, full: 600 } as const;
const STYLE_WORDS = {
  warm: 'warm and personal, like a friendly local agent',
  factual: 'plain and factual, facts first, no adjectives',
  luxury: 'polished and elegant, for a high-end buyer',
} as const;

/** The system prompt: stable (cached by the adapter), the rules of a narrative and of Fair Housing. */
export const NARRATIVE_SYSTEM = `You write a short narrative about one home for one home buyer, for a real estate team.
Write about the HOME and how it meets what the buyer said they need (the NEEDS given), using only the FACTS given.
Never invent a fact. Never describe the people who live in an area, the neighbours, or who the home is "for".
Fair Housing: never mention race, colour, religion, national origin, sex, familial status, disability or age; never
say family-friendly, kid-friendly, safe or low-crime; never describe schools by who attends them; never use churches,
temples, mosques or ethnic landmarks as selling points; never say "perfect for" a kind of person.
Plain sentences, no lists, no markdown, no emojis, no links, no phone numbers. End with one short question offering
a showing. Write in the LANGUAGE given.`;

function userContent(request: NarrativeRequest): string {
  const facts = botListing(request.listing);
  return JSON.stringify({
    LANGUAGE: request.lang === 'es' ? 'Spanish' : 'English',
    STYLE: STYLE_WORDS[request.style],
    LENGTH: request.length === 'short' ? '2 to 3 sentences' : '5 to 7 sentences',
    FACTS: { ...facts, status: request.listing.StandardStatus },
    NEEDS: request.profile,
  });
}

class GuardStop extends Error {
  constructor(readonly violations: Violation[]) {
    super('The narrative guard stopped the stream');
  }
}

/**
 * Makes one narrative and pushes it to `out` as it is released: the cache first (shared by every node), else the
 * model when it is available (through the provider port: tenant budget, circuit breaker, usage metered as
 * `narrative`), else, or when the model sends nothing within `firstTokenMs` or fails before any text was released,
 * the template. Every text passes the narrative guard before any of it is pushed: model text sentence by sentence
 * as it grows (the tail waits for its sentence to pass), cached and template text whole. A guard failure stops at
 * once: nothing of the failing sentence is pushed and nothing is cached. A finished model narrative is cached for
 * 24 hours.
 */
export async function runNarrative(
  deps: NarrativeDeps,
  request: NarrativeRequest,
  out: { push(text: string): void },
): Promise<NarrativeOutcome> {
  const key = narrativeCacheKey({ ...request, listing: request.listing });
  const whole = (text: string, source: NarrativeSource): NarrativeOutcome => {
    if (request.signal.aborted) return { status: 'aborted', released: '' };
    const violations = narrativeViolations(text);
    if (violations.length > 0) return { status: 'blocked', violations, source, released: '' };
    out.push(text);
    return { status: 'sent', text, source };
  };

  const cached = await deps.cache.get(key);
  if (cached) return whole(cached, 'cache');

  if (!request.signal.aborted && deps.model.available(request.tenantId, 'narrative')) {
    const guard = createNarrativeGuard();
    try {
      await deps.model
        .stream({
          purpose: 'narrative',
          tenantId: request.tenantId,
          conversationId: request.conversationId,
          system: NARRATIVE_SYSTEM,
          messages: [{ role: 'user', content: userContent(request) }],
          maxTokens: MAX_TOKENS[request.length],
          signal: request.signal,
          firstTokenTimeoutMs: deps.firstTokenMs ?? NARRATIVE_FIRST_TOKEN_MS,
        })
        .deliver((delta) => {
          const result = guard.push(delta);
          if ('blocked' in result) throw new GuardStop(result.blocked);
          if (result.release) out.push(result.release);
        });
      const rest = guard.finish();
      if ('blocked' in rest)
        return { status: 'blocked', violations: rest.blocked, source: 'model', released: guard.released() };
      if (rest.release) out.push(rest.release);
      const text = guard.released().trim();
      if (text) {
        await deps.cache.set(key, text, deps.ttlMs ?? NARRATIVE_TTL_MS);
        return { status: 'sent', text, source: 'model' };
      }
    } catch (error) {
      if (error instanceof GuardStop)
        return {
          status: 'blocked',
          violations: error.violations,
          source: 'model',
          released: guard.released(),
        };
      if (request.signal.aborted || isModelError(error, 'aborted'))
        return { status: 'aborted', released: guard.released() };
      // Text already shown stays; the model's failure ends the narrative where it was (not cached).
      if (guard.released()) return { status: 'sent', text: guard.released(), source: 'model' };
    }
  }
  return whole(templateNarrative(request.listing, request.profile, request), 'template');
}
