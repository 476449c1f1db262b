/**
 * Spanish number words read in one pass ("cuatrocientos cincuenta y cinco mil" = 455000, "dos millones
 * trescientos mil" = 2300000, "veintiún mil" = 21000), in folded text (no accents, lower case).
 *
 * Why not the recognizer used for English: its Spanish model costs 0.5 to 3 ms for an ordinary amount and grows
 * exponentially with the words of a span (a black-box attack found ten-word spans at 20 to 30 ms each, so a few
 * leads sending them held a node for seconds). Spanish number words follow a small, closed grammar: units, the
 * irregular tens up to 29, tens joined to units by "y", hundreds, "mil" and "millón", each scale at most once. This
 * reader follows that grammar word by word, linear in the words, and starts a new number wherever the grammar says
 * one ended ("dos tres" is two numbers).
 */

export interface SpokenNumber {
  /** Offset of the number's first word in the text given. */
  start: number;
  /** The words of the number, as written in the text given. */
  text: string;
  value: number;
}

const UNITS: Readonly<Record<string, number>> = {
  un: 1,
  uno: 1,
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
};

/** Ten to twenty-nine: one word each (the tens and the units already joined). */
const TEENS: Readonly<Record<string, number>> = {
  diez: 10,
  once: 11,
  doce: 12,
  trece: 13,
  catorce: 14,
  quince: 15,
  dieciseis: 16,
  diecisiete: 17,
  dieciocho: 18,
  diecinueve: 19,
  veinte: 20,
  veintiun: 21,
  veintiuno: 21,
  veintiuna: 21,
  veintidos: 22,
  veintitres: 23,
  veinticuatro: 24,
  veinticinco: 25,
  veintiseis: 26,
  veintisiete: 27,
  veintiocho: 28,
  veintinueve: 29,
};

const TENS: Readonly<Record<string, number>> = {
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
  sesenta: 60,
  setenta: 70,
  ochenta: 80,
  noventa: 90,
};

const HUNDREDS: Readonly<Record<string, number>> = {
  ciento: 100,
  doscientos: 200,
  doscientas: 200,
  trescientos: 300,
  trescientas: 300,
  cuatrocientos: 400,
  cuatrocientas: 400,
  quinientos: 500,
  quinientas: 500,
  seiscientos: 600,
  seiscientas: 600,
  setecientos: 700,
  setecientas: 700,
  ochocientos: 800,
  ochocientas: 800,
  novecientos: 900,
  novecientas: 900,
};

/**
 * Within the part below a thousand, what may still follow (a larger room admits more): after nothing, anything;
 * after hundreds, tens, a teen or a unit; after tens, a unit (with or without "y"); after a unit, a teen or
 * "cien", nothing.
 */
const Room = { Empty: 4, AfterHundreds: 3, AfterTens: 2, Closed: 1 } as const;
type Room = (typeof Room)[keyof typeof Room];

interface Reading {
  start: number;
  end: number;
  /** The words read since the last scale word ("dos" in "dos millones dos"), with their offsets. */
  tail: { word: string; start: number }[];
  /** The reading as it stood right after its last scale word, to give a tail back to the next number. */
  atScale?: Pick<Reading, 'end' | 'millions' | 'thousands' | 'group' | 'room' | 'sawThousand' | 'sawMillion'>;
  millions: number;
  thousands: number;
  group: number;
  room: Room;
  sawThousand: boolean;
  sawMillion: boolean;
}

const fresh = (start: number): Reading => ({
  start,
  end: start,
  tail: [],
  millions: 0,
  thousands: 0,
  group: 0,
  room: Room.Empty,
  sawThousand: false,
  sawMillion: false,
});

/** Adds one word to the reading when the grammar allows it there; false when the number ended before it. */
function extend(reading: Reading, word: string): boolean {
  if (word in UNITS) {
    if (reading.room === Room.Closed) return false;
    reading.group += UNITS[word]!;
    reading.room = Room.Closed;
  } else if (word in TEENS || word === 'cien') {
    if (reading.room < Room.AfterHundreds || (word === 'cien' && reading.room !== Room.Empty)) return false;
    reading.group += word === 'cien' ? 100 : TEENS[word]!;
    reading.room = Room.Closed;
  } else if (word in TENS) {
    if (reading.room < Room.AfterHundreds) return false;
    reading.group += TENS[word]!;
    reading.room = Room.AfterTens;
  } else if (word in HUNDREDS) {
    if (reading.room !== Room.Empty) return false;
    reading.group += HUNDREDS[word]!;
    reading.room = Room.AfterHundreds;
  } else if (word === 'mil') {
    if (reading.sawThousand) return false;
    reading.thousands = (reading.group || 1) * 1_000;
    reading.group = 0;
    reading.room = Room.Empty;
    reading.sawThousand = true;
  } else if (word === 'millon' || word === 'millones') {
    if (reading.sawMillion) return false;
    reading.millions = (reading.thousands + reading.group || 1) * 1_000_000;
    reading.thousands = 0;
    reading.group = 0;
    reading.room = Room.Empty;
    reading.sawThousand = false;
    reading.sawMillion = true;
  } else {
    return false;
  }
  return true;
}

const SCALES = new Set(['mil', 'millon', 'millones']);

/** Extends the reading with the word at `start` and keeps its bookkeeping (end, tail, state at the last scale). */
function accept(reading: Reading, word: string, start: number): boolean {
  if (!extend(reading, word)) return false;
  reading.end = start + word.length;
  if (SCALES.has(word)) {
    const { end, millions, thousands, group, room, sawThousand, sawMillion } = reading;
    reading.atScale = { end, millions, thousands, group, room, sawThousand, sawMillion };
    reading.tail = [];
  } else reading.tail.push({ word, start });
  return true;
}

/** The Spanish numbers in `text` (folded), left to right. Words that are not number words end a number. */
export function readSpanishNumbers(text: string): SpokenNumber[] {
  const found: SpokenNumber[] = [];
  let reading: Reading | undefined;
  /** "y" after tens, kept only if a unit follows it. */
  let pendingAnd = false;
  const finish = () => {
    if (reading && reading.end > reading.start) {
      found.push({
        start: reading.start,
        text: text.slice(reading.start, reading.end),
        value: reading.millions + reading.thousands + reading.group,
      });
    }
    reading = undefined;
    pendingAnd = false;
  };
  for (const match of text.matchAll(/[a-z]+/g)) {
    const word = match[0];
    if (word === 'y') {
      if (reading?.room === Room.AfterTens && !pendingAnd) pendingAnd = true;
      else finish();
      continue;
    }
    if (pendingAnd && !(word in UNITS)) finish();
    pendingAnd = false;
    if (reading && accept(reading, word, match.index)) continue;
    // A scale word the number cannot take starts the next number with the words said since the last scale
    // ("dos millones | dos millones", "dos mil | tres mil").
    const carried = reading?.atScale && SCALES.has(word) ? reading.tail : [];
    if (reading?.atScale && carried.length > 0) Object.assign(reading, reading.atScale);
    finish();
    const next = fresh(carried[0]?.start ?? match.index);
    for (const earlier of carried) accept(next, earlier.word, earlier.start);
    if (accept(next, word, match.index)) reading = next;
  }
  finish();
  return found;
}
