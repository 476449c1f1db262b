import { z } from 'zod';

/** Unpaired UTF-16 surrogates (not text: shown as U+FFFD). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/**
 * What no text of the hub needs: control characters but tab and line breaks, the bidirectional overrides and
 * isolates that reverse what staff read ("RTL spoofing"), zero-width spaces, word joiners and byte-order marks.
 * Joiners inside emoji and scripts (U+200C, U+200D) stay.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF]/g;

/** A character that shows: neither a format character nor a space (tested, not stripped, to find one). */
const SOMETHING_SHOWN = /[^\p{Cf}\s]/u;

/** Text as staff and the bot should read it: well formed, without invisible controls, trimmed; '' when nothing is left. */
export function visibleText(raw: string): string {
  const text = raw.replace(LONE_SURROGATE, '\uFFFD').replace(INVISIBLE, '').trim();
  // A text of only format characters and spaces ("\u200D\u200C") says nothing either.
  return SOMETHING_SHOWN.test(text) ? text : '';
}

/**
 * A short text shown to people (a staff member's name, a listing's address or feature): at most `max` characters
 * as sent, cleaned (visibleText), and not empty once cleaned. Names reach the lead ("Ana joined the conversation")
 * and listing facts the bot's replies, so they are cleaned like message text.
 */
export const shownText = (max: number) =>
  z.string().max(max).transform(visibleText).pipe(z.string().min(1, 'must not be empty'));
