/**
 * Stops read by their parts (issue 30, design item 2; docs/BOTS.md section 51). A request to stop is a few parts in
 * one clause, whatever words fill them, not one phrase per wording:
 *
 * - **a wish not to be contacted**: the lead's own "don't want", "prefer not", "no quiero", then only filler words
 *   ("to get any more", "anyone from your office"), then a contact ("texts", "contacting me", "que me escriban"):
 *   "i'd prefer not to get any more texts", "i dont want anyone from your office contacting me";
 * - **a removal of the lead**: a verb of removal over the lead or the lead's details, from our records if a source
 *   is named: "wipe my details from your system", "lose my number", "bórrenlo de su sistema", "eliminen mis datos";
 * - **no further contact**: "no further contact please", "no more communication";
 * - **a number that takes no messages**: "this number is not accepting texts", "no acepto mensajes";
 * - **off what we send**: "i want off your texts", "get me off this thing";
 * - **a stop asked as a kindness**: "i'd appreciate it if you stopped texting me", "it would be great if you quit
 *   calling".
 *
 * Each part is a lexicon list (lexicon/optout.ts, `BY_PARTS`). What follows the contact may narrow it (a kind of
 * home, an hour, someone else, another sender): then it is no stop. The caller's scopes (a story, another service, a
 * correction) apply after, as for every other request.
 */
import {
  BY_PARTS,
  CHANNEL_NOUNS,
  CHANNEL_NOUNS_ES,
  CONTACT_GERUNDS,
  CONTACT_STEMS_ES,
  CONTACT_VERBS,
  WELCOME_CHANNELS as WELCOME_CHANNEL_WORDS,
  OTHER_SERVICES,
  PHONE_WORDS,
  SENT_HOME_KINDS,
  CLOSING_WORDS,
  WHAT_WE_SEND,
} from '../lexicon/optout.js';
import type { Token } from '../read/phrases.js';

/** A request found by its parts: tokens[start..end). */
export interface PartsRequest {
  start: number;
  end: number;
}

/** The clause to read, and what the message around it says. */
export interface PartsInput {
  tokens: readonly Token[];
  /** The clause is asked (it ends with "?"). */
  asked: boolean;
  /** The message names a phone or a number: "it" and "lo" may be it ("pls lose it", "bórrenlo"). */
  phoneNamed: boolean;
  /** Nothing but a closing ("thanks", "porfa") follows the clause's words in the message. */
  endsMessage: boolean;
}

const set = (words: readonly string[]) => new Set(words.filter((word) => !word.includes(' ')));
const sequences = (phrases: readonly string[]) => phrases.map((phrase) => phrase.split(' '));

const FILLERS = set(BY_PARTS.fillers);
const LEAD_SPEAKERS = set(BY_PARTS.leadSpeakers);
const ADVERBS = set(BY_PARTS.adverbs);
const NOT_WANTING = sequences(BY_PARTS.notWanting);
const RECEIVING = set(BY_PARTS.receiving);
const MORE = set(BY_PARTS.more);
const POINTED_AT = set(BY_PARTS.pointedAt);
/** The words of a closing, one by one ("thank you" is "thank" and "you"). */
export const CLOSINGS: ReadonlySet<string> = new Set(CLOSING_WORDS.flatMap((closing) => closing.split(' ')));
const WISH_FRAMES = sequences(BY_PARTS.wishFrames);
/** The first words of a wish, said or framed: a token that is none of them starts no wish. */
const WISH_STARTS = new Set([...NOT_WANTING, ...WISH_FRAMES].map((sequence) => sequence[0]!));
const FRAME_FILLERS = set(BY_PARTS.frameFillers);
const STOP_TOGETHER = set(BY_PARTS.stopTogether);
const REVOKING = BY_PARTS.revoking;
const CONSENT = set(BY_PARTS.consent);
const CEASING_ES = set(BY_PARTS.ceasingEs);
const PESTERING_ES = set(BY_PARTS.pesteringEs);
const CONDITIONS = set(BY_PARTS.conditions);
const CONTACTS = [
  ...CONTACT_VERBS,
  ...CONTACT_GERUNDS,
  ...CHANNEL_NOUNS,
  ...CHANNEL_NOUNS_ES,
  ...BY_PARTS.contactNouns,
  ...BY_PARTS.contactPassives,
];
const CONTACT_WORDS = set(CONTACTS);
/** Contacts of several words, the longest first ("hitting me up", "hitting up", "mensajes de texto"). */
const CONTACT_PHRASES = sequences([
  ...CONTACTS.filter((contact) => contact.includes(' ')),
  ...BY_PARTS.contactPhrases,
]).sort((a, b) => b.length - a.length);
const REMOVAL_VERBS = set(BY_PARTS.removalVerbs);
const DATA_ONLY_VERBS = set(BY_PARTS.dataOnlyVerbs);
const REMOVAL_ENDINGS_ES = BY_PARTS.removalEndingsEs;
const REMOVAL_STEMS_ES = BY_PARTS.removalStemsEs;
const OBJECT_OPENERS = set(BY_PARTS.objectOpeners);
const LEAD_DATA = set([...BY_PARTS.leadData, ...PHONE_WORDS]);
const PHONES = set(PHONE_WORDS);
const DATA_OWNERS = set(BY_PARTS.dataOwners);
const OUR_SOURCES = set(BY_PARTS.ourSources);
const OTHER_SENDERS = set([...OTHER_SERVICES, ...BY_PARTS.otherSenders]);
const REMOVERS = set(BY_PARTS.removers);
const ASKING_YOU = sequences(BY_PARTS.askingYou);
const FURTHER = set(BY_PARTS.further);
const REFUSALS = set(BY_PARTS.refusals);
const JOINS = set(BY_PARTS.joins);
const NEXT_REQUEST = set(BY_PARTS.nextRequest);
const OPENING_WORDS = set([...BY_PARTS.leadSpeakers, ...BY_PARTS.openingWords]);
const ABSTRACT_CONTACT = set(BY_PARTS.contactNouns);
const ACCEPTING = set(BY_PARTS.accepting);
const NOT_ACCEPTING_NEGATORS = sequences(BY_PARTS.notAcceptingNegators);
const WANTING_OFF = set(BY_PARTS.wantingOff);
const OFF_OF_WHAT = set([...BY_PARTS.offOfWhat, ...CHANNEL_NOUNS, ...CHANNEL_NOUNS_ES]);
const OFF_BETWEEN = set([...BY_PARTS.offBetween, ...BY_PARTS.dataOwners, ...BY_PARTS.ourSources]);
const LEAVING_ES = BY_PARTS.leavingEs;
const HOW_DO_I = sequences(BY_PARTS.howDoI);
const KIND_FRAMES = set(BY_PARTS.kindFrames);
const CEASING = set(BY_PARTS.ceasing);
const WHOLE_OF_WHAT_WE_SEND = set(WHAT_WE_SEND);
const HOME_KINDS = set(SENT_HOME_KINDS);
const SEARCHES = set(BY_PARTS.searches);
const NARROWING_NOTHING = set(BY_PARTS.narrowingNothing);
const SOURCE_WORDS = set(BY_PARTS.sourceWords);
const THIS_WORDS = set(BY_PARTS.thisWords);
const LEAD_OBJECTS = set(['me', 'us', 'nos']);

/** Every request of the clause found by its parts. */
export function stopsByParts(input: PartsInput): PartsRequest[] {
  const found: PartsRequest[] = [];
  for (const read of [
    wishNotToBeContacted,
    removalOfTheLead,
    noFurtherContact,
    stoppedTogether,
    consentRevoked,
    ceasedInSpanish,
    notAccepting,
    offWhatWeSend,
    askedAsAKindness,
    ceasedOverOurMessages,
  ]) {
    const request = read(input);
    if (request) found.push(request);
  }
  return found;
}

// ---------------------------------------------------------------- the parts

const word = (tokens: readonly Token[], at: number): string | undefined => tokens[at]?.word;

/** The sequence starts at `at`. */
function startsWith(tokens: readonly Token[], at: number, sequence: readonly string[]): boolean {
  return sequence.every((part, k) => word(tokens, at + k) === part);
}

/**
 * The end (exclusive) of a contact said at `at`: a verb, gerund or noun of contact, one of several words ("hitting me
 * up", "mensajes de texto"), or a Spanish verb of contact in any form; undefined when none starts there.
 */
function contactEnd(tokens: readonly Token[], at: number): number | undefined {
  const said = word(tokens, at);
  if (said === undefined) return undefined;
  const phrase = CONTACT_PHRASES.find((sequence) => startsWith(tokens, at, sequence));
  if (phrase) return at + phrase.length;
  if (CONTACT_WORDS.has(said)) return at + 1;
  if (said === 'hear' && word(tokens, at + 1) === 'from') return at + 2;
  if (!CONTACT_STEMS_ES.some((stem) => said.startsWith(stem) && said.length > stem.length)) return undefined;
  // ...with what is sent after it ("dejad de mandarme mensajes")
  return CHANNEL_NOUN_WORDS.has(word(tokens, at + 1) ?? '') ? at + 2 : at + 1;
}
const CHANNEL_NOUN_WORDS = set([...CHANNEL_NOUNS, ...CHANNEL_NOUNS_ES]);

/**
 * What follows a contact at `at` leaves it whole: the clause ends, or goes on only with words that narrow nothing
 * ("anymore", "please", "from you", "about any of this", "about homes"). Anything else may narrow it to a kind, an
 * hour, a language, someone else or another sender ("texts about condos", "mensajes en inglés", "texting her").
 */
function leftWhole(tokens: readonly Token[], at: number): boolean {
  const clause = tokens[at]!.clause;
  let next = at + 1;
  while (next < tokens.length && tokens[next]!.clause === clause) {
    const said = tokens[next]!.word;
    const then = word(tokens, next + 1) ?? '';
    if (LEAD_OBJECTS.has(said) || NARROWING_NOTHING.has(said)) next += 1;
    // ("no further texts to this number from your office or from Jorge": another source of ours joined on)
    else if (JOINS.has(said) && SOURCE_WORDS.has(then)) return true;
    // ("que me manden listings": the whole of what we send, unless a kind follows it)
    else if (WHOLE_OF_WHAT_WE_SEND.has(said)) next += 1;
    // ("... y que borréis mis datos": a second request joined on, the first contact ended whole)
    else if (JOINS.has(said) && NEXT_REQUEST.has(then)) return true;
    else if (said === 'at' && then === 'all') next += 2;
    else if (
      SOURCE_WORDS.has(said) &&
      OUR_SOURCES.has(then) &&
      !OTHER_SENDERS.has(word(tokens, next + 2) ?? '')
    )
      next += 2;
    else if (KIND_FRAMES.has(said) && (WHOLE_OF_WHAT_WE_SEND.has(then) || THIS_WORDS.has(then))) next += 2;
    // ("a este número": the lead's own; "to this phone" is read word by word above)
    else if (said === 'a' && DATA_OWNERS.has(then) && PHONES.has(word(tokens, next + 2) ?? '')) next += 3;
    // ("about the house", "sobre la casa": the lead's own, whole)
    else if (
      KIND_FRAMES.has(said) &&
      DATA_OWNERS.has(then) &&
      WHOLE_OF_WHAT_WE_SEND.has(word(tokens, next + 2) ?? '')
    )
      next += 3;
    else return false;
  }
  return true;
}

/** The words before `at` in its clause say the lead speaks, with no condition or someone else before. */
function leadSpeaks(tokens: readonly Token[], at: number): boolean {
  const clause = tokens[at]!.clause;
  for (let k = at - 1; k >= 0 && tokens[k]!.clause === clause; k -= 1)
    if (CONDITIONS.has(tokens[k]!.word)) return false;
  let before = at - 1;
  while (before >= 0 && tokens[before]!.clause === clause && ADVERBS.has(tokens[before]!.word)) before -= 1;
  if (before < 0 || tokens[before]!.clause !== clause) return true;
  return LEAD_SPEAKERS.has(tokens[before]!.word);
}

/** After `from`, only fillers, then a contact whose rest leaves it whole: where the contact's last word is. */
function contactAfter(tokens: readonly Token[], from: number, gap: number): number | undefined {
  const clause = tokens[from - 1]?.clause;
  for (let at = from; at < tokens.length && at <= from + gap && tokens[at]!.clause === clause; at += 1) {
    let end = contactEnd(tokens, at);
    if (end !== undefined) {
      // the last of contacts in a row ("phone calls", "text messages")
      for (let more = end; tokens[more]?.clause === clause && more < tokens.length;) {
        const next = contactEnd(tokens, more);
        if (next === undefined) break;
        end = more = next;
      }
      return leftWhole(tokens, end - 1) ? end - 1 : undefined;
    }
    if (!FILLERS.has(tokens[at]!.word)) return undefined;
  }
  return undefined;
}

/** "i'd prefer not to get any more texts", "i dont want anyone from your office contacting me", "no quiero que me escriban". */
function wishNotToBeContacted({ tokens, asked, endsMessage }: PartsInput): PartsRequest | undefined {
  if (asked) return undefined;
  for (let at = 0; at < tokens.length; at += 1) {
    if (!WISH_STARTS.has(tokens[at]!.word)) continue;
    const wish = NOT_WANTING.find((sequence) => startsWith(tokens, at, sequence));
    const end = wish ? at + wish.length : framedNo(tokens, at);
    if (end === undefined || !leadSpeaks(tokens, at)) continue;
    const contact = contactAfter(tokens, end, 6) ?? pointedAtWhole(tokens, end, endsMessage);
    if (contact !== undefined) return { start: at, end: contact + 1 };
  }
  return undefined;
}

/**
 * "get any more of these", "recibir más de estos": what we send, pointed at and received no more, with nothing but
 * such words to the clause's end (not "any more of these condos"). Where the pointing ends.
 */
function pointedAtWhole(tokens: readonly Token[], from: number, endsMessage: boolean): number | undefined {
  const clause = tokens[from - 1]?.clause;
  let receiving = false;
  let more = false;
  let pointed: number | undefined;
  let at = from;
  for (; at < tokens.length && tokens[at]!.clause === clause; at += 1) {
    const said = tokens[at]!.word;
    if (RECEIVING.has(said)) receiving = true;
    else if (MORE.has(said)) more = true;
    else if (POINTED_AT.has(said)) pointed = at;
    else if (!FILLERS.has(said)) return undefined;
  }
  // (and the message ends there, but for a closing: "those, too small" points at homes)
  const closed = endsMessage && tokens.slice(at).every((token) => CLOSINGS.has(token.word));
  return receiving && more && pointed !== undefined && closed ? at - 1 : undefined;
}

/** A wish framed as a request, then its "no" a few words of time later: where the "no" ends. */
function framedNo(tokens: readonly Token[], at: number): number | undefined {
  const frame = WISH_FRAMES.find((sequence) => startsWith(tokens, at, sequence));
  if (!frame) return undefined;
  let next = at + frame.length;
  while (FRAME_FILLERS.has(word(tokens, next) ?? '') && next < at + frame.length + 5) next += 1;
  return word(tokens, next) === 'no' ? next + 1 : undefined;
}

/** A Spanish verb of removal with its clitic: "bórrenlo", "eliminen", "sáquenme", "quitar". */
function removalEs(said: string): { clitic: string } | undefined {
  for (const stem of REMOVAL_STEMS_ES) {
    if (!said.startsWith(stem)) continue;
    for (const ending of REMOVAL_ENDINGS_ES) {
      if (!said.startsWith(ending, stem.length)) continue;
      const clitic = said.slice(stem.length + ending.length);
      if (clitic === '' || BY_PARTS.clitics.includes(clitic)) return { clitic };
    }
  }
  return undefined;
}

/** "wipe my details from your system", "lose my number", "bórrenlo de su sistema", "eliminen mis datos". */
function removalOfTheLead({ tokens, asked, phoneNamed }: PartsInput): PartsRequest | undefined {
  for (let at = 0; at < tokens.length; at += 1) {
    const said = tokens[at]!.word;
    const spanish = REMOVAL_VERBS.has(said) ? undefined : removalEs(said);
    if (!REMOVAL_VERBS.has(said) && !spanish) continue;
    if (asked && !ASKING_YOU.some((sequence) => sequence.every((part, k) => word(tokens, k) === part)))
      continue;
    if (!removedByUs(tokens, at)) continue;
    // the lead, as a clitic or an object, or the lead's details (after a particle: "close out our file")
    let object = word(tokens, at + 1) === 'out' && !spanish ? at + 2 : at + 1;
    const clitic = spanish?.clitic ?? '';
    // ("quíteme lo de la alberca de mi lista": the clitic is for whom something else is removed)
    const dative = OBJECT_OPENERS.has(word(tokens, object) ?? '');
    const lead =
      !DATA_ONLY_VERBS.has(said) &&
      (((clitic === 'me' || clitic === 'nos') && !dative) ||
        ((clitic === 'lo' || clitic === 'la') && phoneNamed) ||
        LEAD_OBJECTS.has(word(tokens, object) ?? '') ||
        (word(tokens, object) === 'it' && phoneNamed));
    if (!lead) {
      if (DATA_OWNERS.has(word(tokens, object) ?? '')) object += 1;
      if (!LEAD_DATA.has(word(tokens, object) ?? '')) continue;
      if (word(tokens, object + 1) === 'of' || word(tokens, object + 1) === 'for') continue;
    } else if (clitic === '') {
      object = word(tokens, object) === 'it' || LEAD_OBJECTS.has(word(tokens, object) ?? '') ? object : at;
    } else object = at;
    // a source named is ours ("from your system", "de su lista"), never another's ("from zillow")
    const source = word(tokens, object + 1);
    if (source === 'from' || source === 'de' || source === 'off' || source === 'out') {
      const owner = tokens.slice(object + 2, object + 5).map((token) => token.word);
      if (owner.some((w) => OTHER_SENDERS.has(w))) continue;
    }
    // ...from the lead's whole list, not one of kinds of homes ("sácame de esa lista de 3 recámaras, quiero ver de 4")
    if (narrowedToAKind(tokens, object)) continue;
    return { start: at, end: object + 1 };
  }
  return undefined;
}

/**
 * A kind of home, a size or a figure in the few words after `at`, in its clause, or the search the homes come from
 * ("quítenme todo lo de Victorville de la búsqueda"): what is removed is narrowed to it.
 */
function narrowedToAKind(tokens: readonly Token[], at: number): boolean {
  const inClause = (token: Token) => token.clause === tokens[at]!.clause;
  return (
    tokens
      .slice(at + 1, at + 6)
      .some(
        (token) =>
          inClause(token) &&
          ((HOME_KINDS.has(token.word) && !WHOLE_OF_WHAT_WE_SEND.has(token.word)) || isDigit(token.word[0])),
      ) || tokens.slice(at + 1, at + 9).some((token) => inClause(token) && SEARCHES.has(token.word))
  );
}

/** The removal at `at` is asked of us: no one else removes ("i deleted my number from zillow", "my wife will delete it"). */
function removedByUs(tokens: readonly Token[], at: number): boolean {
  const clause = tokens[at]!.clause;
  for (let k = at - 1; k >= 0 && tokens[k]!.clause === clause; k -= 1) {
    const said = tokens[k]!.word;
    if (said === 'you' || said === 'u' || said === 'yall' || said === 'ustedes') return true;
    if (REMOVERS.has(said) || CONDITIONS.has(said)) return false;
  }
  return true;
}

/**
 * "no further contact please", "no more outreach to this number", "cero contacto", "ningún tipo de contacto conmigo",
 * "no calls and no texts", "ni llamadas ni mensajes": a refusal opening its clause, over contacts left whole.
 */
function noFurtherContact({ tokens, asked }: PartsInput): PartsRequest | undefined {
  if (asked) return undefined;
  for (let at = 0; at + 1 < tokens.length; at += 1) {
    if (!REFUSALS.has(tokens[at]!.word) || !opensItsClause(tokens, at)) continue;
    let next = at + 1;
    while (FURTHER.has(word(tokens, next) ?? '')) next += 1;
    // the first contact, and any joined to it ("no calls and no texts", "ni llamadas ni mensajes")
    let end =
      next > at + 1 || ABSTRACT_CONTACT.has(word(tokens, next) ?? '') || joined(tokens, next)
        ? contactEnd(tokens, next)
        : undefined;
    if (end === undefined) continue;
    while (JOINS.has(word(tokens, end) ?? '') && tokens[end]!.clause === tokens[at]!.clause) {
      const after = REFUSALS.has(word(tokens, end + 1) ?? '') ? end + 2 : end + 1;
      const more = contactEnd(tokens, after);
      if (more === undefined) break;
      end = more;
    }
    if (leftWhole(tokens, end - 1)) return { start: at, end };
  }
  return undefined;
}

/** "ahí le paramos con los mensajes", "cortemos con los textos": a stop of ours said together, over our messages. */
function stoppedTogether({ tokens, asked }: PartsInput): PartsRequest | undefined {
  if (asked) return undefined;
  for (let at = 0; at + 2 < tokens.length; at += 1) {
    if (!STOP_TOGETHER.has(tokens[at]!.word) || word(tokens, at + 1) !== 'con') continue;
    const contact = contactAfter(tokens, at + 2, 2);
    if (contact !== undefined) return { start: at, end: contact + 1 };
  }
  return undefined;
}

/** "Per the TCPA I am revoking any consent to be contacted", "retiro mi consentimiento": consent taken back. */
function consentRevoked({ tokens }: PartsInput): PartsRequest | undefined {
  for (let at = 0; at < tokens.length; at += 1) {
    if (!REVOKING.some((stem) => tokens[at]!.word.startsWith(stem))) continue;
    const consent = tokens
      .slice(at + 1, at + 4)
      .findIndex((token) => token.clause === tokens[at]!.clause && CONSENT.has(token.word));
    if (consent >= 0) return { start: at, end: at + consent + 2 };
  }
  return undefined;
}

/**
 * "dejen de escribir aquí", "os pido que dejéis de escribirme": a verb of ceasing, "de", a contact left whole; or of
 * pestering with our messages ("dejen de fregar con sus mensajitos").
 */
function ceasedInSpanish({ tokens, asked }: PartsInput): PartsRequest | undefined {
  if (asked) return undefined;
  for (let at = 0; at + 2 < tokens.length; at += 1) {
    if (!CEASING_ES.has(tokens[at]!.word) || word(tokens, at + 1) !== 'de') continue;
    const end = contactEnd(tokens, at + 2);
    if (end !== undefined && leftWhole(tokens, end - 1)) return { start: at, end };
    // ...or of pestering with our messages ("dejen de fregar con sus mensajitos")
    if (PESTERING_ES.has(word(tokens, at + 2) ?? '') && word(tokens, at + 3) === 'con') {
      const contact = contactAfter(tokens, at + 4, 2);
      if (contact !== undefined) return { start: at, end: contact + 1 };
    }
  }
  return undefined;
}

/** A channel joined to another by "and", "or", "ni" ("no calls and no texts"): a list refused, not one narrowed. */
function joined(tokens: readonly Token[], at: number): boolean {
  const end = contactEnd(tokens, at);
  return end !== undefined && JOINS.has(word(tokens, end) ?? '');
}

/** `at` opens its clause, but for words that say who speaks or when ("going forward, no more...", "from now on"). */
function opensItsClause(tokens: readonly Token[], at: number): boolean {
  let before = at - 1;
  while (
    before >= 0 &&
    tokens[before]!.clause === tokens[at]!.clause &&
    OPENING_WORDS.has(tokens[before]!.word)
  )
    before -= 1;
  return before < 0 || tokens[before]!.clause !== tokens[at]!.clause;
}

/** "this number is not accepting texts", "we don't accept solicitations", "no acepto mensajes". */
function notAccepting({ tokens, asked }: PartsInput): PartsRequest | undefined {
  if (asked) return undefined;
  for (let at = 0; at < tokens.length; at += 1) {
    const negator = NOT_ACCEPTING_NEGATORS.find((sequence) => startsWith(tokens, at, sequence));
    if (!negator) continue;
    const verb = at + negator.length;
    if (!ACCEPTING.has(word(tokens, verb) ?? '')) continue;
    const contact = contactAfter(tokens, verb + 1, 3);
    if (contact !== undefined) return { start: at, end: contact + 1 };
  }
  return undefined;
}

/**
 * "i want off your texts", "get me off this thing", "count me out of these txts", "how do i get out of this texting
 * thing?", "quiero salirme de esta lista": leaving what we send.
 */
function offWhatWeSend({ tokens, asked }: PartsInput): PartsRequest | undefined {
  if (asked && !HOW_DO_I.some((sequence) => startsWith(tokens, 0, sequence))) return undefined;
  for (let at = 1; at < tokens.length; at += 1) {
    const said = tokens[at]!.word;
    const leaving = said === 'off' || (said === 'out' && word(tokens, at + 1) === 'of');
    const leavingEs = LEAVING_ES.some((stem) => said.startsWith(stem)) && word(tokens, at + 1) === 'de';
    if (!leaving && !leavingEs) continue;
    const before = tokens.slice(Math.max(0, at - 3), at).map((token) => token.word);
    if (leaving && !before.some((w) => WANTING_OFF.has(w))) continue;
    const from = said === 'off' ? at + 1 : at + 2;
    const what = tokens
      .slice(from, from + 6)
      .findIndex((token) => token.clause === tokens[at]!.clause && OFF_OF_WHAT.has(token.word));
    if (what < 0 || !tokens.slice(from, from + what).every((token) => OFF_BETWEEN.has(token.word))) continue;
    return { start: at, end: from + what + 1 };
  }
  return undefined;
}

/** "i'd appreciate it if you stopped texting me", "it would be great if you quit calling". */
function askedAsAKindness({ tokens }: PartsInput): PartsRequest | undefined {
  for (let at = 0; at + 2 < tokens.length; at += 1) {
    if (tokens[at]!.word !== 'if' || !['you', 'u', 'yall'].includes(tokens[at + 1]!.word)) continue;
    const frame = tokens.slice(Math.max(0, at - 4), at).map((token) => token.word);
    if (!frame.some((w) => BY_PARTS.kindnesses.includes(w))) continue;
    let cease = at + 2;
    if (BY_PARTS.modals.includes(word(tokens, cease) ?? '')) cease += 1;
    if (!CEASING.has(word(tokens, cease) ?? '')) continue;
    const contact = contactAfter(tokens, cease + 1, 2);
    if (contact !== undefined) return { start: at, end: contact + 1 };
  }
  return undefined;
}

const CEASING_CUES = set(BY_PARTS.ceasingCues);
const NOT_BETWEEN = set([
  ...BY_PARTS.notBetween,
  ...SENT_HOME_KINDS.filter((kind) => !WHOLE_OF_WHAT_WE_SEND.has(kind)),
]);
/** Our messages as nouns only ("call" and "text" are verbs too: "stop the bot and have jorge call me"). */
const OUR_MESSAGES = set(
  [...CHANNEL_NOUNS, ...CHANNEL_NOUNS_ES, ...BY_PARTS.contactNouns].filter(
    (noun) => !CONTACT_VERBS.includes(noun),
  ),
);

/**
 * A word of ceasing, then our messages within five words, none of which narrows or places them elsewhere, and the
 * messages left whole ("please cancel all future texts to me", "les solicito que cesen todo envío de mensajes", "stand
 * down on the texts and calls for good", "párenle a los texts"): a stop by its two parts, whatever words join them.
 * Not asked, not under a condition, not someone else who stops ("i stopped the texts from zillow" is the lead's own).
 */
function ceasedOverOurMessages({ tokens, asked }: PartsInput): PartsRequest | undefined {
  if (asked) return undefined;
  for (let at = 0; at < tokens.length; at += 1) {
    if (!CEASING_CUES.has(tokens[at]!.word) || !leadSpeaks(tokens, at)) continue;
    for (let next = at + 1; next <= at + 6 && tokens[next]?.clause === tokens[at]!.clause; next += 1) {
      const said = tokens[next]!.word;
      if (NOT_BETWEEN.has(said) || isDigit(said[0])) break;
      if (!OUR_MESSAGES.has(said)) continue;
      // the last of our messages in a row ("text alerts", "texts and calls")
      let last = next;
      while (
        OUR_MESSAGES.has(word(tokens, last + 1) ?? '') ||
        (JOINS.has(word(tokens, last + 1) ?? '') && OUR_MESSAGES.has(word(tokens, last + 2) ?? ''))
      )
        last += OUR_MESSAGES.has(word(tokens, last + 1) ?? '') ? 1 : 2;
      return leftWhole(tokens, last) ? { start: at, end: last + 1 } : undefined;
    }
  }
  return undefined;
}

const WELCOME_CHANNELS = set(WELCOME_CHANNEL_WORDS);
const WELCOME_BETWEEN = set(BY_PARTS.welcomeBetween);
const PREFERENCES = set(BY_PARTS.preferences);

/**
 * A channel welcome by its parts: a channel, at most four words that say nothing against it, a preference ("texting
 * here is better for us", "email is really fine", "whatsapp aquí es mejor"): tokens of each welcome.
 */
export function welcomesByParts(tokens: readonly Token[]): PartsRequest[] {
  const found: PartsRequest[] = [];
  for (let at = 0; at < tokens.length; at += 1) {
    if (!WELCOME_CHANNELS.has(tokens[at]!.word)) continue;
    for (let next = at + 1; next <= at + 6 && tokens[next]?.clause === tokens[at]!.clause; next += 1) {
      const said = tokens[next]!.word;
      if (PREFERENCES.has(said)) {
        found.push({ start: at, end: next + 1 });
        break;
      }
      if (!WELCOME_BETWEEN.has(said)) break;
    }
  }
  return found;
}

const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';
