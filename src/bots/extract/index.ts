import {
  CONFESSING_WORDS,
  CORRECTING_WORDS,
  FIGURE_CORRECTIONS,
  RETRACTING_WORDS,
} from '../lexicon/optout.js';
import { anyOf, isDigit, isFoldedLetter, wordsOf } from '../read/words.js';
import {
  ACTED_FOR_PEOPLE,
  SPOUSE_TAKING_OVER,
  THIRD_PARTIES,
  THIRD_PERSON_SUBJECTS,
  THIRD_PERSON_WISH_WORDS,
} from '../lexicon/people.js';
import { NO_WORDS, PLACES_INSTEAD, PREFERRING_WORDS } from '../lexicon/areas.js';
import { NOT_THE_HOUSE_NUMBER, NUMBER_REPLACED_WORDS } from '../lexicon/address.js';
import {
  BUYING_NEXT_WORDS,
  INHERITING_WORDS,
  PURCHASE_BUDGET_WORDS,
  SALE_PROCEEDS_WORDS,
  MENDED_NOW_WORDS,
  NEEDED_FROM_SALE,
  WANTED_HOME_WORDS,
} from '../lexicon/seller.js';
import { COUNT_ADDED, SAID_BEFORE as SIZE_SAID_BEFORE, WANTING_COUNT_WORDS } from '../lexicon/size.js';
import {
  BUDGET_NAMES,
  LIMIT_TOLD_TO_OTHERS,
  MONEY_NO_OBSTACLE,
  OFFER_ASKED,
  TOP_OF_OUR_RANGE,
} from '../lexicon/money.js';
import { MOVING_IN_WORDS, OWN_MOVE, TAKING_BACK_WORDS, TIED_TO_THEIR_DATE_PHRASES } from '../lexicon/time.js';
import {
  fromOwnContrast,
  withoutClauses,
  namesAnotherHome,
  namesSomeoneElse,
  ownPart,
  ownVoice,
  withoutHomeNow,
} from '../read/others.js';
import { detectLanguage } from '../lang.js';
import { lastWord } from '../read/last-word.js';
import { readText, type ReadText } from '../read/read-text.js';
import { oneOf, phraseBook, tokenise } from '../read/phrases.js';
import { BUYER_QUESTIONS, copyData, type JorgeState, type SlotName, type Slots } from '../state.js';
import { BATHROOM_WORD, BEDROOM_WORD, countWords, fold, sentences, TAKE_BACK } from '../text.js';
import { findLeadQuestion } from '../lead-question.js';
import type { QuestionSlot } from '../questions.js';
import { topicModel, type MODEL_ANSWERS, type ModelAnswer } from '../topic-model/model.js';
import { blankAddresses, extractAddress } from './address.js';
import { moneySpans, scanAmounts } from './amount.js';
import {
  areasAdded,
  areasTurnedDown,
  extractAreaAnswer,
  saysAnyArea,
  extractAreaList,
  extractAreas,
  placesTakenUp,
  saysOnlyThese,
  isAreaNonAnswer,
} from './areas.js';
import { extractCondition } from './condition.js';
import { extractFinancing, revisitsFinancing } from './financing.js';
import { extractMotivation } from './motivation.js';
import { extractMustHaves } from './must-haves.js';
import {
  budgetMoved,
  extractBudget,
  namesALimit,
  extractPrice,
  ownersWish,
  restatesValue,
  saidAsWish,
  wishesAPrice,
  savedForCash,
  takesUpTheirLimit,
  takesUpTheirPrice,
  wishedPrice,
} from './price.js';
import { correctedCount, countTurnedDown, extractBathrooms, extractSize, relativeBedrooms } from './size.js';
import {
  extractBuyerTimeline,
  type BuyerTimeline,
  extractSellerTimeline,
  isNonAnswer,
  isUnsureAnswer,
  plansChanged,
  saysDuration,
} from './timeline.js';

export interface ExtractContext {
  text: string;
  /** The step's read text of `text` (read-text.ts), shared with every other reader of the step. */
  read?: ReadText;
  nowMs: number;
  knownAreas: readonly string[];
  /** The tenant's time zone: relative dates resolve against today there. */
  timeZone: string;
  lang: 'en' | 'es';
  /** Slots the model read from the same message: they fill only what the rules left unknown. */
  modelSlots?: Slots;
  /**
   * The Fair Housing questions taken out of `text` ("is etiwanda a safe area?"): the fixed line answers them, but
   * a place they name is still one the lead is looking at.
   */
  askedAbout?: string;
  /**
   * The lead's own questions taken out of `text` and kept for the agent ("is it realistic to find something under
   * 600?"): the reach a question states is still the lead's budget when none is known.
   */
  keptQuestion?: string;
  /** The lead writes for someone else (`JorgeState.writesFor`): what "he", "she" or "they" say is theirs. */
  writesFor?: boolean;
  /**
   * A call is being set up and the message names a time for it ("saturday afternoon is good for us"): its day and
   * time are the call's, never the move's, unless it names the move ("we'd move in june, call me friday").
   */
  callTimeSaid?: boolean;
  /** The question the lead saw when this message switched the bot's kind (the new bot has asked nothing yet). */
  switchedFrom?: QuestionSlot;
}

const BUYER_MODEL_SLOTS: SlotName[] = ['budget', 'financing', 'size', 'urgency', 'areas'];
const SELLER_MODEL_SLOTS: SlotName[] = ['address', 'motivation', 'condition', 'priceExpectation'];
const NEUTRAL_MODEL_SLOTS: SlotName[] = ['address', 'size', 'financing', 'areas', 'urgency'];

/** Fills, from the model's reading, the allowed slots that are still empty after the rules; records the source. */
function fillFromModel(
  state: JorgeState,
  context: ExtractContext,
  allowed: SlotName[],
  filled: SlotName[],
): void {
  const model = context.modelSlots;
  if (!model) return;
  for (const slot of allowed) {
    const value = model[slot];
    if (value === undefined || state.slots[slot] !== undefined) continue;
    (state.slots as Record<string, unknown>)[slot] = copyData(value);
    state.sources = { ...state.sources, [slot]: 'model' };
    filled.push(slot);
  }
}

/**
 * A slot reader's result on the context's text, made once per step for the same reader and options (the lead bot
 * reads one message as a buyer's, a seller's and a neutral lead's): a view of the step's read text. Each caller gets
 * its own copy of an object, so a slot filled with it is never shared.
 */
function once<T>(context: ExtractContext, key: string, make: () => T): T {
  const read = context.read;
  if (!read || read.raw !== context.text) return make();
  const value = read.derive(key, make);
  return typeof value === 'object' && value !== null ? copyData(value) : value;
}

const MOVE_NAMED = phraseBook(
  MOVING_IN_WORDS.map((words) => ({ cue: 'move' as const, words: words.replaceAll(' ', '+'), always: true })),
);
/** The lead states its own move: "we want to be in before the baby comes", "queremos mudarnos en 2 meses". */
const OWN_MOVE_SAID = phraseBook([
  {
    cue: 'own_move' as const,
    words: `${oneOf(OWN_MOVE.who)} ~3 ${oneOf(OWN_MOVE.move)}`,
    always: true,
    clause: true,
  },
]);
const TIED_TO_THEIR_DATE = phraseBook(
  TIED_TO_THEIR_DATE_PHRASES.map((words) => ({ cue: 'tied' as const, words })),
);
/**
 * The date someone else's clause gives, when the lead's own words tie its move to it ("el lease de mi mamá se acaba en
 * 8 semanas y vivimos juntas, so by then"): the whole message's time.
 */
function tiedToTheirDate(whole: ExtractContext, own: ExtractContext) {
  if (own.text === whole.text || TIED_TO_THEIR_DATE.find(tokenise(fold(own.text))) === undefined)
    return undefined;
  // (their clauses' date first, when the lead's own clauses were blanked in place: not the lead's "sooner is better")
  const theirs =
    own.text.length === whole.text.length
      ? [...whole.text].map((char, at) => (own.text[at] === ' ' ? char : ' ')).join('')
      : undefined;
  const theirDate = theirs === undefined ? undefined : extractBuyerTimeline(readText(theirs), when(whole));
  return theirDate ?? extractBuyerTimeline(whole.read ?? readText(whole.text), when(whole));
}
/** The move's time said in the message (the lead's own words first), none when only a call's time is said. */
function moveTimeline(context: ExtractContext, voice: string | undefined, volunteered: boolean) {
  const read = context.read ?? readText(context.text);
  const options = { ...when(context), volunteered };
  if (context.callTimeSaid && MOVE_NAMED.find(tokenise(read.folded)) === undefined) return undefined;
  return (
    (voice !== undefined ? extractBuyerTimeline(voice, options) : undefined) ??
    extractBuyerTimeline(read, options)
  );
}

const BUDGET_NAMED: ReadonlySet<string> = new Set(BUDGET_NAMES);
/** The message names a budget as such: "budget", "rango", "price range", "hasta", "max", "up to". */
function namesTheBudget(text: string): boolean {
  const words = tokenise(fold(text)).map((token) => token.word);
  return words.some((word, at) => BUDGET_NAMED.has(word) || (word === 'up' && words[at + 1] === 'to'));
}

/**
 * A date said while another question stood and no time was known yet; not once the time was asked and left
 * unanswered ("uy no sé, depende...", then later "bueno, ya lo pensé: en unos dos meses" answers it).
 */
const volunteersTheTime = (state: JorgeState): boolean =>
  state.asking !== 'urgency' &&
  state.asking !== 'leadTimeline' &&
  state.slots.urgency === undefined &&
  !state.skipped.includes('urgency') &&
  (state.misses.urgency ?? 0) === 0;

function when(context: ExtractContext) {
  return { nowMs: context.nowMs, timeZone: context.timeZone, lang: context.lang };
}

/** A figure said in place of another: "make it 700", "actually 650", "3 beds, not 4". */
const CORRECTION_FIGURES = new RegExp(
  `${wordsOf(FIGURE_CORRECTIONS.before)}(?: (?:${anyOf(FIGURE_CORRECTIONS.fillers)}))? \\$?\\d+(?:\\.\\d+)?\\s*(?:k|mil)?\\b(?!\\s*(?:${anyOf(FIGURE_CORRECTIONS.notAfter)}))|\\b\\d+(?:\\.\\d+)?\\s*k?\\s*(?:${BEDROOM_WORD}|${BATHROOM_WORD})?,? (?:${anyOf(FIGURE_CORRECTIONS.instead)}) \\d`,
);
/**
 * The lead corrects what it said ("i meant 4 bedrooms not 3", "sorry, make that 650", "perdón, quise decir 3
 * recámaras"): what this message says replaces what an earlier one said.
 */
const CORRECTION = new RegExp(`${wordsOf(CORRECTING_WORDS)}|${CORRECTION_FIGURES.source}`);

/** A message that opens by taking back what was said and gives a number ("perdón, hasta 700", "no wait, 550 max"). */
const OPENS_TAKING_BACK = new RegExp(`${TAKE_BACK}\\$?\\d`);

/** A spouse who takes over the phone ("hi this is his wife", "soy el esposo"): what they say replaces what was said. */
const SPOUSE_SPEAKS = new RegExp(wordsOf(SPOUSE_TAKING_OVER));

/**
 * The lead's own voice when the message reports someone else's (read/others.ts `ownVoice`), unless it restates a value
 * said before ("i said 600 earlier but my husband says 675 is the real max" quotes the lead's old word).
 */
function leadVoice(text: string): string | undefined {
  return restatesValue(fold(text)) ? undefined : ownVoice(text);
}

export function isCorrection(text: string): boolean {
  const folded = fold(text);
  return (
    CORRECTION.test(folded) ||
    OPENS_TAKING_BACK.test(folded) ||
    restatesValue(folded) ||
    SPOUSE_SPEAKS.test(folded)
  );
}

/** The 30 or 45 days of the seller's timeline question, named ("30 días está bien", "45 days works"). */
const NAMES_THE_DAYS = /\b(?:30|45|treinta|cuarenta y cinco)\s*(?:days?|dias?)\b/;

/** A message that opens by saying the last answer was wrong: "wait no, ...", "no, espera", "sorry, i meant". */
const OPENS_RETRACTING = new RegExp(`^[\\s,.;!-]*${wordsOf(RETRACTING_WORDS)}`);
/** Said of a home that needed work and is ready now: "we fixed the roof, now its move in ready". */
const MENDED_NOW = new RegExp(wordsOf(MENDED_NOW_WORDS));
/**
 * A message that opens by telling the truth after an answer: "bueno la verdad sí necesita trabajo", "honestly...", "ah
 * no, espéreme, se me olvidaba: ...", "¡Carallo! Casi se me olvida: ..." (up to three words before it).
 */
const OPENS_CONFESSING = new RegExp(
  `^[\\s,.;:!¡-]*(?:[a-z']+[\\s,.;:!¡-]+){0,3}?${wordsOf(CONFESSING_WORDS)}`,
);

/** A message that opens by taking back what was said, whatever follows ("no, espera, sí...", "actually, yes"). */
const OPENS_RETAKING = new RegExp(`${TAKE_BACK}[a-z]`);
const opensTakingBack = (text: string): boolean => OPENS_RETAKING.test(fold(text));

/** The message takes back an earlier answer first: it is not an answer to the question asked now ("no wait, 550"). */
const takesBackFirst = (text: string): boolean => OPENS_TAKING_BACK.test(fold(text));

/**
 * Fills an empty slot (or one holding a stall default); a later answer never erases an earlier one, except an
 * explicit correction (`replace`), which overwrites what it names (a size keeps the parts it does not name).
 */
export function fill<K extends SlotName>(
  state: JorgeState,
  slot: K,
  value: Slots[K] | undefined,
  filled: SlotName[],
  replace = false,
): void {
  if (value === undefined) return;
  const previous = state.slots.size;
  // (a size known without its bedrooms takes them when they come: "2 baths minimum", then "3 beds")
  const partial = slot === 'size' && previous !== undefined && previous.bedrooms === undefined;
  const replaceable = replace || partial || state.defaulted.includes(slot) || state.skipped.includes(slot);
  if (state.slots[slot] !== undefined && !replaceable) return;
  state.slots[slot] =
    (replace || partial) && slot === 'size' && previous !== undefined
      ? ({ ...previous, ...(value as Slots['size']) } as Slots[K])
      : value;
  state.defaulted = state.defaulted.filter((name) => name !== slot);
  state.skipped = state.skipped.filter((name) => name !== slot);
  filled.push(slot);
}

const OFFER = phraseBook(OFFER_ASKED.map((words) => ({ cue: 'offer' as const, words, always: true })));
/** A question of the lead's that asks whether the seller would take a figure, as a statement; else undefined. */
function offerAsked(question: string): string | undefined {
  const said = question.replaceAll('?', ' ');
  return OFFER.find(tokenise(fold(said))) !== undefined ? said : undefined;
}

const WANTING: ReadonlySet<string> = new Set(WANTING_COUNT_WORDS);
/** The lead says it needs or wants something ("we need like 2 baths minimum", "queremos 2 baños"). */
const wantsACount = (text: string): boolean => tokenise(fold(text)).some((token) => WANTING.has(token.word));

const OWN_HOME: ReadonlySet<string> = new Set(['ours', 'mine', 'nuestra', 'nuestro', 'mia', 'mio']);
/** The lead's own home named against someone else's ("ours we're just curious", "pero la nuestra está bien"). */
const namesOwnHome = (text: string): boolean =>
  tokenise(fold(text)).some((token) => OWN_HOME.has(token.word));

const PAIRINGS = [' and i ', ' and me ', ' me and ', ' y yo ', ' yo y '];
/** Another person paired with the lead as one subject ("the ex and I are splitting everything"): the lead's own. */
const pairedWithTheLead = (folded: string): boolean =>
  PAIRINGS.some((pairing) => ` ${folded} `.includes(pairing));

/**
 * What a seller's message says of the home and of the reason to sell, read the same way for the seller bot and for
 * the lead bot's routing (which needs no price nor timeline): the address, the reason and the home's condition.
 */
function sellerFacts(context: ExtractContext, askedMotivation: boolean) {
  const { text } = context;
  const address = once(context, 'address', () => extractAddress(text));
  // "my neighbor is selling because of a divorce, we're selling because we need more room": the seller's own clauses.
  const read = context.read?.raw === text ? context.read : readText(text);
  const writesFor = { writesFor: context.writesFor === true };
  // ("hers is a fixer, mine's turnkey": from where the seller turns to its own)
  const turned = fromOwnContrast(text);
  const own = namesSomeoneElse(read.words) ? ownPart(turned, writesFor) : turned;
  const motivationAsked = { asked: askedMotivation, writesFor: context.writesFor === true };
  const ownMotivation = own !== text ? extractMotivation(own, motivationAsked) : undefined;
  const whole = extractMotivation(text, motivationAsked);
  // A relative's death said of the relative is the seller's reason ("my mom passed in march"); a relative who inherited
  // is not ("my sister just inherited our mom's house").
  const theirInheritance =
    ownMotivation !== undefined && whole.motivation === 'inherited' && inheritedBySomeoneElse(text, own);
  // ...and someone else's divorce is theirs ("una amiga se está divorciando y vendió su casa con ustedes"), unless the
  // lead writes for them and does not turn to its own home ("we're just helping her ... ours we're just curious").
  const theirDivorce =
    ownMotivation !== undefined &&
    whole.motivation === 'divorce' &&
    (!context.writesFor || namesOwnHome(own)) &&
    !pairedWithTheLead(read.folded);
  // ...and a reason told only of someone else is none of the seller's ("my neighbor sold hers and moved to reno").
  const onlyTheirs =
    ownMotivation?.motivation === undefined && whole.motivation === 'other' && countWords(own) <= 3;
  const motivation =
    ownMotivation !== undefined &&
    ((ownMotivation.motivation !== undefined && ownMotivation.motivation !== 'other') ||
      theirInheritance ||
      theirDivorce ||
      onlyTheirs)
      ? ownMotivation
      : whole;
  // The home's own condition, not another's ("the house next door is a total fixer but ours is move in ready", "it's
  // in good shape. my sister's place needs a ton of work"); what a relative says of it is the home's when the seller's
  // own clauses say nothing of it ("my dad says the house needs a lot of work").
  const ownCondition = own !== text ? extractCondition(own) : undefined;
  const condition = namesAnotherHome(read) ? extractCondition(own) : (ownCondition ?? extractCondition(text));
  return { address, writesFor, own, motivation, condition };
}

/**
 * The seller facts that route a lead (lead.ts `intentFromFacts`): the slots `extractSellerSlots` fills on a scratch
 * state with no slot known and no question asked among the address, a classified reason and the condition, read
 * without the price, the timeline and the purchase that routing does not look at.
 */
export function routingSellerFacts(context: ExtractContext): SlotName[] {
  const { address, motivation, condition } = sellerFacts(context, false);
  const facts: SlotName[] = [];
  if (address !== undefined) facts.push('address');
  if (motivation.motivation !== undefined && motivation.motivation !== 'other') facts.push('motivation');
  if (condition !== undefined) facts.push('condition');
  return facts;
}

/**
 * The address and the reason a message states, as a scratch seller reading with no slot known and no question asked
 * reads them (lead.ts reads them in the messages said before the lead chose to sell).
 */
export function statedSellerFacts(
  context: ExtractContext,
): Pick<Slots, 'address' | 'motivation' | 'relocationDestination'> {
  const { address, motivation } = sellerFacts(context, false);
  return {
    ...(address !== undefined ? { address } : {}),
    ...(motivation.motivation !== undefined ? { motivation: motivation.motivation } : {}),
    ...(motivation.destination !== undefined ? { relocationDestination: motivation.destination } : {}),
  };
}

/**
 * The topic model's reading of an answer to the seller question asked (the seller's own clauses, `own`), for a
 * reason or a condition the rules read no value of; none for another question or a non-answer.
 */
function modelledAnswer<Asked extends ModelAnswer>(
  asked: Asked,
  state: JorgeState,
  context: ExtractContext,
  own: string,
): (typeof MODEL_ANSWERS)[Asked][number] | undefined {
  if (state.asking !== asked || isNonAnswer(context.text)) return undefined;
  return topicModel.answer(asked, own, detectLanguage(own) ?? context.lang);
}

/** Seller slots (DOMAIN.md section 3). The timeline is read only once motivation was known before this message. */
export function extractSellerSlots(state: JorgeState, context: ExtractContext): SlotName[] {
  const filled: SlotName[] = [];
  const { text } = context;
  const correcting = isCorrection(text);
  const tail = once(context, 'last word', () => lastWord(text));
  const motivationKnown = state.slots.motivation !== undefined;
  const { address, writesFor, own, motivation, condition } = sellerFacts(
    context,
    state.asking === 'motivation',
  );
  fillAddress(state, filled, text, address, tail, correcting);
  // A reason named later replaces an answer that named none ("other"): "relocating to nashville for work".
  // ...and so does one named after a move to nowhere said ("estamos pensando en mudarnos", then "ya somos 4 y el
  // townhouse tiene 2 cuartos": every seller moves; the reason is the room).
  const unnamed =
    (state.slots.motivation === 'other' && motivation.motivation !== 'other') ||
    (state.slots.motivation === 'relocation' &&
      state.reasonInPassing === true &&
      state.slots.relocationDestination === undefined &&
      motivation.motivation !== undefined &&
      motivation.motivation !== 'other' &&
      motivation.motivation !== 'relocation');
  // ...and so does one told as the truth ("le voy a ser honesto, no es por el trabajo. nos estamos divorciando").
  const confessed =
    motivation.motivation !== undefined &&
    motivation.motivation !== state.slots.motivation &&
    OPENS_CONFESSING.test(fold(text));
  // The reason asked and not read by the rules (or read as "other"): the topic model's reading of the seller's own
  // clauses, if it is sure of one ("Kids have all flown the coop, it's just the missus and me rattling round four
  // bedrooms"; not a friend's divorce).
  const modelled =
    motivation.motivation === undefined || motivation.motivation === 'other'
      ? modelledAnswer('motivation', state, context, own)
      : undefined;
  fill(state, 'motivation', modelled ?? motivation.motivation, filled, correcting || unnamed || confessed);
  if (filled.includes('motivation') && state.asking !== 'motivation') state.reasonInPassing = true;
  else if (filled.includes('motivation')) delete state.reasonInPassing;
  fill(state, 'relocationDestination', motivation.destination, filled);
  // The 30-45 days are read once the reason is known, or with it when named ("nos vamos a guadalajara, y sí, 45 días
  // está bien").
  const namesTheDays = state.slots.motivation !== undefined && NAMES_THE_DAYS.test(fold(text));
  if (motivationKnown || namesTheDays) {
    // "my daughter moves to oregon next year but thats her. for me 30 days is fine": the seller's own clauses.
    // (a house number is no count of days: "es en 7419 day creek blvd")
    const timeline = extractSellerTimeline(
      blankAddresses(own),
      state.asking === 'timelineAccepted',
      when(context),
    );
    if (timeline) {
      // "no sé, depende" then "ok, 45 días nos funciona": a later yes to the 30-45 days replaces an unsure answer
      // ("te aviso en una semana" does not).
      const decides =
        timeline.accepted &&
        (timeline.urgency === '30-45 days' || timeline.urgency === 'asap') &&
        isUnsureAnswer(state.slots.timelineUrgency);
      // "no, es muy poco tiempo" then "no, espera, sí aceptamos los 45 días": an answer that opens by taking back
      // the one given replaces it.
      // ...and so does one that names the days again ("bueno sí, 30 días está bien" after a no).
      const retaken =
        timeline.accepted !== state.slots.timelineAccepted &&
        (opensTakingBack(text) || NAMES_THE_DAYS.test(fold(text)));
      fill(state, 'timelineAccepted', timeline.accepted, filled, correcting || decides || retaken);
      fill(state, 'timelineUrgency', timeline.urgency, filled, correcting || decides || retaken);
    }
  }
  // "wait no, actually it's move in ready": a condition that opens by retracting the last one replaces it ("actually
  // it needs work" alone adds to what was said and does not).
  // ...and so does one that opens by telling the truth ("bueno la verdad sí necesita trabajo").
  // ...and so does a home called ready now after the work it needed ("we fixed the roof, now its move in ready").
  const recondition =
    (condition !== state.slots.condition &&
      (OPENS_RETRACTING.test(fold(text)) || OPENS_CONFESSING.test(fold(text)))) ||
    (state.slots.condition === 'needs_work' && condition === 'move_in_ready' && MENDED_NOW.test(fold(own)));
  // The condition asked and not read by the rules: the topic model's reading of the seller's own clauses, if it is
  // sure of one ("Uay, está toda fregada, se llueve el techo").
  const modelledCondition =
    condition === undefined ? modelledAnswer('condition', state, context, own) : undefined;
  fill(state, 'condition', condition ?? modelledCondition, filled, correcting || recondition);
  // A seller who also buys ("sell ours, then buy; pre-approved for 900k"): the clauses about the purchase hold its
  // budget and financing, kept for the buying part; the sale price is read from the other clauses only.
  const { sale, purchase } = purchaseClauses(text, context.switchedFrom === 'budget');
  if (purchase) {
    fill(state, 'financing', extractFinancing(purchase, { asked: false }), filled);
    fill(state, 'budget', extractBudget(purchase, { asked: true }), filled);
    fill(state, 'areas', extractAreas(purchase, context.knownAreas), filled);
    fill(state, 'size', extractSize(purchase, { asked: false }), filled);
  }
  // The seller's own voice first ("mis hermanos want 800 pero yo digo 720"), then its own clauses; a price someone
  // else listed or got ("my neighbor listed at 899") only when the seller takes it up ("so we're hoping around there").
  // A correction of a price said before reads its bare numbers as the price again ("no wait, i'd be happy with 850").
  // (a price left at the stall's default is still an open question: "he says 715 and we'd be happy")
  // ...and so does a price known, said again as a wish ("con 630 estamos bien" after 600).
  const knownPrice = state.slots.priceExpectation;
  const askedPrice = {
    asked:
      state.asking === 'priceExpectation' ||
      state.defaulted.includes('priceExpectation') ||
      (knownPrice !== undefined && (correcting || wishesAPrice(sale))),
  };
  const ownSale = ownPart(sale, writesFor);
  const voice = leadVoice(sale);
  const voicePrice = voice !== undefined ? extractPrice(voice, askedPrice) : undefined;
  const readPrice = voicePrice ?? extractPrice(ownSale, askedPrice);
  const heard =
    wishedPrice(voicePrice !== undefined ? voice! : ownSale, readPrice) ??
    readPrice ??
    (takesUpTheirPrice(sale) ? extractPrice(sale, { ...askedPrice, theirs: true }) : undefined) ??
    (ownSale !== sale && ownersWish(sale) ? extractPrice(sale, askedPrice) : undefined);
  // The price of the listing the lead writes from is that home's, not the seller's ("if it gets 719 what would ours
  // get?"), unless the seller takes it up.
  const price = heard === state.listingPrice && !takesUpTheirPrice(sale) ? undefined : heard;
  // "like 700, wait no, make it 750": the message's last word, read as the price again.
  const pricing = price !== undefined || askedPrice.asked || state.slots.priceExpectation !== undefined;
  const laterPrice =
    tail !== undefined && pricing ? extractPrice(ownPart(tail, writesFor), { asked: true }) : undefined;
  // "we want 650 now" after 600: a price said again as the seller's wish replaces the one before.
  const rewished =
    price !== undefined &&
    state.slots.priceExpectation !== undefined &&
    price !== state.slots.priceExpectation &&
    // ...or as the wish of the owners the lead sells with or for ("mis hermanos dicen que mínimo 525")
    (saidAsWish(sale, price) || voicePrice === price || (ownSale !== sale && ownersWish(sale)));
  fill(
    state,
    'priceExpectation',
    laterPrice ?? price,
    filled,
    correcting || laterPrice !== undefined || rewished,
  );
  fillFromModel(state, context, SELLER_MODEL_SLOTS, filled);
  return filled;
}

/**
 * Whether a clause about someone else says that they inherited ("my sister just inherited our mom's house", "mi
 * hermano heredó la casa"): their inheritance, not the seller's. A relative's death said of the relative ("my mom
 * passed away in march") is the seller's reason, and is read from the whole text.
 */
function inheritedBySomeoneElse(text: string, own: string): boolean {
  const theirs = Array.from(text, (char, at) => (own[at] === char ? ' ' : char)).join('');
  return INHERITING.test(fold(theirs));
}
const INHERITING = new RegExp(wordsOf(INHERITING_WORDS));

const BUDGET_WORD = new RegExp(wordsOf(PURCHASE_BUDGET_WORDS));

/**
 * A clause about the home the lead buys next, with no word of the sale: "and then buy something bigger in etiwanda",
 * "we want to buy en chino hills".
 */
const BUYING = new RegExp(wordsOf(BUYING_NEXT_WORDS));
const SELLING = /\b(?:sell|selling|sold|sale|vender|vendemos|venta)\b/;
/** Phrases of the sale's money and of the home wanted by its size, one book: which one a clause says. */
const COUNT_ADDED_BOOK = phraseBook(
  COUNT_ADDED.map((words) => ({ cue: 'added' as const, words, always: true })),
);

const NEEDED = phraseBook(NEEDED_FROM_SALE.map((words) => ({ cue: 'needed' as const, words, always: true })));
const PURCHASE_CUES = phraseBook([
  ...SALE_PROCEEDS_WORDS.map((words) => ({ cue: 'proceeds' as const, words, always: true })),
  ...WANTED_HOME_WORDS.map((words) => ({ cue: 'wanted' as const, words, always: true })),
]);

const CONTRAST_OPENERS: ReadonlySet<string> = new Set(['but', 'pero', 'aunque', 'though', 'however', 'sin']);

/**
 * The message split into what is about the sale and what is about the purchase: a clause that names a purchase budget
 * (BUDGET_WORD) or speaks of buying and not of the sale (BUYING). When the lead saw the buyer's budget question, a
 * clause with an amount and no word of the sale answers it ("hasta ochocientos podríamos, pero ocupamos vender
 * primero nuestra casa": the budget, no price for the sale).
 */
function purchaseClauses(text: string, budgetAsked: boolean): { sale: string; purchase?: string } {
  const clauses = text.split(/(?<=[,.;!?])\s+|\s+(?=(?:and then|then|y luego|luego|y despues|but|pero)\b)/i);
  // ("her transfer got approved for 6 weeks from now": an approval with no amount is no purchase)
  const budgeted = (clause: string) =>
    (BUDGET_WORD.test(clause) && moneySpans(clause).length > 0) ||
    (budgetAsked && !saleSpoken && extractBudget(clause, { asked: true }) !== undefined);
  // ...and the clauses after one, until the sale is spoken of again ("for the next one we're pre approved up to 800,
  // 4 bedrooms").
  let onPurchase = false;
  // After the home wanted is described by its size, the clauses with no amount say more of it ("algo más grande en
  // fontana, 4 recámaras"); one with an amount may be the sale's again ("something smaller. we'd want around 875").
  let wanted = false;
  let sentenceEnded = false;
  // (the budget question is answered before the sale is spoken of: "we need to sell ours first, we want 610 for it")
  let saleSpoken = false;
  const buying = clauses.filter((clause) => {
    const folded = fold(clause);
    const selling = SELLING.test(folded);
    saleSpoken ||= selling;
    const cue = PURCHASE_CUES.find(tokenise(folded))?.cue;
    if (selling) onPurchase = wanted = false;
    // ("depende de lo que cueste la que vamos a comprar, pero mínimo 560 mil", "... decides what we can buy, así que
    // lo más que se pueda. mínimo 900": a contrast or a new sentence after the purchase is the sale's again)
    const first = folded.trimStart().split(' ')[0] ?? '';
    if (sentenceEnded || CONTRAST_OPENERS.has(first)) onPurchase = false;
    const last = clause.trimEnd().at(-1) ?? '';
    sentenceEnded = last === '.' || last === '!' || last === '?';
    // ("we need at least 590 to make the next one work": the sale's figure, named for the purchase it pays for)
    if (NEEDED.find(tokenise(folded))) return false;
    // ("lo pagaríamos cash con lo de la venta, unos 350": paid with the sale's money, the purchase)
    if (budgeted(folded) || cue === 'proceeds' || (BUYING.test(folded) && !selling)) onPurchase = true;
    const describesWanted = cue === 'wanted' && !selling;
    const more = wanted && extractBudget(clause, { asked: false }) === undefined;
    wanted ||= describesWanted;
    return onPurchase || describesWanted || more;
  });
  if (buying.length === 0) return { sale: text };
  return { sale: clauses.filter((clause) => !buying.includes(clause)).join(' '), purchase: buying.join(' ') };
}

const TOP_OF_RANGE = phraseBook(
  TOP_OF_OUR_RANGE.map((words) => ({ cue: 'top' as const, words, always: true })),
);
const YES_TO_LISTING =
  /^\s*(yes|yeah|yep|yup|sure|it is|that'?s (fine|in (my|our) range|about right)|that works|definitely|absolutely|si|claro|esta bien|entra)\b/;
/** ...or money said to be no obstacle: "budget's not an issue, paying cash". */
const NO_OBSTACLE = phraseBook(MONEY_NO_OBSTACLE.map((words) => ({ cue: 'yes' as const, words })));
const yesToTheListing = (text: string): boolean =>
  YES_TO_LISTING.test(fold(text)) || NO_OBSTACLE.find(tokenise(fold(text))) !== undefined;

/**
 * Every amount of the message that could be a budget is a lender's figure (an approval, a letter): none is the lead's
 * own. A count under 100 ("2 kids") and a figure set aside as another cost ("the hoa cant be over 300") are none.
 */
function onlyLendersFigures(text: string): boolean {
  const { amounts } = scanAmounts(fold(text));
  const figures = amounts.filter(
    (amount) => !(amount.bare && amount.value < 100) && amount.aside === undefined,
  );
  return figures.length > 0 && figures.every((amount) => amount.approved && !amount.ownCeiling);
}

/** The areas but a freeway whose number is one of the budget's amounts in thousands ("near the 650": $650k). */
function withoutAmounts(areas: string[], budget: { min?: number; max?: number }): string[] | undefined {
  const amounts = [budget.min, budget.max]
    .filter((amount) => amount !== undefined)
    .map((amount) => `near the ${amount / 1000}`);
  const kept = areas.filter((area) => !amounts.includes(area));
  return kept.length > 0 ? kept : undefined;
}

/**
 * The context with the clauses about someone else blanked (read/others.ts): "my sister has a pre-approval" and "my
 * parents moved to temecula" are not the buyer's financing or areas.
 */
function ownContext(whole: ExtractContext): ExtractContext {
  // "her lender says she's pre-qualified for 300. me, nope": from where the lead turns to itself.
  const turned = fromOwnContrast(whole.text);
  const context = turned === whole.text ? whole : { ...whole, text: turned, read: readText(turned) };
  const read = context.read?.raw === context.text ? context.read : readText(context.text);
  if (!namesSomeoneElse(read.words)) return context;
  const own = ownPart(context.text, { writesFor: context.writesFor === true });
  return own === context.text ? context : { ...context, text: own, read: readText(own) };
}

const SPOKEN_OF: ReadonlySet<string> = new Set(THIRD_PERSON_SUBJECTS);
const TOLD_TO_OTHERS = phraseBook(
  LIMIT_TOLD_TO_OTHERS.map((words) => ({ cue: 'others' as const, words, always: true })),
);
/** A limit the lead sets for someone else ("i told my son to stay under 420, thats him not us"). */
const limitToldToOthers = (text: string): boolean => TOLD_TO_OTHERS.find(tokenise(fold(text))) !== undefined;
/**
 * The text without its clauses that set a limit for someone else (the lead's own figures are read from the rest),
 * found on the step's tokens first (most messages set none).
 */
function withoutLimitsToldToOthers(context: ExtractContext): string {
  const { text } = context;
  const tokens = context.read?.raw === text ? context.read.tokens : tokenise(fold(text));
  if (TOLD_TO_OTHERS.find(tokens) === undefined) return text;
  return withoutClauses(text, (words) => TOLD_TO_OTHERS.find(tokenise(words.join(' '))) !== undefined);
}
const THEIR_WISH: ReadonlySet<string> = new Set([...THIRD_PERSON_WISH_WORDS, 'needs', 'prefers']);
/** Someone in the message wants or needs something ("mi mamá necesita que sea de una planta", "my dad needs a ramp"). */
const householdWish = (text: string): boolean =>
  tokenise(fold(text)).some((token) => THEIR_WISH.has(token.word));
/**
 * The text without the clauses whose subject is "he", "she" or "they" (read/others.ts `ownPart`), when one is: what
 * they do and where is theirs ("claremont or la verne. he drives to the yard in chino every day").
 */
function withoutTheirClauses(text: string, writesFor: boolean): string {
  return tokenise(fold(text)).some((token) => SPOKEN_OF.has(token.word))
    ? ownPart(text, { writesFor })
    : text;
}

/**
 * The lead's own clauses without those about the home it has now ("we currently live in a 3 bed in rialto"): the size
 * and the places of the home it looks for are read from these.
 */
function wantedContext(context: ExtractContext): ExtractContext {
  const wanted = withoutHomeNow(context.text);
  return wanted === context.text ? context : { ...context, text: wanted, read: readText(wanted) };
}

/**
 * The address said, in place of the one known when the lead corrects it: "It's 8845 Carnelian St, no wait, 8854" (the
 * house number said last replaces the one said first), a whole address said last ("es el 9318 Hillside Rd... no
 * perdón, 9381 Hillside Rd"), or the same street said again with another number ("es 9043 Banyan St" after "9034
 * Banyan St"). A number turned down after the address is the known one it replaces, not the new one ("es 9043 Banyan
 * St, no 9034").
 */
function fillAddress(
  state: JorgeState,
  filled: SlotName[],
  text: string,
  address: string | undefined,
  tail: string | undefined,
  correcting: boolean,
): void {
  if (address === undefined) return;
  const known = state.slots.address;
  const renumbered = tail !== undefined ? renumber(address, tail) : undefined;
  const turnedDown = renumbered !== undefined && renumbered === known && address !== known;
  const readdressed = addressSaidLast(text, tail);
  const restated = known !== undefined && streetOf(known) === streetOf(address) && known !== address;
  const renumberedAnew = turnedDown ? undefined : renumbered;
  const corrected = correcting || restated || readdressed !== undefined || renumberedAnew !== undefined;
  fill(state, 'address', readdressed ?? renumberedAnew ?? address, filled, corrected);
}
/** An address's street, without its house number ("9034 Banyan St": "banyan st"). */
const streetOf = (address: string): string => fold(address.slice(address.indexOf(' ') + 1));

/**
 * The address a message's last word gives (`lastWord`: the words after its last take-back), as the lead wrote it when
 * the folded text kept every letter's place.
 */
function addressSaidLast(text: string, tail: string | undefined): string | undefined {
  const said = tail !== undefined ? extractAddress(tail) : undefined;
  if (said === undefined) return undefined;
  const folded = fold(text);
  const at = folded.lastIndexOf(said);
  return at >= 0 && folded.length === text.length ? text.slice(at, at + said.length) : said;
}

/**
 * The address with the house number a take-back gives in its first words ("8854, i always flip those two", "its 6381,
 * fat fingers"), if it gives one.
 */
function renumber(address: string, tail: string): string | undefined {
  // The number within the first words ("its 6381, fat fingers", "es 3247, me comí los números"), alone in its clause
  // or set against the one it replaces ("its 2209 not 2290"), not "650 is our price".
  const words = tail.split(' ').slice(0, 4);
  const at = words.findIndex((word) => isDigits(withoutMark(word)));
  if (at < 0) return undefined;
  const said = words[at]!;
  const number = withoutMark(said);
  const closes = said !== number || at === words.length - 1 || REPLACED.has(words[at + 1] ?? '');
  // (not another number of the address: "sorry zip is 91730 not 91701", "unit 12")
  const before = words.slice(0, at);
  if (!closes || before.some((word) => ![...word].every(isFoldedLetter) || NOT_THE_HOUSE.has(word)))
    return undefined;
  // The same count of digits, and no price in the number's own clause ("wait no, 650 is our price"; not "1934. i hit
  // like 600 stops a day").
  const space = address.indexOf(' ');
  const clause = said === number ? words.join(' ') : words.slice(0, at + 1).join(' ');
  if (space !== number.length || extractPrice(clause, { asked: false }) !== undefined) return undefined;
  return `${number}${address.slice(space)}`;
}
const REPLACED: ReadonlySet<string> = new Set(NUMBER_REPLACED_WORDS);
const NOT_THE_HOUSE: ReadonlySet<string> = new Set(NOT_THE_HOUSE_NUMBER);
const withoutMark = (word: string): string => (',.!'.includes(word.at(-1) ?? '') ? word.slice(0, -1) : word);
const isDigits = (word: string): boolean =>
  word.length >= 2 && word.length <= 6 && [...word].every((char) => char >= '0' && char <= '9');

/**
 * The listing's price said as a figure of its own, not asked about: "765 works", "765k" or "765,000" for $765,000
 * (not "is the 765 firm?").
 */
function namesListingPrice(context: ExtractContext, price: number | undefined): boolean {
  if (price === undefined || price % 1000 !== 0) return false;
  const read = context.read?.raw === context.text ? context.read : readText(context.text);
  const figure = [String(price / 1000), price.toLocaleString('en-US')].find((word) => read.words.has(word));
  if (figure === undefined) return false;
  const after = read.folded.slice(read.folded.indexOf(figure));
  const asked = [...after].find((char) => char === '.' || char === '!' || char === '?') === '?';
  return !asked && !(findLeadQuestion(context.text)?.sentence.includes(figure) ?? false);
}

/**
 * What a message that quotes an earlier answer ("I said 2", "dije 2") says after its last "but" or "pero", or
 * undefined.
 */
function afterLastContrast(text: string, quoting: readonly string[]): string | undefined {
  const folded = fold(text);
  const at = Math.max(folded.lastIndexOf(' but '), folded.lastIndexOf(' pero '));
  if (at < 0 || !quoting.some((words) => folded.slice(0, at).includes(words))) return undefined;
  return folded.slice(folded.indexOf(' ', at + 1) + 1);
}

/**
 * The budget question answered with someone else's limit only ("she says nothing over 648, that's firm", "my husband
 * set 600 as the max"): the lead's own clauses hold no figure but a lender's ("my lender preapproved me for 600 but
 * she wants me to stay under 550"), so the limit set for the lead is the answer.
 */
function limitSetForTheLead(own: string, whole: string, askedBudget: boolean): boolean {
  return (
    askedBudget &&
    scanAmounts(fold(own)).amounts.every((amount) => amount.approved) &&
    namesALimit(whole) &&
    !limitToldToOthers(whole)
  );
}

/** Buyer slots (DOMAIN.md section 4.2), from the lead's own clauses. */
export function extractBuyerSlots(state: JorgeState, whole: ExtractContext): SlotName[] {
  const filled: SlotName[] = [];
  const context = ownContext(whole);
  const { text } = context;
  const correcting = isCorrection(text);
  const tail = once(context, 'last word', () => lastWord(text));
  // A correction is about what was said: its bare numbers read as the answer to that question again.
  // A bare amount of three digits answering the bedroom question ("650") can only be the budget.
  const amountForSize = state.asking === 'size' && /^\s*\$?[1-9]\d{2}\s*k?\s*[.!]*\s*$/.test(fold(text));
  // ...and so does a budget said to have moved ("el credit union nos subió a 560").
  // ...and so does the listing's own price named in a message ("765 works, we're paying cash" on a $765,000 page).
  const askedBudget =
    state.asking === 'budget' ||
    amountForSize ||
    (state.slots.budget !== undefined && (correcting || budgetMoved(text))) ||
    (state.slots.budget === undefined && namesListingPrice(context, state.listingPrice)) ||
    // the budget question asked before and left unanswered: figures said later answer it ("ok i looked at my numbers,
    // i think 500 to 550")
    (state.slots.budget === undefined &&
      (state.skipped.includes('budget') || (state.misses.budget ?? 0) > 0));
  const budgetAsked = { asked: askedBudget, answering: state.asking !== undefined };
  // The lead's own voice first when the message also reports someone else's ("my wife wants 700 but i say 650").
  const voice = leadVoice(text);
  // The lead's own figure against someone else's replaces the one known ("700k max", then "my husband says 700 but
  // i'm not comfortable over 650").
  // (not when the lead's own voice only tells a lender's figure and someone sets its limit: "my lender preapproved me
  // for 600 but she wants me to stay under 550")
  const voicedOnly =
    voice !== undefined && !limitSetForTheLead(voice, text, askedBudget)
      ? extractBudget(voice, budgetAsked)
      : undefined;
  // ("between four fifty and five hundred thousand depending on what the lender says": a range's high end is no one
  // else's word; the voice cut the range at its "and")
  const wholeRange = voicedOnly?.max !== undefined ? extractBudget(text, budgetAsked) : undefined;
  const voiced =
    wholeRange?.min !== undefined && wholeRange.min === voicedOnly?.max ? wholeRange : voicedOnly;
  // "my mom wont sign for anything over 450 so thats our cap": someone else's limit, taken up.
  // ("el banco me aprobó 660 mil pero mi señora quiere que no pasemos de 575": the lead's own clauses hold the
  // lender's figure only, the household's limit is in the rest)
  const householdLimit =
    voice === undefined && text !== whole.text && limitSetForTheLead(text, whole.text, askedBudget)
      ? extractBudget(whole.text, budgetAsked)
      : undefined;
  let budget =
    voiced ??
    householdLimit ??
    once(context, `budget ${askedBudget} ${budgetAsked.answering}`, () =>
      extractBudget(withoutLimitsToldToOthers(context), budgetAsked),
    ) ??
    (text !== whole.text && takesUpTheirLimit(text) ? extractBudget(whole.text, budgetAsked) : undefined);
  // ("paying cash out of a heloc, roughly 480-520": a range of two bare hundreds, said by a buyer with no budget yet, is
  // its budget when read as the answer it would be; not a credit score, a down payment or square feet)
  if (!budget && state.slots.budget === undefined && !askedBudget) budget = bareRangeSaid(text);
  // ("what kind of stuff is out there for under 500k?": the ceiling the lead's own question states, when none is known;
  // not a figure it asks about, "they want 725 for it?")
  if (!budget && state.slots.budget === undefined && context.keptQuestion !== undefined) {
    const asked = extractBudget(context.keptQuestion, { asked: false });
    if (asked?.max !== undefined && asked.min === undefined) budget = asked;
  }
  // ("would the seller take 500 cash?": the offer the lead asks about is its own ceiling)
  const offer = context.keptQuestion !== undefined ? offerAsked(context.keptQuestion) : undefined;
  if (!budget && state.slots.budget === undefined && offer !== undefined) {
    const offered = extractBudget(offer, { asked: true })?.max;
    if (offered !== undefined) budget = { max: offered };
  }
  if (!budget && askedBudget && state.listingPrice && !state.misses.budget && yesToTheListing(text)) {
    budget = { min: Math.round(state.listingPrice * 0.8), max: state.listingPrice };
  }
  // "ya thats right at the top of our range": the page's price is the ceiling, asked or said first on the page ("is it
  // still available? and yeah thats about our max"), in a sentence that asks nothing and counts nothing ("3 bedrooms,
  // that's our max").
  if (
    !budget &&
    (askedBudget || state.slots.budget === undefined) &&
    state.listingPrice &&
    sentences(text).some(
      (sentence) =>
        !sentence.includes('?') &&
        ![...sentence].some(isDigit) &&
        TOP_OF_RANGE.find(tokenise(fold(sentence))) !== undefined,
    )
  )
    budget = { max: state.listingPrice };
  // A budget moved since ("update: podemos subir a 680k") replaces the known one; its floor stays below the new top.
  const knownBudget = state.slots.budget;
  // ("update: preapproval letter came in, 610 is the number on it" after "525 or under": a lender's figure alone moves
  // no budget the lead said)
  const moved =
    budget !== undefined &&
    knownBudget !== undefined &&
    (budgetMoved(text) || plansChanged(text)) &&
    (!onlyLendersFigures(text) || takesUpTheirLimit(text));
  if (
    moved &&
    budget?.min === undefined &&
    budget?.max !== undefined &&
    (knownBudget?.min ?? Infinity) < budget.max
  )
    budget = { min: knownBudget?.min, max: budget.max };
  // "500k, wait no, make it 550": the message's last word, read as the budget again.
  const laterBudget =
    tail !== undefined && (budget !== undefined || knownBudget !== undefined || askedBudget)
      ? extractBudget(tail, { asked: true })
      : undefined;
  // "we'd rather keep the payment low tho, so 525 or under" after 480 to 600: a ceiling said below the known top
  // narrows the budget to it.
  const lowered =
    budget?.min === undefined &&
    budget?.max !== undefined &&
    knownBudget?.max !== undefined &&
    budget.max < knownBudget.max;
  // A budget named as such ("el rango sería entre 480 y 540", "hasta 530 podríamos") replaces one read from a message
  // that named none ("tenemos 60 mil para la entrega", "de renta pagamos 1,950"): a later explicit fact replaces an
  // inferred one.
  const named = namesTheBudget(text);
  // (not by a lender's figure: "tengo pre approval hasta 430" after "between 400 y 425", "she said we're good up to
  // 575" in a message about the approval)
  const approvalSaid =
    once(context, 'financing false', () => extractFinancing(text, { asked: false })) === 'pre_approved';
  const namedOverUnnamed =
    budget !== undefined &&
    state.budgetUnnamed === true &&
    named &&
    !approvalSaid &&
    !onlyLendersFigures(text);
  fill(
    state,
    'budget',
    laterBudget ?? budget,
    filled,
    correcting || voiced !== undefined || moved || lowered || laterBudget !== undefined || namedOverUnnamed,
  );
  if (filled.includes('budget')) {
    if (named) delete state.budgetUnnamed;
    else state.budgetUnnamed = true;
  }
  const askedFinancing = state.asking === 'financing' && !takesBackFirst(text);
  // (...and its way of paying: "would they take 550 if we pay cash?")
  const financing =
    once(context, `financing ${askedFinancing}`, () => extractFinancing(text, { asked: askedFinancing })) ??
    (offer !== undefined ? extractFinancing(offer, { asked: false }) : undefined);
  // A lead who still needed a lender and now says it is approved or pays cash has moved on: the later fact replaces
  // the earlier one ("ya estamos pre aprobados" after "todavía no").
  const financed = state.slots.financing === 'needs_lender' || state.slots.financing === 'unknown';
  const movedOn = financed && (financing === 'pre_approved' || financing === 'cash');
  // ...and one who speaks again of the approval or the cash it gave while saying something else ("oh wait, not
  // actually pre approved yet, still need a lender", "no es de contado, vamos a necesitar préstamo") says how it pays
  // now.
  // ...or says its plans changed ("actually we'll need a loan", "resulta que sí necesitamos préstamo").
  const paysOtherwise =
    financing !== undefined &&
    financing !== state.slots.financing &&
    (revisitsFinancing(text, state.slots.financing) || plansChanged(text));
  fill(state, 'financing', financing, filled, correcting || movedOn || paysOtherwise);
  // "vamos a comprar de contado, tenemos unos 450 mil ahorrados": a cash buyer's savings are its budget's ceiling.
  if (state.slots.financing === 'cash' && state.slots.budget === undefined)
    fill(state, 'budget', savedForCash(text), filled);
  const askedSize = state.asking === 'size' || (correcting && state.slots.size !== undefined && !budget);
  const known = state.slots.size;
  // The lead's own count against someone else's ("my mom wants us to get 5 bedrooms lol, we need 4").
  const countVoice = voice !== undefined ? ownVoice(text, { household: false }) : undefined;
  const wanted = wantedContext(context);
  // The size question answered with a household member's need only ("Mi mamá necesita que sea de una planta y 2
  // recámaras mínimo"): the home is theirs too.
  // ("one more bedroom than we have now, we're in a 2 bed": the count said against the home now)
  const relative = relativeBedrooms(text);
  const said =
    (relative !== undefined ? { bedrooms: relative } : undefined) ??
    (countVoice !== undefined ? extractSize(countVoice, { asked: askedSize }) : undefined) ??
    once(wanted, `size ${askedSize}`, () => extractSize(wanted.text, { asked: askedSize })) ??
    (state.asking === 'size' && context.text !== whole.text && householdWish(whole.text)
      ? extractSize(withoutHomeNow(whole.text), { asked: true })
      : undefined);
  const recount = known?.bedrooms !== undefined ? correctedCount(text, known.bedrooms) : undefined;
  // "son 5 recámaras, bueno no, con 4 la hacemos", "2 baths, no espera, 3": the message's last word about the size.
  const laterBathrooms =
    tail !== undefined && (said !== undefined || known !== undefined) ? extractBathrooms(tail) : undefined;
  // "dije 2 pero son 3 recámaras", "I said 2 but it's 3 bedrooms": a correction's count after its "but".
  const contrasted = known !== undefined ? afterLastContrast(text, SIZE_SAID_BEFORE) : undefined;
  const laterSize =
    tail !== undefined && (said !== undefined || known !== undefined)
      ? (extractSize(tail, { asked: true }) ??
        (laterBathrooms !== undefined ? { bathrooms: laterBathrooms } : undefined))
      : contrasted !== undefined
        ? extractSize(contrasted, { asked: false })
        : undefined;
  // ...or the bathrooms alone, asked or wanted, and nothing of the size known ("we need like 2 baths minimum")
  const bathroomsAlone =
    said === undefined && known === undefined && (askedSize || wantsACount(text))
      ? extractBathrooms(text)
      : undefined;
  const size =
    (laterSize ? { ...said, ...laterSize } : (said ?? recount)) ??
    (bathroomsAlone !== undefined ? { bathrooms: bathroomsAlone } : undefined);
  // ...and a count the lead says its need changed to ("we need 4 bedrooms after all, mum is moving in").
  // ...or says outright, unasked, of its own wish ("three bedrooms, two baths is perfect" after a count read before;
  // not "4 bedrooms would be nice too").
  const changed =
    said !== undefined &&
    (relative !== undefined ||
      plansChanged(text) ||
      // ...or turns the count known down by name ("stop looking at 1 bedrooms, he wants 3")
      (said.bedrooms !== undefined &&
        known?.bedrooms !== undefined &&
        said.bedrooms !== known.bedrooms &&
        countTurnedDown(text, known.bedrooms)) ||
      (said.bedrooms !== undefined &&
        known?.bedrooms !== undefined &&
        !askedSize &&
        COUNT_ADDED_BOOK.find(tokenise(fold(text))) === undefined));
  fill(
    state,
    'size',
    size,
    filled,
    correcting || changed || recount !== undefined || laterSize !== undefined,
  );
  // Bathrooms said on their own later ("y dos baños, se me olvidó") complete the size already known.
  // ...or correct them ("sorry i meant 3 baths not 2").
  // ...or come with the count already known ("3 bedrooms, 2 bath if possible" after "3 bedrooms").
  const sameCount = said === undefined || said.bedrooms === undefined || said.bedrooms === known?.bedrooms;
  const bathrooms =
    sameCount && known && (known.bathrooms === undefined || correcting) ? extractBathrooms(text) : undefined;
  if (known && bathrooms !== undefined && bathrooms !== known.bathrooms) {
    state.slots.size = { ...known, ...state.slots.size, bathrooms };
    filled.push('size');
  }
  // (a hurry tied to someone else's date is within it: "his parents' lease is up in 7 weeks so sooner is better")
  const own = moveTimeline(context, voice, volunteersTheTime(state));
  const tied = own === undefined || own.urgency === 'immediate' ? tiedToTheirDate(whole, context) : undefined;
  const timeline = tied ?? own;
  if (timeline) fillTimeline(state, timeline, text, filled, correcting);
  // (the places of a clause about "he", "she" or "they" are theirs: "he drives to the edison yard in chino")
  const placesText = withoutTheirClauses(wanted.text, context.writesFor === true);
  let areas =
    once(wanted, placesText === wanted.text ? 'areas' : 'own areas', () =>
      extractAreas(placesText, context.knownAreas),
    ) ??
    (wanted.text !== whole.text ? placesTakenUp(whole.text, context.knownAreas) : undefined) ??
    placesAskedAbout(context);
  if (state.asking === 'areas') {
    const answer = withoutTheirClauses(text, context.writesFor === true);
    areas = areas
      ? (extractAreaList(answer, context.knownAreas) ?? areas)
      : extractAreaAnswer(answer, context.knownAreas);
  }
  // "Diamond Bar, Chino Hills... wait no scratch that, i meant Chino and Ontario": the places after the message's last
  // take-back replace the ones it took back.
  // (not when it turns one down by name: "Fontana o Ontario... wait no, Upland not Ontario" keeps Fontana)
  const meant = tail !== undefined && areas ? extractAreas(tail, context.knownAreas) : undefined;
  const saidAfter = meant !== undefined ? fold(tail!) : '';
  const targeted =
    meant !== undefined &&
    context.knownAreas.some((area) => !meant.includes(area) && saidAfter.includes(fold(area)));
  if (areas && meant && meant.length < areas.length && !targeted) {
    const takenBack = areas.filter((area) => !meant.includes(area));
    areas = meant;
    const kept = state.slots.areas?.filter((area) => !takenBack.includes(area));
    if (kept !== undefined && kept.length > 0) state.slots.areas = kept;
    else delete state.slots.areas;
  }
  // A number the budget was read from is an amount, not a freeway ("somewhere near the 650" to the price question).
  if (areas && budget) areas = withoutAmounts(areas, budget);
  const dropped = areasTurnedDown(text, state.slots.areas ?? [], correcting);
  if (dropped.length > 0) {
    // "sorry, I meant Rialto, not Fontana": the places a correction names replace the ones it takes back; "scratch
    // fontana" alone takes it out (and the question comes back when none is left).
    const kept = (state.slots.areas ?? []).filter((area) => !dropped.includes(area));
    const next = [
      ...kept,
      ...(areas ?? []).filter((area) => !kept.includes(area) && !dropped.includes(area)),
    ];
    if (next.length > 0) {
      state.slots.areas = next;
      filled.push('areas');
    } else delete state.slots.areas;
  } else if (areas && state.slots.areas !== undefined && areasAdded(text, areas)) {
    // "also upland": added to the places already said.
    const known = state.slots.areas;
    state.slots.areas = [...known, ...areas.filter((area) => !known.includes(area))];
    filled.push('areas');
  } else if (
    areas &&
    state.slots.areas !== undefined &&
    (plansChanged(text) ||
      takesBackPlaces(text, areas, state.slots.areas) ||
      placesInstead(text, areas, state.slots.areas)) &&
    !sameAreas(areas, state.slots.areas)
  ) {
    // "hola de nuevo! me salió trabajo en rancho, ahora queremos comprar allá": the places of the new plan.
    state.slots.areas = areas;
    filled.push('areas');
  } else if (
    areas &&
    state.slots.areas !== undefined &&
    !text.includes('?') &&
    !sameAreas(areas, state.slots.areas) &&
    saysOnlyThese(text, areas)
  ) {
    // "Fontana only. Pomona rents don't pencil for me", "Chino Hills mejor": the one place said as the only one.
    state.slots.areas = areas;
    filled.push('areas');
  } else if (
    areas &&
    state.slots.areas !== undefined &&
    opensWithNewList(text, areas, state.slots.areas, context)
  ) {
    // "Montclair or Upland, near the Metrolink" when Pomona came from "my son is at Cal Poly Pomona": a list of places
    // that opens the message says where the lead looks now.
    state.slots.areas = areas;
    filled.push('areas');
  } else if (areas) {
    const known = state.slots.areas ?? [];
    const said = areas;
    // (a list that holds every known place is the lead's whole list, in its own order: "Fontana, Rialto, San
    // Bernardino" after Rialto came up)
    const merged = known.every((area) => said.includes(area))
      ? said
      : [...known, ...said.filter((area) => !known.includes(area))];
    // A list that names a known place again with others ("alta loma or etiwanda", when Alta Loma came from the first
    // message) is the lead's whole answer, even to another question.
    const restated = areas.some((area) => known.includes(area));
    if (
      merged.length > known.length &&
      (state.slots.areas === undefined || state.asking === 'areas' || restated)
    ) {
      state.slots.areas = merged;
      state.skipped = state.skipped.filter((name) => name !== 'areas');
      filled.push('areas');
    }
  }
  // "no preference", "donde sea": the areas question answered with no place (none is stored for it).
  if (
    state.asking === 'areas' &&
    areas === undefined &&
    state.slots.areas === undefined &&
    saysAnyArea(text, context.knownAreas)
  ) {
    state.slots.areasOpen = true;
    filled.push('areas');
  }
  addMustHaves(state, text, filled);
  fillFromModel(state, context, BUYER_MODEL_SLOTS, filled);
  recordNonAnswer(state, text, filled);
  return filled;
}

/**
 * "En Rialto", then "No, mejor en Upland": a message that opens by taking back what was said and names other places
 * only, not as a question, gives the places wanted now.
 */
const takesBackPlaces = (text: string, areas: readonly string[], known: readonly string[]): boolean =>
  (opensTakingBack(text) || OPENS_PREFERRING.test(fold(text))) &&
  !text.includes('?') &&
  !areas.some((area) => known.includes(area));
/**
 * "can you look in corona instead?", "búscame en rialto en vez de eso": other places only, said in place of the ones
 * known (asked as a request too).
 */
function placesInstead(text: string, areas: readonly string[], known: readonly string[]): boolean {
  const folded = ` ${tokenise(fold(text))
    .map((token) => token.word)
    .join(' ')} `;
  return (
    PLACES_INSTEAD.some((words) => folded.includes(` ${words} `)) &&
    !areas.some((area) => known.includes(area))
  );
}
/** "no, better in chino", "nah i'd rather upland": a no, then what the lead prefers. */
const OPENS_PREFERRING = new RegExp(
  `^[\\s,.;!-]*(?:${anyOf(NO_WORDS)})\\b[\\s,.!-]*(?:${wordsOf(PREFERRING_WORDS)}|[^.!?]{0,30}\\b(?:is|would be|es|seria|queda) (?:better|best|mejor)\\b)`,
);

/**
 * The message's first clause names two or more places, after at most a few words, not in a question, and leaves out a
 * place known before: the places the lead looks in now (DOMAIN.md 4.2a, a later explicit statement).
 */
function opensWithNewList(
  text: string,
  areas: readonly string[],
  known: readonly string[],
  context: ExtractContext,
): boolean {
  // (not a first sentence that asks: "Upland or Chino, which is safer?"; a question after it asks something else)
  const ends = ['.', '!', '?', '\n'].map((mark) => text.indexOf(mark)).filter((at) => at >= 0);
  const firstSentence = text.slice(0, ends.length > 0 ? Math.min(...ends) + 1 : text.length);
  if (
    firstSentence.includes('?') ||
    firstSentence.includes('¿') ||
    known.every((area) => areas.includes(area))
  )
    return false;
  const opening = fold(text).split(/[,.;!?\n]/)[0] ?? '';
  const named = extractAreas(opening, context.knownAreas);
  if (named === undefined || named.length < 2 || !sameAreas(named, areas)) return false;
  // at most a few words before the first place ("por", "somewhere near", "we like")
  const first = Math.min(...named.map((area) => opening.indexOf(fold(area))).filter((at) => at >= 0));
  return Number.isFinite(first) && opening.slice(0, first).split(' ').filter(Boolean).length <= 3;
}

const sameAreas = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((area) => b.includes(area));

/** Must-haves add up over the conversation ("single story" now, "and a pool" later); never asked, never replaced. */
function addMustHaves(state: JorgeState, text: string, filled: SlotName[]): void {
  const said = extractMustHaves(text);
  if (!said) return;
  const known = state.slots.mustHaves ?? [];
  const added = said.filter((name) => !known.includes(name));
  if (added.length === 0) return;
  state.slots.mustHaves = [...known, ...added];
  filled.push('mustHaves');
}

/**
 * The asked question answered with a non-answer ("not sure", "no sé", "depends", "open to anything"): recorded, so
 * the question comes back in its other wording, and nothing is stored.
 */
function recordNonAnswer(state: JorgeState, text: string, filled: SlotName[]): void {
  const asked = state.asking;
  if (!asked || !(BUYER_QUESTIONS as readonly string[]).includes(asked)) return;
  if (filled.includes(asked as SlotName)) return;
  if (!isNonAnswer(text) && !(asked === 'areas' && isAreaNonAnswer(text))) return;
  state.nonAnswers = { ...state.nonAnswers, [asked]: (state.nonAnswers?.[asked] ?? 0) + 1 };
}

/** The tenant's areas named in a Fair Housing question ("is etiwanda a safe area?"). */
function placesAskedAbout(context: ExtractContext): string[] | undefined {
  return context.askedAbout ? extractAreas(context.askedAbout, context.knownAreas) : undefined;
}

/**
 * While intent is unclear: only facts that mean the same for buyers and sellers; the address from the whole message,
 * the rest from the lead's own clauses.
 */
export function extractNeutralSlots(state: JorgeState, whole: ExtractContext): SlotName[] {
  const filled: SlotName[] = [];
  const correcting = isCorrection(whole.text);
  const address = once(whole, 'address', () => extractAddress(whole.text));
  const tail = address !== undefined ? once(whole, 'last word', () => lastWord(whole.text)) : undefined;
  fillAddress(state, filled, whole.text, address, tail, correcting);
  const context = ownContext(whole);
  const { text } = context;
  const askedSize = state.asking === 'size';
  const wanted = wantedContext(context);
  fill(
    state,
    'size',
    once(wanted, `size ${askedSize}`, () => extractSize(wanted.text, { asked: askedSize })),
    filled,
    correcting,
  );
  fill(
    state,
    'financing',
    once(context, 'financing false', () => extractFinancing(text, { asked: false })),
    filled,
    correcting,
  );
  // An amount said as a budget is the buyer's whichever way the lead goes ("budget is 800k", "podemos gastar
  // hasta 600"), and so is one said by a lead who pays cash ("tengo cash, 2 millones"); a bare amount could be a
  // seller's price and waits for the intent.
  if (BUDGET_WORD.test(fold(text)) || state.slots.financing === 'cash')
    fill(
      state,
      'budget',
      once(context, 'budget false', () => extractBudget(text, { asked: false })),
      filled,
      correcting,
    );
  fill(
    state,
    'areas',
    once(wanted, 'areas', () => extractAreas(wanted.text, context.knownAreas)) ??
      (wanted.text !== whole.text ? placesTakenUp(whole.text, context.knownAreas) : undefined) ??
      placesAskedAbout(context),
    filled,
  );
  const voice = leadVoice(text);
  const timeline = moveTimeline(context, voice, volunteersTheTime(state));
  if (timeline) fillTimeline(state, timeline, text, filled, correcting);
  fillFromModel(state, context, NEUTRAL_MODEL_SLOTS, filled);
  return filled;
}

/**
 * The move's time read from a message, over the one known when it is firmer or said again: a later explicit time
 * replaces an earlier one when the lead says its plans changed ("actually asap"), a firmer time one after a "no rush"
 * ("ok wait, the landlord wants us out in 4 weeks, so asap"), and a duration one read from a day or an event ("about
 * 3 months from now" after "this week" or "school starts").
 */
function fillTimeline(
  state: JorgeState,
  timeline: BuyerTimeline,
  text: string,
  filled: SlotName[],
  correcting: boolean,
): void {
  const firmer = state.slots.urgency === 'browsing' && timeline.urgency !== 'browsing';
  const explicit =
    state.slots.timeline !== undefined &&
    !saysDuration(state.slots.timeline) &&
    saysDuration(timeline.timeline);
  const changed =
    correcting ||
    firmer ||
    explicit ||
    timeline.retaken === true ||
    // a later explicit statement of the move replaces what was read before ("so honestly asap")
    (timeline.urgency !== state.slots.urgency &&
      (plansChanged(text) ||
        OWN_MOVE_SAID.find(tokenise(fold(text))) !== undefined ||
        // ...or one the message opens by taking the last back for ("no espérate, ... como en 5 meses"), when no one
        // else's move is told beside it ("no, espera, mi hija se muda a Riverside el mes que viene")
        (opensTakingBack(text) && !namesSomeoneOutside(text))));
  const takenBack = state.slots.timeline !== undefined && takesBackByName(text, state.slots.timeline);
  fill(state, 'urgency', timeline.urgency, filled, changed || takenBack);
  fill(state, 'timeline', timeline.timeline, filled, changed || takenBack);
}

const TAKING_BACK: ReadonlySet<string> = new Set(TAKING_BACK_WORDS);
/**
 * The message takes back the fact known as `known` by naming two of its words in a row within four words of a word
 * that takes back ("actually, scratch the four months; the landlord wants the unit back in six weeks").
 */
function takesBackByName(text: string, known: string): boolean {
  const words = tokenise(fold(text)).map((token) => token.word);
  const knownWords = tokenise(fold(known)).map((token) => token.word);
  return words.some((word, at) => {
    if (!TAKING_BACK.has(word)) return false;
    const after = words.slice(at + 1, at + 6);
    return after.some((said, k) =>
      knownWords.some(
        (first, j) => first === said && knownWords[j + 1] !== undefined && knownWords[j + 1] === after[k + 1],
      ),
    );
  });
}

/** A range of two bare hundreds ("480-520", "500 to 550"), read as the budget it would answer, when it reads so whole. */
function bareRangeSaid(text: string): ReturnType<typeof extractBudget> {
  const { amounts, ranges } = scanAmounts(fold(text));
  const hundreds = (at: number) =>
    amounts[at]!.bare && amounts[at]!.value >= 100 && amounts[at]!.value <= 999;
  const range = ranges.find(([low, high]) => hundreds(low) && hundreds(high));
  if (!range) return undefined;
  const read = extractBudget(text, { asked: true });
  return read?.min === amounts[range[0]]!.value * 1000 && read.max === amounts[range[1]]!.value * 1000
    ? read
    : undefined;
}

const SOMEONE_OUTSIDE: ReadonlySet<string> = new Set([...ACTED_FOR_PEOPLE, ...THIRD_PARTIES]);
/** The text names a relative or another person outside the lead's couple and children ("mi hija", "my neighbor"). */
const namesSomeoneOutside = (text: string): boolean =>
  tokenise(fold(text)).some((token) => SOMEONE_OUTSIDE.has(token.word));

/** Every slot of the current bot read from the text as volunteered facts (no question is being answered). */
export function extractSlotsOfKind(state: JorgeState, context: ExtractContext): SlotName[] {
  if (state.kind === 'seller') return extractSellerSlots(state, context);
  if (state.kind === 'buyer') return extractBuyerSlots(state, context);
  return extractNeutralSlots(state, context);
}
