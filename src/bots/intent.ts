import { BEDROOM_WORD, fold } from './text.js';

export type Intent = 'seller' | 'buyer' | 'unclear';

const SELLER_CUES: RegExp[] = [
  /\bsell\b/,
  /\bselling\b/,
  /\blist(ing)? (my|our)\b/,
  /\bon the market\b/,
  /\b(my|our) (home|house|condo|place|property|townhouse|townhome) (is )?worth\b/,
  /\bwhat'?s (my|our) (home|house|condo|place|property) worth\b/,
  /\bhome value\b/,
  /\bcma\b/,
  /\bcash offer\b/,
  /\bdownsiz\w*/,
  // "we might list", "i'm thinking of listing it"
  /\b(we|i|we'?re|i'?m) (might |may |could |want to |plan to |planning to |thinking (of|about) |going to |gonna )?list(ing)?( it| the house| our (house|home|place)| my (house|home|place))?\b(?! (of|for|price|prices|with you))/,
  // "vender", "vendemos", "vendo"; not "venden" / "se vende" ("¿la venden con los muebles?" asks about the listing)
  /\bvender\b|\bvend(emos|o|iendo|eria|eriamos|eremos)\b|\bventa de (mi|nuestra) casa\b/,
  /\bcuanto vale (mi|nuestra) casa\b|\bvalor de (mi|nuestra) casa\b/,
  /\boferta en efectivo\b/,
  /\bponer (mi|nuestra) casa en (venta|el mercado)\b/,
  // A home the lead was left: "my mom left me her house", "we inherited my dad's place", "mi papá nos dejó su casa".
  /\b(left|leaving|gave) (me|us) (her|his|their|the) (house|home|place|property|condo)\b|\binherit(ed|ing)? (a |the |my |our |her |his |their |\w+'?s ){0,2}(house|home|place|property|condo)\b|\b(house|home|place|property|condo) (came|went|passed|was left) to (me|us)\b|\b(me|nos) (dejo|dejaron|heredo|heredaron) (su|la|una) (casa|propiedad)\b|\bheredamos (la|una|su) (casa|propiedad)\b|\b(herede|heredamos) (la|una) casa\b/,
];

/**
 * Someone who wants to rent a home for themselves ("we just need a rental", "looking to rent a 2 bed", "solo
 * buscamos rentar una casa"): neither a buyer nor a seller. An investor's "rental property" or "rent it out" is not.
 */
export const RENTER =
  /\b(looking to|want to|need to|trying to|wanna|gonna|just|only|we'?d|i'?d) (rent|lease) (a |an |some )?(house|home|place|apartment|apt|condo|townhouse|room|\d ?(bed|br|bd|bedroom)s?)\b|\b(just|only|we|i) (need|want|looking for) (a |an )?(rental|rent|lease|apartment|apartment to rent)\b(?! propert)|\b(place|home|house|apartment|apt|room|something) to (rent|lease)\b(?! out)|\b(busc(o|amos|ando)|quiero|queremos|necesit(o|amos)|solo) (rentar|alquilar|arrendar)\b|\b(busc(o|amos)|necesit(o|amos)|quiero|queremos) (una |un )?(casa|depa|departamento|cuarto) (para|de|en) (renta|rentar|alquiler|alquilar)\b/;
const BUYER_CUES: RegExp[] = [
  /\bbuy\b/,
  /\bbuying\b/,
  /\bpurchas(e|ing)\b/,
  /\blooking for (a |an |our |my )?(new )?(home|house|place|condo|townhouse|townhome)\b/,
  /\bfirst (home|house)\b|\bfirst[- ]time (home ?)?buyers?\b/,
  /\bpre[- ]?approved\b/,
  /\bmov(e|ing) to\b/,
  /\brelocating to\b/,
  /\b(investment|rental) property\b/,
  /\bcomprar\b|\bcomprando\b|\bcompra\b|\bcompro\b|\bcompr(amos|aremos|ariamos)\b/,
  /\bbusc(o|amos|ando) (una |un )?(casa|hogar|vivienda|propiedad|condominio)\b/,
  /\bprimera casa\b/,
  /\bpre[- ]?aprobad[oa]s?\b/,
  /\bmudarme a\b|\bmudarnos a\b/,
  /\bpropiedad de inversion\b/,
];
/**
 * "do you guys buy houses for cash?", "y'all buy homes as is?", "¿ustedes compran casas de contado?": a question to
 * the team about buying the lead's house is a seller's (its "buy" is no buyer cue). "I buy houses for cash" is an
 * investor's: a buyer.
 */
const BUY_MY_HOUSE =
  /\b(someone|somebody|a company|an investor|investors|they|people|alguien|una compania|un inversionista)( [a-z']+){0,4} (buy|purchase|comprar|compra|comprarme) (my|our|mi|nuestra) (house|home|place|property|casa)\b|\b((do|would|will|can|could) )?(you|u|y'?all|you guys|your (team|company))( \w+)? (buy|purchase) (houses|homes|properties|my (house|home|place|property)|our (house|home|place|property))\b(?=[^.!?]*\?| (for cash|cash|as[- ]is|in any condition))|\b(ustedes )?(compran|comprarian|me compran|nos compran|me compraria|compraria usted) (casas|mi casa|nuestra casa|la casa)\b/;

/**
 * Weaker signs of a buyer, counted only when nothing else in the message says buy or sell: the home the lead is
 * after, by its size ("looking for a 3 bed", "need at least four bedrooms", "buscamos una de 4 recámaras"), and a
 * budget of the lead's own ("budget is 700", "max budget 550k", "mi presupuesto"). A seller says these too ("selling
 * ours, want 4 bedrooms next time"), so they never outvote a seller cue.
 */
const SIZE_WANTED = new RegExp(
  `\\b(looking for|searching for|shopping for|hunting for|in the market for|want|need|interested in|busc(o|amos|ando)|quiero|queremos|necesit(o|amos))\\b( (?!sell|selling|list|listing|our|my|vender|mi|nuestra|nuestro)[\\w']+){0,3} (\\d+|two|three|four|five|six|dos|tres|cuatro|cinco|seis) ?-?${BEDROOM_WORD}\\b`,
);
const OWN_BUDGET =
  /\b((my|our|max|the) budget|budget('?s| is| of| around| about| would be| max|:)|(mi|nuestro) (presupuesto|budget)|presupuesto( es| de|:))(?! (for|para) (repairs?|arreglos|the (move|remodel|repairs?)|la mudanza))/;
/**
 * An investor after homes, someone moving here who needs a place ("looking for fixer uppers i can rent out", "we
 * relocated for my job"), money from a sale to buy with ("cash from the sale of our house in san diego"), or homes
 * to tour ("want to see homes this week", "queremos ver casas").
 */
const AFTER_A_PLACE =
  /\b((looking for|want|buying|need|busco|buscamos|compro|compramos) (a |some |more |unas? )?(fixer[- ]?uppers?|fixers|flips?|rentals?|rental propert\w+|investment propert\w+|casas para (rentar|invertir))|(i'?m|im|we'?re|were) (an )?investors?|(relocating|moving|transferring|coming) (here )?from\b|(just |recently )?(relocated|moved) (here )?(for|from)\b|(cash|money|proceeds|equity|funds|dinero) (from|de) (the |la )?(sale|selling|venta)\b|(want|wanna|like|looking|need|hoping|ready) to (see|tour|view|look at|check out) (some |a few |more |a couple( of)? |\d+ |the )?(homes|houses|properties|places|listings|condos)\b|(quiero|queremos|quisiera|quisieramos) (ver|visitar|conocer) (unas |algunas |varias )?(casas|propiedades)\b|(need|looking for|busco|buscamos|necesitamos|necesito) (a |una )?(place|home|casa|lugar) (near|close to|in|by|cerca de|en|por)\b)/;
/** The lead calling themselves a buyer ("cash buyer, 1.3m", "comprador de contado"), not asking about someone's buyers. */
const SELF_DESCRIBED_BUYER =
  /(?<!\b(have|any|your|for|of|with|got|find|tienen|tienes|hay|para|con) )\b(cash|all[- ]cash|qualified|serious|ready|motivated) buyers?\b|(?<!\b(tienen|tienes|hay|para|con|algun|algunos) )\bcomprador(a|es)? (de contado|en efectivo|serio|seria|calificad[oa])\b/;
const WEAK_BUYER_CUES = [SIZE_WANTED, OWN_BUDGET, AFTER_A_PLACE, SELF_DESCRIBED_BUYER];

/** Someone else's sale ("would the owners sell for under 600?", "¿el dueño la quiere vender rápido?"): no seller cue. */
const THEIR_SALE =
  /\b(the )?(owners?|sellers?|el dueno|los duenos|dueno|duenos|la duena)( [a-z']+){0,3} (sell|selling|vender|venderia|vende|venden)\b/g;

/** Explicit first-person selling: decides a tie in the seller's favour (seller has priority). */
const OWN_SALE =
  /\b((i|we|i'd|we'd) (want|need|plan|would like|like|have|are planning|am planning|are looking|am looking) to sell\b|(buy|comprar) (something|algo) (smaller|mas pequen[oa]|mas chic[oa]) (after|afterwards|despues|luego)|sell(ing)? (my|our|the) ([\w']+ ){0,2}(home|house|condo|place|property|townhouse|townhome|bed|beds|bedroom|br|bd)|sell (it )?first|selling first|list(ing)? (my|our)|vender (mi|nuestra) casa|vender primero)\b|\bsell(ing)?\b( \w+){0,5} (and )?(then|after that|before (we |i )?(can |could |are able to |get to )?(buy|buying|purchase)|first)\b|\bsell\b( \w+){0,3} (to|in order to) (be able to )?(buy|purchase)\b|\b(after|once|when) (we|i) sell\b|\bvender\b( \w+){0,5} (y )?(luego|despues|primero|antes de (poder )?comprar|para (poder )?comprar)\b|\b(despues de|cuando) vend(amos|a|er)\b/;
/** A lead walking back a sale ("actually we're not selling, just buying"). */
const NOT_SELLING =
  /\b(not (looking to |going to |planning to |trying to )?sell(ing)?|don't want to sell|dont want to sell|no longer selling|changed (my|our) mind|not (really )?interested in selling|only (want to |looking to )?buy(ing)?|just (want to |looking to )?buy(ing)?|no (quiero|queremos|vamos a) vender|no (me|nos) interesa vender|solo (quiero|queremos) comprar)\b/;

function count(patterns: RegExp[], folded: string): number {
  return patterns.reduce((sum, pattern) => sum + (pattern.test(folded) ? 1 : 0), 0);
}

export interface IntentScore {
  seller: number;
  buyer: number;
  intent: Intent;
}

/** A sale of their own before a purchase: "sell our house and then buy", "vender primero y luego comprar". */
const SELL_THEN_BUY =
  /\b(sell|selling|vender|vendemos)\b[^.!?]{0,60}\b(then|first|after that|before|luego|despues|primero|antes de)\b[^.!?]{0,40}\b(buy|buying|purchase|comprar|compramos|compraremos)\b|\b(buy|buying|comprar)\b[^.!?]{0,40}\b(after|once|when|despues de que|cuando)( we| i)? (sell|vendamos|vendemos|venda)\b/;

/**
 * Counts seller cues against buyer cues (DOMAIN.md section 2). The larger count wins; a tie is unclear, except
 * that an explicit first-person sale ("sell my house first, then buy") gives the seller priority.
 */
export function detectIntent(text: string): IntentScore {
  const folded = fold(text);
  if (
    RENTER.test(folded) &&
    count(SELLER_CUES, folded) === 0 &&
    !/\b(buy|buying|purchase|comprar)\b/.test(folded)
  )
    return { seller: 0, buyer: 0, intent: 'unclear' };
  if (NOT_SELLING.test(folded)) {
    const buyer = count(BUYER_CUES, folded);
    return { seller: 0, buyer, intent: buyer > 0 ? 'buyer' : 'unclear' };
  }
  const asksToBuyTheirs = BUY_MY_HOUSE.exec(folded);
  const read = (asksToBuyTheirs ? folded.replace(asksToBuyTheirs[0], ' ') : folded).replace(THEIR_SALE, ' ');
  const seller = count(SELLER_CUES, read) + (asksToBuyTheirs ? 1 : 0);
  const strong = count(BUYER_CUES, read);
  const buyer = strong > 0 || seller > 0 ? strong : count(WEAK_BUYER_CUES, read);
  let intent: Intent = 'unclear';
  // "Sell first, then buy" goes to the seller bot whatever buyer facts come with it (DOMAIN.md section 2).
  if (seller > 0 && SELL_THEN_BUY.test(read)) intent = 'seller';
  else if (seller > buyer) intent = 'seller';
  else if (buyer > seller) intent = 'buyer';
  else if (seller > 0 && OWN_SALE.test(read)) intent = 'seller';
  return { seller, buyer, intent };
}

/** True when the lead explicitly walks back selling (allows a seller-to-buyer switch). */
export function walksBackSelling(text: string): boolean {
  return NOT_SELLING.test(fold(text));
}

/** A strong seller signal (everything but the ambiguous "on the market"), for a buyer-to-seller switch. */
export function strongSellerCue(text: string): boolean {
  const folded = fold(text);
  return (
    OWN_SALE.test(folded) || /\b(home value|cma|cash offer|(my|our) (home|house) (is )?worth)\b/.test(folded)
  );
}
