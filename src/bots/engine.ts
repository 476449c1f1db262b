import { buyerStep, nextBuyerQuestion } from './buyer.js';
import { continueCall, offerCall } from './call.js';
import { disclosureLine } from './disclosure.js';
import { detectEscalation, type Escalation } from './escalation.js';
import { extractSlotsOfKind } from './extract/index.js';
import {
  agentWillConfirmLine,
  homeValueLine,
  findLeadQuestion,
  statedBefore,
  listingAnswer,
  showingLine,
  type LeadQuestion,
} from './lead-question.js';
import { declinedLine, noteWhen, stageFor } from './scheduling.js';
import { clockTime, day, timeOfDay } from './scheduling-parse.js';
import { readContact } from './contact-ask.js';
import { listen } from './listen.js';
import { finalizeTurn } from './finalize.js';
import { detectLanguage, nextLanguage } from './lang.js';
import { detectIntent } from './intent.js';
import { leadStep } from './lead.js';
import { writesForSomeone } from './read/others.js';
import { handoffLine, reengageLine, teamAway, welcomeBackLine } from './lines.js';
import {
  isBareOptIn,
  optOutReply,
  readOptOut,
  stopLanguage,
  trainedStop,
  type OptOutReading,
} from './optout.js';
import type { BotEffect, BotInput, BotStepResult } from './port.js';
import { currentQuestionText, reaskCurrent } from './prompt.js';
import { profileOf } from './handoff.js';
import { nextSellerQuestion, sellerStep } from './seller.js';
import { copyData, type JorgeState, type SlotName } from './state.js';
import { complianceAlerts, readSideTopics } from './side-topics.js';
import { sideTopicLine } from './topics.js';
import { textReader } from './read/read-text.js';
import { isDigit } from './read/words.js';
import { topicModel } from './topic-model/model.js';
import { respell } from './read/respell.js';
import { countWords, fold, readablePart, sentences, stripJsonBlobs } from './text.js';
import { extractContext, requestHandoff, say, switchKind, type LeadMessageInput, type Turn } from './turn.js';
import { canSwitch } from './switching.js';

const steps = {
  buyer: (turn: Turn): void => buyerStep(turn, steps.seller),
  seller: (turn: Turn): void => sellerStep(turn, steps.buyer),
};

/** One step of the Jorge bot: pure, the state in is never mutated. */
export function stepJorge(prev: JorgeState, input: BotInput): BotStepResult<JorgeState> {
  if (input.type === 'resume') return resume(prev, input);
  return onLeadMessage(prev, input);
}

/**
 * The whole text is searched for an opt-out and for a request for a person (both cheap, and neither may be
 * missed); everything else reads at most READ_LIMIT characters of it (text.ts readablePart: its start and its
 * end), so that a step's time stays bounded.
 */
function onLeadMessage(prev: JorgeState, message: LeadMessageInput): BotStepResult<JorgeState> {
  // Regional spellings are respelled once, before any reader sees the message ("queremo vendé" is "queremos vender").
  const whole: LeadMessageInput = { ...message, text: respell(message.text) };
  const input: LeadMessageInput = { ...whole, text: readablePart(whole.text) };
  const state = copyData(prev);
  state.lang = nextLanguage(state.lang, input.text, state.turns === 0);
  const reading = readOptOut(whole.text);
  // Claude's reading (with a key) and the trained opt-out reading add an opt-out the rules missed; a channel opt-out the
  // rules read ("don't text, call me") is no miss.
  const missed = reading === null && (whole.modelOptOut === true || trainedStop(whole.text));
  const signal = reading?.kind === 'channel' ? null : (reading?.kind ?? (missed ? 'opt_out' : null));
  const staffOwned = whole.owner === 'staff';
  if (state.optedOut && (signal !== 'opt_in' || staffOwned)) return { state: prev, effects: [] };
  if (signal === 'opt_out' && !state.optedOut) {
    state.lang = detectLanguage(input.text) ?? stopLanguage(whole.text) ?? state.lang;
    return optOut(state);
  }
  // Contact details are read whoever owns the conversation; the hub stores them on the lead.
  const contact = readContact(state, input.text);
  const effects: BotEffect[] = contact ? [{ type: 'contact_given', contact }] : [];
  if (staffOwned) return listen(prev, state, input, effects);
  const turn: Turn = { state, input, tenant: input.tenant, text: '', read: textReader(), effects };
  if (signal === 'opt_in' && state.optedOut) {
    state.optedOut = false;
    state.active = state.phase !== 'handoff' && state.phase !== 'closed';
    turn.effects.push({ type: 'opt_in' });
    turn.prefix = welcomeBackLine(state.lang);
    // "START. sorry my kid had my phone, we're preapproved btw": what follows the start is read as any message.
    if (!state.active || isBareOptIn(whole.text)) {
      if (state.active) reaskCurrent(turn);
      return finalizeTurn(prev, turn);
    }
  }
  if (!state.active) return contact ? { state, effects } : { state: prev, effects: [] };
  state.turns += 1;
  if (state.nurtureArmed) {
    turn.effects.push({ type: 'cancel_followups' });
    state.nurtureArmed = false;
  }
  const escalation =
    detectEscalation(stripJsonBlobs(whole.text), {
      agentName: input.tenant.agentName,
      // Under the review gate every scheduling question is held as a draft, so a high-value lead asking for a call
      // is handed to a person at once (the hand-off notice is never held): DOMAIN.md 4.3 and 5.
      scheduling: state.phase === 'scheduling' && !state.review,
      ...(state.writesFor ? { writesFor: true } : {}),
    }) ?? callInstead(reading);
  if (escalation) {
    // Facts given in the same message are kept for the agent picking the lead up, read by the bot the lead is for
    // ("cash buyer, 1.3m, need to move asap, call me" is a buyer's hand-off, with the buyer's slots and temperature).
    turn.text = readSideTopics(input.text, input.tenant.agentName, turn.read, state.lang).text;
    if (state.kind === 'lead' && state.phase === 'qualify') {
      const intent = detectIntent(turn.read(turn.text)).intent;
      if (intent !== 'unclear') switchKind(turn, intent);
    }
    readFacts(turn);
    const legal = escalation.kind === 'legal';
    requestHandoff(
      turn,
      legal ? `legal or distress matter: ${escalation.detail}` : 'lead asked for a person',
      legal,
    );
    say(turn, handoffLine(state.lang, input.tenant.agentName, legal, teamAway(input)), true);
    return finalizeTurn(prev, turn);
  }
  handleMessage(turn);
  return finalizeTurn(prev, turn);
}

/** A question by its form: a question mark, or how it opens ("is it safe", "how are the schools", "es seguro"). */
const ASKS =
  /\?\s*$|^\W*(is|are|how|what|whats|what's|which|do|does|any|es|son|como|que|cual|cuales|hay|esta|estan)\b/;

/** Side topics first (each answered with a fixed line), then the bot step on what is left of the message. */
function handleMessage(turn: Turn): void {
  const split = readSideTopics(turn.input.text, turn.tenant.agentName, turn.read, turn.state.lang);
  turn.effects.push(...complianceAlerts(split));
  turn.text = split.text;
  // "I'm helping my parents look": from here on, "they" are the buyers or sellers the lead writes for.
  if (!turn.state.writesFor && writesForSomeone(turn.text)) turn.state.writesFor = true;
  // "is etiwanda a safe area?": the fixed line answers it, and the place asked about is one the lead looks at ("we're
  // leaving fontana because of the crime" asks nothing, so it names no place to look at).
  const askedAbout = split.flagged.filter(
    ({ topic, sentence }) => topic === 'fair_housing' && ASKS.test(fold(sentence).trim()),
  );
  if (askedAbout.length > 0) turn.askedAbout = askedAbout.map(({ sentence }) => sentence).join(' ');
  delete turn.state.leadQuestion;
  const topic = split.topic;
  if (topic) {
    const agent = turn.tenant.agentName;
    turn.prefix =
      topic === 'disclosure'
        ? disclosureLine(turn.state.lang, agent)
        : sideTopicLine(topic, turn.state.lang, agent);
    turn.prefixKind = topic;
    // "what do you guys charge to sell a house?": the lead bot routes on the side topic's words too.
    if (topic !== 'injection' && turn.state.kind === 'lead' && turn.state.phase === 'qualify') {
      const intent = detectIntent(turn.read(turn.input.text)).intent;
      if (intent !== 'unclear' && detectIntent(turn.read(turn.text)).intent === 'unclear')
        switchKind(turn, intent);
    }
    if (countWords(turn.text) === 0) {
      if (turn.askedAbout) readFacts(turn);
      reaskCurrent(turn);
      return;
    }
  }
  const question =
    split.topic === 'injection'
      ? undefined
      : findLeadQuestion(turn.text, {
          worthMeansOwnHome: turn.input.context.listing === undefined && turn.state.kind !== 'buyer',
          ownHome: turn.state.kind === 'seller',
          model: questionModel(turn),
        });
  if (question && answerLeadQuestion(turn, question)) return;
  runBotStep(turn);
}

const MAX_OPEN_QUESTIONS = 5;

/** The trained reading of the lead's own question, in the conversation's language (`findLeadQuestion`). */
const questionModel = (turn: Turn) => ({ reader: topicModel, lang: turn.state.lang });

/**
 * Answers the lead's own question first (DOMAIN.md section 1.8). Returns true when the turn is complete (a showing
 * request started scheduling, or the message held nothing but the question and the current question is re-asked
 * without moving any counter).
 */
function answerLeadQuestion(turn: Turn, question: LeadQuestion): boolean {
  const { state } = turn;
  const lang = state.lang;
  if (question.topic === 'home_value') {
    state.leadQuestion = { topic: question.topic, source: 'home_value' };
    turn.answer = homeValueLine(lang, turn.tenant.agentName);
    // A home-value question is the seller path, even when the words hold no other seller cue.
    if (
      state.kind !== 'seller' &&
      state.phase === 'qualify' &&
      (state.kind === 'lead' || canSwitch(state.switches, state.kind, 'seller', turn.input.nowMs))
    ) {
      if (state.kind === 'lead') state.leadTurns += 1;
      // "4 beds. but we'd have to sell ours first, can you help with that too?": what the buyer said before the
      // question is kept ("... its a 3/2" after it is the home being sold).
      else {
        const before = turn.text.slice(0, Math.max(0, turn.text.indexOf(question.sentence)));
        if (before.trim() !== '') extractSlotsOfKind(state, extractContext({ ...turn, text: before }));
      }
      switchKind(turn, 'seller');
      steps.seller(turn);
      return true;
    }
    return false;
  }
  if (question.topic === 'showing') {
    state.leadQuestion = { topic: question.topic, source: 'showing' };
    if (state.phase === 'scheduling') return false;
    // "could jorge come look at my place? thinking about selling": the visit is set up by the bot the lead is for.
    if (state.kind === 'lead') {
      const intent = detectIntent(turn.read(turn.text)).intent;
      if (intent !== 'unclear') switchKind(turn, intent);
    }
    // "can we see it saturday? and what's the HOA?": the other questions are answered before the showing is set up.
    const others = answerFurtherQuestions(turn, withoutSentence(turn.text, question.sentence));
    if (others) turn.answer = others;
    turn.text = `${question.sentence} ${turn.text}`.trim();
    readFacts(turn);
    offerCall(turn, showingLine(lang));
    const scheduling = state.scheduling;
    if (scheduling && scheduling.stage !== 'slot') {
      // "could i swing by tomorrow around 5:30?": the day, the time of day and the exact time, said back.
      const { day: named, timeOfDay: part } = noteWhen(scheduling, fold(question.sentence), lang);
      if (part) scheduling.stage = stageFor(scheduling);
      const prompt = currentQuestionText(state, turn.tenant);
      if (prompt && (part || named)) turn.reply = { text: `${showingLine(lang)} ${prompt}`, fixed: false };
    }
    return true;
  }
  const listing = turn.input.context.listing;
  const fromListing = listingAnswer(question, listing, lang);
  if (fromListing) {
    state.leadQuestion = { topic: question.topic, source: 'listing' };
    turn.answer = fromListing;
  } else {
    state.leadQuestion = { topic: question.topic, source: 'agent' };
    turn.answer = agentWillConfirmLine(lang, turn.tenant.agentName);
    keepForAgent(turn, question.sentence);
  }
  // "does it have a pool? y cuánto es el HOA?": every further question is answered too, from the listing or kept
  // for the agent ("does it have a pool? is the price negotiable?"); a showing asked after it is set up below.
  // What the question's sentence states before it asks is still read ("4 bedrooms, cuantos tiene esta?").
  // ...where it was said ("4 beds. but we'd have to sell ours first, can you help with that too?").
  turn.text = inPlaceOf(
    turn.text,
    question.sentence,
    statedBefore(question.sentence, { butQualifies: state.phase === 'scheduling' }),
  );
  const others = answerFurtherQuestions(turn, turn.text);
  if (others) turn.answer = [...new Set([turn.answer, ...sentences(others)])].join(' ');
  const showing = findLeadQuestion(turn.text, {
    worthMeansOwnHome: false,
    model: questionModel(turn),
  });
  // (not a home the lead was just told is no longer for sale: "is this one still available? la queremos ver" on one
  // under contract)
  const forSale = ['active', 'coming_soon', undefined].includes(turn.input.context.listing?.availability);
  if (
    showing?.topic === 'showing' &&
    state.phase !== 'scheduling' &&
    (forSale || question.topic !== 'availability')
  ) {
    readFacts(turn);
    offerCall(turn, showingLine(lang));
    return true;
  }
  if (countWords(turn.text) > 0) return false;
  // Answered from the listing: the lead is engaged, the current question is asked again with no counter moved.
  // Left for the agent: the bot step runs on the question, so a lead who only asks questions still reaches the
  // loop guard (and a call with the agent) instead of going round in circles.
  if (fromListing) {
    reaskCurrent(turn);
    return true;
  }
  turn.text = question.sentence;
  return false;
}

/**
 * Up to two more questions of the message, answered from the listing or kept for the agent; `turn.text` loses
 * them. Stops at a showing or home-value question (set up by the caller). The answers, or undefined.
 */
function answerFurtherQuestions(turn: Turn, text: string): string | undefined {
  const { lang } = turn.state;
  const listing = turn.input.context.listing;
  const answers: string[] = [];
  let rest = text;
  for (let more = 0; more < 2; more++) {
    const next = findLeadQuestion(rest, {
      worthMeansOwnHome: false,
      model: questionModel(turn),
    });
    if (!next || next.topic === 'showing' || next.topic === 'home_value') break;
    const answer = listingAnswer(next, listing, lang);
    if (answer) {
      if (!answers.includes(answer)) answers.push(answer);
    } else {
      keepForAgent(turn, next.sentence);
      const line = agentWillConfirmLine(lang, turn.tenant.agentName);
      if (!answers.includes(line)) answers.push(line);
    }
    const left = withoutSentence(rest, next.sentence);
    // A question inside a sentence ("..., how much ...") is no sentence of its own: it is taken out where it stands.
    const after = left !== rest ? left : rest.replace(next.sentence, ' ').trim();
    if (after === rest) break;
    rest = after;
  }
  turn.text = rest;
  return answers.length > 0 ? answers.join(' ') : undefined;
}

const withoutSentence = (text: string, sentence: string): string => inPlaceOf(text, sentence, '');

/** The text with one of its sentences replaced (by '' to take it out). */
const inPlaceOf = (text: string, sentence: string, replacement: string): string =>
  sentences(text)
    .map((each) => (each === sentence ? replacement.trim() : each))
    .filter((each) => each !== '')
    .join(' ');

/** A question only the agent can answer: kept for the hand-off packet and the coach. */
function keepForAgent(turn: Turn, sentence: string): void {
  const { state } = turn;
  turn.openQuestion = turn.openQuestion ? `${turn.openQuestion} ${sentence}` : sentence;
  const open = state.openQuestions ?? [];
  if (!open.includes(sentence))
    state.openQuestions = [...open, sentence.slice(0, 300)].slice(-MAX_OPEN_QUESTIONS);
}

/** Reads every slot of the current bot from the turn's text (used where no question is being answered). */
function readFacts(turn: Turn, { callTimeSaid = false }: { callTimeSaid?: boolean } = {}): SlotName[] {
  return extractSlotsOfKind(turn.state, {
    ...extractContext(turn),
    ...(callTimeSaid ? { callTimeSaid } : {}),
  });
}

/** The fewest words of a message that talks of something else while a call is set up. */
const ASIDE_WORDS = 6;

function runBotStep(turn: Turn): void {
  const { state } = turn;
  if (state.phase === 'scheduling') {
    // Facts given while a call is being set up are still read ("mornings. btw we're pre-approved for 700k"); a
    // message that gives facts or asks its own question is no attempt at a pick ("alta loma or etiwanda", "any
    // without an HOA?"), so it is no failed pick either.
    // ...and neither is a question that names no time ("can you send me a few listings that fit?"; "saturday?" is a
    // pick): asked again, never the fallback.
    // ...and a day or a time said for the call is no time of the move ("saturday afternoon is good for us").
    const said = turn.text.trim();
    const folded = fold(said);
    const callTimeSaid = day(folded, state.lang) !== undefined || !!timeOfDay(folded) || !!clockTime(folded);
    const filled = readFacts(turn, { callTimeSaid });
    const asks = (said.endsWith('?') || said.startsWith('¿')) && !callTimeSaid;
    // ...nor is a message whose side topic was answered ("am I texting with a bot?", "do you take kickbacks?").
    // ...nor one of several words that names no time nor any number ("fyi we both work at the Ontario DC so the
    // commute from Montclair is easy"): it talks of something else.
    const talksOfElse = !callTimeSaid && countWords(said) >= ASIDE_WORDS && ![...said].some(isDigit);
    const aside =
      filled.length > 0 || turn.answer !== undefined || asks || turn.prefixKind !== undefined || talksOfElse;
    continueCall(turn, { aside });
    return;
  }
  if (state.phase === 'done') {
    readFacts(turn);
    if (state.callDeclined)
      say(turn, `${reengageLine(state.lang)} ${declinedLine(state.lang, turn.tenant.agentName)}`, true);
    else offerCall(turn, reengageLine(state.lang));
    return;
  }
  if (state.kind === 'lead') leadStep(turn, steps);
  else steps[state.kind](turn);
}

/**
 * A channel opt-out that stops texts and welcomes a call ("please don't text, just call", "no me textees, llámame
 * mejor"): the bot stops asking by text and hands the lead to a person, who calls.
 */
function callInstead(reading: OptOutReading | null): Escalation | null {
  if (reading?.kind !== 'channel' || !reading.stop.includes('text') || !reading.welcome.includes('call'))
    return null;
  return { kind: 'person', detail: 'lead asked for a call instead of texts' };
}

/** DOMAIN.md section 1.3: the fixed reply (never rephrased, never held for review), opt out, cancel, bot off. */
function optOut(state: JorgeState): BotStepResult<JorgeState> {
  state.optedOut = true;
  state.active = false;
  state.nurtureArmed = false;
  const effects: BotEffect[] = [
    { type: 'reply', text: optOutReply(state.lang), rephrase: false, lang: state.lang },
    { type: 'opt_out' },
    { type: 'cancel_followups' },
    { type: 'bot_off', reason: 'opted_out' },
    { type: 'update_profile', profile: profileOf(state), temperature: state.temperature },
  ];
  return { state, effects };
}

/** Released back to the bot (or re-enabled by an agent): the bot resumes at its current state, silently. */
function resume(prev: JorgeState, input: Extract<BotInput, { type: 'resume' }>): BotStepResult<JorgeState> {
  const state = copyData(prev);
  const effects: BotEffect[] = [];
  if (state.optedOut) {
    state.optedOut = false;
    effects.push({ type: 'opt_in' });
  }
  state.active = true;
  state.lowStreak = 0;
  if (state.phase === 'handoff' || state.phase === 'closed' || state.phase === 'scheduling') {
    delete state.handoffReason;
    delete state.scheduling;
    const pending =
      state.kind === 'seller'
        ? nextSellerQuestion(state)
        : state.kind === 'buyer'
          ? nextBuyerQuestion(state)
          : 'intent';
    state.phase = pending ? 'qualify' : 'done';
  }
  const turn: Turn = {
    state,
    input: {
      type: 'lead_message',
      text: '',
      seq: 0,
      nowMs: input.nowMs,
      tenant: input.tenant,
      context: input.context,
      recent: [],
    },
    tenant: input.tenant,
    text: '',
    read: textReader(),
    effects,
  };
  return finalizeTurn(prev, turn);
}
