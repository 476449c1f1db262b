/**
 * Contact details a lead gives unprompted ("I'm Maria Gonzalez, 909-555-0142"): a name after "my name is" /
 * "I'm" / "me llamo" / "soy", a US phone number and an email address. Conservative: a name must be one to three
 * capitalised words, so "I'm looking" or "I'm interested" never become names.
 */
export interface ContactDetails {
  name?: string;
  phone?: string;
  email?: string;
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
]);
const PHONE = /(?:\+?1[\s.-]?)?\(?\b(\d{3})\)?[\s.-]?(\d{3})[\s.-]?(\d{4})\b/;
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/;

export function extractContact(text: string): ContactDetails {
  const found: ContactDetails = {};
  for (const intro of text.matchAll(INTRO)) {
    const name = CAPITALISED.exec(text.slice(intro.index + intro[0].length))?.[1];
    if (name && !NOT_NAMES.has(name.split(/\s+/)[0]!)) {
      found.name = name.trim();
      break;
    }
  }
  const phone = PHONE.exec(text);
  if (phone) found.phone = `(${phone[1]}) ${phone[2]}-${phone[3]}`;
  const email = EMAIL.exec(text)?.[0];
  if (email) found.email = email.toLowerCase();
  return found;
}
