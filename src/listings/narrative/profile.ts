import { z } from 'zod';

/**
 * What a narrative is tied to: the slots the lead filled (what they said they need), read from the stored lead
 * profile the bot writes (src/bots/handoff.ts profileOf). Nothing about who the lead is: no name, no contact, no
 * motivation, no household; only needs. Lead text is never read here (the bot is the one reader).
 */
export interface NarrativeProfile {
  bedrooms?: number;
  bathrooms?: number;
  budget?: { min?: number; max?: number };
  /** Areas the lead named (the tenant's known areas, as the bot stored them). */
  areas?: string[];
  mustHaves?: ('pool' | 'garage')[];
  /** How soon the lead wants to move (the bot's urgency slot). */
  urgency?: 'immediate' | 'three_months' | 'six_months' | 'browsing';
}

const count = z.number().int().min(0).max(100);
const money = z.number().positive().max(1e10);
const stored = z.looseObject({
  lang: z.enum(['en', 'es']).optional().catch(undefined),
  budget: z
    .looseObject({ min: money.optional().catch(undefined), max: money.optional().catch(undefined) })
    .optional()
    .catch(undefined),
  size: z
    .looseObject({
      bedrooms: count.optional().catch(undefined),
      bathrooms: count.optional().catch(undefined),
    })
    .optional()
    .catch(undefined),
  areas: z.array(z.string().min(1).max(80)).max(10).optional().catch(undefined),
  mustHaves: z
    .array(z.enum(['pool', 'garage']))
    .max(2)
    .optional()
    .catch(undefined),
  urgency: z.enum(['immediate', 'three_months', 'six_months', 'browsing']).optional().catch(undefined),
});

/** The narrative profile and the lead's language from a stored lead profile (unknown shapes read as nothing). */
export function narrativeProfile(profile: unknown): { profile: NarrativeProfile; lang?: 'en' | 'es' } {
  const parsed = stored.safeParse(profile ?? {});
  if (!parsed.success) return { profile: {} };
  const { lang, budget, size, areas, mustHaves, urgency } = parsed.data;
  const result: NarrativeProfile = {};
  if (size?.bedrooms !== undefined) result.bedrooms = size.bedrooms;
  if (size?.bathrooms !== undefined) result.bathrooms = size.bathrooms;
  if (budget && (budget.min !== undefined || budget.max !== undefined))
    result.budget = {
      ...(budget.min !== undefined ? { min: budget.min } : {}),
      ...(budget.max !== undefined ? { max: budget.max } : {}),
    };
  if (areas?.length) result.areas = [...new Set(areas)].sort();
  if (mustHaves?.length) result.mustHaves = [...new Set(mustHaves)].sort();
  if (urgency) result.urgency = urgency;
  return { profile: result, ...(lang ? { lang } : {}) };
}
