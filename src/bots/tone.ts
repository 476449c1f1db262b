import type { JorgeState } from './state.js';
import type { Lang } from './text.js';
import type { Turn } from './turn.js';

/**
 * The bot's persona tone, an experiment arm's choice (src/bots/variant.ts, `tone`): `warm` thanks the lead for an
 * answer before the next question; `brief` drops the bot's own courtesy opener ("Great.", "Thanks, that really
 * helps.") before what follows it. Without a tone the lines are as written. The tone touches only the bot's own
 * reply (Turn.reply): never the fixed side-topic lines said before it (the disclosure, the Fair Housing answer:
 * Turn.prefix), never the answer to the lead's question, never a hand-off notice, and never the opt-out reply (it is
 * decided before a turn reads its variant); the toned reply still passes the outbound guard in finalize.ts.
 */
/** What `warm` says after an answer, turn by turn in this order (one line said every turn would read as a script). */
const THANKS: Record<Lang, readonly string[]> = {
  en: ['Thanks, that helps.', 'Got it, thank you.', 'Perfect, thanks.'],
  es: ['Gracias, eso me ayuda.', 'Entendido, gracias.', 'Perfecto, gracias.'],
};

/**
 * The courtesy openers of the bot's lines (lines.ts, buyer.ts, seller.ts, lead.ts, scheduling.ts), in both
 * languages: a first sentence made of a courtesy word and, at most, one of these tails. A first sentence that
 * says anything else ("Thanks, Maria's team will call you at 5.") is not a courtesy and stays.
 */
const COURTESY_WORDS = [
  'thanks',
  'thank you',
  'great',
  'perfect',
  'fair enough',
  'got it',
  'gracias',
  'perfecto',
  'me parece bien',
  'entendido',
];
const COURTESY_TAILS = [
  'that gives me a clear picture',
  'that really helps',
  'good to know',
  'for the info',
  'for your time',
  'eso me da una idea clara',
  'eso ayuda mucho',
  'eso me ayuda',
  'por la información',
  'por tu tiempo',
];

/** How long the courtesy opener at the start of a line is (its stop and the spaces after it), or 0. */
function courtesyLength(text: string): number {
  const lower = text.toLowerCase();
  for (const word of COURTESY_WORDS) {
    if (!lower.startsWith(word)) continue;
    let at = word.length;
    for (const tail of COURTESY_TAILS) {
      const joined = [`, ${tail}`, ` ${tail}`].find((form) => lower.startsWith(form, at));
      if (joined) {
        at += joined.length;
        break;
      }
    }
    if (lower[at] !== '.' && lower[at] !== '!') continue;
    at += 1;
    const spaces = lower.slice(at).length - lower.slice(at).trimStart().length;
    if (spaces > 0) return at + spaces;
  }
  return 0;
}

/** The reply without its courtesy opener; the reply itself when it has none or when nothing would be left. */
export function withoutCourtesy(text: string): string {
  const length = courtesyLength(text);
  if (length === 0) return text;
  const rest = text.slice(length);
  return rest.trim() === '' ? text : rest;
}

/** True when the lead answered the question asked last turn: the bot asks another one now. */
const answeredLast = (prev: JorgeState, state: JorgeState): boolean =>
  prev.asking !== undefined && state.asking !== undefined && state.asking !== prev.asking;

/**
 * Applies the arm's tone to the turn's own reply, in place (finalizeTurn calls it before the reply is put
 * together with the prefix and the answer).
 */
export function applyTone(prev: JorgeState, turn: Turn): void {
  const { state, reply } = turn;
  const tone = state.variant?.tone;
  if (!tone || !reply || turn.handoff) return;
  if (tone === 'brief') {
    turn.reply = { ...reply, text: withoutCourtesy(reply.text) };
    return;
  }
  // Warm: thanks for an answer before the next question; not after a side-topic line or an answer of the bot's
  // own (the thanks would follow them), not over a fixed line, not twice.
  if (reply.fixed || turn.prefix || turn.answer || !answeredLast(prev, state)) return;
  if (withoutCourtesy(reply.text) !== reply.text) return;
  const lines = THANKS[state.lang];
  const thanks = lines[state.turns % lines.length] ?? lines[0];
  turn.reply = { ...reply, text: `${thanks} ${reply.text}` };
}
