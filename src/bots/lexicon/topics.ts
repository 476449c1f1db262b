import type { Phrase } from '../read/phrases.js';
import { PARENTS, THIRD_PARTIES } from './people.js';

/**
 * The side topics' phrases (`topics.ts`), English and Spanish, in the grammar of `read/phrases.ts` (folded words,
 * `a|b`, `word*`, `#` a number, `_` no word, `~` a few words between). Every entry is heard whatever precedes it
 * (`always`): a side question is answered even when the lead says "not that it matters, but is it safe?".
 */
export type TopicCue = 'fair_housing' | 'kickback' | 'commission' | 'fee_asked' | 'injection';

/** Groups of people a home search must not be steered by (race, origin, religion, orientation), both languages. */
const ORIGINS =
  'hispanic*|latin*|asian*|christian*|muslim*|jewish|jews|immigrant*|minorit*|mexican*|arab*|gay*|foreigner*|hispano*|mexicano*|inmigrante*|extranjero*|minoria*|cristiano*|musulman*|judio*|indian*|centroameric*|salvadore*|guatemal*|hondure*|chinese|korean*|vietnam*|filipin*|african*|caucasian*|gringo*|hindu*|sikh*|mormon*|catholic*|catolico*|cholo*|chola*|mojado*|wetback*';
/** Colour words name a group only beside a people word ("white neighborhood", not "white cabinets"). */
const COLOURS = 'black*|white*|negr*|blanc*';
const GROUPS = `${ORIGINS}|${COLOURS}`;
/** Words that make a group word about who lives somewhere ("a white neighborhood", "gente latina"). */
const WHO_LIVES =
  'area|neighborhood|neighbourhood|community|neighbors|neighbours|people|folks|families|zona|barrio|vecindario|comunidad|vecinos|gente|familias';
const PLACE = 'area|neighborhood|neighbourhood';
/** Where households live, as a lead names it when asking who lives there. */
const WHERE_LIVED =
  'area|neighborhood|neighbourhood|complex|street|block|community|building|cuadra|vecindario|barrio|zona|colonia|edificio|calle';
/** Households by family status or age, which a home search must not be steered by. */
const HOUSEHOLDS =
  'family|families|kids|children|retirees|seniors|couples|singles|familia|familias|ninos|hijos|jubilados|jovenes|parejas|solteros|ancianos|pareja|bebe|bebes|baby|babies|toddlers|teens|teenagers|adolescentes';

/** People said by their age ("older folks", "young people", "gente mayor"). */
const AGES_OF_PEOPLE =
  'old+people|young+people|older+people|younger+people|old+folks|older+folks|young+folks|younger+folks|elderly|elderly+people|older+couples|young+couples|older+residents|gente+mayor|personas+mayores|viejitos|gente+joven';

/** The lead's people, one word each ("my brother who lives in ..."). */
const PEOPLE_OF_THE_LEAD = [
  ...THIRD_PARTIES,
  ...PARENTS,
  'son',
  'daughter',
  'kids',
  'hijo',
  'hija',
  'hijos',
  'law',
]
  .filter((word) => !word.includes('-') && !word.includes(' '))
  .join('|');

// prettier-ignore
const FAIR_HOUSING: readonly (string | Omit<Phrase<TopicCue>, 'cue' | 'always'>)[] = [
  'is it|this|that a|_ safe|dangerous|sketchy|rough',
  // "¿cuál de esas zonas es más segura?", "¿es segura la zona?"
  {
    words: 'cual|que ~3 zona|zonas|barrio|barrios|area|areas|colonia|colonias ~3 segura|seguro|seguras|seguros|peligrosa|peligroso',
    // a safe investment is no question about who lives there ("¿qué zona es más segura para invertir?")
    unless: 'invertir|inversion|invest|investment|valor|plusvalia',
  },
  'es|esta segura|seguro|peligrosa|peligroso la|el zona|barrio|area|colonia|vecindario',
  // "is this a good area", not "is this a good deal" or "is this a good system for first time buyers"
  `is it|this|that a|_ good|bad ${PLACE}|part+of+town|place+to+live|street|block|zona|barrio`,
  `is the ${PLACE} a|_ safe|dangerous|sketchy|rough|good|bad`,
  `safe ${PLACE}|place`,
  // "safe for kids", not "safe for our dog"
  { words: 'safe for', notFollowedBy: 'our|my|the|a|an|_ dog|dogs|pet|pets|cat|cats|puppy|car|cars|truck' },
  `${PLACE} safe`,
  'how safe',
  'crime*',
  'what kind of people|neighbors|families',
  // (not a person of the lead's who lives there: "close to my brother who lives in montclair")
  { words: 'who lives there|in', notPrecededBy: PEOPLE_OF_THE_LEAD },
  { words: 'quien|quienes vive|viven en|por|ahi|alla', notPrecededBy: PEOPLE_OF_THE_LEAD },
  'demographic*',
  // "whats the racial mix like on that street"
  'racial*',
  'diverse*|diversity|ethnic*',
  `many|lots|lot of|_ ${ORIGINS}`,
  // How many households of a kind live there, asked ("are there a lot of young families with kids in this complex?",
  // "lots of kids on this street?", "hay muchos niños en el vecindario?", "is it mostly retirees?"); not the lead's own
  // ("we have a lot of kids, we need 5 bedrooms").
  `there|theres a+lot+of|lots+of|many|plenty+of|tons+of ~1 ${HOUSEHOLDS}|${AGES_OF_PEOPLE}`,
  // the neighbours wanted by their households ("we want neighbors con kids", "queremos vecinos con niños", "neighbors
  // who have young kids"): who lives there, not the home
  // (not the lead's own: "our neighbors with kids are why we're moving")
  {
    words: `neighbors|neighbours|vecinos|vecinas with|con|who+have|que+tengan|que+tienen ~1 ${HOUSEHOLDS}|${AGES_OF_PEOPLE}`,
    notPrecededBy: 'our|my|mis|nuestros|nuestras|the|los|las|his|her|their|sus',
  },
  `${AGES_OF_PEOPLE}|${HOUSEHOLDS} as|de neighbors|neighbours|vecinos`,
  `a+lot+of|lots+of|many|plenty+of|tons+of|muchos|muchas ~2 ${HOUSEHOLDS} in|on|around|near|en|por the|this|that|these|those|el|la|ese|esa|este|esta|esos|esas ${WHERE_LIVED}`,
  `is|are|its|es|son|hay|${WHERE_LIVED} ~2 mostly|mainly|predominantly|mayormente|puros|puras ${HOUSEHOLDS}|viejitos|${AGES_OF_PEOPLE}`,
  `mostly|mainly|predominantly|fewer|less|more|any ${ORIGINS}`,
  `mostly|mainly|predominantly|all ${COLOURS}`,
  `${GROUPS} ${WHO_LIVES}`,
  `${WHO_LIVES} ${GROUPS}`,
  // people by the country they come from: "donde no haya tanta gente de otros países", "people from other countries"
  `${WHO_LIVES} de|from otros|otras|other|another|foreign|different ~1 paises|countries|pais|country|nacionalidades|nationalities`,
  `people|folks|neighbors|neighbours|families|gente|vecinos|familias are|is|es|son mostly|mainly|all|mayormente|puro|todos|todas|_ ${GROUPS}`,
  `muchos|muchas|mucho|puros|puras|pura|mayormente|pocos|pocas|menos|mas ${ORIGINS}`,
  'many|lots|lot of|_ old|young people',
  'family friendly',
  `good ${PLACE} for kids|families|children`,
  // Which area suits a kind of household (familial status, age): "good area for a young family", "qué zona es buena
  // para familias jóvenes", "best neighborhood for retirees"; not "good area for commuting".
  `${PLACE}|zona|barrio|colonia|vecindario|part|suburb|suburbs|neighborhoods|neighbourhoods|areas|zonas|barrios|town|towns|cities ~ good|best|better|ideal|great|buena|buen|mejor|ideal for|para ~ ${HOUSEHOLDS}`,
  // "which neighborhood has más niños?", "qué zona tiene menos familias?": places ranked by a kind of household
  `which|what|cual|que ${PLACE}|zona|barrio|colonia|vecindario|neighborhoods|areas|zonas ~1 has|have|tiene|tienen|hay more|most|mas|less|fewer|menos ${HOUSEHOLDS}`,
  // "donde no haya tanta gente de Centroamérica", "less Indian families"
  `tanta|tanto|tantos|tantas|mucha|poca|pocos|menos|mas|less|fewer|more gente|familias|personas|people|families|_ de|from|_ ${ORIGINS}`,
  `good|best|better|ideal|great|buena|buen|mejor ${PLACE}|zona|barrio|colonia|vecindario|part ~ for|para ~ ${HOUSEHOLDS}`,
  'good|best schools',
  'how|what are|r|is the|_ schools',
  'are|r|is the|_ school|schools any|_ good|decent|ok|okay',
  'school|schools ~ good|decent|ok|okay|rated|rating|ratings|bad|great|quality',
  'how good|are|r|bad ~ school|schools',
  `whats|hows|what|how is|_ the ${PLACE}|community|vibe like`,
  'escuelas ~ buenas|malas|buena|mala|calidad',
  'que tal ~ escuelas',
  'como son|estan ~ escuelas',
  'que tal el|la barrio|zona|colonia|vecindario|comunidad',
  'como es el|la barrio|zona|colonia|vecindario|comunidad',
  'churches|mosques|synagogues',
  'es seguro|segura',
  'zona|barrio segura|peligrosa|seguro|peligroso',
  'que tipo de gente|personas|vecinos',
  'crimen|delincuencia',
  'buenas escuelas',
  'section 8',
  'seccion 8',
  // in other words: "where do mostly retirees live", "group homes ... mentally ill", "gente de color", "zona de
  // evangélicos", "sin tanto indocumentado", "familias con niños" asked of a place
  `where ~2 mostly|mainly|only ${HOUSEHOLDS}|retirees live`,
  'group+homes|halfway+houses|mentally+ill|disabled+people|wheelchair+people',
  'gente|personas|familias de color',
  'zona|barrio|area de evangelicos|catolicos|cristianos|musulmanes|judios|mormones',
  `sin tanto|tantos|tanta|tantas ${ORIGINS}|indocumentado*|ilegal*|mojado*`,
  'indocumentado*|illegals|ilegales',
  `hay|are+there muchas|muchos|a+lot+of|many ${HOUSEHOLDS} con|with ninos|kids|hijos`,
  'fewest|least|fewer|less|menos ~2 immigrants|inmigrantes|minorities|minorias|foreigners|extranjeros|kids|ninos|families|familias',
];

/** The lead offering to pay: "i'll", "we can", "happy to". */
const WILL_PAY =
  'ill|i+will|well|we+will|i+can|we+can|i+could|id|i+would|let+me|happy+to|im+happy+to|i+can+also';
// prettier-ignore
const KICKBACK: readonly string[] = [
  'referral fee|fees|bonus|bonuses|reward|rewards|gift|gifts|program|programs',
  'pay|give|reward me|_ for referral|referrals|referal|referals|referring|refer',
  'pay|give|reward me|_ if i refer*',
  'gift card',
  'get|earn anything|something|money|cash for|if i|_ referring|referral|referal|refer|send',
  'get|earn a gift for|if i|_ referring|referral|referal|refer|send',
  'kickback*',
  'finders|finder fee',
  'comision por referido|referir|recomendar',
  // "¿pagan por referidos?", "¿dan algo por recomendar?": a reward asked for sending clients
  'pagan|pagas|paga|dan|das|da algo|_ por referidos|referido|referencias|referir|recomendar|recomendaciones|clientes',
  'regalo por referir|recomendar',
  'something|money|cash|bucks|dollars|cut for every|each client|lead|buyer|referral|deal',
  'bucks|dollars|cash|something per|a|each client|lead|buyer|referral|deal',
  'cash back ~ referral*|referido*|refer*|recomend*',
  'cashback|reembolso ~ referral*|referido*|refer*|recomend*',
  'kick you|u|me|ya back',
  // "if you send me clients I'll pay you 300 each", "si me mandas clientes te doy 500 dólares"
  'send|refer|bring me|us|him|her|them|_ tus|your|sus|_ client*|clientes|buyer*|compradores|lead*|referral*|referidos|people|gente ~ pay|pays|give|gives|gift|pago|doy|regalo|dare|pagare|pagamos|damos',
  // "if you send your buyers his way he'll hook you up, like $500 for every one"
  'send|refer|bring ~2 his|her|their|my way ~~ hook|slip|pay|pays|give|gives|kick|venmo|zelle',
  // "send your buyers my way and I'll take care of you at every closing"
  'send|refer|steer ~3 my|our way ~~ take+care+of|hook+you|hook+u|make+it+worth|look+out+for|reward|treat',
  'take care of|look out for you|u|ya at|on|for every|each closing|deal|sale|cierre',
  // "te mando a la crew del tire shop si me das algo, like a couple hundred, por cada uno que compre"
  'te|les mando|mandamos|refiero|recomiendo ~~ si+me+das|si+me+dan|si+me+da|si+me+pagas|si+me+pagan|me+das|me+dan ~~ por+cada|for+each|for+every|each',
  // "I send em your way, you slip me a couple hundred for each one that closes?"
  'send|refer them|em|people|folks|friends your|ur|his|her way ~~ slip|pay|give|venmo|zelle|kick|throw|toss',
  'mandas|mandan|envias|envian|pasas|pasan|refieres|refieren|recomiendas|traes|traen client*|clientes|compradores|referidos|gente|personas ~ pago|doy|regalo|dare|pagare|pagamos|damos|te|les',
  'pay you|u|ya # each|per',
  // "i'll send you all my coworkers if you pay me $300 a head": a fee per person sent
  'send|refer|bring you|u|ya ~~ pay|give me|us ~3 a+head|each|per+head|por+cabeza|por+persona',
  // Money off the books for the agent: "i'll throw you an extra 1k under the table", "te doy algo por debajo de la mesa"
  'under the table',
  'debajo|bajo de|_ la mesa|agua',
  // ...given to the agent off the deal: "si me consigues la casa te doy $1,000 de regalo por fuera, nomás entre nosotros"
  'te|le|les doy|damos|pago|regalo ~2 #|algo|dinero|lana|feria ~5 por+fuera|entre+nosotros|aparte',
  'give|pay|slip you|u|ya|jorge ~2 #|something|money|cash|bucks ~5 on+the+side|off+the+books|between+us',
  // ...or sent back for each loan or deal closed: "send me your buyers and I'll send you 300 per closed loan"
  'send|sends you|u|ya ~3 per|for+each|for+every closed|funded|closing loan|loans|deal|deals|buyer|buyers|client|clients',
  'throw|slip|toss you|u|ya a|an|some extra|little|bonus|few',
  'you|u slip|toss|throw|kick me|us ~3 for|per each|every|cada',
  'te|le doy|echo|pago un|algo extra|bono|dinerito',
  'te|les doy|pago|regalo # por cada|cada',
  // A payment told over the sentence: "if we refer anyone, would you pay us?", "si te mando clientes me das algo?"
  'if i|we refer|send ~~ pay|give|get|reward|compensate|cut|bonus|kick|split|share',
  'pay|give|compensate|reward me|us ~~ refer|referral|referal',
  'pay|give|compensate|reward me|us ~~ send you|_ people|friends|clients|buyers',
  'pagan|dan|darian|darias|pagarian|pagarias algo|dinero|una+comision|un+regalo ~~ recomiendo|refiero|mando|envio|recomendar|referir|recomendamos',
  'si les|te|le|_ lo|la|_ recomiendo|refiero|mando|envio|paso ~~ pagan|dan|das|da|darias|daria|algo|comision',
  `${WILL_PAY} pay|give|send|slip|kick|throw|venmo|zelle|cashapp you|ya|u|jorge|your+team ~~ referral|referal|referrals|refer|lead|leads|client|clients|friend|friends|buyer|buyers|people+i+send`,
  'te|le|les pago|doy|daria|pagaria|regalo ~~ referido|referidos|cliente|clientes|recomendacion',
  // a share asked for: "¿cuánto me da por cada uno que compre?", "y me das una parte?", "give us a cut"
  'cuanto|que|algo me|nos da|das|dan|daria|darias|pagan|pagas|paga|toca|pasa|pasan|pasas|pasaria|tocaria|queda ~1 por cada|cabeza|referido|cliente',
  'me|nos da|das|dan|daria|darias una|un|_ algo|dinero|comision|comisioncita|lanita|feria ~1 por cada|cabeza|referido|cliente',
  // ...or to us: "si usted lo recomienda a sus clientes le da una lana por cada uno"
  'recomienda|recomiendas|manda|mandas|refiere|refieres ~~ le|te|les da|dan|dara|daria una|un|_ lana|lanita|feria|comision|dinero|algo por cada',
  'do|would|will|can i|we get a cut|piece|share|kickback',
  // a discount asked for clients sent, and money paid outside the deal: "¿me dan un descuento en el closing si les
  // refiero a mi cuñado?", "le da a Jorge una comisioncita por fuera", "si le pasan el préstamo a él"
  'descuento|rebaja|discount|rebate ~~ si+les|si+te|si+le|if+i|if+we refiero|refiera|recomiendo|mando|envio|refer|send',
  'da|dara|daria|doy|dan|paga|pagan|pagara a jorge|usted|ti|ustedes ~2 comision|comisioncita por+fuera|aparte',
  'give|pay|slip|throw jorge|you|u ~3 commission|cut on+the+side|under+the+table',
  'le|les pasan|pasas|mandan|mandas el|los|su prestamo|prestamos|credito|loan|hipoteca ~~ comision*',
  'send|kick|toss|throw something|money|cash|a+little back ~~ referral*|refer*|referido*|send+my|send+you',
  'me|nos|us das|da|dan|darias|daria|give|toss|throw una|a|un|_ parte|cut|part|piece|share|tajada|porcion|pedazo $',
  'me|nos|us das|da|dan|darias|daria|give|toss|throw una|a|un|_ parte|cut|part|piece|share|tajada|porcion|pedazo of|de ~1 fee|commission|comision|it|eso|that',
  // something per client sent, told of a third party or of the lead: "he pays 250 per client you send him", "le da
  // una lanita por cada cliente que le mande", "le damos algo por cada cierre que nos mande", "pays referral money"
  // ("my sister's title company gives agents $200 for every escrow they send over", "per escrow sent their way")
  'per|por|for each|every|cada|_ client|clients|cliente|clientes|referral|referrals|referido|referidos|cierre|cierres|closing|closings|deal|deals|lead|leads|buyer|buyers|escrow|escrows|file|files|transaction|transactions|loan|loans|prestamo|prestamos ~4 send|sends|sent|mande|mandes|mandas|manden|mandan|refer|refers|referred|refieras|refieres|consiga|consigas|bring|brings|brought|his+way|her+way',
  // a payment for each referral, whoever pays it: "my escrow company pays $250 for each referral"
  'pay|pays|paid|give|gives|offer|offers ~3 for|per each|every|_ referral|referrals|referal|referals',
  // "si usted le manda clientes, él le da una comisión por cada uno"
  'manda|mandas|mandan|mande|send|sends ~2 clientes|clients|buyers ~~ comision|commission|cut|dinero|money por|for cada|each uno|one',
  'referral|referal money|cash|pay|payment|check|propina',
  // something given for the business sent, by its words: "si le mandamos el préstamo a él, él le da algo a usted por la
  // referencia", "he'd give you something for sending him the loan"
  'le|les|te da|dara|daria|pasa|pasaria|paga|pagaria ~4 por|x la|el|cada|mandarle|pasarle referencia|referido|recomendacion|negocio',
  'give|pay|send|kick you|yall|u ~3 something|a+little|a+cut|money|cash for sending|referring|the+referral|the+loan|the+business',
  'consigo|consiga|mando|mande|send|refer ~2 clientes|clients|buyers|compradores|gente ~8 comision|cut|money|dinero|pago|algo',
  // a sum asked back for the clients brought: "si te consigo 3 clientes, you give me 500 each?"
  'consigo|consiga|mando|mande|send|refer|bring|traigo ~3 clientes|clients|buyers|compradores|gente|people ~~ give|pay|das|da|dan|pagas|paga|pagan me|nos|us # each|cada|apiece|bucks|dollars|dolares|dlls|per|por|$',
  'split|share|parto|comparto|partir|compartir ~3 fee|commission|comision ~8 refer*|send|mandas|mandes|mandan',
  'refer*|refieres|mandas|send ~6 split|share|parto|comparto ~3 fee|commission|comision',
  // "¿cuánto me das si te lo mando?", "he'll give you a little something if we use him"
  'cuanto|que|algo me|nos das|da|dan|darias|daria ~3 si te|le|les lo|la|los|_ mando|mandamos|envio|recomiendo|refiero|paso',
  'give|slip|toss|throw|hand you|u|ya|jorge a+little|little|some something|extra',
  'if|si we|i|usamos|uso use|go+with|usamos|uso him|her|them|lo|la ~~ give|hook|pay|throw|slip|da|dara|paga|pagara',
  // the agent's clients sent to a third party who pays for them: "if you steer your buyers to him he'll slide you a
  // couple hundred", "if you send us his way he'd take care of you", "si usted le manda clientes él le pasa una comisión"
  'if you|u|ya send|steer|refer|point|push|funnel ~~ he|hell|hed|she|shell|shed|they|theyll|theyd ~4 settle|slide|pay|give|hook|kick|tip|take+care+of|look+out+for you|u|ya',
  'si usted|ustedes|tu|_ le|les manda|mandas|mandan|refiere|refieres|pasa|pasas ~~ le|les|te pasa|da|dara|paga|pagara|dan|pasan|toca ~2 comision|comisioncita|dinero|lana|feria|algo|parte|mordida|#',
  // a share asked for sending buyers: "si le mando conocidos, ¿cuánto me toca?", "if i send em your way whats in it for me"
  'si ~~ mando|mandamos|refiero|recomiendo|consigo|vende|vendes|venden ~~ cuanto|algo|que me|nos toca|tocaria',
  'si ~~ mando|mandamos|refiero|recomiendo|consigo|vende|vendes|venden ~~ me|nos toca|tocaria algo',
  'send|refer|mando|mandamos|refiero ~~ whats|what+is|what+s in it for me|us',
  // money under the agent's fee: "él le da su comisión por debajo"
  'le|te|les da|doy|pasa|paga|dan su|una|_ comision|lana|feria|mordida por debajo',
];

/** Someone else's commission: "I work on commission", "mi esposo trabaja por comisión", "the planning commission". */
const PAID_ON =
  'work|works|working|paid|earn|trabaja|trabajo|trabajamos|trabajan|gana|gano|ganamos on|by|a|por|de|en';
const A_BOARD = 'planning|city|county|coastal|zoning|state|housing|public+utilities';
/** The lead's own trade paid so: "i sell cars on commission", "vendo seguros por comisión". */
const SELLS_ON = [
  'i|we|im|were sell|selling|sold ~3 on|by',
  'vendo|vendemos|vendia|vendiamos ~3 a|por|de|en',
];
/** Pay said by its period: "9k a month in commission", "como 5 mil al mes en comisiones". */
const A_PERIODS_PAY = 'month|week|year|mes|semana|ano|monthly|weekly in|en';
const A_BOARD_ES = ['de planeacion|zonificacion', 'de la ciudad', 'del condado'];
/** Words of the lead's own pay: commission said of them is income, not our fee. */
const LEADS_PAY =
  'income|incomes|salary|w2|1099|paycheck|paystubs|cheque|cheques|earn|earnings|ingreso|ingresos|sueldo|salario|nomina|gano|ganamos|bonus|bono|bonos|clear|clears|cleared|gross|grossed|netted|base|straight';
/** "my commission", "mi comisión", "commission check": the lead's own pay, said right beside the word. */
const LEADS_OWN = 'my|our|mi|mis|nuestra|nuestras';
const PAY_NOUNS = 'check|checks|paycheck|cheque|payout';

/** The fee asked with what follows it: "how much would you charge to sell", "what do you take for listing?". */
const FEE_ASKED_OF =
  'how+much|what|what+%|what+percent|what+percentage do|would|will you|u|ya|yall|you+guys|your+team charge|get|take';
const FOR_OUR_SALE = [
  'to|para|pa list|sell|listar|vender',
  'for listing|selling|your+services',
  'me|us',
  '$',
];
/** A rate offered: "would you take 5%?", "could jorge list it for 4.5 percent". */
// prettier-ignore
const RATE_OFFERED =
  'would|will|could|can|do|did you|u|ya|he|jorge|your+team take|do|accept|charge|go+to|go+down+to|work+for|list+for|list+it+for|list+my+house+for|list+our+house+for|sell+for|sell+it+for it|_ for|_ like|maybe|just|only|_ # %|percent|pct';

// prettier-ignore
const COMMISSION: readonly (string | Omit<Phrase<TopicCue>, 'cue' | 'always'>)[] = [
  // The lead's own pay is not our fee ("my income is mostly commission, is that ok for a loan?").
  {
    words: 'commission|commissions', unless: LEADS_PAY, notAfter: LEADS_OWN, notBefore: PAY_NOUNS,
    notPrecededBy: [PAID_ON, A_BOARD, A_PERIODS_PAY, ...SELLS_ON],
  },
  { words: FEE_ASKED_OF, followedBy: FOR_OUR_SALE },
  RATE_OFFERED,
  'your fee|fees|rate|cut',
  'what %|percent|percentage do|would|will you|u|ya|yall|jorge|your guys|team|_ charge|get|take',
  // "What percentage does Mr. Salas charge to sell a home?"
  'what|how+much %|percent|percentage|commission ~4 charge|charges|take|takes|cobra|cobran',
  'fee|fees to list|sell',
  'charge para|pa listar|vender',
  'do you|u|ya|yall guys|_ charge|take',
  'cuanto me|nos|le|_ cobra|cobran|cobras|cobraria|cobrarian|cobrarias ~ por|para vender|listar',
  'whats|what your fee|rate',
  'what is your fee|rate',
  'listing fee',
  { words: 'comision|comisiones', unless: LEADS_PAY, notAfter: LEADS_OWN, notPrecededBy: [PAID_ON, ...SELLS_ON], notFollowedBy: A_BOARD_ES },
  'cuanto cobran|cobras',
  // who pays us: "who pays your commission, me or the seller?", "¿ustedes le cobran al buyer o lo paga el seller?"
  'who|quien|quienes pays|paga|pagan|covers ~2 commission|comision|fee|fees|you|your|agent|agente|realtor|ustedes',
  'cobran|cobras|cobra|charge|charges ~1 al|a+la|the buyer|buyers|comprador|compradores|seller|sellers|vendedor|vendedores',
  'lo|la|los paga|pagan el|la|the seller|vendedor|vendedora|buyer|comprador|compradora',
  'que porcentaje',
  'lower|cut|reduce|discount|drop|negotiate on|off|_ your|the fee|fees|rate|commission|percentage',
  'aceptaria|aceptarias|aceptarian|aceptas|acepta|haria|harias|harian|cobraria|cobrarias|cobrarian|cobras|trabajaria|trabajarias|trabajarian por|con|_ el|un|_ # %',
  'aceptaria|aceptarias|aceptarian|aceptas|acepta|haria|harias|harian|cobraria|cobrarias|cobrarian|cobras|trabajaria|trabajarias|trabajarian por|con|_ el|un|_ # por ciento',
  'lo harias por|con|_ el|un|_ # %',
  'bajar|rebajar|reducir tu|su|la comision|tarifa|porcentaje',
  // in other words: "a percentage or a flat rate", "take two and a half instead of three", "sus honorarios", "¿quién
  // les paga?", "¿cuánto se lleva el corredor?", "por menos del 5%"
  'percentage|percent|porcentaje ~3 or|o a|an|una|_ flat+rate|flat+fee|tarifa+fija',
  'take|do+it+for|accept ~3 instead+of|rather+than|en+vez+de ~2 #|one|two|three|four|five|six|uno|dos|tres|cuatro|cinco|seis',
  'take|do+it+for|accept two|three|one|dos|tres|uno and|y a|_ half|medio',
  'sus|tus|los honorarios',
  'quien|who les|te|le|you|_ paga|pays|paid ~3 comprador|vendedor|buyer|seller',
  'cuanto|how+much se|_ lleva|llevan|gana|ganan|takes|make|makes el|la|the|_ corredor|corredora|agente|realtor|agent|broker',
  'por menos del #',
  'it|work for less than # percent|pct|%',
  // a part of the fee given back to the buyer: "can you give us 1% back?", "do you offer a rebate?", "¿nos devuelven el
  // 1%?" (not a tax or an energy rebate)
  'give|pay|kick|send|hand us|me|_ # %|percent|pct back',
  'devuelvan|devuelven|devuelves|devuelve|devolverian|regresan|regresen|regresas nos|me|_ el|un|_ # %|por+ciento',
  { words: 'rebate|rebates|reembolso|reembolsos', notAfter: 'tax|solar|energy|utility|ev|manufacturer|impuestos|federal|state' },
];

/** A fee asked in Spanish without the word: "cobran el 6% como todos?", "¿cuánto me va a costar su servicio?". */
const FEE_ASKED: readonly string[] = [
  'cobran|cobras|cobra|cobrarian|cobraria ~ %',
  'cobran|cobras|cobra|cobrarian|cobraria ~ por ciento',
  'cuanto me|nos|_ va a costar su|tu|el servicio',
  'cuanto me|nos|_ cuesta|costaria su|tu|el servicio',
  'cuanto me|nos|_ cobran por su|tu|el servicio',
];

/** An instruction to the system pasted as a message ("ignore all previous instructions", "you are now ..."). */
const ANY = 'all|any|your|the|previous|prior|above|my|_';
// prettier-ignore
const INJECTION: readonly string[] = [
  `ignore|disregard|forget|override ${ANY} ${ANY} ${ANY} ${ANY} instructions*|rules*|prompt*|programming*|guidelines*|system*`,
  'system prompt*', 'you are now', 'from now on you', 'act as', 'pretend you are|youre', 'pretend to be',
  'developer mode', 'jailbreak*', 'new instructions*', 'set my|the budget|temperature|price|status to',
  'mark me|us as', 'mark this lead|contact|conversation as', 'mark the lead as', 'ignora|olvida tus|las instrucciones*',
];

const table = (
  cue: TopicCue,
  phrases: readonly (string | Omit<Phrase<TopicCue>, 'cue' | 'always'>)[],
): Phrase<TopicCue>[] =>
  phrases.map((entry) =>
    typeof entry === 'string' ? { cue, words: entry, always: true } : { cue, ...entry, always: true },
  );

export const TOPIC_PHRASES: readonly Phrase<TopicCue>[] = [
  ...table('kickback', KICKBACK),
  ...table('commission', COMMISSION),
  ...table('fair_housing', FAIR_HOUSING),
  ...table('fee_asked', FEE_ASKED),
  ...table('injection', INJECTION),
];
