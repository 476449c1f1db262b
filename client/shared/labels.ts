import { formatPrice } from './dom.js';

/** Plain-language names of the bots' slots (what staff read instead of field names). */
export const SLOT_LABELS: Record<string, string> = {
  intent: 'Buying or selling',
  leadTimeline: 'When they plan to move',
  address: 'Property address',
  motivation: 'Reason to sell',
  relocationDestination: 'Moving to',
  timelineAccepted: 'Sale in 30–45 days',
  timelineUrgency: 'Their timing',
  condition: 'Home condition',
  priceExpectation: 'Price hoped for',
  budget: 'Budget',
  financing: 'Financing',
  size: 'Size wanted',
  timeline: 'Timeline',
  urgency: 'How soon',
  areas: 'Areas',
  mustHaves: 'Must have',
  offerType: 'Offer type',
  lang: 'Language',
  botKind: 'Assistant',
  reviewRequired: 'Replies reviewed',
  optedOut: 'Opted out',
  name: 'Name',
  phone: 'Phone',
  email: 'Email',
  textConsent: 'Texting consent',
};

/** Plain-language values of the bots' enumerations. */
export const VALUE_LABELS: Record<string, string> = {
  pre_approved: 'Pre-approved',
  cash: 'Cash buyer',
  needs_lender: 'Needs a lender',
  unknown: 'Not known yet',
  immediate: 'Right away',
  three_months: 'Within 3 months',
  six_months: 'Within 6 months',
  browsing: 'Just browsing',
  move_in_ready: 'Move-in ready',
  needs_work: 'Needs work',
  relocation: 'Relocating',
  downsizing: 'Downsizing',
  upgrading: 'Upgrading',
  divorce: 'Divorce',
  inherited: 'Inherited home',
  financial: 'Money reasons',
  retirement: 'Retiring',
  other: 'Other',
  listing: 'List on the market',
  wholesale: 'Cash offer (as is)',
  buyer: 'Buyer',
  seller: 'Seller',
  lead: 'Lead',
  buy: 'Buying',
  sell: 'Selling',
  en: 'English',
  es: 'Spanish',
  pool: 'Pool',
  garage: 'Garage',
  single_story: 'Single story',
  yard: 'Yard',
  rv_parking: 'RV parking',
  guest_unit: 'Guest unit (ADU)',
  home_office: 'Home office',
  no_hoa: 'No HOA',
  view: 'View',
  solar: 'Solar',
};

/** What the bot is asking right now (the board's "current question"), never an internal id. */
export const QUESTION_LABELS: Record<string, string> = {
  intent: 'Buying or selling?',
  leadTimeline: 'When do they plan to move?',
  address: 'Property address?',
  motivation: 'Why sell, and where to?',
  timelineAccepted: 'Sale in 30–45 days OK?',
  condition: 'Condition of the home?',
  priceExpectation: 'Price they hope for?',
  budget: 'Budget?',
  financing: 'Financing?',
  size: 'Bedrooms / size?',
  urgency: 'How soon?',
  areas: 'Which areas?',
  'scheduling:slot': 'Picking a call time',
  'scheduling:time_of_day': 'Call: morning, afternoon or evening?',
  'scheduling:day': 'Call: which day?',
  'scheduling:confirm': 'Call: confirming the time',
  contact: 'Name and phone or email?',
};

const humanize = (key: string) =>
  key
    .replace(/[_:]+/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/^\w/, (c) => c.toUpperCase());

export const slotLabel = (slot: string): string => SLOT_LABELS[slot] ?? humanize(slot);
export const questionLabel = (question: string): string => QUESTION_LABELS[question] ?? humanize(question);

/** A slot value as staff read it: money, yes/no, enumerations in words, ranges and sizes spelled out. */
export function slotValueLabel(value: unknown, slot?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') {
    if (slot === 'priceExpectation' || value >= 10_000) return formatPrice(value) ?? String(value);
    return String(value);
  }
  if (typeof value === 'string') return VALUE_LABELS[value] ?? value;
  if (Array.isArray(value)) return value.map((item) => slotValueLabel(item)).join(', ');
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (slot === 'budget' || 'min' in record || 'max' in record) {
      const min = typeof record.min === 'number' ? formatPrice(record.min) : undefined;
      const max = typeof record.max === 'number' ? formatPrice(record.max) : undefined;
      if (min && max) return min === max ? min : `${min} – ${max}`;
      if (max) return `Up to ${max}`;
      if (min) return `From ${min}`;
    }
    if (slot === 'size' || 'bedrooms' in record || 'bathrooms' in record) {
      const parts = [
        typeof record.bedrooms === 'number' ? `${record.bedrooms} bedrooms` : undefined,
        typeof record.bathrooms === 'number' ? `${record.bathrooms} baths` : undefined,
        typeof record.style === 'string' ? record.style : undefined,
      ].filter(Boolean);
      if (parts.length) return parts.join(', ');
    }
    return Object.entries(record)
      .filter(([, inner]) => inner !== undefined && inner !== null)
      .map(([key, inner]) => `${slotLabel(key)}: ${slotValueLabel(inner, key)}`)
      .join(', ');
  }
  return '';
}

const ADJECTIVES = [
  'Amber',
  'Blue',
  'Coral',
  'Golden',
  'Green',
  'Indigo',
  'Ivory',
  'Jade',
  'Maple',
  'Olive',
  'Pearl',
  'Ruby',
  'Sage',
  'Silver',
  'Teal',
  'Violet',
];
const NOUNS = [
  'Finch',
  'Fox',
  'Heron',
  'Lark',
  'Otter',
  'Owl',
  'Robin',
  'Sparrow',
  'Swan',
  'Wren',
  'Badger',
  'Falcon',
  'Hare',
  'Lynx',
  'Marten',
  'Quail',
];

/** A stable, readable label for an anonymous lead ("Visitor · Teal Heron"), the same everywhere. */
export function anonymousLabel(leadId: string): string {
  let hash = 2166136261;
  for (let i = 0; i < leadId.length; i++) hash = Math.imul(hash ^ leadId.charCodeAt(i), 16777619) >>> 0;
  return `Visitor · ${ADJECTIVES[hash % ADJECTIVES.length]} ${NOUNS[(hash >>> 8) % NOUNS.length]}`;
}

/** Initials for an avatar ("Jorge Salas" → "JS"). */
export function initials(name: string): string {
  const words = name
    .replace(/[^\p{L}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return ((words[0]?.[0] ?? '') + (words.length > 1 ? (words.at(-1)?.[0] ?? '') : '')).toUpperCase() || '?';
}

/** "2:05 PM" today, "Mon 2:05 PM" this week, else a short date: a transcript time stamp. */
export function timeLabel(iso: string, now = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const time = date.toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' });
  const days = (now.getTime() - date.getTime()) / 86_400_000;
  if (date.toDateString() === now.toDateString()) return time;
  if (days < 6) return `${date.toLocaleDateString([], { weekday: 'short' })} ${time}`;
  return `${date.toLocaleDateString([], { month: 'short', day: 'numeric' })} ${time}`;
}

/** Why a reply was held or a conversation handed off, in words (the hub stores the bots' codes). */
export const REASON_LABELS: Record<string, string> = {
  high_value: 'high-value lead, a person reviews replies',
  opted_out: 'the lead opted out',
  fair_housing: 'Fair Housing',
  commission: 'commission',
  referral_kickback: 'referral kickback (RESPA)',
};

const ISO_TIME = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})\b/g;

/** A moment in the viewer's own time zone: "Tue, Nov 24, 7:36 AM PST". */
export function readableTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString([], {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  });
}

/**
 * A system line as people read it: stored times in the viewer's time zone, and the bots' codes after a colon
 * ("Reply held for approval: high_value") as words.
 */
export function systemLineText(text: string): string {
  return text
    .replace(ISO_TIME, (iso) => readableTime(iso))
    .replace(
      /: ([a-z]+(?:_[a-z]+)+)$/,
      (_, code: string) => `: ${REASON_LABELS[code] ?? humanize(code).toLowerCase()}`,
    );
}
