import { z } from 'zod';
import { shownText } from './text.js';

/** The most homes one offer sends (src/listings/match.ts MAX_MATCHES). */
export const MAX_HOME_CARDS = 3;

/**
 * One home that matches what a buyer said, as the widget shows it (issue 36 item 4): catalogue facts only, and a
 * short reason in the lead's language. No links (the photo is shown, never linked) and no contact details.
 */
export const homeCardSchema = z.strictObject({
  ListingKey: z
    .string()
    .min(1)
    .max(128)
    .regex(/^[A-Za-z0-9_.:-]+$/),
  address: shownText(300).optional(),
  area: shownText(200).optional(),
  price: z.number().nonnegative().max(1e10),
  beds: z.number().int().nonnegative().max(100).optional(),
  baths: z.number().int().nonnegative().max(100).optional(),
  /** The catalogue's first photo (https only). */
  photoURL: z
    .url({ protocol: /^https$/ })
    .max(2_000)
    .optional(),
  /** Why it matches, in the lead's language ("4 beds, within your budget, in Etiwanda"). */
  reason: shownText(200),
});
export type HomeCard = z.infer<typeof homeCardSchema>;

/**
 * `message.meta.homes` of a bot message that sends matching homes: 1 to 3 cards, in the order they rank, and the
 * language they are written in. The message's text says the same in words (transcripts, search, the CRM).
 */
export const homeCardsSchema = z.strictObject({
  lang: z.enum(['en', 'es']),
  cards: z.array(homeCardSchema).min(1).max(MAX_HOME_CARDS),
});
export type HomeCards = z.infer<typeof homeCardsSchema>;

/** The cards of a message, when it holds valid ones (clients read `meta.homes` only through this). */
export function homeCardsOf(meta: Record<string, unknown> | undefined): HomeCards | undefined {
  const parsed = homeCardsSchema.safeParse(meta?.homes);
  return parsed.success ? parsed.data : undefined;
}
