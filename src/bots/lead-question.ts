import type { Listing, ListingAvailability } from '../protocol/common.js';
import { detectIntent, RENTER } from './intent.js';
import { QUESTION_PHRASES } from './lexicon/questions.js';
import { phraseBook, tokenise, type Token } from './read/phrases.js';
import { fold, formatMoney, sentences, type Lang } from './text.js';

/**
 * The lead's own question (DOMAIN.md section 1.8): found in the message, then answered first — from the listing
 * facts the widget sent, or by saying plainly that the agent will confirm (the question is kept for the hand-off
 * packet and the coaching), or by treating a showing request as scheduling and a home-value question as the
 * seller path. The bot's one question follows the answer.
 */

export type QuestionTopic =
  | 'showing'
  | 'home_value'
  | 'availability'
  | 'pool'
  | 'hoa'
  | 'sqft'
  | 'beds'
  | 'baths'
  | 'price'
  | 'year_built'
  | 'lot'
  | 'feature'
  | 'other';

export type AnswerSource = 'listing' | 'agent' | 'showing' | 'home_value';

export interface LeadQuestion {
  topic: QuestionTopic;
  /** The lead's sentence, as written. */
  sentence: string;
  /** For `feature`: the feature asked about ("garage", "solar"). */
  feature?: string;
}

const INTERROGATIVE =
  /^((and|also|plus|oh|ok|okay|so|but|y|tambien|pero|ah|oye) )?(does|do|did|is|are|was|were|has|have|had|what|whats|what's|how|when|where|which|who|why|can|could|would|will|any|tiene|hay|cuanto|cuanta|cuantos|cuantas|cual|cuales|que|cuando|donde|puedo|podemos|se puede|es|esta|incluye)\b/;

/** A showing asked for with lookarounds; the rest are phrases (lexicon/questions.ts). */
const SHOWING =
  /\b((stop|come|swing|drop|pop) (by|over|in)\b(?![^.?!]*\b(office|paperwork|papers|sign|documents?|pick up|drop off|oficina|papeles|firmar)\b)(?=[^.?!]*\b(see|look|tour|view|check|walk|visit|tomorrow|today|tonight|weekend|saturday|sunday|monday|tuesday|wednesday|thursday|friday|sat|sun|mon|tues?|wed|thurs?|fri)\b)|(tour|see|visit|view|walk through|check out) (it|the (house|home|place|property)|this (one|house|home|place))\b(?= .*\b(tomorrow|today|tonight|weekend|saturday|sunday|monday|tuesday|wednesday|thursday|friday|morning|afternoon|evening|in person|soon|this week|next week)\b)|(can|could|may) (we|i|you) (go |come )?(see|tour|visit|view|look at|check out|go see|walk through|verla|verlo|visitarla|conocerla|schedule a (showing|tour|visit))(?! (the |any |all the )?(hoa |inspection |seller'?s? |disclosure |title )?(docs|documents|disclosures|reports?|paperwork|papers|photos|pictures|floor ?plans?|numbers|comps)\b)|(schedule|book|set up|arrange|do|get|have) (a |an )?(virtual |video |facetime |in person )?(showing|tour|viewing|visit|walk ?through)(?! (link|url|video)))/;
const OWN_HOME =
  '(my|our|mi|nuestra|nuestro) (home|house|condo|place|property|townhouse|townhome|casa|propiedad|condominio|depa|departamento)';
/** What the lead's home would bring, told with lookarounds; the rest are phrases (lexicon/questions.ts). */
const HOME_VALUE = new RegExp(
  [
    // "how much do you think i can get?": what the lead's home would bring (not a loan: "get approved for").
    '(how much|what) (do you think |would you say |you think |could you say )?(i|we) (can|could|would|will|might) (get|make|walk away with|sell (it )?for)(?! (approved|pre|a loan|a mortgage|financ|qualified|a (house|home|place) for))(?![^?.!]*\\b(in (that|this|the) (area|neighborhood)|for \\$?\\d|with \\$?\\d))',
    `(cuanto|que) (crees que |cree que |creen que )?(podria|podriamos|puedo|podemos) (sacar|obtener|ganar|pedir)(?! (de prestamo|de credito|prestado|de enganche|para el enganche))`,
    // "¿cuánto vale ahorita mi casa?", "cuánto cree que valga mi casa" (not a monthly payment: "al mes con FHA").
    `(cuanto|que) ((crees?|cree|creen) (que|q) )?(vale|valga|valdria|valdra|costaria|cuesta)( \\w+)? ${OWN_HOME}(?! (al mes|por mes|mensual|de pago|con (fha|va|prestamo|credito|hipoteca)))`,
  ]
    .map((part) => `(?:${part})`)
    .join('|')
    .replace(/^/, '\\b(?:')
    .concat(')\\b'),
);
const BOOK = phraseBook(QUESTION_PHRASES);

/**
 * A home's price asked with a pronoun. Selling it ("what would you list it for?", "¿en cuánto la podría vender?")
 * is always the lead's own home; its worth ("what do you think it's worth?") is the lead's own home only when the
 * lead is not a buyer and no listing is in view (otherwise it asks about a home the lead might buy).
 */
const SELL_IT_FOR =
  /\b(?:what (?:would|could|should|will) (?:you|we|i) (?:list|sell|price|put) (?:it|her|the (?:house|home|place|property)) (?:at|for|up for)|(?:what|how much) (?:could|would|can|might|will) (?:i|we) (?:get|ask) for (?:it|her|the (?:house|home|place|property)|(?:my|our) (?:house|home|place|property|condo))|how much (?:would|could|can|will|might|should) (?:you|we|i) (?:list|sell) (?:it|the (?:house|home|place|property)) for|(?:en )?cuanto (?:crees que |cree que |creen que )?(?:la|lo) (?:podria|podriamos|puedo|podemos|deberia|deberiamos) (?:vender|poner|listar|pedir)|(?:cuanto|que precio) (?:podria|podriamos|puedo|podemos|deberia|deberiamos) pedir por (?:ella|el|la casa))\b/;
const WORTH_IT =
  /\b(?:what|how much) (?:do (?:you|u|ya) think |would (?:you|u) say |(?:you|u) think |do (?:y'?all|you guys) think )?(?:(?:it'?s|its|it is|it would be|it'?d be|it might be|(?:the|this) (?:house|home|place|property)(?:'s| is| would be)) (?:really |actually )?worth\b|(?:it|the house|the home|the place|this house|this place) (?:would|could|will|can|might) (?:sell|go|list) for\b|(?:would|could|will|can|might) (?:it|the house|the home|the place|this house|this place) (?:sell|go|list) for\b)|\b(?:en )?cuanto se (?:venderia|vende|podria vender|vendera)\b/;

/** What a home would rent for ("how much would this rent for?", "¿en cuánto se renta?"): the agent's estimate. */
const RENT_RATE =
  /\b(how much (would|could|does|will|can|might) (it|this|this one|this (house|home|place)|the (house|home|place)|a (house|home|place) like this|something like this|that) (rent|lease|go)( out)? for|what (would|could|does|will|might) (it|this|this one|a (house|home|place) like this) (rent|lease)( out)? for|what'?s the (rent|rental (rate|income|value|estimate))|what (kind of |sort of )?rent (would|could|can) (i|we|it|this) (get|bring|make)|rental (income|estimate|rate|value)|what (would |will |might )?(the )?rent (would |will |might )?be|rent(ed)? (it )?out\b.*\b(bring in|make|get|go for)|(en )?cuanto se (podria|puede|pudiera) (rentar|alquilar)|cuanto (de renta|en renta|de alquiler) (le |me )?(sacaria|sacariamos|saco|sacamos|daria|dejaria)|(en )?cuanto se (renta|rentaria|alquila|alquilaria)|cuanto (renta|rentaria|alquila|alquilaria)|cuanto (dejaria|deja|daria|da) de renta|cuanto (podria|podriamos|puedo|podemos) (cobrar|sacar) de renta)\b/;

/**
 * Advice on getting a home ready or on what comes first ("do I need to replace the carpets first?", "should we paint
 * before listing?", "¿tengo que arreglar el techo antes de vender?", "do we need to be pre-approved first?"): a
 * question for the agent, even when it also says the lead sells or buys.
 */
const ADVICE_ASKED =
  /^(do|would|will) (i|we) (need|have)\b|^should (i|we)|^what (comes|should come|goes|do (i|we) do) first\b|^is it worth (it to )?\w+ing|^(tengo|tenemos|hay) que|^(debo|debemos|deberia|deberiamos|conviene|vale la pena|necesito|necesitamos)\b/;

const HOA =
  /\b(hoa|h\.o\.a|homeowners? association|association (fee|dues)|cuota de (mantenimiento|asociacion)|mensualidad de la asociacion|(cuanto|cuota|pago|paga|pagan|pagar|mensual\w*|how much) [^.?!]{0,20}\basociacion|asociacion\b[^.?!]{0,20}\b(cuanto|al mes|mensual\w*|cuesta|sale))\b/;

/** The listing facts asked about, in this order (the HOA first: its fee may be asked with the pool's). */
const TOPICS = ['pool', 'sqft', 'year_built', 'beds', 'baths', 'price'] as const;
const FEATURES = BOOK.only('feature');
/** The feature asked about first in the sentence, as written ("a/c" for the words "a c"). */
function featureAsked(tokens: Token[]): string | undefined {
  const hits = FEATURES.hear(tokens);
  if (hits.length === 0) return undefined;
  const first = hits.reduce((best, hit) => (hit.start < best.start ? hit : best));
  return first.evidence === 'a c' ? 'a/c' : first.evidence;
}

/**
 * A size asked about a part of the property ("how big is the lot", "what's the lot size", "cuánto mide el
 * terreno", "how big is the master bedroom"): the listing's square footage is the house's, so it is not the answer.
 */
const PART =
  '(lot|yard|backyard|front yard|land|parcel|garage|kitchen|bedrooms?|master|primary|rooms?|closets?|bathrooms?|patio|pool|terreno|lote|cocina|recamaras?|cuartos?|cochera|jardin|alberca|piscina)';
const SIZE_OF_PART = new RegExp(
  `\\b(how (big|large|wide|deep|long)|what size|size of|square (feet|footage)|sq\\.? ?ft|acres?|acreage|que tan grande|de que tamano|tamano del?|cuanto mide|mide|cuantos metros)\\b[^.?!,]{0,20}?\\b${PART}\\b|\\b${PART} (size|square footage|sq\\.? ?ft|dimensions|tamano|medidas)\\b`,
);

/** The lot's size asked ("how big is the lot", "lot size?", "how many acres", "¿cuánto mide el terreno?"). */
const LOT = '(lot|land|parcel|terreno|lote)';
const LOT_SIZE = new RegExp(
  `\\b(how (big|large|wide|deep)|what size|size of|square (feet|footage)|sq\\.? ?ft|acres?|acreage|que tan grande|de que tamano|tamano del?|cuanto mide|mide|cuantos metros)\\b[^.?!,]{0,20}?\\b${LOT}\\b|\\b${LOT} (size|square footage|sq\\.? ?ft|dimensions|tamano|medidas)\\b|\\bhow many acres\\b|\\bcuantos acres\\b`,
);

/**
 * The age of a part of the property ("how old is the roof", "¿cuántos años tiene la alberca?", "when was the water
 * heater replaced"): the listing's year built is the house's, and a feature line ("yes, it has a pool") does not
 * answer it, so the agent does.
 */
const AGED_PART =
  '(roof|pool|hvac|a\\/c|ac|air conditioner|furnace|water heater|heater|appliances|windows|kitchen|bathrooms?|floors|flooring|carpets?|fence|deck|solar( panels)?|panels|garage door|spa|jacuzzi|techo|alberca|piscina|calentador|boiler|aire( acondicionado)?|clima|minisplit|electrodomesticos|ventanas|cocina|banos?|pisos|alfombras?|cerca|barda|paneles( solares)?|cochera)';
const AGE_OF_PART = new RegExp(
  `\\b(how old|what year|which year|when (was|were|did)|age of|cuantos anos (tiene|tienen)|que edad (tiene|tienen)|que tan (viej|nuev)[oa]s? (es|son|esta|estan)|de que ano (es|son)|cuando (se )?(cambiaron|cambio|pusieron|puso|instalaron|instalo|remodelaron|remodelo))\\b(?:\\s+(?:is|are|was|were|did|they|es|son|fue|fueron|the|el|la|los|las|de|del|of|on|in|this|that|its|it'?s|su|sus))*\\s+${AGED_PART}\\b|\\b${AGED_PART} (age|edad)\\b`,
);

/**
 * Whether an appliance stays with the house ("does the fridge stay?", "¿se quedan el refri y la lavadora?", "is the
 * washer and dryer included"): a question about the home only with the staying, since the words alone are everyday
 * life ("sorry was fixing the dryer, what was the question?").
 */

const ABOUT_THE_LISTING =
  /^(how long|why|when|is|has|was|did|does)\b[^.?!]{0,12}\b(it|this one|this (house|home|place|listing|property)|the (house|home|place|listing|property|seller|sellers|owner|owners))\b[^.?!]{0,30}\b(on the market|listed|for sale|been|sitting|reduced|pending)\b/;

const HOW_IT_WORKS =
  /^(how (does|do|would|will|is|did) [^.?!]{0,40}\b(work|works|working|go|goes)\b|what (are|r|would be|will be) (the )?(next )?steps\b|what(s| is) the (buying|selling|closing|escrow|offer|loan) process\b|(y )?como (funciona|funcionaria|seria|es) (el proceso|todo|esto|eso|la compra|la venta)|(como|cual) (es|seria) el proceso|cuales (son|serian) los pasos|que pasos)/;

/**
 * Financing and getting around, which the listing cannot answer ("do they accept VA loans?", "¿aceptan préstamo
 * VA?", "is there a bus stop close by?"). Financing only in a sentence built as a question: "fha i think?" or "va
 * loan?" answering the financing question asks nothing.
 */
/** Asking whether someone takes or allows something ("do they accept VA?", "¿el vendedor acepta FHA?"). */

/**
 * A question about the agent or the team rather than the home ("does jorge work with first time buyers?", "do you
 * guys speak spanish?", "¿Jorge habla español?"): the agent answers it.
 */

/**
 * A question that starts after a laugh or an aside inside one unpunctuated sentence: "cant stop thinking about that
 * kitchen lol is it still available", "love the yard btw does it have a pool", "me encanta jaja tiene alberca". Only
 * after a laugh or "btw", and only a question built as one ("is it", "does the", "how much", "tiene"): after "but" or
 * "pero", and before "which", "what we need", "tiene que", the words are a statement.
 */
const INNER_QUESTION =
  /(?:^|\s)(?:lol|lmao|rofl|(?:ha|ja|he|je){2,}h?|btw|by the way|por cierto|oye)\s+(?=(?:(?:is|does|do|are|can|will|has|did) (?:it|this|that|there|the|they|he|she)|how (?:much|many|big|old)|what'?s the|whats the|tiene|incluye|se quedan?|cu[aá]nt[oa]s?|cu[aá]l es)\b)/i;
/** The sentence, or its head and the question that starts inside it (INNER_QUESTION). */
function splitInnerQuestion(sentence: string): string[] {
  const match = INNER_QUESTION.exec(sentence);
  if (!match) return [sentence];
  const cut = match.index + match[0].length;
  return [sentence.slice(0, match.index), sentence.slice(cut)].filter((part) => part.trim() !== '');
}

/**
 * Finds the lead's own question in the (side-topic free) text; none when the message asks nothing.
 * `worthMeansOwnHome`: "what's it worth?" asks about the lead's own home (no listing in view, not a buyer).
 */
export function findLeadQuestion(
  text: string,
  { worthMeansOwnHome }: { worthMeansOwnHome: boolean } = { worthMeansOwnHome: false },
): LeadQuestion | undefined {
  for (const sentence of sentences(text).flatMap(splitInnerQuestion)) {
    const folded = fold(sentence)
      .replace(/^[¿\s]+/, '')
      .trim();
    // A sentence without letters asks nothing (and a long run of "?!" is many such sentences).
    if (!/[a-z]/.test(folded)) continue;
    const tokens = tokenise(folded);
    if (
      HOME_VALUE.test(folded) ||
      BOOK.find(tokens, 'home_value') ||
      SELL_IT_FOR.test(folded) ||
      (worthMeansOwnHome && WORTH_IT.test(folded))
    )
      return { topic: 'home_value', sentence };
    // A question word at the end asks too ("hoa cuanto", "taxes how much").
    const askedLast = /\b(cuanto|cuanta|cuantos|cuantas|how much|how many)\s*$/.test(folded);
    const asks =
      /\?\s*$/.test(folded) || /^¿/.test(sentence.trim()) || INTERROGATIVE.test(folded) || askedLast;
    if (
      (SHOWING.test(folded) || BOOK.find(tokens, 'showing')) &&
      (asks ||
        /\b(want|wanna|like to|love to|would love|quiero|queremos|quisiera|quisieramos|me gustaria|nos gustaria)\b/.test(
          folded,
        ))
    )
      return { topic: 'showing', sentence };
    // A lead who wants to rent asks the team something the bots do not do: the agent answers it.
    if (RENTER.test(folded) && detectIntent(folded).intent === 'unclear') return { topic: 'other', sentence };
    if (!asks) continue;
    if (!INTERROGATIVE.test(folded) && !/\?\s*$/.test(folded) && !askedLast) continue;
    if (RENT_RATE.test(folded)) return { topic: 'other', sentence };
    if (ADVICE_ASKED.test(folded) && (BOOK.find(tokens, 'getting_ready') || BOOK.find(tokens, 'first')))
      return { topic: 'other', sentence };
    // A choice between getting it ready and selling as is: "¿le arreglo el techo primero o la vendo así?"
    if (BOOK.find(tokens, 'getting_ready') && BOOK.find(tokens, 'first_or'))
      return { topic: 'other', sentence };
    // The lot is a fact of the catalogue; another part's size or age is the agent's to answer.
    if (LOT_SIZE.test(folded)) return { topic: 'lot', sentence };
    if (SIZE_OF_PART.test(folded) || AGE_OF_PART.test(folded)) return { topic: 'other', sentence };
    if (BOOK.find(tokens, 'appliance') && BOOK.find(tokens, 'stays')) return { topic: 'other', sentence };
    // What the HOA allows is not what it costs.
    if (HOA.test(folded) && BOOK.find(tokens, 'hoa_rules')) return { topic: 'other', sentence };
    // "is it still available?", "¿ya se vendió?": the catalogue's status answers it.
    if (BOOK.find(tokens, 'availability')) return { topic: 'availability', sentence };
    if (HOA.test(folded)) return { topic: 'hoa', sentence };
    const topic = TOPICS.find((cue) => BOOK.find(tokens, cue));
    if (topic) return { topic, sentence };
    const feature = featureAsked(tokens);
    if (feature) return { topic: 'feature', sentence, feature };
    // "does it have a guest house?", "¿tiene bodega?": whatever the listing's features may name.
    const named = HAS_A.exec(folded);
    if (named?.groups?.thing) return { topic: 'feature', sentence, feature: named.groups.thing };
    // A bare "?" after one word ("ok?", "3?") is not a question about the home, unless the word names a listing
    // fact ("hoa?", "pool?", "garage?", matched above).
    if ((folded.match(/[a-z]{2,}/g) ?? []).length < 2) continue;
    // Any other question about the home, the market or the process; not a counter-question about the bot.
    if (/^(why|por que|what do you mean|que quieres decir)\b/.test(folded)) continue;
    // "Can I get a cash offer on my house?" states the intent; the bot step reads it.
    if (BOOK.find(tokens, 'about_the_agent')) return { topic: 'other', sentence };
    // "how long has it been on the market?": a question whose subject is the listing asks about it, whatever its
    // words say of selling.
    if (ABOUT_THE_LISTING.test(folded)) return { topic: 'other', sentence };
    // How something works is a question for the agent, whatever intent its words state ("how does the buying
    // process work?", "¿cómo funciona el proceso de compra?", "what are the steps to sell?").
    if (HOW_IT_WORKS.test(folded)) return { topic: 'other', sentence };
    if ((IT.test(folded) || BOOK.find(tokens, 'home_words')) && detectIntent(folded).intent === 'unclear')
      return { topic: 'other', sentence };
    const builtAsAQuestion =
      INTERROGATIVE.test(folded) || BOOK.find(tokens, 'accepts') || /^¿/.test(sentence.trim());
    if (
      (BOOK.find(tokens, 'getting_around') || (BOOK.find(tokens, 'financing') && builtAsAQuestion)) &&
      detectIntent(folded).intent === 'unclear'
    )
      return { topic: 'other', sentence };
  }
  return undefined;
}

/**
 * A question whether the home has something, named in one to four words ("does it have a guest house?", "is there
 * a wine cellar", "¿tiene bodega?", "¿hay cuarto de lavado?"): the listing answers it when one of its features
 * names it, the agent otherwise.
 */
const HAS_A =
  /^(?:(?:and |y )?(?:does|do) (?:it|the (?:house|home|place|property)|this (?:one|house|home|place)) (?:have|come with)|is there|are there|(?:y )?(?:tiene|hay|cuenta con|viene con)) (?:an? |any |some |una? |unos |unas |algun[oa]? )?(?!(?:anything|anyone|anybody|something|someone|somebody|else|alguien|algo|nadie|nada|chance|way|problem|time|more|another|other|otra|otro)\b)(?<thing>[a-z][a-z-]*(?: [a-z][a-z-]*){0,3})\s*\??$/;

/** "it", also in "it's" and "it'll" (which the phrase tokens read as "its", a possessive, and "itll"). */
const IT = /\bit\b/;

/** What a listing says about a feature, if it says anything. */
function featureLine(listing: Listing, words: RegExp, lang: Lang): string | undefined {
  const feature = (listing.features ?? []).find((item) => words.test(fold(item)));
  if (!feature) return undefined;
  if (lang === 'es') return `Sí, tiene ${feature}.`;
  // "a pool", "an RV pad", "a 3-car garage"; plurals and mass nouns ("solar panels", "RV parking") take none.
  const bare =
    /^(a|an|the)\b/i.test(feature) ||
    /s$/i.test(feature) ||
    /\b(parking|solar|air|a\/c|central)\b/i.test(feature);
  return `Yes, it has ${bare ? feature : `${/^[aeiou]/i.test(feature) ? 'an' : 'a'} ${feature}`}.`;
}

const FEATURE_WORDS: Record<string, RegExp> = {
  pool: /pool|piscina|alberca/,
  garage: /garage|cochera/,
  cochera: /garage|cochera/,
  solar: /solar/,
  panels: /solar|panel/,
  paneles: /solar|panel/,
  yard: /yard|patio|jardin/,
  backyard: /yard|patio|jardin/,
  patio: /yard|patio|jardin/,
  jardin: /yard|patio|jardin/,
  ac: /a\/c|\bac\b|air condition|aire/,
  'a/c': /a\/c|\bac\b|air condition|aire/,
  'air conditioning': /a\/c|\bac\b|air condition|aire/,
  'aire acondicionado': /a\/c|\bac\b|air condition|aire/,
  fireplace: /fireplace|chimenea/,
  chimenea: /fireplace|chimenea/,
};

/** What the catalogue's status tells a lead who asks whether the home can still be bought. */
const AVAILABILITY_LINES: Record<ListingAvailability, Record<Lang, string>> = {
  active: { en: "Yes, it's still available.", es: 'Sí, sigue disponible.' },
  coming_soon: {
    en: "It's coming on the market soon, so you can be among the first to see it.",
    es: 'Sale al mercado muy pronto; puedes estar entre los primeros en verla.',
  },
  under_contract: {
    en: "It's under contract right now, so it may not be available.",
    es: 'Ahora mismo está bajo contrato, así que podría no estar disponible.',
  },
  off_market: { en: "It's off the market right now.", es: 'Ahora mismo no está en el mercado.' },
  sold: { en: 'That one has sold.', es: 'Esa casa ya se vendió.' },
};

/** The answer from the listing facts, when they hold it. */
export function listingAnswer(
  question: LeadQuestion,
  listing: Listing | undefined,
  lang: Lang,
): string | undefined {
  if (!listing) return undefined;
  const es = lang === 'es';
  switch (question.topic) {
    case 'hoa':
      if (listing.hoaMonthly === undefined) return undefined;
      if (listing.hoaMonthly === 0) return es ? 'No tiene cuota de HOA.' : "There's no HOA on this one.";
      return es
        ? `La cuota de HOA es de ${formatMoney(listing.hoaMonthly)} al mes.`
        : `The HOA is ${formatMoney(listing.hoaMonthly)} a month.`;
    case 'availability':
      return listing.availability ? AVAILABILITY_LINES[listing.availability][lang] : undefined;
    case 'pool':
      return featureLine(listing, FEATURE_WORDS.pool!, lang);
    case 'sqft':
      if (!listing.sqft) return undefined;
      return es
        ? `Tiene unos ${listing.sqft.toLocaleString('en-US')} pies cuadrados.`
        : `It's about ${listing.sqft.toLocaleString('en-US')} square feet.`;
    case 'lot':
      return lotLine(listing.lotSqft, es);
    case 'year_built':
      if (!listing.yearBuilt) return undefined;
      return es ? `Se construyó en ${listing.yearBuilt}.` : `It was built in ${listing.yearBuilt}.`;
    case 'beds':
      if (!listing.beds) return undefined;
      return es ? `Tiene ${listing.beds} recámaras.` : `It has ${listing.beds} bedrooms.`;
    case 'baths':
      if (!listing.baths) return undefined;
      return es ? `Tiene ${listing.baths} baños.` : `It has ${listing.baths} bathrooms.`;
    case 'price':
      if (!listing.price) return undefined;
      return es ? `Está en ${formatMoney(listing.price)}.` : `It's listed at ${formatMoney(listing.price)}.`;
    case 'feature': {
      const feature = question.feature ?? '';
      const words =
        FEATURE_WORDS[feature] ?? new RegExp(`\\b${feature.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
      return feature === '' ? undefined : featureLine(listing, words, lang);
    }
    default:
      return undefined;
  }
}

/** The lot in acres from half an acre up, else in square feet. */
function lotLine(lotSqft: number | undefined, es: boolean): string | undefined {
  if (!lotSqft) return undefined;
  const acres = lotSqft / SQFT_PER_ACRE;
  if (acres >= 0.5) {
    const said = acres.toLocaleString('en-US', { maximumFractionDigits: 2 });
    return es ? `El terreno mide unos ${said} acres.` : `The lot is about ${said} acres.`;
  }
  const said = Math.round(lotSqft).toLocaleString('en-US');
  return es ? `El terreno mide unos ${said} pies cuadrados.` : `The lot is about ${said} square feet.`;
}

const SQFT_PER_ACRE = 43_560;

/** Said when the listing facts do not hold the answer: the agent confirms (and the question is noted for them). */
export function agentWillConfirmLine(lang: Lang, agentName: string): string {
  return lang === 'es'
    ? `Buena pregunta; le pediré a ${agentName} que te lo confirme.`
    : `Good question; I'll have ${agentName} confirm that for you.`;
}

/** What a seller asking for the home's value hears first: the numbers come from the agent, not from the bot. */
export function homeValueLine(lang: Lang, agentName: string): string {
  return lang === 'es'
    ? `${agentName} te preparará un análisis con números reales de tu casa.`
    : `${agentName} will put together real numbers on your home for you.`;
}

export function showingLine(lang: Lang): string {
  return lang === 'es' ? 'Con gusto lo coordinamos.' : 'Happy to set that up.';
}
