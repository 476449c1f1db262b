import { contentViolations, GuardRule } from '../bots/guard-rules.js';
import { visibleText } from '../protocol/text.js';
import { REMARKS_LIMIT } from '../store/listing-types.js';

/** What cleaning changed in a listing's remarks (reported with the row: the import keeps the cleaned text). */
export type RemarksNote =
  'html_removed' | 'links_removed' | 'contacts_removed' | 'remarks_cut' | 'fair_housing_removed';

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};
const BLOCKS = /<(script|style|iframe|object)\b[\s\S]*?<\/\1\s*>/gi;
const TAG = /<\/?[a-z!][^<>]*>/gi;
const ENTITY = /&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,6});/gi;
const URL = /\b(?:https?:\/\/|ftp:\/\/|www\.)\S+/gi;
/** A bare domain ("example.com/tour", "jorge-homes.realtor"), not a decimal ("2.5 baths"). */
const DOMAIN =
  /\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|co|us|info|biz|me|ly|gl|homes|house|realty|realtor|properties|estate|site|online|app|link)\b(?:\/\S*)?/gi;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** North American numbers in the usual spellings: (909) 555-0100, 909.555.0100, +1 909 555 0100. */
const PHONE = /(?:\+?1[\s.-]?)?(?:\(\d{3}\)|\b\d{3})[\s.-]?\d{3}[\s.-]?\d{4}\b/g;

function decodeEntity(entity: string, body: string): string {
  if (body.startsWith('#')) {
    const code =
      body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
  }
  return ENTITIES[body.toLowerCase()] ?? entity;
}

/**
 * A listing's PublicRemarks as the catalogue keeps them: text only (HTML tags and scripts removed, entities
 * decoded), no links, email addresses or phone numbers (a lead reaches the team through the hub, and nobody else's
 * contact details reach a lead), whitespace collapsed, at most REMARKS_LIMIT characters (cut at a word). Undefined
 * when nothing is left.
 */
export function cleanRemarks(raw: string): { text: string | undefined; notes: RemarksNote[] } {
  const notes: RemarksNote[] = [];
  let text = raw;
  const withoutHtml = text.replace(BLOCKS, ' ').replace(TAG, ' ');
  const decoded = withoutHtml.replace(ENTITY, (entity, body: string) => decodeEntity(entity, body));
  if (withoutHtml !== text || decoded !== withoutHtml) notes.push('html_removed');
  // Decoding can make new tags ("&lt;b&gt;"): they go too.
  text = decoded.replace(TAG, ' ');
  // Email addresses first: their domain is not a link of its own.
  const withoutEmails = text.replace(EMAIL, ' ');
  const withoutLinks = withoutEmails.replace(URL, ' ').replace(DOMAIN, ' ');
  if (withoutLinks !== withoutEmails) notes.push('links_removed');
  const withoutContacts = withoutLinks.replace(PHONE, ' ');
  if (withoutContacts !== withoutLinks || withoutEmails !== text) notes.push('contacts_removed');
  text = visibleText(withoutContacts.replace(/\s+/g, ' '));
  const chars = [...text];
  if (chars.length > REMARKS_LIMIT) {
    notes.push('remarks_cut');
    const cut = chars.slice(0, REMARKS_LIMIT - 1).join('');
    const space = cut.lastIndexOf(' ');
    text = `${(space > REMARKS_LIMIT / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
  }
  // Remarks that describe or steer by a protected class ("whites only", "family-friendly", "near the mosque")
  // break the Fair Housing rule every outbound text is held to (src/bots/guard-rules.ts): they are not kept.
  if (text !== '' && contentViolations(text).some((found) => found.rule === GuardRule.fairHousing)) {
    notes.push('fair_housing_removed');
    return { text: undefined, notes };
  }
  return { text: text === '' ? undefined : text, notes };
}
