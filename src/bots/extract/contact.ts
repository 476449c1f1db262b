import { findPhoneNumbersInText } from 'libphonenumber-js';
import { blankRange } from '../read/words.js';

/**
 * Contact details a lead gives ("I'm Maria Gonzalez, 909-555-0142", or "Maria, maria@example.com" when the bot
 * asked for them): a name after "my name is" / "I'm" / "me llamo" / "soy", a phone number (libphonenumber-js,
 * US by default, international numbers with their + prefix) and an email address. Conservative: a name must be
 * one to three capitalised words after an introduction, so "I'm looking" or "I'm interested" never become names;
 * only when the bot just asked for a name (`expectingName`) is a bare "Maria Lopez" beside the number read as one.
 */
export interface ContactDetails {
  name?: string;
  /** As shown to staff: national format for US numbers, international format otherwise. */
  phone?: string;
  /** The same number in E.164 (+19095550142), for the CRM and SMS gateways. */
  phoneE164?: string;
  email?: string;
}

export interface ContactOptions {
  /** The bot asked for a name in its last message: a bare name of one to three words counts. */
  expectingName?: boolean;
  /** Region of numbers written without a country code (ISO 3166 alpha-2). Default US. */
  region?: 'US' | 'MX' | 'CA';
}

const INTRO = /\b(?:my name is|my name's|this is|i am|i'm|i’m|im|me llamo|mi nombre es|soy)\s+/giu;
/** Capitalised words right after the introduction (case-sensitive on purpose). */
const CAPITALISED = /^((?:\p{Lu}[\p{L}'-]+)(?:\s+\p{Lu}[\p{L}'-]+){0,2})/u;
const NOT_NAMES = new Set([
  'Looking',
  'Interested',
  'Just',
  'Not',
  'Thinking',
  'Buying',
  'Selling',
  'Ready',
  'Here',
  'Sure',
  'Good',
  'Fine',
  'Available',
]);
/** A sane address: local part, @, dotted domain with a letters-only top level; no quotes or IP literals. */
const EMAIL = /\b[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.)+[A-Za-z]{2,24}\b/;
/** Words around a bare name in an answer ("it's Maria, 909...", "sure: Maria Lopez"). */
const FILLER =
  /^(?:(?:sure|ok|okay|yes|yeah|si|sí|claro|hi|hello|hola|it's|its|it is|name|my name|nombre|phone|number|email|mail|correo|tel|cell|and|y|is|es|:|-|,)\s*)+/iu;
const BARE_NAME = /^\p{L}[\p{L}'-]*(?:\s+\p{L}[\p{L}'-]*){0,2}$/u;
const NOT_BARE = /\b(?:no|not|don't|dont|later|rather|prefer|why|what|call|text|me|the|a|an|de|la|el)\b/iu;

/**
 * Fewer digits than this cannot be a valid number (US, Canadian and Mexican numbers have 10; the shortest
 * international numbers with their country code have 7).
 */
const MIN_PHONE_DIGITS = 7;
/**
 * Runs of digits with the separators numbers are written with, up to 32 characters (a number with its country code
 * and separators is shorter): where a phone number can be. libphonenumber-js reads only these spans, and only the
 * first few that hold enough digits (a message gives one or two numbers): its own scan of a whole text costs tens
 * of microseconds when it finds nothing and milliseconds on a long run of digits.
 */
const PHONE_SPAN = /\+?\(?\p{Nd}(?:[\p{Nd} ().\-\u2010-\u2015]{0,30}\p{Nd})?/gu;
const MAX_PHONE_SPANS = 4;
const DIGIT = /\p{Nd}/gu;

function findPhone(text: string, region: NonNullable<ContactOptions['region']>) {
  let spans = 0;
  // A span written again in the same text ("123 456 7890 ... 123 456 7890") holds no number the first one did not.
  const tried = new Set<string>();
  for (const span of text.matchAll(PHONE_SPAN)) {
    if ((span[0].match(DIGIT)?.length ?? 0) < MIN_PHONE_DIGITS) continue;
    const match = tried.has(span[0])
      ? undefined
      : findPhoneNumbersInText(span[0], region).find((found) => found.number.isValid());
    tried.add(span[0]);
    if (match)
      return {
        number: match.number,
        startsAt: span.index + match.startsAt,
        endsAt: span.index + match.endsAt,
      };
    if (++spans === MAX_PHONE_SPANS) return undefined;
  }
  return undefined;
}

/** The text with the phone number it gives blanked (offsets kept): a phone's digits are no count or amount. */
export function blankPhone(text: string, region: NonNullable<ContactOptions['region']> = 'US'): string {
  const phone = findPhone(text, region);
  if (!phone) return text;
  return blankRange(text, phone.startsAt, phone.endsAt);
}

const titleCase = (name: string) =>
  name
    .split(/\s+/)
    .map((word) => (word === word.toLowerCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word))
    .join(' ');

function introducedName(text: string): string | undefined {
  for (const intro of text.matchAll(INTRO)) {
    const name = CAPITALISED.exec(text.slice(intro.index + intro[0].length))?.[1];
    if (name && !NOT_NAMES.has(name.split(/\s+/)[0]!)) return name.trim();
  }
  return undefined;
}

function bareName(rest: string): string | undefined {
  const cleaned = rest
    .replace(/[.,;:!?()]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(FILLER, '')
    .trim();
  if (!cleaned || !BARE_NAME.test(cleaned) || NOT_BARE.test(cleaned)) return undefined;
  return titleCase(cleaned);
}

export function extractContact(text: string, options: ContactOptions = {}): ContactDetails {
  const found: ContactDetails = {};
  let rest = text;
  const phone = findPhone(text, options.region ?? 'US');
  if (phone) {
    const { number } = phone;
    found.phone = number.country === 'US' ? number.formatNational() : number.formatInternational();
    found.phoneE164 = number.number;
    rest = `${text.slice(0, phone.startsAt)} ${text.slice(phone.endsAt)}`;
  }
  const email = EMAIL.exec(rest);
  if (email) {
    found.email = email[0].toLowerCase();
    rest = `${rest.slice(0, email.index)} ${rest.slice(email.index + email[0].length)}`;
  }
  const name =
    introducedName(text) ?? (options.expectingName && (phone || email) ? bareName(rest) : undefined);
  if (name) found.name = name;
  return found;
}

/** True when the details hold a way to reach the lead (a phone number or an email address). */
export const canReach = (contact: ContactDetails): boolean => Boolean(contact.phone || contact.email);
