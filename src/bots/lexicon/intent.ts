import type { Phrase } from '../read/phrases.js';

/**
 * What a lead says of buying, selling or renting (`intent.ts`), in the grammar of `read/phrases.ts`, English and
 * Spanish. Each cue counts once however many of its phrases are heard (the seller's cues against the buyer's).
 */
const HOME = 'home|house|condo|place|property|townhouse|townhome';
const OWNER = 'her|his|their|the';

// prettier-ignore
type Entry = string | Omit<Phrase<string>, 'cue' | 'always'>;
const SELLER: Record<string, readonly Entry[]> = {
  sell: [
    'sell',
    // the home to be sold, with no seller named: "the settlement says the terra vista house gets sold"
    'house|home|place|property|condo ~1 gets|get|has+to+be|must+be|needs+to+be|will+be|to+be sold',
  ],
  selling: ['selling'],
  list_mine: [
    'list|listing my|our',
    'list|listing ours',
    // a home taken off the market, to be listed again: "want to try listing it again this spring", "relist it"
    'relist|relisting|re-list|re-listing',
    'list|listing|sell|selling it|the+house|the+home back|again ~2 on|_ the|_ market|_',
  ],
  // "queríamos poner la casa a la venta", "put the house up for sale"
  put_up: [
    'poner|ponerla|pondremos|ponemos la|nuestra|mi casa|_ a|en la|_ venta',
    'put the|our|my house|home|place|_ up for sale',
  ],
  on_market: ['on the market'],
  worth: [`my|our ${HOME} is|_ worth`],
  whats_worth: [
    'whats my|our home|house|condo|place|property worth',
    // "we want to see what our place would go for"
    'what|how+much my|our home|house|condo|place|property would|could|will|might|can go|sell for',
    // "if it gets 719 what would ours get?" (the listing beside the lead's own)
    'what|how+much would|will|could|might ours|mine get|go+for|sell+for|be+worth|bring',
    // the lead's own home named, then asked after as "it": "postcards about my house. what's it worth?"
    { words: 'whats|what+is|how+much+is it worth', needs: 'my|our', unless: 'this|that|listing' },
    { words: 'cuanto vale|valdria $', needs: 'mi|nuestra', unless: 'anuncio|listing|publicacion' },
    // a home the lead says it has, then its worth asked: "tengo un townhouse en Chino y quiero saber cuánto vale", "got
    // a condo in Ontario, what's it worth?" (not "tengo una pregunta, ¿cuánto vale?", asked of the listing)
    {
      words: `tengo|tenemos|have|got|own a|an|un|una|_ ${HOME}|casa|casita|depa|departamento ~8 worth|vale|valdria|valdra|darian|pagarian`,
      unless: 'esta|este|esa|ese|anuncio|listing|publicacion|this|that|waiting|wait|esperar|rates|tasas',
      // (the worth may be asked in the next clause: "got a condo in Ontario, what's it worth?")
      clause: false,
    },
  ],
  // "the house has to go", "our place needs to go" (a sale the lead must make)
  has_to_go: [
    'the|our|my|this house|home|place|condo has|needs|got to go',
    'the|our|my|this house|home|place|condo has|_ gotta|hasta go',
  ],
  home_value: ['home value'],
  cma: ['cma'],
  cash_offer: ['cash offer|offers'],
  downsize: ['downsiz*'],
  cash_out: ['cash|cashing out'],
  vender: [
    'vender|vendemos|vendo|vendiendo|venderia|venderiamos|venderemos|venderla|venderlo|venderlas|venderlos',
    // a sale someone ordered of the lead: "el juez ordered que vendamos la casa" (not "depende de cuando vendamos")
    'ordered|ordeno|ordenaron|mando|mandaron|ordena que vendamos|vendieramos',
    'venta de mi|nuestra casa',
    // the home to be sold, with no seller named: "el juez ordenó que se venda la casa", "la casa se tiene que vender"
    'se venda|tiene+que+vender|debe+vender la|nuestra|mi casa|propiedad',
    'la|nuestra|mi casa|propiedad se tiene|tendra|debe que|_ vender|venda',
  ],
  valor: [
    'cuanto vale mi|nuestra casa',
    'valor de mi|nuestra casa',
    // "mi esposo quería saber cuánto vale la casa" (no listing in view: the lead's own home)
    'saber|ver cuanto vale|valdria la|su casa',
    'saber|ver cuanto le|les|nos|me darian|daran|dan por la|su casa',
    // what the team would give for the lead's own home: "cuánto me darían cash por mi casa?", "how much would you give
    // me for my house"
    'cuanto me|nos darian|daran|dan|pagarian ~2 por mi|nuestra casa|propiedad|depa|casita',
    `how+much would|will|could you|yall|u|you+guys give|pay|offer me|us ~2 for my|our ${HOME}`,
    'saber|ver que|cual valor tiene la|su casa',
    'saber|know how+much la|the|su|our|my casa|house|home is|es|would+be|_ worth|vale',
  ],
  oferta: ['oferta en efectivo'],
  poner: [
    'poner mi|nuestra casa en venta',
    'poner mi|nuestra casa en el mercado',
    // "quisiera poner a la venta mi casa", "la queremos poner en venta"
    {
      words: 'poner|ponerla|ponerlo|pongo|ponemos a|en la|_ venta',
      notPrecededBy: 'acaban+de|acabaron+de|van+a|la+que|que',
    },
    'poner|ponerla|ponerlo en el mercado',
    // "quiere poner la casa de Upland en el mercado"
    'poner la|su|mi|nuestra casa|propiedad ~3 en el mercado',
    // "quiere poner su casa de Colton a la venta"
    'poner la|su|mi|nuestra casa|propiedad ~3 a|en la venta',
    'poner mi|nuestra|nuestro|su casa|condo|depa|departamento|propiedad|townhouse a|en la|_ venta',
  ],
  // A home the lead was left: "my mom left me her house", "we inherited my dad's place", "mi papá nos dejó su casa".
  inherited: [
    `left|leaving|gave me|us ${OWNER} ${HOME}`,
    `inherit|inherited|inheriting a|the|my|our|her|his|their|*|_ a|the|my|our|her|his|their|*|_ ${HOME}`,
    `${HOME} came|went|passed to me|us`,
    `${HOME} was left to me|us`,
    'me|nos dejo|dejaron|heredo|heredaron su|la|una casa|propiedad',
    'heredamos la|una|su casa|propiedad',
    'herede la|una casa',
  ],
};

/** Buying someone's share of a home the lead owns with them: "buy the other out", "buy me out", "comprarle su parte". */
const BOUGHT_OUT =
  'out+my|out+his|out+her|out+their|out+the+other|me+out|us+out|him+out|her+out|them+out|the+other+out|each+other+out|my+ex+out|the+others+out|my+share|his+share|her+share|their+share';
const SHARE_ES = 'su|la|mi|tu|sus parte|partes|mitad';
// prettier-ignore
const BUYER: Record<string, readonly Entry[]> = {
  buy: [{ words: 'buy', notFollowedBy: BOUGHT_OUT }],
  buying: [{ words: 'buying', notFollowedBy: BOUGHT_OUT }],
  purchase: ['purchase|purchasing'],
  looking: [
    `looking for a|an|our|my|_ new|_ ${HOME}`,
    // a kind of home before it: "looking for a single story home", "looking for a 4 bedroom house"
    `looking for a|an ~2 ${HOME}`,
  ],
  first: ['first home|house', 'first time home|_ buyer|buyers', 'first time homebuyer|homebuyers'],
  approved: ['pre approved', 'preapproved'],
  moving: ['move|moving to'],
  relocating: ['relocating to'],
  investment: ['investment|rental property', 'duplex|triplex|fourplex|quadplex|multifamily|multiplex'],
  comprar: [
    {
      words: 'comprar|comprando|compra|compro|compramos|compraremos|comprariamos|comprarle|comprarles|comprarnos|comprarme',
      notFollowedBy: SHARE_ES,
      // a home bought before: "la casa que compramos juntos", "donde compramos hace años"
      notPrecededBy: 'que|donde|cuando|ya',
    },
  ],
  busco: [
    'busco|buscamos|buscando una|un|_ casa|hogar|vivienda|propiedad|condominio',
    // the heritage speaker's calque of "looking for a house": "estoy mirando por una casa"
    'mirando|viendo por una|un casa|hogar|vivienda|propiedad|condominio',
  ],
  primera: ['primera casa'],
  aprobado: ['pre aprobado|aprobada|aprobados|aprobadas', 'preaprobado|preaprobada|preaprobados|preaprobadas'],
  mudarme: ['mudarme|mudarnos a'],
  inversion: ['propiedad de inversion', 'para inversion|invertir'],
};

/**
 * An investor after homes, someone moving here who needs a place ("looking for fixer uppers i can rent out", "we
 * relocated for my job"), money from a sale to buy with ("cash from the sale of our house in san diego"), or homes
 * to tour ("want to see homes this week", "queremos ver casas"): a weak buyer cue.
 */
const AFTER = ['looking for', 'want|buying|need|busco|buscamos|compro|compramos'];
const SOME = 'a|some|more|una|unas|_';
const NEED_PLACE = ['looking for', 'need|busco|buscamos|necesitamos|necesito'];
const SEE = ['see|tour|view', 'look at', 'check out'];
// prettier-ignore
const AFTER_A_PLACE: readonly string[] = [
  ...AFTER.flatMap((after) => [
    `${after} ${SOME} fixer upper|uppers`, `${after} ${SOME} fixerupper|fixeruppers|fixers|flip|flips|rental|rentals`,
    `${after} ${SOME} rental|investment propert*`, `${after} ${SOME} casas para rentar|invertir`,
  ]),
  'im|were an|_ investor|investors',
  'relocating|moving|transferring|coming here|_ from',
  'just|recently|_ relocated|moved here|_ for|from',
  'cash|money|proceeds|equity|funds|dinero from|de the|la|_ sale|selling|venta',
  ...SEE.map((see) => `want|wanna|like|looking|need|hoping|ready to ${see} some|a|more|the|#|_ few|couple|_ of|_ homes|houses|properties|places|listings|condos`),
  'quiero|queremos|quisiera|quisieramos ver|visitar|conocer unas|algunas|varias|_ casas|propiedades',
  ...NEED_PLACE.flatMap((need) => [
    `${need} a|una|_ place|home|casa|lugar near|in|by|cerca|en|por`, `${need} a|una|_ place|home|casa|lugar close to`,
  ]),
];

/** The lead walking back a sale ("actually we're not selling, just buying"). */
// prettier-ignore
const NOT_SELLING: readonly Entry[] = [
  'not looking|going|planning|trying|_ to|_ sell|selling', 'dont want to sell', 'no longer selling', 'changed my|our mind',
  'not really|_ interested in|en selling|vender', 'only|just want|looking|_ to|_ buy|buying', 'no quiero|queremos vender',
  'solo|nomas|nada+mas comprar',
  'no vamos a vender', 'no me|nos interesa vender', 'solo quiero|queremos comprar',
  // talked out of it: "my brother talked me out of selling", "decided not to sell", "we're not selling after all"
  'talked|talk me|us out of selling|it', 'decided|decide not to sell', 'not selling after all', 'ya no vamos a vender',
  'decidimos no vender',
  // nothing to sell first: "we don't need to sell first", "no tenemos casa que vender"
  'dont|do+not|wont|will+not need|have to sell', 'nothing to sell', 'no home|house to sell',
  'no tenemos|tengo casa|nada que vender', 'no tenemos|tengo que vender',
  // the home kept, whoever keeps it: "we're going to keep it and rent it out", "mi hermano wants to keep the house"
  // (not "keep it until the kids finish school, then sell")
  {
    words: 'keep|keeping|quedarnos+con|quedarse+con it|the+house|the+home|the+place|la+casa',
    notFollowedBy: 'until|til|till|hasta|for+now|por+ahora|a+little|un+tiempo',
    // "neither of us can refinance to keep the house": a home that cannot be kept, or is not worth keeping ("no vale la
    // pena keep it")
    unless: 'refinance|refi|afford|neither|cant|cannot|refinanciar|pena|worth',
  },
  'no la|lo voy|vamos a vender', 'no la|lo vendo|vendemos|venderemos',
  // "no vendo nada, lo que quiero es comprar", "quiero comprar, no vender" (not "no vendo hasta junio")
  { words: 'no vendo|vendemos|estoy+vendiendo|estamos+vendiendo nada|_', notFollowedBy: 'hasta|sin|antes|por+menos|en+menos|barato' },
  'comprar|buy|buying ~1 no|not vender|sell|selling',
  '^ no|not vender|sell|selling $',
  // nothing owned here, or the home already sold: "I don't own nothing out there", "ya vendí mi casa en Henderson"
  'dont|do+not|didnt own nothing|anything|a+house|a+home|a+place|property|any+property',
  'no soy|somos dueno|duena|duenos|propietario|propietaria|propietarios',
  'already sold my|our|the|_ house|home|place|condo',
  'ya vendi|vendimos ~1 casa|propiedad|condo|depa|departamento',
];

/** Explicit first-person selling: decides a tie in the seller's favour. */
const WE = 'i|we|id|wed';
const BUY_AFTER = 'buy|buying|purchase';
// prettier-ignore
const OWN_SALE: readonly string[] = [
  `${WE} want|need|plan|like|have to sell`, `${WE} would like to sell`, `${WE} are|am planning|looking to sell`,
  'buy|comprar something|algo smaller after|afterwards|despues|luego',
  'buy|comprar something|algo mas pequeno|pequena|chico|chica after|afterwards|despues|luego',
  `sell|selling my|our|the *|_ *|_ ${HOME}|bed|beds|bedroom|br|bd`,
  'sell it|_ first', 'selling first', 'list|listing my|our', 'vender mi|nuestra casa', 'vender primero',
  // "we would put our place up for sale first", "primero ponemos la casa en venta"
  'put|putting our|my|the place|house|home|condo up for sale',
  'poner|ponemos|pondremos|ponerla la|nuestra|mi casa en|a la|_ venta',
  // "primero tengo que vender la casa que compartía con mi ex", "first we have to sell the condo"
  'primero|first ~3 vender|venderla|vendamos|vendemos|venda|sell|selling',
  'sell|selling|list ours',
  'after|once|when we|i sell',
  'despues de vendamos|venda|vender', 'cuando vendamos|venda|vender',
  // Spanglish: "quiero sell mi casa", "need to vender my house".
  'sell|selling|vender mi|nuestra|nuestro|my|our casa|propiedad|condo|depa|departamento|house|home|place',
  'quiero|queremos|necesito|necesitamos|planeamos|tengo|tenemos que|_ sell|selling',
  // "tenemos que vender la casa", "necesito vender la propiedad"
  'quiero|queremos|necesito|necesitamos|tengo+que|tenemos+que vender|venderla la|nuestra|mi|_ casa|propiedad|_',
];
/** A sale told before what follows it, within one clause ("sell the condo and then buy", "vender y luego comprar"). */
// prettier-ignore
const SALE_THEN: readonly string[] = [
  'sell|selling ~ *|_ and|_ then|first', 'sell|selling ~ *|_ and|_ after that',
  `sell|selling ~ *|_ and|_ before we|i|_ can|could|_ ${BUY_AFTER}`,
  `sell|selling ~ *|_ and|_ before we|i|_ are able to ${BUY_AFTER}`,
  `sell|selling ~ *|_ and|_ before we|i|_ get to ${BUY_AFTER}`,
  'sell ~ *|_ to be|_ able|_ to|_ buy|purchase',
  'vender ~ *|_ y|_ luego|despues|primero', 'vender ~ *|_ y|_ antes de poder|_ comprar',
  'vender ~ *|_ y|_ para poder|_ comprar',
];

/** A sale of their own before a purchase: "sell our house and then buy", "vender primero y luego comprar". */
const SOLD = 'sell|selling|list|listing|vender|vendemos|venderla|venderlo|vendamos';
const BOUGHT = 'buy|buying|purchase|comprar|compramos|compraremos|comprarle|comprarnos|compremos';
// prettier-ignore
const SELL_THEN_BUY: readonly string[] = [
  `${SOLD} ~ ~ ~ then|first|before|luego|despues|primero|antes ~ ~ ${BOUGHT}`,
  `${SOLD} ~ ~ ~ after that ~ ~ ${BOUGHT}`,
  // the sale paying for the purchase: "vender la de Pomona y con eso comprar una más grande"
  `${SOLD} ~ ~ ~ and|y with|con that|eso|the+money|el+dinero|lo+que+saquemos ~ ${BOUGHT}`,
  'buy|buying|comprar ~ ~ after|once|when|cuando we|i|_ sell|vendamos|vendemos|venda',
  'buy|buying|comprar ~ ~ despues de que we|i|_ sell|vendamos|vendemos|venda',
  // the home's equity buys the next: "we need the equity to buy bigger"
  'need|use|pull|get|tap|take the|our|my equity ~3 buy|buying|purchase|comprar|next',
  // "we want to buy en chino hills pero primero vender la de nosotros", "buy, but first we have to sell ours"
  'buy|buying|comprar ~ ~ ~ but|pero ~1 first|primero ~2 sell|selling|vender|vendemos|venda|vendamos|put|list|listing|poner',
];

/** A goodbye as the whole answer ("alright thanks anyway", "ok gracias de todos modos", "bye"): no time given. */
export const SIGN_OFF_PHRASES: readonly string[] = [
  'alright|ok|okay|well|oh+well|no+worries|bueno|ok+bueno|_ thanks|thank+you|thx|ty|gracias anyway|de+todos+modos|de+todas+formas|igual|_ bye|_ $',
  'bye|adios|goodbye $',
];

/** Someone who wants to rent a home for themselves ("we just need a rental", "solo buscamos rentar una casa"). */
const TO = 'looking|want|need|trying|wanna|gonna|just|only|wed|id';
const RENTED = 'house|home|place|apartment|apt|condo|townhouse|room';
const ROOMS = 'bed|beds|br|brs|bd|bds|bedroom|bedrooms';
// prettier-ignore
const RENTER: readonly Phrase<'renter'>[] = [
  ...[
    `${TO} to|_ rent|lease a|an|some|_ ${RENTED}`, `${TO} to|_ rent|lease a|an|some|_ # ${ROOMS}`,
    'busco|buscamos|buscando|quiero|queremos|necesito|necesitamos|solo rentar|alquilar|arrendar',
    'busco|buscamos|necesito|necesitamos|quiero|queremos|solo|nomas una|un|_ casa|depa|departamento|cuarto para|de|en renta|rentar|alquiler|alquilar',
  ].map((words) => ({ cue: 'renter' as const, words, always: true, clause: true })),
  { cue: 'renter', words: 'just|only|we|i need|want a|an|to|_ rental|rent|lease|apartment', always: true, notBefore: 'property|properties|propertys|out|it|ours|our|my' },
  { cue: 'renter', words: 'just|only|we|i looking for a|an|_ rental|rent|lease|apartment', always: true, notBefore: 'property|properties|propertys' },
  { cue: 'renter', words: 'place|home|house|apartment|apt|room|something to rent|lease', always: true, notBefore: 'out' },
  // asking for rentals: "do you guys have any rentals?", "¿tienen casas en renta?"
  { cue: 'renter', words: 'have|got|any|tienen|hay|manejan ~2 rentals|rentas|alquileres|for+rent|en+renta|para+rentar', always: true },
];

const table = <C extends string>(groups: Record<C, readonly Entry[]>): Phrase<C>[] =>
  (Object.entries(groups) as [C, readonly Entry[]][]).flatMap(([cue, phrases]) =>
    phrases.map((entry) =>
      typeof entry === 'string'
        ? { cue, words: entry, always: true, clause: true }
        : { cue, always: true, clause: true, ...entry },
    ),
  );

export const SELLER_PHRASES: readonly Phrase<string>[] = table(SELLER);
/** A kind of home the lead already has is no purchase ("I own a duplex in Upland", "selling my fourplex"). */
const OWNED_ALREADY = [
  'own|owned|have|tengo|tenemos a|an|the|un|una|_',
  'my|our|mi|nuestro|nuestra|sell+my|sell+our',
];
export const BUYER_PHRASES: readonly Phrase<string>[] = table(BUYER).map((phrase) =>
  phrase.cue === 'investment' ? { ...phrase, notPrecededBy: OWNED_ALREADY } : phrase,
);
/** The lead calling themselves a buyer ("cash buyer, 1.3m", "comprador de contado"), not asking about someone's buyers. */
const SELF_DESCRIBED: readonly Phrase<'self_described'>[] = [
  {
    cue: 'self_described',
    words: 'cash|qualified|serious|ready|motivated buyer|buyers',
    always: true,
    notAfter: 'have|any|your|for|of|with|got|find|tienen|tienes|hay|para|con',
  },
  {
    cue: 'self_described',
    words: 'comprador|compradora|compradores de contado',
    always: true,
    notAfter: 'tienen|tienes|hay|para|con|algun|algunos',
  },
  {
    cue: 'self_described',
    words: 'comprador|compradora|compradores en efectivo',
    always: true,
    notAfter: 'tienen|tienes|hay|para|con|algun|algunos',
  },
  {
    cue: 'self_described',
    words: 'comprador|compradora|compradores serio|seria|calificado|calificada',
    always: true,
    notAfter: 'tienen|tienes|hay|para|con|algun|algunos',
  },
  // "tengo cash, 2 millones", "i have cash", "we'd pay cash": the lead pays for a home, so it buys.
  {
    cue: 'self_described',
    words: 'tengo|tenemos|have|got|pay|paying|pagamos|pagaria|pagariamos|pagar cash|efectivo|contado',
    always: true,
    notAfter: 'you|u|yall|they|do|does|tienen|tienes|tiene|ustedes',
    notFollowedBy: 'offer*|oferta*|buyer*|comprador*|for+my|for+our|por+mi|por+nuestra',
  },
];

/** "we might list", "i'm thinking of listing": a seller's cue, not "list of", "list for", "listing price". */
const WE_LIST: Phrase<'we_list'> = {
  cue: 'we_list',
  words:
    'we|i|were|im might|may|could|want+to|plan+to|planning+to|thinking+of|thinking+about|going+to|gonna|_ list|listing',
  always: true,
  notFollowedBy: ['of*|for*|price*', 'with you*'],
};

const MY_HOME = 'my|our|mi|nuestra house|home|place|property|casa';
/**
 * "do you guys buy houses for cash?", "y'all buy homes as is?", "¿ustedes compran casas de contado?", "someone to
 * buy my house": a question to the team about buying the lead's house is a seller's (its "buy" is no buyer cue);
 * `buy_mine_asked` only in a question (`intent.ts` reads the question mark).
 */
// prettier-ignore
const BUY_MINE: readonly Phrase<'buy_mine' | 'buy_mine_asked'>[] = [
  {
    cue: 'buy_mine',
    words: `someone|somebody|a+company|an+investor|investors|they|people|alguien|una+compania|un+inversionista ~ buy|purchase|comprar|compra|comprarme ${MY_HOME}`,
    always: true,
  },
  ...(['buy_mine', 'buy_mine_asked'] as const).map((cue) => ({
    cue,
    words: `do|would|will|can|could|_ you|u|yall|you+guys|your+team|your+company ~1 buy|purchase houses|homes|properties|my+house|my+home|my+place|my+property|our+house|our+home|our+place|our+property`,
    always: true,
    ...(cue === 'buy_mine' ? { followedBy: 'for+cash|cash|as+is|in+any+condition' } : {}),
  })),
  {
    cue: 'buy_mine',
    words: 'ustedes|_ compran|comprarian|me+compran|nos+compran|me+compraria|compraria+usted casas|mi+casa|nuestra+casa|la+casa',
    always: true,
  },
];

/** Someone else's sale ("would the owners sell for under 600?", "¿el dueño la quiere vender rápido?", "the landlord is selling"): no seller cue. */
const THEIR_SALE: readonly Phrase<'their_sale'>[] = [
  {
    cue: 'their_sale',
    words:
      'the|my|our|_ owner|owners|seller|sellers|landlord|landlords|landlady|el+dueno|los+duenos|dueno|duenos|la+duena|casero|la+casera ~5 sell|selling|vender|venderia|vende|venden|vendiendo',
    always: true,
  },
  // told of a third person, the landlord named before: "landlord told us we got 3 weeks, hes selling the place"
  {
    cue: 'their_sale',
    words:
      'hes|shes|theyre|he+is|she+is|they+are|he+s|she+s selling|vendiendo the|their|his|her|this|_ place|house|home|building|unit|condo',
    always: true,
  },
  // a sale made already, whose money buys now: "200 down from selling our last place"
  {
    cue: 'their_sale',
    words:
      'from|after selling|vender our|my|the|nuestra|mi|la last|old|previous|former|other|ultima|anterior|otra place|house|home|condo|townhouse|casa',
    always: true,
  },
];

/**
 * A budget of the lead's own ("budget is 700", "max budget 550k", "mi presupuesto"), not one for something else ("the
 * budget for repairs", "presupuesto para la mudanza"); `budget_said` only before a colon (`intent.ts` reads it).
 */
const NOT_FOR_A_HOME = [
  'for|para repair*|arreglos*',
  'for|para the move*|remodel*|repair*',
  'for|para la mudanza*',
];
// prettier-ignore
const OWN_BUDGET: readonly Phrase<'own_budget' | 'budget_said'>[] = [
  ...[
    'my|our|max|the budget', 'budgets*', 'budget is*|of*|around*|about*|max*|would+be', 'mi|nuestro presupuesto|budget',
    'presupuesto es*|de*',
  ].map((words) => ({ cue: 'own_budget' as const, words })),
  { cue: 'budget_said' as const, words: 'budget|presupuesto' },
].map((phrase) => ({ ...phrase, always: true, notFollowedBy: NOT_FOR_A_HOME }));

export type IntentCue =
  | 'after_a_place'
  | 'self_described'
  | 'not_selling'
  | 'own_sale'
  | 'sale_then'
  | 'renter'
  | 'buy_word'
  | 'home_worth'
  | 'sell_then_buy'
  | 'we_list'
  | 'buy_mine'
  | 'buy_mine_asked'
  | 'their_sale'
  | 'own_budget'
  | 'budget_said'
  | 'writes_for';
/**
 * The lead writes for someone ("I'm texting for my parents", "le escribo de parte de mi papá"): what that person wants
 * is what the conversation is about.
 */
const WRITES_FOR: readonly string[] = [
  'texting|writing|asking|messaging|inquiring|reaching+out|contacting|translating|helping for|on+behalf+of my|our',
  'on+behalf+of',
  'escribo|pregunto|hablo|escribimos|preguntamos|traduzco de+parte+de|por|para mi|mis|nuestro|nuestros|nuestra',
  'de+parte+de mi|mis|nuestro|nuestros|nuestra',
];
export const INTENT_PHRASES: readonly Phrase<IntentCue>[] = [
  ...SELF_DESCRIBED,
  ...WRITES_FOR.map((words) => ({ cue: 'writes_for' as const, words, always: true })),
  // Not heard when denied: "no queremos comprar, solo rentar" is a renter.
  { cue: 'buy_word', words: 'buy|buying|purchase|comprar|comprarle|comprarles|comprarnos|comprarme' },
  { cue: 'home_worth', words: 'my|our home|house is|_ worth', always: true },
  ...SELL_THEN_BUY.map((words) => ({ cue: 'sell_then_buy' as const, words, always: true })),
  ...table({ after_a_place: AFTER_A_PLACE, not_selling: NOT_SELLING, own_sale: OWN_SALE }),
  ...SALE_THEN.map((words) => ({ cue: 'sale_then' as const, words, always: true, clause: true })),
  ...RENTER,
  WE_LIST,
  ...BUY_MINE,
  ...THEIR_SALE,
  ...OWN_BUDGET,
];

/**
 * Both ways, answering whether the lead buys or sells ("both", "las dos", "buy and sell"): a sale then a purchase,
 * which the seller bot takes first (DOMAIN.md section 2).
 */
// prettier-ignore
export const BOTH_WAYS: readonly string[] = [
  'both', 'a bit of both', 'ambos', 'ambas', 'las dos', 'los dos', 'las dos cosas', 'buy and sell', 'sell and buy',
  'comprar y vender', 'vender y comprar',
];

/** Not able to buy yet, said by a lead who rents: "no tenemos crédito para comprar todavía", "not ready to buy". */
// prettier-ignore
export const CANNOT_BUY_YET: readonly string[] = [
  'no tenemos credito para comprar', 'no tengo credito para comprar', 'no tenemos para comprar', 'no podemos comprar',
  'no puedo comprar', 'no estamos listos para comprar', 'no alcanza para comprar', 'cant buy', 'cannot buy',
  'cant afford to buy', 'not ready to buy', 'not able to buy', 'no credit to buy',
];

/**
 * Someone else's sale the team already has ("my brother is selling his house with you", "la vecina vendió su casa con
 * ustedes"): no sale of the lead's, nor one the lead asks help with.
 */
export const SALE_WITH_US_PHRASES: readonly string[] = [
  'selling|sold|listed|listing|vendiendo|vendio|vendieron|vende|listo ~6 with|through|thru|con you|yall|your|jorge|y+all|ustedes|usted|su+compania',
];
