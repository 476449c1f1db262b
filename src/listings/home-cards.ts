import { checkOutbound } from '../bots/guard.js';
import { homeCardsSchema, type HomeCard, type HomeCards } from '../protocol/homes.js';
import type { ListingRecord } from '../store/listing-types.js';
import type { Store } from '../store/types.js';
import { isCleanText, streetAddress } from './facts.js';
import { fold, type LeadWants, type ListingMatch } from './match.js';

type Lang = 'en' | 'es';

const money = (value: number) => `$${Math.round(value).toLocaleString('en-US')}`;

const WORDS = {
  en: {
    beds: (n: number) => `${n} bed${n === 1 ? '' : 's'}`,
    baths: (n: number) => `${n} bath${n === 1 ? '' : 's'}`,
    within: 'within your budget',
    stretch: 'a little over your budget',
    in: (area: string) => `in ${area}`,
    pool: 'pool',
    garage: 'garage',
    heading: 'Homes that match:',
  },
  es: {
    beds: (n: number) => `${n} recámara${n === 1 ? '' : 's'}`,
    baths: (n: number) => `${n} baño${n === 1 ? '' : 's'}`,
    within: 'dentro de tu presupuesto',
    stretch: 'un poco por encima de tu presupuesto',
    in: (area: string) => `en ${area}`,
    pool: 'alberca',
    garage: 'cochera',
    heading: 'Casas que encajan:',
  },
} as const;

/** Why a home matches, in the lead's words and language: only what the lead said and the catalogue states. */
export function matchReason(record: ListingRecord, wants: LeadWants, lang: Lang): string {
  const words = WORDS[lang];
  const parts: string[] = [];
  if (record.BedroomsTotal !== undefined && wants.bedrooms) parts.push(words.beds(record.BedroomsTotal));
  const top = wants.budget?.max;
  if (top !== undefined && record.ListPrice !== undefined)
    parts.push(record.ListPrice <= top ? words.within : words.stretch);
  const named = new Set((wants.areas ?? []).map(fold));
  const area = [record.SubdivisionName, record.City].find(
    (place): place is string => place !== undefined && named.has(fold(place)) && isCleanText(place),
  );
  if (area) parts.push(words.in(area));
  if (wants.mustHaves?.includes('pool') && record.PoolPrivateYN) parts.push(words.pool);
  if (wants.mustHaves?.includes('garage') && (record.GarageSpaces ?? 0) > 0) parts.push(words.garage);
  const reason = parts.join(', ');
  return reason.charAt(0).toUpperCase() + reason.slice(1);
}

/**
 * The card of one catalogue home for a lead, or none: the home must still be active with a price, and every text
 * on the card must be clean (no markup, links, email addresses or phone numbers: isCleanText) and pass the outbound
 * guard's content rules (Fair Housing, commission, kickbacks); a text that fails leaves the card out.
 */
export function homeCard(record: ListingRecord, wants: LeadWants, lang: Lang): HomeCard | undefined {
  if (record.StandardStatus !== 'Active' || record.ListPrice === undefined) return undefined;
  const address = streetAddress(record);
  const area = record.SubdivisionName ?? record.City;
  const texts = [address, area].filter((text): text is string => text !== undefined);
  if (!texts.every(isCleanText)) return undefined;
  const card = {
    ListingKey: record.ListingKey,
    ...(address ? { address: address.slice(0, 300) } : {}),
    ...(area ? { area: area.slice(0, 200) } : {}),
    price: record.ListPrice,
    ...(record.BedroomsTotal !== undefined ? { beds: record.BedroomsTotal } : {}),
    ...(record.BathroomsTotalInteger !== undefined ? { baths: record.BathroomsTotalInteger } : {}),
    ...(record.PhotoURLs?.[0]?.startsWith('https://') ? { photoURL: record.PhotoURLs[0] } : {}),
    reason: matchReason(record, wants, lang) || money(record.ListPrice),
  };
  const parsed = homeCardsSchema.shape.cards.element.safeParse(card);
  if (!parsed.success) return undefined;
  if (!checkOutbound(cardLine(parsed.data, lang), { lang, style: false }).ok) return undefined;
  return parsed.data;
}

/** One card in words: "12 Day Creek Blvd, Etiwanda: $640,000, 4 beds, 3 baths (4 beds, within your budget)". */
function cardLine(card: HomeCard, lang: Lang): string {
  const words = WORDS[lang];
  const where = [card.address, card.area].filter(Boolean).join(', ') || card.ListingKey;
  const facts = [
    money(card.price),
    ...(card.beds !== undefined ? [words.beds(card.beds)] : []),
    ...(card.baths !== undefined ? [words.baths(card.baths)] : []),
  ].join(', ');
  return `${where}: ${facts} (${card.reason}).`;
}

/** The message text that says what the cards show (transcripts, search, staff, the CRM). */
export function homeCardsText(cards: HomeCards): string {
  const lines = cards.cards.map((card, n) => `${n + 1}. ${cardLine(card, cards.lang)}`);
  return [WORDS[cards.lang].heading, ...lines].join('\n');
}

/**
 * The cards for homes a lead said yes to, from the catalogue as it is now (a home sold since the offer is left
 * out); none when no home is left.
 */
export async function homeCardsFor(
  store: Pick<Store, 'getListing'>,
  tenantId: string,
  request: { matches: ListingMatch[]; wants: LeadWants; lang: Lang },
): Promise<{ cards: HomeCards; text: string } | undefined> {
  const records = await Promise.all(
    request.matches.map((match) => store.getListing(tenantId, match.ListingKey)),
  );
  const cards = records
    .map((record) => (record ? homeCard(record, request.wants, request.lang) : undefined))
    .filter((card): card is HomeCard => card !== undefined);
  if (cards.length === 0) return undefined;
  const homes: HomeCards = { lang: request.lang, cards };
  return { cards: homes, text: homeCardsText(homes) };
}
