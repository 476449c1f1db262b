/** Text helpers shared by the detectors and extractors. Everything here is pure. */

export type Lang = 'en' | 'es';

/** Lower case, diacritics removed, curly quotes straightened: the form every matcher works on. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .toLowerCase();
}

/** Splits a message into sentences (keeps the text of each, trimmed, empties dropped). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** Removes JSON-looking blobs (objects or arrays with quoted keys or values): pasted data is never extracted. */
export function stripJsonBlobs(text: string): string {
  let out = text;
  for (let pass = 0; pass < 5; pass += 1) {
    const next = out
      .replace(/\{[^{}]*\}/g, (blob) => (/["':]/.test(blob) ? ' ' : blob))
      .replace(/\[[^[\]]*\]/g, (blob) => (/["':]/.test(blob) ? ' ' : blob));
    if (next === out) break;
    out = next;
  }
  return out.replace(/\s+/g, ' ').trim();
}

export const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  a: 1,
  an: 1,
  two: 2,
  couple: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  uno: 1,
  una: 1,
  un: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
};

/** A small integer written as digits or as an English/Spanish word, else undefined. */
export function smallNumber(token: string): number | undefined {
  if (/^\d{1,2}$/.test(token)) return Number(token);
  return NUMBER_WORDS[token];
}

export const NUMBER_WORD_PATTERN =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce';

/** True when a negation word sits within the few words before `index` in `folded`. */
export function negatedBefore(folded: string, index: number, window = 4): boolean {
  const before =
    folded
      .slice(0, index)
      .split(/[.!?;,]/)
      .pop() ?? '';
  const words = before.trim().split(/\s+/).slice(-window);
  return words.some((word) =>
    /^(not|no|never|don't|dont|doesn't|doesnt|won't|wont|can't|cant|cannot|isn't|isnt|wouldn't|wouldnt|nunca|tampoco|sin)$/.test(
      word,
    ),
  );
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export function formatMoney(amount: number): string {
  return `$${Math.round(amount).toLocaleString('en-US')}`;
}

/** Capitalises each word of a place name ("alta loma" -> "Alta Loma"). */
export function titleCase(text: string): string {
  return text.replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());
}
