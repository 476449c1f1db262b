import {
  APPROVAL_AHEAD,
  APPROVAL_ASKED,
  APPROVAL_DONE,
  APPROVAL_HELD,
  APPROVAL_LINKS,
  APPROVAL_PHRASES,
  APPROVED_WORDS,
  CASH_AFTER,
  CASH_FILLERS,
  CASH_LEADS,
  CASH_WORDS,
  LEAD_SUBJECTS,
  LENDER_WORDS,
  LOAN_WAYS,
  NEEDS_APPROVAL_PHRASES,
  NEEDS_LENDER_PHRASES,
  REST_FINANCED_PHRASES,
  PART_CASH_PHRASES,
  NO_LOAN_PHRASES,
  LENDER_APPROVAL_PHRASES,
  LENDER_CONTEXT,
  LENDER_SAID_NO,
  LENDER_WENT_NOWHERE,
  PENDING_ANSWER_PHRASES,
  PENDING_APPROVAL_PHRASES,
  NOT_A_LENDER,
  NEED_WORDS,
  NOT_NEEDED_AFTER,
  NOT_NEEDED_BEFORE,
  NOT_PAYING_AFTER,
  WAY_REFUSALS,
  INSTEAD_WORDS,
  WHOLE_PRICE_PHRASES,
  QUALIFIED_FOR_PHRASES,
  SPANISH_AUXILIARIES,
  NOT_STARTED,
  OTHER_CREDIT_WORDS,
  APPROVAL_OFFERERS,
  APPROVAL_ASKED_ABOUT,
  APPROVAL_HAVING,
  APPROVAL_NOT_HAD,
  APPROVAL_BECOMING,
  WAGES_PAID_IN_CASH,
} from '../lexicon/financing.js';
import { KIN, OTHER_SUBJECTS } from '../lexicon/seller.js';
import { DOWN_PAYMENT_NOUNS, LENDER_TOLD } from '../lexicon/money.js';
import { LAUGH_WORDS } from '../lexicon/optout.js';
import { moneySpans, scanAmounts } from './amount.js';
import { anyOf, wordsOf } from '../read/words.js';
import { oneOf, phraseBook, tokenise, type Token } from '../read/phrases.js';
import { blankHits, firstHit, locate } from '../read/phrase-offsets.js';
import { fold, negatedBefore, TAKE_BACK_ANYWHERE } from '../text.js';

export const FINANCING = ['pre_approved', 'cash', 'needs_lender', 'unknown'] as const;
export type Financing = (typeof FINANCING)[number];

/** A lender still to find, unless the lead pays cash all the same ("no lender, we're paying cash"). */
const QUALIFIED_FOR = phraseBook(
  QUALIFIED_FOR_PHRASES.map((words) => ({ cue: 'qualified' as const, words })),
);
/** (not a part of it: "the down payment we pay upfront", "el enganche de un jalón") */
const WHOLE_PRICE = phraseBook(
  WHOLE_PRICE_PHRASES.map((words) => ({
    cue: 'whole' as const,
    words,
    unless: 'down|downpayment|enganche|closing|deposit|deposito|escrow|costs|costos',
  })),
);
/** Not knowing yet, after "todavía no", "not yet" ("todavía no sé por cuánto"; not "todavía no se ha aprobado"). */
const NOT_KNOWING_YET = 'se+por|se+cuanto|se+si|se+que|se+$|sabemos|sabe|sure|know|decidimos|decided';
const REST_FINANCED = phraseBook(
  REST_FINANCED_PHRASES.map((words) => ({ cue: 'rest_financed' as const, words, always: true })),
);
const NEEDS_LENDER = phraseBook(
  NEEDS_LENDER_PHRASES.map((words) => ({
    cue: 'needs',
    words,
    always: true,
    unless: 'cash|efectivo|contado',
    // "todavía no sé por cuánto", "not yet sure how much": not knowing something, no lender missing
    notFollowedBy: NOT_KNOWING_YET,
  })),
);
/** ...and with part of the price in cash: the cash does not make the loan unneeded ("half cash, no lender yet"). */
const NEEDS_LENDER_FOR_THE_REST = phraseBook(
  NEEDS_LENDER_PHRASES.map((words) => ({
    cue: 'needs',
    words,
    always: true,
    notFollowedBy: NOT_KNOWING_YET,
  })),
);
const PART_CASH = phraseBook(
  PART_CASH_PHRASES.map((words) => ({ cue: 'part_cash' as const, words, clause: true })),
);
/**
 * The approval letter in hand ("got the letter already", "ya tenemos la carta"): an approval when the lender question
 * is the one asked or a loan is named beside it; a letter from the bank about a default or the taxes is no approval.
 */
const LENDER_WORDS_ES = 'banco|lender|prestamista|preaprobacion|aprobacion';
/** A letter about trouble is no approval ("the bank sent us a letter about the foreclosure"). */
const LETTER_NOT_AN_APPROVAL =
  'foreclosure|foreclose|foreclosing|default|remate|embargo|auction|irs|tax|taxes|impuesto|impuestos|eviction|desalojo|lien|demanda|lawsuit|missed|late|overdue|atrasados|atrasado|atraso|behind|collections|cobranza|aviso|notice';
const LETTER_IN_HAND = phraseBook([
  {
    cue: 'letter',
    words:
      'got|have|has|tengo|tenemos|tiene|dieron|dio|mandaron|mando|recibi|recibimos|sent|send|emailed|mailed|texted|forwarded|gave|enviaron|envio|paso|pasaron|sacamos ~2 letter|carta',
    clause: true,
    unless: LETTER_NOT_AN_APPROVAL,
  },
  // "la carta del banco ya la tenemos", "the lender's letter we have": the lender's letter named first
  {
    cue: 'lenders_letter',
    words: `carta del|de ${LENDER_WORDS_ES} ~3 tengo|tenemos|tiene`,
    clause: true,
    unless: LETTER_NOT_AN_APPROVAL,
  },
  {
    cue: 'lenders_letter',
    words: `tengo|tenemos|tiene ~2 carta del|de ${LENDER_WORDS_ES}`,
    clause: true,
    unless: LETTER_NOT_AN_APPROVAL,
  },
]);
const NEEDS_APPROVAL = phraseBook(NEEDS_APPROVAL_PHRASES.map((words) => ({ cue: 'needs', words })));
/** Loans for something else than the home ("the car loan", "la tarjeta"). */
const OTHER_LOANS =
  'carro|car|auto|truck|troca|tarjeta|card|personal|student|estudiantil|business|negocio|boat';

const OTHER_LOAN: ReadonlySet<string> = new Set(OTHER_LOANS.split('|'));
/** An approval that ran out or a loan denied, said of the home's loan ("nos negaron la tarjeta de crédito" is not). */
const expiredSaid = (tokens: readonly Token[]): boolean =>
  EXPIRED.hear(tokens).some(
    (hit) => !tokens.slice(hit.start, hit.end).some((token) => OTHER_LOAN.has(token.word)),
  );

/** An approval that ran out ("pre-approval expired", "la aprobación ya no vale"), in the same sentence. */
const EXPIRED = phraseBook([
  {
    cue: 'expired',
    words:
      'approv*|aprov*|aprob*|preapprov*|preaprov*|preaprob*|prequal*|qual*|precalifica* ~8 expired|lapsed|vencio|expiro|caduco|ran+out|ya+no+vale|ya+no+sirve|ya+no+es+valida|pulled+it|revoked|rescinded|withdrew|withdrawn|took+it+back|cancelled|canceled|retiro|retiraron|quito|quitaron|cancelo|cancelaron',
    always: true,
    // (an errand or another deal cancelled, not the approval: "ya estoy pre-approved, el banco me canceló una cita",
    // "pre-approved ya. me cancelaron la otra escrow")
    notFollowedBy:
      'una|la|el|mi|nuestra|nuestro|the|my|our|an|a|_ otra|otro|other|last|first|_ cita|appointment|appt|meeting|reunion|llamada|call|escrow|deal|contract|contrato|offer|oferta|sale|venta|lease|closing|cierre|compra|purchase',
    // ("pre-approved. the other escrow got cancelled")
    unlessInClause: 'escrow|deal|contract|contrato|offer|oferta|lease|cita|appointment|meeting',
  },
  // "nos cancelaron la preaprobación", "they pulled our approval"
  {
    cue: 'expired',
    words:
      'cancelaron|cancelo|quitaron|quito|retiraron|retiro|pulled|revoked|rescinded|withdrew|cancelled|canceled ~3 approv*|aprob*|preaprob*|preapprov*|precalifica*|prequal*',
    always: true,
  },
  // "ya me negaron la pre-aprobación", "we got denied for the loan"
  {
    cue: 'expired',
    words:
      'negaron|nego|rechazaron|rechazo|denied|rejected|declined|turned+down ~3 approv*|aprob*|preaprob*|preapprov*|prestamo|credito|loan|mortgage|hipoteca',
    always: true,
    notFollowedBy: `~3 ${OTHER_LOANS}`,
  },
  // a lender tried and nothing came of it: "talked to a lender at Chase but honestly didnt go anywhere", "hablé con el
  // banco pero no se pudo"
  {
    cue: 'expired',
    words: `${LENDER_CONTEXT} ~6 ${LENDER_WENT_NOWHERE}`,
    always: true,
    notFollowedBy: `~3 ${OTHER_LOANS}`,
  },
  // a lender's no, the lender named: "wells fargo turned us down", "el banco nos rechazó", "got denied by chase"
  {
    cue: 'expired',
    words: `${LENDER_CONTEXT} ~2 ${LENDER_SAID_NO}`,
    always: true,
    clause: true,
    // (not a loan for something else: "el banco me negó el préstamo del carro")
    notFollowedBy: `~3 ${OTHER_LOANS}`,
  },
  {
    cue: 'expired',
    words: `denied|rejected|declined|turned+down|rechazados|rechazado|rechazada|rechazadas by|from|at|with|por|en|del|de ~2 ${LENDER_CONTEXT}`,
    always: true,
    clause: true,
  },
]);
/** Approved, by its forms ("pre-approved", "preaprobados", "precalificados", "600k aprobados") or its phrases. */
const PRE_APPROVED = new RegExp(
  `\\b(?:pre[- ]?(?:ap+rov(?:ed|e|al)|qual+if(?:ied|ed|y)|qual+'?e?d|aprobad[oa]s?)|(?:pre ?)?calificad[oa]s?|(?:\\d{3,}|\\d+\\s*(?:k|mil|lucas?)) (?:aprobad[oa]s?|approved)|(?:credito|prestamo|hipoteca|financiamiento) (?:ya )?(?:pre ?)?aprobad[oa]|(?:nos|me|ya) (?:pre[- ]?)?(?:aprobaron|aprobo|calificaron|califico)|(?:loan|mortgage|financing) (?:is |already )?(?:approved|in place|secured|ready))\\b|${wordsOf(APPROVAL_PHRASES)}`,
);
const AHEAD: ReadonlySet<string> = new Set(APPROVAL_AHEAD);
const OFFERERS: ReadonlySet<string> = new Set(APPROVAL_OFFERERS);
const ASKED: ReadonlySet<string> = new Set(APPROVAL_ASKED);
const HELD: ReadonlySet<string> = new Set(APPROVAL_HELD);
const DONE: ReadonlySet<string> = new Set(APPROVAL_DONE);
const ASKED_ABOUT: ReadonlySet<string> = new Set(APPROVAL_ASKED_ABOUT);
const APPROVAL_OWNED: ReadonlySet<string> = new Set(APPROVAL_HAVING);
const BECOMING: ReadonlySet<string> = new Set(APPROVAL_BECOMING);
/** An approval the lead already has: "we're already pre approved", "ya tenemos la pre aprobación". */
const ALREADY_APPROVED = new RegExp(`\\b(?:already|ya)\\b[^.,;!?]{0,24}?(?:${PRE_APPROVED.source})`);
const CASH = new RegExp(
  `${wordsOf(CASH_LEADS)} (?:(?:${anyOf(CASH_FILLERS)}) ){0,2}${wordsOf(CASH_WORDS)}|\\bcash (?:${anyOf(CASH_AFTER)})\\b`,
);
const CASH_WORD = new RegExp(wordsOf(CASH_WORDS));
/** After a cash word, what makes it no payment ("cash poor", "cash flow"), or a question about cash offers. */
const NO_PAYMENT_AFTER = /^[\s-]*(poor|strapped|flow|out(?! of)|back|offers?\b[^.!]*\?)/;
/**
 * A way of paying refused right after it is said ("de contado no, con préstamo", "cash? no. financing", "efectivo
 * no"): a "no" that ends its clause or turns to another way ("cash no problem" and "cash, no loan" are cash).
 */
const REFUSED_RIGHT_AFTER = new RegExp(
  `^[\\s?]*,?\\s*(?:${anyOf(WAY_REFUSALS)})(?![a-z])\\s*(?:$|[,.;!]|(?:${anyOf(INSTEAD_WORDS)})(?![a-z]))`,
);
const LAUGH: ReadonlySet<string> = new Set(LAUGH_WORDS);
/** The text without its laughs, their marks kept ("no tengo jaja, todavía" is "no tengo , todavía"). */
function withoutLaughs(folded: string): string {
  return folded
    .split(' ')
    .map((word) => {
      let end = word.length;
      while (end > 0 && ',.!;'.includes(word[end - 1]!)) end -= 1;
      return LAUGH.has(word.slice(0, end)) ? word.slice(end) : word;
    })
    .filter((word) => word !== '')
    .join(' ');
}
const CASH_WORDS_SAID = new RegExp(wordsOf(CASH_WORDS), 'g');
/**
 * Cash refused right after it is said: what the lead says after the refusal ("de contado no, con préstamo": "con
 * préstamo"; '' when nothing follows), undefined when it is not refused. `end` is where the cash said ends; without
 * it, the first cash word of the text that is refused.
 */
function afterCashRefused(folded: string, end?: number): string | undefined {
  const ends =
    end !== undefined
      ? [end]
      : Array.from(folded.matchAll(CASH_WORDS_SAID), (cash) => cash.index + cash[0].length);
  for (const at of ends) {
    // (a laugh may close the refusal: "efectivo no tengo jaja, ...")
    const rest = withoutLaughs(folded.slice(at));
    const refusal = REFUSED_RIGHT_AFTER.exec(rest.slice(0, 40));
    if (refusal) return rest.slice(refusal[0].length).replace(/^[\s,.;!]+/, '');
  }
  return undefined;
}
/** A cash word opening what follows (a clause, or the words after an amount): "cash from the sale", "in cash". */
const CASH_OPENS = new RegExp(
  `^\\s*(?:all |in |en |de )?(?:${anyOf(CASH_WORDS)})(?![a-z])(?! (?:${anyOf(NOT_PAYING_AFTER)})(?![a-z]))`,
);
/**
 * "no", "nope", "todavía no" answering the lender question; a Spanish "no" before a pronoun or a verb negates that
 * verb and answers nothing ("no me llamen por favor", "no sabemos").
 */
const NO_ANSWER = phraseBook([
  {
    cue: 'no',
    words: 'no',
    opening: true,
    always: true,
    notFollowedBy: 'me|nos|te|le|les|lo|la|los|las|se|sabemos|quiero|queremos|puedo|podemos|estoy|estamos',
  },
  {
    cue: 'no',
    words: 'nope|nah|nel|not+yet|todavia+no|aun+no',
    opening: true,
    always: true,
    notFollowedBy: NOT_KNOWING_YET,
  },

  { cue: 'no', words: 'havent|have+not|didnt|did+not yet|_ $', opening: true, always: true },
  // ...or as a clause of its own after the story of why ("we had to cancel the appointment, so no, not yet")
  { cue: 'no', words: '^ so|entonces|asi+que|_ not+yet|todavia+no|aun+no $', always: true },
  { cue: 'no', words: '^ so|entonces|asi+que no|nope|nah $', always: true },
  {
    cue: 'no',
    words: 'havent|have+not|didnt|did+not|not+yet started|start|begun|applied|looked+into',
    always: true,
    notFollowedBy: 'looking|searching|to+look|house+hunting|buscando|a+buscar',
  },
  {
    cue: 'no',
    words:
      'havent|have+not|didnt|did+not|not+yet talked|spoken|spoke|called|contacted|gone|reached+out|started|begun|applied|looked+into|done+that|done+it|done+any to|with|that|_ anyone|anybody|nobody|any+one|him|her|them|yet|$',
    always: true,
  },
  { cue: 'no', words: 'no he|hemos hablado con nadie', always: true },
  // "... so no approval yet", "y sin preaprobación todavía": none had, said of the approval asked
  {
    cue: 'no',
    words:
      'no|sin approval|preapproval|pre+approval|aprobacion|preaprobacion|pre+aprobacion|lender|prestamista yet|todavia|aun',
    always: true,
  },
  // "we don't have one (yet)", "who's the lender you use? we don't have one": none had, said of the lender asked
  { cue: 'no', words: 'dont|do+not|havent|aint|dont+even have|got one yet', always: true },
  // "so we still need one", "todavía necesitamos uno": a lender still needed, said of the one asked
  { cue: 'no', words: 'still|todavia|aun|_ need|needs|necesitamos|necesito one|uno $', always: true },
  // "approved for a car loan but not for a house yet": the home's approval denied after another's
  {
    cue: 'no',
    words: 'but|pero not|no for|para a|the|una|la|_ house|home|casa|mortgage|hipoteca',
    always: true,
  },
  { cue: 'no', words: 'dont|do+not|havent|aint|dont+even have|got one $', always: true },
  // "no hemos llenado la solicitud", "todavía no hemos aplicado"
  {
    cue: 'no',
    words: 'no he|hemos aplicado|solicitado|llenado|mandado|metido|empezado|comenzado|iniciado',
    always: true,
    notFollowedBy: 'a+buscar|a+ver|a+mirar|buscando|a+empacar',
  },
  {
    cue: 'no',
    words: 'no|todavia+no|aun+no le|lo|la|les|_ he|hemos llamado|marcado|contactado|hablado|escrito',
    always: true,
  },
]);
/** The approval asked back and denied: "approved? lol no", "¿aprobados? todavía no". */
const ASKED_BACK_DENIED = phraseBook([
  {
    cue: 'denied',
    words:
      'approved|preapproved|pre+approved|aprobados|aprobado|preaprobados $ ^ lol|jaja|haha|lmao|_ no|nope|nah|nel|not+yet|todavia+no',
    always: true,
  },
]);
const YES_ANSWER = /^\s*(yes|yeah|yep|yup|si|ya)\s*[.!,]*\s*$/;

const LENDER = anyOf(LENDER_WORDS);
/** Still needing a lender: "necesitamos un prestamista", "nos falta buscar quién nos preste", "still need a lender". */
const NEED_A_LENDER = new RegExp(
  `${wordsOf(NEED_WORDS)}(?: \\w+){0,2}? (?:a |an |un |una |el |la |algun |alguna )?(?:${LENDER})(?![a-z])`,
);
/** No loan needed: "no loan needed", "don't need a mortgage", "sin préstamo" (not "todavía sin banco": not yet one). */
const NO_LOAN = new RegExp(
  `(?<!\\b(?:todavia|aun|still|yet|seguimos|sigo|sigue) )${wordsOf(NOT_NEEDED_BEFORE)} (?:a |an |any |un |una |ningun )?(?:${LENDER})(?![a-z])(?![\\s,]+(?:todavia|aun|yet|still)\\b)|\\bno (?:${LENDER}) (?:${anyOf(NOT_NEEDED_AFTER)})\\b`,
);
/** Where a phrase was heard in the folded text: the first place its first word is said. */
const saidAt = (folded: string, hit: { evidence: string }): number =>
  folded.indexOf(hit.evidence.split(' ')[0]!);
/** An approval in other words, tied to a lender (lexicon/financing.ts LENDER_APPROVAL_PHRASES). */
const LENDER_APPROVAL = phraseBook(
  LENDER_APPROVAL_PHRASES.map((words) => ({
    cue: 'approved' as const,
    words,
    clause: true,
    needs: LENDER_CONTEXT,
    unlessInClause: NOT_A_LENDER,
  })),
);
/** ...and with no lender named when the lender question is the one answered ("ya tenemos approval con schoolsfirst"). */
const ASKED_APPROVAL = phraseBook(
  LENDER_APPROVAL_PHRASES.map((words) => ({
    cue: 'approved' as const,
    words,
    clause: true,
    unlessInClause: NOT_A_LENDER,
  })),
);
/** What settles an approval one way or the other: then it is pending no more. */
const SETTLED =
  'denied|declined|rejected|negaron|nego|rechazaron|rechazo|approved|preapproved|aprobaron|aprobo|aprobados|aprobado|aprobada|aprobadas|preaprobados|preaprobado';
/** An approval applied for and not answered yet (lexicon/financing.ts PENDING_APPROVAL_PHRASES). */
const PENDING = phraseBook([
  ...PENDING_APPROVAL_PHRASES.map((words) => ({ cue: 'pending' as const, words, unless: SETTLED })),
  ...PENDING_ANSWER_PHRASES.map((words) => ({
    cue: 'pending' as const,
    words,
    always: true,
    needs: `${LENDER_CONTEXT}|financiera|application|applied|aplicamos|mandamos|solicitud|papeles|paperwork|approval|preapproval|aprobacion|preaprobacion`,
    unless: SETTLED,
  })),
]);
/** The lead applied for an approval and has no answer yet: no way of paying is known, and none is needed. */
export function approvalPending(text: string): boolean {
  return PENDING.find(tokenise(fold(text))) !== undefined;
}
/** No loan at all, in the grammar of `read/phrases.ts`: "no mortgage", "sin préstamos", "no vamos a financiar". */
const NO_LOAN_SAID = phraseBook(
  NO_LOAN_PHRASES.map((words) => ({
    cue: 'no_loan' as const,
    words,
    always: true,
    clause: true,
    notBefore:
      'on|en|yet|todavia|aun|still|officer|broker|payment|payments|approval|preapproval|letter|limit|limits|aprobado|aprobada|approved|pre|insurance|seguro|with|con|experience|experiencia|knowledge|idea|clue|rates|rate|tasa|por|for|over|above|bigger|higher|mayor|arriba',
    notAfter:
      'still|todavia|aun|yet|seguimos|sigo|sigue|has|have|had|tiene|tenemos|owns|own|ahora|now|estamos',
  })),
);
/**
 * The lead approved: said of the lead ("loan officer says we're approved", "ya estamos aprobados"), or opening its
 * clause and tied to a lender or an amount ("approved thru navy federal"); "2 aprobadas por el vendedor" is an offer.
 */
const APPROVED = wordsOf(APPROVED_WORDS);
const LEAD_APPROVED = new RegExp(
  `${wordsOf(LEAD_SUBJECTS)} ${APPROVED}|(?:^|[,.;!]) *${APPROVED} (?:${anyOf(APPROVAL_LINKS)})(?![a-z])`,
);
const BARE_APPROVED = new RegExp(APPROVED);

/** A clause that says how things stand now, after how they stood: "..., now we're approved", "pero ahora ya ...". */
const NOW_CLAUSE =
  /(?:[,.;!?]\s*|\b(?:but|pero|and|y)\s+)(?:now|right now|ahora|ahorita|ya ahora|since then|desde entonces|these days|this time|esta vez)\b[\s,]*/g;

/** Doubting what the approval covers, not having one: "not sure", "no sé si", "don't know if". */
/** A Spanish clause opened by its negation: "no hemos hecho el pre approval", "todavía no tenemos la carta". */
const SPANISH_NEGATED = new RegExp(`^\\s*(?:todavia |aun )?no ${wordsOf(SPANISH_AUXILIARIES)}`);
const DOUBT = phraseBook([
  {
    cue: 'doubt',
    words:
      'not+sure|not+certain|unsure|no+se+si|no+sabemos+si|no+estoy+seguro|no+estoy+segura|no+estamos+seguros|no+estamos+seguras|do+not+know+if|dont+know+if',
    always: true,
  },
]);

/** Not knowing whether: "no sé si ya nos aprobaron", "idk if we got approved", "not sure whether they approved us". */
const DOUBTED = phraseBook([
  {
    cue: 'doubt',
    words:
      'no+se|no+sabemos|no+sabe|ni+se|idk|dunno|quien+sabe|not+sure|dont+know|do+not+know|no+estoy+seguro|no+estoy+segura si|if|whether',
    always: true,
  },
]);

const EVERY_APPROVAL = new RegExp(BARE_APPROVED.source, 'g');
/** Every approval said is doubted in its clause ("idk if we got approved"; not "..., we're approved for 500 tho"). */
function approvalDoubted(folded: string): boolean {
  const approvals = [...folded.matchAll(EVERY_APPROVAL)];
  return (
    approvals.length > 0 &&
    approvals.every((approval) => {
      const clause =
        folded
          .slice(0, approval.index)
          .split(/[.,;!?]/)
          .pop() ?? '';
      return DOUBTED.find(tokenise(clause).slice(-6)) !== undefined;
    })
  );
}

/**
 * Cash and a loan weighed as alternatives in one clause ("we might do cash or a loan", "either cash or financing",
 * "de contado o con crédito, no sabemos"): the lead has not chosen, so neither is its answer.
 */
const WAYS = `${oneOf(CASH_WORDS)}|${oneOf(LENDER_WORDS)}|finance|financiar|financiado|pre+approval|loan*`;
const UNDECIDED = phraseBook([
  // (heard after a negation too: "todavía no sé si cash o financiado")
  {
    cue: 'undecided',
    words: `${oneOf(CASH_WORDS)} ~3 or|o|vs|versus|u ~3 ${WAYS}`,
    clause: true,
    always: true,
  },
  {
    cue: 'undecided',
    words: `${WAYS} ~3 or|o|vs|versus|u ~3 ${oneOf(CASH_WORDS)}`,
    clause: true,
    always: true,
  },
  // "cash if we buy before june, otherwise a loan": two ways, each on a condition
  { cue: 'undecided', words: `${oneOf(CASH_WORDS)} ~6 otherwise|sino|si+no ~3 ${WAYS}` },
]);

/**
 * A loan as the whole short answer ("loan", "with a loan", "financing", "con préstamo", "we'd finance it"): how the
 * lead pays, no approval said. Read only as the lender question's answer or as what replaces a way of paying.
 */
const LOAN_ANSWER = phraseBook([
  {
    cue: 'loan',
    words: `^ ~2 ${oneOf(LOAN_WAYS)} ~1 $`,
    clause: true,
    notBefore: 'officer|officers|broker|oficial',
    unless: 'no|not|sin|without|never|nunca|dont|nada|ni',
  },
]);
const LOAN_ANSWER_WORDS = new RegExp(wordsOf(LOAN_WAYS));
/** A way of paying taken back in the same message ("cash. actually, loan", "contado, bueno no, con préstamo"). */
const TAKEN_BACK = new RegExp(
  `(?:^|[,.;!?]|\\s-\\s|\\b(?:${anyOf([...CASH_WORDS, ...LOAN_WAYS, 'approved', 'aprobados'])})\\s)${TAKE_BACK_ANYWHERE}`,
  'g',
);

/** A take-back that opens with the way of paying it takes back ("cash i mean loan"). */
const WAY_FIRST = new RegExp(`^(?:${anyOf([...CASH_WORDS, ...LOAN_WAYS, 'approved', 'aprobados'])})\\s`);

/**
 * `asked` means the lender question is the one being answered (then a bare no/yes counts); `instead` that the text
 * is what the lead says after taking back a way of paying (then a bare loan counts too).
 */
export function extractFinancing(
  text: string,
  { asked, instead = false }: { asked: boolean; instead?: boolean },
): Financing | undefined {
  const folded = withoutWagesInCash(fold(text));
  const tokens = tokenise(folded);
  // Undecided between ways, unless an approval is said beside them ("not cash or a loan, we're already approved").
  if (UNDECIDED.find(tokens) && !PRE_APPROVED.test(folded) && !LEAD_APPROVED.test(folded)) return undefined;
  // "the pre-approval is still pending": neither approved nor in need of a lender.
  if (PENDING.find(tokens)) return undefined;
  // ...nor one that the lead does not know it has ("no sé si ya nos aprobaron", "idk if we got approved")
  if (approvalDoubted(folded)) return undefined;
  // "no me aprobaron, ahora ya estoy pre aprobado": what holds now, said after what held before, is the answer.
  const turned = [...folded.matchAll(NOW_CLAUSE)].pop();
  if (turned) {
    const now = extractFinancing(folded.slice(turned.index + turned[0].length), { asked: false });
    if (now) return now;
  }
  // "cash. actually, loan": what follows the last take-back that says a way of paying replaces what came before.
  for (const back of [...folded.matchAll(TAKEN_BACK)].reverse()) {
    // One at the message's start takes back nothing of this message ("actually, can we see it first?").
    if (back.index === 0 && !WAY_FIRST.test(back[0])) continue;
    const rest = folded.slice(back.index + back[0].length);
    const now = rest === '' ? undefined : extractFinancing(rest, { asked, instead: true });
    if (now) return now;
  }
  // "my grandma is gifting us the whole amount": the price paid in full, for the lead, is cash.
  const whole = WHOLE_PRICE.find(tokens);
  // "the lender said we qualify for like 520": an approval with its amount (not "if we qualify for FHA").
  const qualified = QUALIFIED_FOR.find(tokens);
  // ("sí califico hasta 430" is a yes: the "si" of a condition is read before accents are folded away)
  if (qualified && !/\b(?:if|si)\b/.test(text.toLowerCase().slice(0, saidAt(folded, qualified))))
    return 'pre_approved';
  // "the bank told us up to 575", "según el broker nos dan hasta 530": a lender's figure told is an approval.
  // (a figure of a price, not a rate: "the lender says rates are 6.5 now")
  if (
    LENDER_TOLD.givers.some((giver) => folded.includes(giver)) &&
    scanAmounts(folded).amounts.some((amount) => amount.told && !amount.denied && amount.value >= 100)
  )
    return 'pre_approved';
  if (whole && !inAQuestion(folded, saidAt(folded, whole))) return 'cash';
  const noLoanHit = NO_LOAN_SAID.find(tokens);
  const noLoan = NO_LOAN.exec(folded) ?? (noLoanHit ? { index: saidAt(folded, noLoanHit) } : null);
  // "una parte en efectivo y el resto con préstamo", "half down in cash": the loan is the way of paying.
  const partCash = REST_FINANCED.find(tokens) ?? PART_CASH.find(tokens);
  const needsLender = (partCash ? NEEDS_LENDER_FOR_THE_REST : NEEDS_LENDER).find(tokens);
  // "do you know a good lender? we're already pre approved but the rate is bad": asking for a lender, approved.
  if (needsLender && !noLoan && ALREADY_APPROVED.test(folded) && !expiredSaid(tokens)) return 'pre_approved';
  if ((needsLender || NEEDS_APPROVAL.find(tokens) || expiredSaid(tokens)) && !noLoan) return 'needs_lender';
  const needs = NEED_A_LENDER.exec(folded);
  if (
    needs &&
    !noLoan &&
    !negatedBefore(folded, needs.index, 2) &&
    !inAQuestion(folded, needs.index) &&
    !someoneElses(folded, needs.index) &&
    // "ya tenemos la precalificación, pero busco otro lender con mejor tasa": approved, shopping for a rate
    !(ALREADY_APPROVED.test(folded) && !expiredSaid(tokens))
  )
    return 'needs_lender';
  // "no loan needed, cash", "no necesitamos préstamo": paid without a loan.
  // "no need for a lender, we're already pre approved": without another lender.
  if (noLoan && !inAQuestion(folded, noLoan.index)) {
    const approval = PRE_APPROVED.exec(folded);
    // (someone else's approval beside it: "nuestro hijo tiene la hipoteca aprobada para su piso; nosotros sin préstamo")
    return approval && !approvalOfSomeoneElse(tokens, folded, approval.index) ? 'pre_approved' : 'cash';
  }
  // "de contado no, con préstamo", "efectivo no, vamos a financiar": the way said instead.
  const otherWay = afterCashRefused(folded);
  if (otherWay) {
    const way = extractFinancing(otherWay, { asked, instead: true });
    if (way) return way;
  }
  const cash = partCash ? null : CASH.exec(folded);
  // "not paying cash", "no vamos a pagar de contado", "de contado no, con préstamo": the lead pays some other way;
  // "cash poor", "cash strapped", "are cash offers better?" and "do you have cash buyers?" say nothing about how the
  // lead pays.
  if (
    cash &&
    !negatedBefore(folded, cash.index, 3) &&
    afterCashRefused(folded, cash.index + cash[0].length) === undefined &&
    !inAQuestion(folded, cash.index) &&
    !NO_PAYMENT_AFTER.test(folded.slice(cash.index + cash[0].length))
  )
    return 'cash';
  if (ASKED_BACK_DENIED.find(tokens)) return 'needs_lender';
  const lenderApproval = (asked ? ASKED_APPROVAL : LENDER_APPROVAL).find(tokens);
  const approved =
    PRE_APPROVED.exec(folded) ??
    LEAD_APPROVED.exec(folded) ??
    (asked ? BARE_APPROVED.exec(folded) : null) ??
    (lenderApproval ? { index: saidAt(folded, lenderApproval) } : null);
  if (approved && approvalForOtherCredit(folded, approved.index)) {
    if (paidInCash(folded)) return 'cash';
    return (notStartedByParts(tokens) || NO_ANSWER.find(tokens) !== undefined) &&
      (asked || tokens.some((token) => LOAN_NAMED.has(token.word)))
      ? 'needs_lender'
      : undefined;
  }
  // "nomás mi cuñado. Él sí está preaprobado pero es para la casa que va a comprar él": someone else's approval
  if (approved && approvalOfSomeoneElse(tokens, folded, approved.index)) {
    if (noLoan || paidInCash(folded)) return 'cash';
    return asked && (NO_ANSWER.find(tokens) || notStartedByParts(tokens)) ? 'needs_lender' : undefined;
  }
  if (approved) {
    // "not pre-approved yet", "no estamos precalificados": negated in the same clause ("not cash, we're pre
    // approved" is approved).
    const clause =
      folded
        .slice(0, approved.index)
        .split(/[.,;!?]|\b(?:but|pero)\b/)
        .pop() ?? '';
    const before = tokenise(clause);
    // A doubt about the approval is no denial of it ("not sure the pre approval covers it").
    const negated =
      !DOUBT.find(before) &&
      (/\bnot\b/.test(clause) ||
        SPANISH_NEGATED.test(clause) ||
        negatedBefore(folded, approved.index, 3) ||
        // "nadie nos ha preaprobado todavía", "nobody's approved us yet"
        // ...or nothing is ("we still have nothing lined up", "nada aprobado todavía")
        before.some((token) => NOBODY_NOTHING.has(token.word)));
    // "we will pre-qualify next week", "can we get pre-approved with you?": not yet approved (not "we'll send our
    // pre-approval letter").
    const asking = inAQuestion(folded, approved.index);
    const near = before.slice(-4);
    // ("he said he would get us approved": an approval someone else offers, not given)
    const offered = near.some(
      (token, at) => token.word === 'would' && OFFERERS.has(near[at - 1]?.word ?? before.at(-5)?.word ?? ''),
    );
    const ahead =
      !HELD.has(before.at(-1)?.word ?? '') &&
      !near.some((token) => DONE.has(token.word)) &&
      (offered || near.some((token) => AHEAD.has(token.word) || (asking && ASKED.has(token.word))));
    const approvalEnd = approved.index + (Array.isArray(approved) ? approved[0].length : 0);
    // ("not sure we'd even get pre approved": a doubt about becoming approved; not "it didn't take long to get
    // preapproved")
    const doubted = DOUBT.find(before) !== undefined && near.some((token) => BECOMING.has(token.word));
    if (negated || ahead || doubted || notHadYet(folded, approvalEnd)) return 'needs_lender';
    // "does my car loan count for the pre approval?", "¿eso cuenta pa la preaprobación?": an approval asked about,
    // not one the lead has.
    // (not one the lead says it has after it: "does that mess up the pre-approval I already have?")
    const after = tokenise(folded.slice(approved.index));
    const held = after.some((token) => token.clause === after[0]?.clause && APPROVAL_OWNED.has(token.word));
    return asking && !held && ASKED_ABOUT.has(before.at(-1)?.word ?? '') ? undefined : 'pre_approved';
  }
  // "not approved yet": an approval negated in its clause.
  const bare = BARE_APPROVED.exec(folded);
  if (bare && negatedBefore(folded, bare.index, 2)) return 'needs_lender';
  const letters = LETTER_IN_HAND.hear(tokens);
  if (
    letters.some((letter) => letter.cue === 'lenders_letter') ||
    (letters.length > 0 && (asked || LOAN_ANSWER_WORDS.test(folded)))
  )
    return 'pre_approved';
  // "no, cash": no lender because the lead pays cash.
  if (asked && (NO_ANSWER.find(tokens) || notStartedByParts(tokens)))
    return paidInCash(folded) ? 'cash' : 'needs_lender';
  if ((asked || instead) && LOAN_ANSWER.find(tokens)) return 'needs_lender';
  if (asked && YES_ANSWER.test(folded)) return 'pre_approved';
  return paidInCash(folded) ? 'cash' : undefined;
}

const NOT_HAD_YET = phraseBook(
  APPROVAL_NOT_HAD.map((words) => ({ cue: 'not_yet' as const, words, always: true })),
);
/**
 * The approval said, then denied right after it: "the preapproval hasn't come back yet", "the letter is not here yet",
 * "pre-approval? ain't got one yet" (the next clause answers an approval asked back), not "we're pre-approved, haven't
 * looked at houses yet".
 */
function notHadYet(folded: string, end: number): boolean {
  const after = folded.slice(end);
  // (the clause the approval ends; "?" right after it asks it back, and the next clause answers)
  const askedBack = after.trimStart().startsWith('?');
  const tokens = tokenise(askedBack ? after.slice(after.indexOf('?') + 1) : ` ${after}`);
  const own = tokens[0]?.clause;
  const said = askedBack ? tokens : tokens.filter((token) => token.clause === own);
  return NOT_HAD_YET.find(said.slice(0, 6))?.start === 0;
}

/**
 * The message speaks again of how the lead said it pays (the approval or the cash held), while saying something
 * else now: "oh wait we're not actually pre approved yet, still need a lender", "no es de contado, vamos a necesitar
 * préstamo", "scratch the cash thing, we need financing", "i said pre approved before but thats not right". Then what
 * it says now replaces what it said.
 */
export function revisitsFinancing(text: string, held: Financing | undefined): boolean {
  const folded = fold(text);
  if (held === 'pre_approved')
    return (PRE_APPROVED.exec(folded) ?? LEAD_APPROVED.exec(folded) ?? BARE_APPROVED.exec(folded)) !== null;
  // (a down payment named is a loan's: "no tengo lender, pero tengo 40 mil pal down" after savings kept in cash)
  if (held === 'cash') return CASH_WORD.test(folded) || DOWN_PAYMENT.find(tokenise(folded)) !== undefined;
  return false;
}
const DOWN_PAYMENT = phraseBook(
  [...DOWN_PAYMENT_NOUNS, 'pal|para|for el|la|the|a|_ down'].map((words) => ({
    cue: 'down' as const,
    words,
  })),
);

/**
 * A clause that opens with cash ("4bd under 900k, cash", "cash from the sale of our house", "all cash, selling my
 * other property") or an amount said in cash ("1 million cash", "cash 1.5 million", "1.2 millones en efectivo"): how
 * the lead pays.
 * Not in a question ("cash offers are better?"), not negated ("not 1 million cash").
 */
function paidInCash(folded: string): boolean {
  if (!CASH_WORD.test(folded)) return false;
  const opens = (at: number) => {
    const said = CASH_OPENS.exec(folded.slice(at));
    return (
      said !== null &&
      !inAQuestion(folded, at) &&
      !negatedBefore(folded, at, 3) &&
      afterCashRefused(folded, at + said[0].length) === undefined
    );
  };
  const clauses = Array.from(
    folded.matchAll(/(?:^|[,.;!?\n]|\s-\s)/g),
    (match) => match.index + match[0].length,
  );
  // ... or a cash word right before the amount: "cash 1.5 million", "efectivo 500 mil".
  const cashBefore = (at: number) => {
    const before = /\b(?:cash|efectivo|contado)[\s,:-]*$/.exec(folded.slice(Math.max(0, at - 16), at));
    return before !== null && !inAQuestion(folded, at) && !negatedBefore(folded, at - before[0].length, 3);
  };
  const spans = moneySpans(folded);
  return (
    clauses.some(opens) ||
    spans.some((span) => opens(span.end) || cashBefore(span.start)) ||
    bareAmountInCash(folded)
  );
}

const WAGES_IN_CASH = phraseBook(
  WAGES_PAID_IN_CASH.map((words) => ({ cue: 'wages' as const, words, always: true })),
);
/** The text without the lead's pay said to come in cash ("a mí me pagan en cash en la construcción"): no way of buying. */
const withoutWagesInCash = (folded: string): string => blankHits(WAGES_IN_CASH, folded);

/** A bare figure paid in cash: "we can do 1.45 cash", "500 cash", "like 650 de contado" (not "2 cash offers"). */
const FIGURE_IN_CASH = phraseBook([
  {
    cue: 'cash' as const,
    words: `# k|m|mil|_ in|en|de|all|_ ${oneOf(CASH_WORDS)}`,
    notFollowedBy: oneOf(NOT_PAYING_AFTER),
  },
]);
function bareAmountInCash(folded: string): boolean {
  const located = locate(folded);
  const hit = firstHit(FIGURE_IN_CASH, located.tokens);
  if (!hit) return false;
  const figure = Number(located.tokens[hit.start]!.word.replace(',', ''));
  const at = located.at[hit.start]!;
  return (
    (figure >= 100 || (figure >= 0.5 && figure <= 20 && !Number.isInteger(figure))) &&
    !inAQuestion(folded, at) &&
    !negatedBefore(folded, at, 3)
  );
}

/** Someone else, right before the need: "my brother needs a loan", "their kid needs a lender". */
const SOMEONE_ELSE: ReadonlySet<string> = new Set(
  [...KIN, ...OTHER_SUBJECTS].filter((word) => !['se', 'va', 'van'].includes(word)),
);
function someoneElses(folded: string, index: number): boolean {
  const before =
    folded
      .slice(Math.max(0, index - 40), index)
      .split(/[.,;!?]/)
      .pop() ?? '';
  return SOMEONE_ELSE.has(before.trim().split(/\s+/).pop() ?? '');
}

/**
 * True when the clause holding `index` ends in a question mark ("do we need a lender?"); "cash, 2 million, can you
 * call me now?" says how the lead pays before it asks.
 */
function inAQuestion(folded: string, index: number): boolean {
  return /^[^.!,;]*\?/.test(folded.slice(index));
}

const LEAD_SIDE: ReadonlySet<string> = new Set(NOT_STARTED.leadSide);
const SIDE_NOUNS: ReadonlySet<string> = new Set(NOT_STARTED.sideNouns);
const LENDERS: ReadonlySet<string> = new Set(NOT_STARTED.lenders);
const LOAN_NAMED: ReadonlySet<string> = new Set(NOT_STARTED.loanNamed);
const NOTHING: ReadonlySet<string> = new Set(NOT_STARTED.nothing);
const COUNTING_NOTHING: ReadonlySet<string> = new Set(NOT_STARTED.countingNothing);
const NOBODY_NOTHING: ReadonlySet<string> = new Set(NOT_STARTED.denying);
const BEFORE_NOTHING: ReadonlySet<string> = new Set(NOT_STARTED.beforeNothing);
const NOT_YET = NOT_STARTED.notYet.map((words) => words.split(' '));
const PROGRESS: ReadonlySet<string> = new Set(NOT_STARTED.progress);
const BETWEEN: ReadonlySet<string> = new Set(NOT_STARTED.between);
const SEARCHING: ReadonlySet<string> = new Set(NOT_STARTED.searching);

/**
 * Not started with a lender, read by its parts (an answer to the lender question): the lead's side, then nothing
 * ("nosotros aún nada", "on our end nothing yet"), or a not-yet over a step of progress with what it did not do
 * ("we havent done anything on our end", "todavía no hemos hecho nada"), never over the home search ("haven't started
 * looking").
 */
function notStartedByParts(tokens: readonly Token[]): boolean {
  for (let at = 0; at < tokens.length; at += 1) {
    const said = tokens[at]!.word;
    if (NOTHING.has(said)) {
      // the lead's side, then only words of time or place ("nosotros aún nada", not "yo no sé nada de eso")
      const clause = tokens[at]!.clause;
      let back = at - 1;
      while (back >= 0 && tokens[back]!.clause === clause && BEFORE_NOTHING.has(tokens[back]!.word))
        back -= 1;
      const counting = COUNTING_NOTHING.has(said);
      if (!counting && back >= 0 && tokens[back]!.clause === clause && LEAD_SIDE.has(tokens[back]!.word))
        return true;
      // ...or the lender named as the topic before it ("con bancos aún nada", "with the bank, nothing yet")
      if (!counting && back >= 0 && tokens[back]!.clause === clause && LENDERS.has(tokens[back]!.word))
        return true;
      // ...or after it ("nada todavía on our side", "nothing yet on our end"), or a lender named ("con ningún banco
      // todavía", "no lender at all")
      const after = tokens.slice(at + 1, at + 5).filter((token) => token.clause === clause);
      if (!counting && after.some((token) => SIDE_NOUNS.has(token.word))) return true;
      if (NOBODY_NOTHING.has(said) || said.startsWith('ningun'))
        if (after.slice(0, 2).some((token) => LENDERS.has(token.word))) return true;
    }
    const notYet = NOT_YET.find((words) => words.every((word, k) => tokens[at + k]?.word === word));
    if (!notYet) continue;
    let next = at + notYet.length;
    while (BETWEEN.has(tokens[next]?.word ?? '')) next += 1;
    if (!PROGRESS.has(tokens[next]?.word ?? '')) continue;
    const rest = tokens.slice(next + 1, next + 4).filter((token) => token.clause === tokens[next]!.clause);
    if (!rest.some((token) => SEARCHING.has(token.word))) return true;
  }
  return false;
}

const OTHER_CREDIT: ReadonlySet<string> = new Set(OTHER_CREDIT_WORDS);
const FOR_WORDS: ReadonlySet<string> = new Set(['for', 'para', 'on', 'with']);
const CREDIT_NOUNS: ReadonlySet<string> = new Set(NOT_STARTED.creditNouns);

/**
 * The approval said at `index` is for other credit than the home's: "we just got approved for a car loan", "nos
 * aprobaron la tarjeta", "approved for the apartment" (the approval's words, then within a few words "for" and the
 * credit, or the credit right after).
 */
function approvalForOtherCredit(folded: string, index: number): boolean {
  // ...or said just before it ("the new truck loan got approved")
  const before = tokenise(folded.slice(Math.max(0, index - 32), index)).slice(-4);
  const lastClause = before.at(-1)?.clause;
  if (
    before.some((token) => OTHER_CREDIT.has(token.word) && token.clause === lastClause) &&
    before.some((token) => CREDIT_NOUNS.has(token.word) && token.clause === lastClause)
  )
    return true;
  const after = tokenise(folded.slice(index)).slice(0, 7);
  return after.some(
    (token, at) =>
      OTHER_CREDIT.has(token.word) &&
      token.clause === after[0]!.clause &&
      after
        .slice(0, at)
        .some(
          (earlier) =>
            FOR_WORDS.has(earlier.word) ||
            earlier.word.startsWith('aprob') ||
            earlier.word.startsWith('approv'),
        ),
  );
}

const THIRD_PERSONS: ReadonlySet<string> = new Set(NOT_STARTED.thirdPersons);
const SPOUSES: ReadonlySet<string> = new Set(NOT_STARTED.spouses);
const PRONOUN_VERBS: ReadonlySet<string> = new Set(NOT_STARTED.pronounVerbs);

/**
 * The approval at `index` is someone else's: a third person says it just before and it is said to be for their own
 * purchase ("Él sí está preaprobado pero es para la casa que va a comprar él", "he got approved, he's buying his own
 * place"); not a spouse's ("my husband got preapproved, he's buying his own truck" is still the couple's), nor one
 * told of the lead ("he already approved us", "she's pre-approved" for the mother the lead writes for).
 */
function approvalOfSomeoneElse(tokens: readonly Token[], folded: string, index: number): boolean {
  const before = tokenise(folded.slice(Math.max(0, index - 40), index)).slice(-6);
  // ("él" folds to "el": a pronoun before a verb, "el sí está", not the article of "el banco")
  const pronoun = (token: Token, at: number) =>
    THIRD_PERSONS.has(token.word) ||
    (at >= before.length - 3 && token.word === 'el' && PRONOUN_VERBS.has(before[at + 1]?.word ?? '')) ||
    // ...or a relative named ("nuestro hijo tiene la hipoteca aprobada ... para su piso")
    (SOMEONE_ELSE.has(token.word) && !SPOUSES.has(token.word));
  if (!before.some(pronoun)) return false;
  const after = folded.slice(index);
  if (!NOT_STARTED.theirOwnPurchase.some((words) => after.includes(words))) return false;
  return !tokens.some((token) => SPOUSES.has(token.word));
}
