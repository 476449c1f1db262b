import { NOT_INTERESTED_WORDS } from './optout.js';
import { MONTH_NAMES } from './time.js';

/**
 * Money words, English, Spanish and Spanglish, as plain lists (folded: lower case, no accents). The readers compile
 * them once (read/words.ts). An amount is read first as a typed span: what it is (a budget, an income, a rent, a
 * monthly payment, a down payment, a loan term), so that no other reader takes its digits or its period for a time.
 */

/** Scale words said right after digits ("450k", "1.2m", "800 mil", "5 grand"). */
export const MONEY_SCALES = [
  'k',
  'm',
  'mm',
  'grand',
  'thousand',
  'mil',
  'mill',
  'mils',
  'million',
  'millon',
  'millones',
] as const;

/** A yearly period after an amount: an income ("150k a year"). */
export const PER_YEAR = [
  'a year',
  'per year',
  'a yr',
  'per yr',
  '/yr',
  '/year',
  'annually',
  'yearly',
  'al ano',
  'por ano',
  'anual',
  'anuales',
  // a figure of the year gone by: "came out to about 118k last year" (an income, never a price)
  'last year',
  'el ano pasado',
] as const;

/** Who puts a figure on a home that is not the seller's own ("the county assessor has it at 430", "valuada en 310"). */
// prettier-ignore
export const ESTIMATE_SOURCES: readonly string[] = [
  'zestimate', 'zillow', 'redfin', 'appraisal', 'appraiser', 'appraised', 'avaluo', 'avaluada', 'avaluado', 'assessor',
  'assessed', 'assessment', 'county', 'condado', 'valuada', 'valuado', 'tax value', 'valor fiscal', 'comps',
  'comparables', 'estimate', 'estimado', 'tasacion', 'tasador', 'tasaron', 'tasada', 'tasado', 'valuacion',
  // the lead's own home in a sale under way ("ours is in escrow at 705")
  'escrow',
  // a figure asked of a chatbot or a search ("ChatGPT told me 600 pero I think 625 is fair")
  'chatgpt', 'gpt', 'google', 'the ai', 'la ia', 'an app', 'the app',
];

/**
 * Homes in general or a neighbour's, and what they cost or ask, before an amount: the market, not the lead's figure
 * ("allá las casas cuestan como 350 mil", "houses there go for like 400", "si la vecina pide 689").
 */
// prettier-ignore
export const MARKET_HOMES: readonly string[] = [
  'houses', 'homes', 'casas', 'condos', 'places', 'prices', 'precios', 'neighbor', 'neighbors', 'neighbour',
  'neighbours', 'vecina', 'vecino', 'vecinos', 'everything', 'everythings', 'todo',
];
// prettier-ignore
export const MARKET_COSTS: readonly string[] = [
  'cost', 'costs', 'cuestan', 'valen', 'run', 'go', 'going', 'sell', 'selling', 'venden', 'andan', 'estan', 'are',
  'pide', 'piden', 'asks', 'asking', 'listed', 'puso', 'is', 'esta', 'everythings',
];
/**
 * The listing's price said to be the top of the lead's reach, asked the budget on its page ("thats right at the top of
 * our range", "es lo máximo que podemos"): the price is the budget's ceiling.
 */
export const TOP_OF_OUR_RANGE: readonly string[] = [
  'top|max|limit|edge|ceiling|tope|limite|maximo of|de our|my|nuestro|nuestra|mi range|budget|rango|presupuesto',
  'the|lo most|max|maximo we|i|que can|could|podemos|puedo do|afford|pagar|_',
  'stretching|stretch|estirando it|us|me|nos|_ but|pero doable|we+can|podemos|se+puede',
  // the page's price called the lead's own ceiling: "yeah thats about our max", "eso es lo máximo para nosotros"
  'thats|that+is|its|it+is|eso+es|es ~2 our|my|nuestro|mi max|maximum|limit|cap|tope|limite|maximo',
  'eso|es es|_ lo maximo|el+tope|el+limite para nosotros|mi|nosotros',
];

/**
 * An offer asked about: whether the seller would take a figure ("would the seller take 500 cash?", "will they accept
 * 550?", "¿aceptarían 480?"). The figure is the lead's own ceiling.
 */
export const OFFER_ASKED: readonly string[] = [
  'would|will|could|do|does|might the|_ seller|sellers|owner|owners|they|he|she take|accept|consider|entertain|do|go+for ~2 #',
  'aceptaria|aceptarian|aceptara|aceptaran|tomaria|tomarian|considerarian|consideraria ~3 #',
];

/** Words that name a budget as such (extract/index.ts `namesTheBudget`): a budget said with one replaces one without. */
// prettier-ignore
export const BUDGET_NAMES: readonly string[] = [
  'budget', 'presupuesto', 'range', 'rango', 'price', 'precio', 'afford', 'spend', 'gastar', 'hasta', 'max', 'maximo',
  'tope', 'limit', 'limite', 'ceiling', 'under',
];
/** Money said to be no obstacle ("budget's not an issue", "money's no object", "el precio no es problema"). */
// prettier-ignore
export const MONEY_NO_OBSTACLE: readonly string[] = [
  'budget|budgets|price|prices|money|moneys|cost|precio|presupuesto|dinero is|es|_ not|no an|a|un|_ issue|problem|object|problema|obstaculo',
  'budget|budgets|price|money|cost isnt|aint an|a|_ issue|problem',
  'precio|presupuesto|dinero no es un|_ problema|obstaculo',
];

/**
 * A floor said of the figure named before it ("i owe like 480 on it so at least that", "debemos 300, por lo menos eso"):
 * that figure is the least the seller will take (extract/price.ts `floorOfThat`).
 */
// prettier-ignore
export const FLOOR_OF_THAT: readonly string[] = [
  'at least that', 'at least that much', 'no less than that', 'not less than that', 'nothing less than that',
  'that at minimum', 'that at least', 'por lo menos eso', 'al menos eso', 'minimo eso', 'no menos de eso',
  'no menos que eso', 'eso por lo menos', 'eso como minimo',
];
/** What the seller keeps after the loan, said before the amount ("walk away with 300", "que nos queden libres 300"). */
// prettier-ignore
export const NET_BEFORE_WORDS: readonly string[] = [
  'walk away with', 'walk with', 'net', 'netting', 'clear', 'clearing', 'pocket', 'queden libres', 'quede libres',
  'nos queden', 'me queden', 'nos quede', 'me quede', 'quedarnos con', 'sacar libres', 'ganancia de',
];
/** ...or after it ("300 after the mortgage", "300 libres", "300 después de pagar la hipoteca"). */
// prettier-ignore
export const NET_AFTER_WORDS: readonly string[] = [
  'after the mortgage', 'after paying off', 'after we pay off', 'after the loan', 'after payoff', 'in our pocket',
  'in my pocket', 'free and clear', 'clear', 'net', 'libres', 'limpios', 'despues de pagar', 'en la bolsa',
  'de ganancia', 'profit',
];

/** A shorter pay period after an amount: a wage ("500 a week", "25 an hour", "263 a night"), never a time. */
export const PER_WEEK = [
  'a week',
  'per week',
  'weekly',
  'every week',
  'each week',
  'a wk',
  '/wk',
  '/week',
  'biweekly',
  'every two weeks',
  'every other week',
  'an hour',
  'per hour',
  'an hr',
  '/hr',
  '/hour',
  'a day',
  'per day',
  'a la semana',
  'por semana',
  'cada semana',
  'semanal',
  'semanales',
  'a la quincena',
  'por quincena',
  'cada quincena',
  'la hora',
  'por hora',
  'al dia',
  'por dia',
  'a night',
  'per night',
  // pay by the event: "pays me 3k a weekend", "500 a gig", "2 mil por evento"
  'a weekend',
  'per weekend',
  'every weekend',
  'a gig',
  'per gig',
  'an event',
  'per event',
  'por evento',
  'por fin de semana',
  'el fin de semana',
  'a shift',
  'per shift',
  'por noche',
  'la noche',
  'por turno',
  'el turno',
  'por jornada',
  'la jornada',
] as const;

/** A monthly period after an amount: a payment or a rent ("4k a month", "2 mil al mes"). */
/** Words around "911" that make it the emergency line, never an amount ("despachadora del 911", "911 dispatcher"). */
export const EMERGENCY_LINE_BEFORE: readonly string[] = [
  'del',
  'the',
  'al',
  'el',
  'call',
  'called',
  'calling',
  'for',
  'llamar',
  'llame',
  'llamo',
  'de',
  'at',
  'en',
];
export const EMERGENCY_LINE_AFTER: readonly string[] = [
  'dispatch',
  'despach',
  'operator',
  'operador',
  'call',
  'llamada',
  'center',
  'centro',
  'line',
  'linea',
];
/** Words that add a figure to the monthly one before it: "643 a month plus 361", "2,800 al mes más 300 de HOA". */
export const ADDED_TO_A_RATE: readonly string[] = [
  'plus',
  '+',
  'mas',
  'and another',
  'y otros',
  'y otro',
  'on top of that',
];

export const PER_MONTH = [
  'a month',
  'per month',
  'a mo',
  '/mo',
  '/month',
  'monthly',
  'every month',
  'al mes',
  'por mes',
  'cada mes',
  'mensual',
  'mensuales',
  // a car's or a truck's payment said by its noun ("447 del carro al mes", "380 on my truck"): never the price
  'del carro',
  'de la troca',
  'de la camioneta',
  'del auto',
  'for the car',
  'for my car',
  'on the car',
  'on my car',
  'for the truck',
  'for my truck',
  'on the truck',
  'on my truck',
  'car payment',
  'truck payment',
] as const;

/** Words of an income, said before the amount in its clause ("income is 120k", "ganamos 90 mil"). */
export const INCOME_WORDS = [
  'income',
  'incomes',
  'salary',
  'salaries',
  'we make',
  'i make',
  'bring in',
  'bring home',
  'take home',
  'brings in',
  'we both make',
  'makes',
  "we're making",
  "i'm making",
  'earn',
  'earns',
  'earning',
  'gross',
  'paycheck',
  'pay stub',
  'sueldo',
  'salario',
  'ingreso',
  'ingresos',
  'ganamos',
  'gano',
  'gana',
  'ganan',
  // the employer paying: "the call center pays me 18.90 an hour plus a $225 bonus", "me pagan 22 la hora"
  'pays me',
  'pays us',
  'me pagan',
  'nos pagan',
  'me paga',
  'nos paga',
] as const;

/** Words of a rent ("rent is 2800", "pagamos 2,500 de renta"). */
export const RENT_WORDS = [
  'rent',
  'renting',
  'renta',
  'rentamos',
  'alquiler',
  'alquilamos',
  'alquilando',
  'rentando',
  'lease',
] as const;

/** A rent said after the amount ("2,800 de renta", "2k in rent", "1,900 al mes de alquiler"). */
export const RENT_AFTER = ['de renta', 'de alquiler', 'en renta', 'in rent', 'for rent', 'rent'] as const;

/** Words of a monthly payment ("payment under 4k", "pago mensual de 3 mil"). */
export const PAYMENT_WORDS = [
  'al mes',
  'por mes',
  'a month',
  'per month',
  'payment',
  'payments',
  'monthly',
  'mortgage payment',
  'pago',
  'pagos',
  'mensualidad',
  'mensualidades',
] as const;

/** Where an amount comes from, said between it and its use: "140k from that to put down", "40 mil de la venta para el enganche". */
// prettier-ignore
export const SOURCE_AFTER_AN_AMOUNT: readonly string[] = [
  'from that', 'from it', 'from the sale', 'from our sale', 'from the house', 'from the condo', 'de eso', 'de la venta',
  // what the amount goes to, said after it: "210k, thats going to the down payment", "50 mil, eso va para el enganche"
  ', thats going to the', ', that goes to the', ', thats for the', ', which goes to the', ', eso va para el',
  ', eso es para el', ', va para el', ', eso es para la', ', eso va para la', ', va para la', 'dolares', 'dollars',
  'dolares, eso es para la', 'dollars, thats for the', 'dolares, eso es para el', 'dolares, eso va para el',
  // the amount's form: "tengo 200k cash para el down", "50 mil en efectivo para el enganche"
  'cash', 'in cash', 'en efectivo', 'de contado', 'efectivo', 'saved', 'ahorrados', 'put away', 'set aside', 'saved up',
  'guardados', 'verdes', 'juntados',
];

/**
 * What a down payment is called right after its amount ("50 mil de enganche", "200 mil para la cuota inicial", "20k
 * in closing help"); a bare "down" is read apart ("20k down", not "down to 500").
 */
// prettier-ignore
export const DOWN_PAYMENT_NOUNS: readonly string[] = [
  'enganche', 'down payment', 'downpayment', 'closing cost', 'closing costs', 'closing help', 'cuota inicial',
  'inicial', 'pago inicial', 'la inicial',
  // Spain's and the River Plate's "la entrada": "90 mil ahorrados para la entrada"
  'la entrada',
  // ...or where money on hand comes from: "300 mil del seguro de vida y la cuenta", "80k from my 401k"
  ...['from the', 'from my', 'from our', 'from', 'del', 'de la', 'de mi', 'de mis', 'de nuestro'].flatMap((from) =>
    ['life insurance', 'insurance', 'seguro', 'seguro de vida', '401k', 'retirement', 'retiro', 'pension', 'inheritance',
      'herencia', 'settlement', 'savings', 'ahorros', 'account', 'cuenta'].map((source) => `${from} ${source}`),
  ),
];
/** Words of a down payment or savings ("60k for the down payment", "40 mil de enganche"). */
export const DOWN_WORDS = [
  'down payment',
  'downpayment',
  'enganche',
  'savings',
  'saved',
  'ahorrado',
  'ahorros',
  // money the lead has, not the price it pays: "cash on hand is maybe 110k", "contamos con una inicial de 100 mil" (the
  // Caribbean and South American down payment), "earnest money"
  'cash on hand',
  'on hand',
  'in the bank',
  'nest egg',
  'ahorramos',
  'una inicial',
  'la inicial',
  'de inicial',
  'cuota inicial',
  'pago inicial',
  'earnest',
  'anticipo',
] as const;

/** Loan words after a term in years ("a 30 year fixed", "15 yr loan", "hipoteca a 30 años"). */
export const LOAN_WORDS = [
  'fixed',
  'loan',
  'mortgage',
  'term',
  'arm',
  'note',
  'hipoteca',
  'prestamo',
  'credito',
  'fijo',
] as const;

/** Units of a loan term. */
export const YEAR_WORDS = ['year', 'years', 'yr', 'yrs', 'ano', 'anos'] as const;

/** Words that make the amount the lead's budget again in the same clause ("income is 200k, budget 800k"). */
export const BUDGET_WORDS = [
  'budget',
  'presupuesto',
  'price range',
  'rango',
  'afford',
  'spend',
  'gastar',
  'want',
  'looking',
  'approved',
  'approval',
  'aprobado',
  'aprobados',
  'aprobada',
  'aprobadas',
  'aprobo',
  'aprobaron',
  'buscamos',
  'queremos',
  // Paying for the home in cash: "pago en efectivo hasta 900 mil" is how the purchase is paid, not a monthly "pago".
  'cash',
  'efectivo',
  'contado',
] as const;

/** An income said after the amount ("90 mil de sueldo", "120k salary", "150k in income"). */
export const INCOME_AFTER = ['de sueldo', 'de salario', 'in income', 'salary'] as const;

/** A monthly figure said after the amount ("1.5 mil de renta", "2k in rent", "20k down"). */
export const MONTHLY_AFTER = [
  'de renta',
  'de alquiler',
  'de enganche',
  'de pago',
  'de mensualidad',
  'in rent',
  'for rent',
  'rent',
  'down',
] as const;

/** What joins a range's two ends ("500 to 550", "450-500", "de 600 hasta 650 mil", "entre 400 y 450"), or nothing. */
// prettier-ignore
export const RANGE_JOINERS: readonly string[] = [
  '', '-', '–', 'to', 'up to', 'thru', 'through', 'and', 'a', 'al', 'hasta', 'y', 'or', 'o',
];

/** A word right before an amount that makes it a price ("around 650", "asking 700", "hasta 600", "between"). */
export const PRICE_WORDS = [
  // what the seller would take: "we'd take 540", "aceptaríamos 500", "we'd settle for 610"
  'take',
  // ...or wants, said roughly: "quiero como 480", "we want like 550"
  'quiero como',
  'queremos como',
  'quisiera como',
  'want like',
  'want around',
  'want about',
  'accept',
  'settle for',
  'aceptamos',
  'aceptaria',
  'aceptariamos',
  'conformamos con',
  'conformo con',
  'hoping',
  'hope',
  'asking',
  'ask',
  'worth',
  'get',
  'getting',
  'budget',
  'range',
  'under',
  'below',
  'max',
  'maximum',
  'up to',
  'price',
  'priced',
  'pay',
  'spend',
  'afford',
  'approved',
  'hasta',
  'presupuesto',
  'precio',
  'pagar',
  'gastar',
  'vale',
  'entre',
  'between',
  'want',
  'wanting',
  'quiero',
  'queremos',
  'thinking',
  'pensando',
  'pensando en',
  'pensamos',
  // the figure to put down or ask: "so put 495", "que le pidamos 640", "ponle 520", "ojalá 650"
  'put',
  'pon',
  'ponle',
  'pongamos',
  'pidamos',
  'pedir',
  'pedirle',
  'ojala',
  // where the lead's search stands: "andamos en los 550", "ando por los 400"
  'andamos en los',
  'andamos por los',
  'ando en los',
  'ando por los',
] as const;

/**
 * Words that price the bare number after them only as a hedge ("like 160", "around 550", "for 500"): enough when the
 * price question was asked, not in a message that volunteers it ("parked at stop 94 of like 160 today"). Not "como" or
 * "tipo", too common in Spanish to price anything ("mi presupuesto mensual es como 900").
 */
// prettier-ignore
export const PRICE_HEDGES = [
  'around', 'about', 'bout', 'abt', 'like', 'maybe', 'roughly', 'approximately', 'aprox', 'aproximadamente', 'for',
  'over', 'above', 'than', 'least', 'alrededor de', 'unos', 'por ahi de', 'mas o menos', 'masomenos',
] as const;

/** The words of a clause that says nothing but its figures ("around 550", "like 5 or 6 hundred", "600ish tops"). */
export const FIGURE_ONLY_WORDS = ['or', 'to', 'o', 'a', 'hundred', 'k', 'mil', 'ish', 'max', 'tops'] as const;

/** Words that join two clauses: a hedged figure is read with the words of its own clause only. */
// prettier-ignore
export const CLAUSE_JOINING_WORDS = [
  'and', 'but', 'so', 'anyway', 'anyways', 'lol', 'haha', 'jaja', 'jajaja', 'y', 'pero', 'entonces', 'asi', 'also',
  'plus', 'tho', 'though',
] as const;

/**
 * Words of a clause that speaks of homes, buying or money: a hedged figure there is a price ("looking for a 3 bed in
 * ontario around 550", "we're thinking like 500"), not elsewhere ("parked at stop 94 of like 160 today").
 */
// prettier-ignore
export const HOME_TALK_WORDS = [
  'buy', 'buying', 'purchase', 'house', 'houses', 'home', 'homes', 'place', 'condo', 'townhouse', 'townhome', 'property',
  'bed', 'beds', 'bedroom', 'bedrooms', 'br', 'bd', 'bdr', 'bath', 'baths', 'looking', 'searching', 'shopping',
  'thinking', 'budget', 'price', 'priced', 'range', 'afford', 'spend', 'pay', 'qualify', 'qualified', 'approved',
  'preapproved', 'pre-approved', 'cash', 'loan', 'lender', 'mortgage', 'something', 'one', 'it', 'max', 'sell', 'list',
  'worth', 'offer', 'asking', 'want', 'wanna', 'hoping', 'comprar', 'compra', 'casa', 'casas', 'casita', 'lugar',
  'propiedad', 'recamaras', 'recamara', 'cuartos', 'habitaciones', 'buscando', 'busco', 'buscamos', 'pensando',
  'presupuesto', 'precio', 'rango', 'gastar', 'pagar', 'calificamos', 'aprobados', 'aprobado', 'preaprobados',
  'preaprobado', 'contado', 'prestamo', 'hipoteca', 'algo', 'una', 'vender', 'vale', 'oferta', 'pedir', 'quiero',
  'queremos', 'stay', 'staying', 'keep', 'keeping', 'spending', 'spent',
] as const;

/**
 * A budget moved by a verb of raising or lowering with the budget as its object: "we bumped our max to 668", "upped the
 * budget to 682k", "le subimos el presupuesto a 560", "we dropped our range to 450" (the amount said after it).
 */
export const BUDGET_SHIFTED_PHRASES: readonly string[] = [
  'bump|bumped|bumping|up|upped|upping|raise|raised|raising|increase|increased|increasing|push|pushed|pushing|move|moved|moving|stretch|stretched|lower|lowered|lowering|drop|dropped|dropping|subimos|subi|subirle|subiendo|aumentamos|aumente|bajamos|baje|bajarle|bajando our|my|the|el|nuestro|mi|_ budget|max|maximum|limit|cap|top|range|number|presupuesto|tope|maximo|limite|rango ~1 to|a|hasta|up+to',
];

/**
 * A budget moved since it was said ("we can go up to 680k now", "podemos subir a 680", "we got a raise"): the amount
 * said with it replaces the one known.
 */
// prettier-ignore
export const BUDGET_MOVED = [
  'can go up to', 'could go up to', 'can we go up to', 'could we go up to', 'can go up', 'we go up to', 'i go up to', 'stretch to', 'stretch it to', 'push it to', 'bump it to', 'bumped it to',
  'move up to', 'raise it to', 'increase it to', 'new budget', 'budget is now', 'budget went up', 'budget changed',
  'got a raise', 'can do more', 'can afford more', 'subir a', 'subir hasta', 'subirle a', 'subirle hasta',
  'podemos subir', 'llegar hasta', 'llegar a',
  // the lead's own reach, in the first person: "mejor subo a 420 mil", "por la casa correcta llego a 800"
  'subo a', 'subo hasta', 'subimos a', 'subimos hasta', 'llego a', 'llego hasta', 'llegamos a', 'llegamos hasta',
  'llegaria a', 'llegariamos a', 'me estiro a', 'nos estiramos a', 'estirarnos a', 'estirarnos hasta', 'nuevo presupuesto',
  'el presupuesto ahora', 'nos aprobaron mas', 'nos subieron', 'aumentar a', 'nos subio', 'new max', 'nuevo maximo',
  'nuevo tope', 'raised us to', 'bumped us to', 'bumped us up',
  // a reach that is new: "we can go to 560 now", "ahora podemos hasta 580"
  'can go to', 'could go to', 'can now go', 'ahora podemos', 'ahora si podemos', 'ya podemos',
  // ...or lowered: "nos aprobaron solo hasta 420, así que hay que bajarle", "we have to lower it to 450"
  'hay que bajarle', 'tenemos que bajarle', 'bajarle a', 'bajar el presupuesto', 'have to lower', 'need to lower',
  'lower it to', 'lower our budget', 'budget went down', 'budget drops', 'budget dropped', 'budget goes down',
  'presupuesto baja', 'presupuesto bajo', 'presupuesto bajó', 'solo hasta', 'only up to', 'only approved for',
  // approved for less: "the bank approved us, but for less than we thought. Only 690k", "por menos de lo que pensábamos"
  'less than we thought', 'less than we expected', 'less than we hoped', 'menos de lo que pensabamos',
  'menos de lo que esperabamos', 'nada mas',
  'rather keep it', 'keep it under', 'stay under', 'rather stay under', 'mejor no pasar de',
  // raised by the lender, or a new top said: "el credit union nos subió a 560", "that's our new max"
  'nos subio a', 'me subio a', 'nos subio', 'raised us to', 'raised it to', 'bumped us to', 'bumped us up to',
  'new max', 'new limit', 'new cap', 'nuevo maximo', 'nuevo tope', 'nuevo limite',
  // said in full sentences: "we had said 500 to begin with, but we are comfortable going up to 560", "625 rather
  // than 550", "pero solamente hasta 520 mil, así que ese sería mi límite"
  'comfortable going up to', 'comfortable up to', 'to begin with', 'rather than', 'instead of', 'en vez de',
  'en lugar de', 'solamente hasta', 'ese seria mi limite', 'that would be our limit', 'that would be my limit',
  // a top said outright, later: "it says around 450k is my max, so let's go with 450k", "nuestro máximo es 520"
  ...['my', 'our'].flatMap((whose) =>
    ['max', 'limit', 'cap', 'ceiling'].flatMap((top) =>
      ['is', 'is really', 'is truly', "that's", 'thats', 'thats really'].map((is) => `${is} ${whose} ${top}`).concat(
        `${whose} ${top} is`,
      ),
    ),
  ),
  ...['mi', 'nuestro'].flatMap((whose) =>
    ['maximo', 'limite', 'tope'].flatMap((top) => [`es ${whose} ${top}`, `${whose} ${top} es`]),
  ),
  'lets go with', 'lets say', 'vamos con', 'digamos',
] as const;

/** What the owners of a home ask for it, before the amount: "he's asking 560", "él pide 560 mil": their price. */
// prettier-ignore
const OWNERS_ASKING_WORDS = [
  "he's asking", 'hes asking', "she's asking", 'shes asking', "they're asking", 'theyre asking', 'he is asking',
  'she is asking', 'they are asking', 'el pide', 'ella pide', 'ellos piden', 'piden', 'esta pidiendo',
  'estan pidiendo', 'le piden', 'owner is asking', 'owners are asking', 'seller is asking', 'sellers are asking',
  'the owner wants', 'the owners want', 'the seller wants', 'the sellers want',
  'el dueno quiere', 'los duenos quieren', 'el dueno pide', 'los duenos piden',
] as const;
/**
 * An offer someone made, or what the owners ask, before its amount: "a flipper offered me 520 cash", "nos ofrecieron
 * 500", "he's asking 560": their price.
 */
// prettier-ignore
export const OFFERED_WORDS = [
  'offered', 'offered me', 'offered us', 'offering', 'an offer of', 'offer of', 'ofrecieron', 'me ofrecieron',
  'nos ofrecieron', 'ofrecio', 'me ofrecio', 'nos ofrecio', 'ofrecen',
  // an offer to the owner the lead speaks for: "a flipper offered her 450", "un señor le ofreció 520"
  'offered her', 'offered him', 'offered them', 'le ofrecio', 'le ofrecieron', 'les ofrecio',
  'les ofrecieron',
  // what the owners ask: "he's asking 560"
  ...OWNERS_ASKING_WORDS,
] as const;

/** Who sells in a sale of the lead's own home supposed after "if" or "si" ("if it sold for 817k", "si la vendemos en"). */
export const OWN_SALE_SUBJECTS: readonly string[] = [
  'it',
  'we',
  'i',
  'our',
  'my',
  'se',
  'la',
  'lo',
  'mi',
  'nuestra',
  // a buyer paying the lead, supposed: "if someone paid 900 i'd think about it", "si alguien me diera 700"
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'they',
  'alguien',
];
/** What is still owed on the home ("we owe about 310", "debemos como 300 mil"): a debt, never the price. */
// prettier-ignore
export const DEBT_WORDS = [
  'owe', 'owed', 'debemos', 'debo', 'debe', 'payoff', 'saldo',
  // what is left of the mortgage: "de hipoteca me quedan unos 190 mil"
  'hipoteca me quedan', 'hipoteca nos quedan', 'hipoteca le quedan', 'hipoteca quedan', 'hipoteca me queda',
  'hipoteca nos queda',
  // the creditor between: "le debemos al banco como 227 mil", "we owe the bank about 300"
  'debemos al banco', 'debo al banco', 'debe al banco', 'owe the bank', 'owe on it', 'owe on the house',
] as const;
/** ... said after the amount: "40k en tarjetas", "30k in credit card debt", "20 mil de deuda". */
// prettier-ignore
export const DEBT_AFTER_WORDS = [
  'en tarjetas', 'de tarjetas', 'in credit cards', 'on credit cards', 'in credit card debt', 'of credit card debt',
  'in card debt', 'in debt', 'of debt', 'de deuda', 'de deudas', 'en deudas', 'owed', 'still owed', 'left on the loan',
  'left on the mortgage', 'on the mortgage', 'de hipoteca', 'en la hipoteca',
] as const;

/** Spoken tens as they are typed ("7 fitty", "fourty"): read as the number word they stand for. */
export const TENS_VARIANTS: Readonly<Record<string, string>> = {
  fitty: 'fifty',
  fiddy: 'fifty',
  fifdy: 'fifty',
  fourty: 'forty',
  fordy: 'forty',
  twenny: 'twenty',
  thirdy: 'thirty',
  sixdy: 'sixty',
};

/** Spoken hundreds as they are typed ("6 hunnid", "5 hunned"): read as "hundred". */
export const HUNDRED_VARIANTS = [
  'hunnid',
  'hunnids',
  'hunned',
  'hunnit',
  'hunnet',
  'hunid',
  'hundrd',
  'hundret',
] as const;

/** Numbers misheard by voice typing, before a scale word: "for hundred thousand" is four hundred thousand. */
export const MISHEARD_NUMBERS: Readonly<Record<string, string>> = {
  'for hundred': 'four hundred',
  'to hundred': 'two hundred',
  'too hundred': 'two hundred',
  'won hundred': 'one hundred',
  'ate hundred': 'eight hundred',
  // ...and before a unit: "in like to months", "for bedrooms period" ("for months", "used to baths" and "close to
  // bedrooms" are English)
  ...Object.fromEntries(
    ['months', 'weeks', 'years'].flatMap((unit) => [
      [`to ${unit}`, `two ${unit}`],
      [`too ${unit}`, `two ${unit}`],
    ]),
  ),
  'for bedrooms': 'four bedrooms',
  'for beds': 'four beds',
  ...Object.fromEntries(
    ['bedrooms', 'beds', 'baths', 'bathrooms'].map((unit) => [`too ${unit}`, `two ${unit}`]),
  ),
};
/** Hundreds said in two words ("seis cientos", "cinco cientos"): read as the one word. */
export const SPLIT_HUNDREDS: Readonly<Record<string, string>> = {
  'dos cientos': 'doscientos',
  'tres cientos': 'trescientos',
  'cuatro cientos': 'cuatrocientos',
  'cinco cientos': 'quinientos',
  'seis cientos': 'seiscientos',
  'siete cientos': 'setecientos',
  'ocho cientos': 'ochocientos',
  'nueve cientos': 'novecientos',
};

/** Tens said after a typed digit ("6 fifty", "5 cincuenta"): the digit is read as its word (650, 550). */
export const SPOKEN_TENS = [
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'treinta',
  'cuarenta',
  'cincuenta',
  'sesenta',
  'setenta',
  'ochenta',
  'noventa',
] as const;

/**
 * Money the lead receives as a lump sum, named a few words before or right after its amount ("getting a settlement
 * from my car accident, like 120k", "my grandma left me 150k", "una herencia de 80 mil"): money on hand, not a price.
 */
// prettier-ignore
export const MONEY_RECEIVED: readonly string[] = [
  'settlement', 'inheritance', 'inherited', 'herencia', 'heredamos', 'herede', 'payout', 'lump', 'indemnizacion',
  'liquidacion', 'left', 'dejo', 'dejaron',
];
/** ...unless a budget or a reach is named between ("con la herencia llegamos a 510", "after the settlement our budget is"). */
// prettier-ignore
export const REACHED_WITH: readonly string[] = [
  'budget', 'presupuesto', 'price', 'precio', 'range', 'rango', 'llegamos', 'llegar', 'llego', 'reach', 'afford',
  'spend', 'gastar', 'pagar', 'hasta', 'up', 'max', 'maximo', 'tope', 'stretch',
];
/** ...with the lead as the one it was left to ("left me", "me dejó"): "left" alone is no money received. */
export const LEFT_TO: readonly string[] = ['me', 'us', 'nos', 'mi', 'my'];
/** The verbs of money left to someone, among MONEY_RECEIVED (they need LEFT_TO beside them). */
export const LEFT_VERBS: readonly string[] = ['left', 'dejo', 'dejaron'];
/** What may stand between an amount and the lump sum named after it ("120k settlement", "80 mil de herencia"). */
export const BEFORE_A_LUMP_SUM: readonly string[] = [
  'k',
  'mil',
  'grand',
  'dollars',
  'dolares',
  'de',
  'in',
  'of',
];

/** Savings said after the amount ("150k saved", "40 mil ahorrados", "60k in savings"): a down payment, not a price. */
export const SAVED_AFTER = [
  'saved',
  'saved up',
  'in savings',
  'de ahorros',
  'ahorrados',
  'ahorrado',
  'on hand',
  'in the bank',
  'nest egg',
  'de inicial',
  'para poner',
  'para dar',
  'para la inicial',
  'cash on hand',
  'cash to put in',
  'cash to put down',
  'to put in',
  'pal down',
  'pal enganche',
  'pa el down',
] as const;

/**
 * A value said before and now replaced, as phrases of the `read/phrases.ts` grammar (`#` a number): "i said 600
 * earlier but ...", "i told you 3 bedrooms before", "dije 600 antes pero ...". Not "as i said before, 600" (no value
 * between) and not "i said 600 but 650 is ok too" (no word of an earlier time).
 */
export const SAID_BEFORE_PHRASES: readonly string[] = [
  'i|we had|_ said|told|put|wrote|mentioned ~2 # ~3 earlier|before|previously|originally|initially|yesterday|at+first|to+begin+with',
  'dije|dijimos|puse|pusimos|mencione ~2 # ~3 antes|ahorita|hace+rato|al+principio|primero|ayer|la+otra+vez',
];

/**
 * The limit said as the true one, correcting what was said before: "675 is the real max", "our actual budget is",
 * "actually our max is 700", "en realidad el máximo es 650", "el presupuesto real es", "el budget real".
 */
export const REAL_LIMIT_PHRASES: readonly string[] = [
  'real|actual|true|verdadero|verdadera max|maximum|budget|limit|ceiling|cap|tope|maximo|limite|presupuesto',
  'max|maximo|presupuesto|tope|limite|budget real|verdadero|verdadera',
  'en+realidad|actually|realmente|in+reality ~3 max|maximum|budget|limit|tope|maximo|limite|presupuesto',
];
/** Units of area or distance: a number before one is a size, never money, even scaled ("2 mil pies", "2k sq ft"). */
// prettier-ignore
export const MEASURE_UNITS: readonly string[] = [
  'sq', 'sqft', 'square', 'feet', 'ft', 'pies', 'pie', 'metros', 'metro', 'mts', 'm2', 'acres', 'acre', 'miles', 'mile',
  'millas', 'milla',
];
/** The words before a zip code, which is no amount ("el zip 92336", "zip code 91739", "código postal 91701"). */
export const ZIP_WORDS: readonly string[] = [
  'zip code',
  'zipcode',
  'zip',
  'codigo postal',
  'postal code',
  // "andamos por el 91739", "vivimos en el 91701": a place said by its zip
  'por el',
  'en el',
];
/** A price called too much right after it ("845 is a bit high for us", "650 está muy caro"): not the lead's budget. */
// prettier-ignore
export const TOO_MUCH_WORDS: readonly string[] = [
  'too high', 'too much', 'a bit high', 'a little high', 'kinda high', 'kind of high', 'high for us', 'too expensive',
  'a bit much', 'a little much', 'steep', 'out of our range', 'out of my range', 'out of our budget', 'over our budget',
  'muy caro', 'muy cara', 'caro', 'cara', 'pricey', 'expensive', 'demasiado', 'mucho para nosotros', 'muy alto', 'se pasa',
  'nos pasamos', 'se nos pasa', 'se me pasa', 'nos queda grande', 'no nos alcanza', 'no me alcanza', 'out of reach',
  'a stretch', 'a big stretch', 'a reach', 'pushing it', 'stretching it', 'muy justo', 'muy apretado', 'nos aprieta',
  'over what we planned', 'more than we planned', 'over what we wanted', 'more than we wanted', 'over our plan',
  'mas de lo que planeamos', 'mas de lo que queriamos', 'mas de lo que pensabamos', 'a lot', 'over budget',
  'a lil over', 'a little over', 'a bit over', 'slightly over', 'more than we would like', "more than we'd like",
  'more than wed like', 'more than i would like', "more than i'd like", 'more than id like', 'mas de lo que queremos',
  'high', 'alto', 'alta', 'elevado', 'elevada',
];
/** What joins an amount to its being too much: "845 is a bit high", "650k está muy caro". */
// prettier-ignore
export const TOO_MUCH_LINKS: readonly string[] = ['is', 'its', "it's", 'seems', 'sounds', 'es', 'esta', 'se ve', 'would be', 'seria'];
/** How much too much: "way too much", "a bit steep", "bastante caro". */
// prettier-ignore
export const DEGREE_WORDS: readonly string[] = [
  'se me hace', 'se nos hace', 'seems', 'feels', 'looks',
  'way', 'a bit', 'a little', 'kinda', 'kind of', 'pretty', 'super', 'very', 'really', 'un poco', 'bastante', 'just',
  'un poquito', 'un poquitito', 'algo', 'medio', 'a tad', 'a lil', 'little', 'lil',
];
/** A price called too much, then allowed: "700 is expensive but doable", "700 es caro pero sí podemos". */
// prettier-ignore
export const CONCEDED_AFTER: readonly string[] = [
  'but doable', 'but we can', 'but we could', 'but ok', 'but fine', 'but manageable', 'but possible', 'but we can do it',
  'pero si podemos', 'pero si', 'pero se puede', 'pero podemos', 'pero esta bien', 'pero si se puede',
  'for us but doable', 'for us but we can', 'but i guess doable', 'but i guess we can', 'but i think we can',
  'but we could make it work', 'but we can make it work', 'pero bueno si podemos', 'pero bueno si se puede',
  'pero bueno', 'pero le entramos', 'pero si le entramos',
];
/** A take-back anywhere between two amounts: the later one replaces ("700k... scratch that, mi wife says 650 max"). */
// prettier-ignore
export const STRONG_TAKE_BACKS: readonly string[] = [
  'scratch that', 'no wait', 'i mean', 'i meant', 'never mind', 'nvm', 'me equivoque', 'quise decir', 'bueno no',
  'but meant', 'but i meant', 'pero quise decir',
  'no mejor', 'corrijo', 'forget that', 'olvida eso', 'lets say', "let's say", 'call it', 'digamos', 'pongamos',
  'lets go with', "let's go with", 'vamos con', 'dejemoslo en', 'ok fine', 'okay fine', 'alright fine', 'fine fine',
  'ok ok', 'bueno va', 'ya pues', 'esta bien pues', 'no no', 'nono',
];
/** A higher amount offered as a stretch, said before or after it ("could do 725", "1.4 for the right one"). */
// prettier-ignore
export const STRETCH_BEFORE_WORDS: readonly string[] = [
  'could do', 'can do', 'might do', 'maybe', 'possibly', 'or even', 'or up to', 'quizas', 'tal vez', 'podriamos',
  'podriamos hacer', 'top out at', 'topping out at', 'tops out at', 'max out at', 'at most', 'at the most', 'como mucho',
  'a lo mucho', 'cuando mucho',
  // "podemos ir hasta 700", "we can go up to 700"
  'ir hasta', 'llegar hasta', 'subir hasta', 'can go up to', 'could go up to', 'can go to', 'could go to',
  'can stretch to', 'could stretch to',
  // in the first person: "por la casa correcta llego a 800", "subo hasta 450 si hace falta"
  'llego a', 'llego hasta', 'llegamos a', 'llegamos hasta', 'llegaria a', 'llegariamos a', 'subo a', 'subo hasta',
  'me estiro a', 'nos estiramos a',
];
/** The other side of a sale, whose stretch is not the lead's: "the seller might do 700". */
// prettier-ignore
export const OTHER_SIDE_WORDS: readonly string[] = [
  'seller', 'sellers', 'owner', 'owners', 'they', 'he', 'she', 'bank', 'lender', 'vendedor', 'vendedores', 'dueno',
  'duenos', 'ellos', 'ella',
];
// prettier-ignore
export const STRETCH_AFTER_WORDS: readonly string[] = [
  'for the right one', 'for the right place', 'for the right house', 'for the right home', 'if its the one',
  "if it's the one", 'if its right', 'si es la indicada', 'si es la buena', 'por la casa correcta', 'if we love it',
  'si nos encanta', 'if we squeeze', 'if we stretch', 'if we have to', 'if need be', 'if needed', 'at a push', 'pushing it',
  'si nos apretamos', 'si nos estiramos', 'apretandonos', 'estirandonos', 'si hace falta',
];
/**
 * What opens a condition in an amount's clause: a higher amount said under one is a stretch ("640 if we really love
 * it", "pero si es la casa perfecta llego a 575", "475 si estiramos").
 */
// prettier-ignore
export const CONDITION_OPENERS: readonly string[] = [
  'if', 'only if', 'as long as', 'provided', 'si', 'solo si', 'siempre que', 'siempre y cuando', 'en caso de que',
];
/** An amount put aside right before it ("scratch the 600", "forget the 500", "no es 500, es 550", "not 600, 650"). */
// prettier-ignore
export const SET_ASIDE_BEFORE: readonly string[] = [
  'scratch the', 'scratch that', 'forget the', 'forget about the', 'ignore the', 'olvida el', 'olvida lo de',
  'olvide el', 'no es', 'not', "it's not", 'its not', 'is not', "isn't", 'rather than', 'instead of', 'en vez de',
  'en lugar de',
];
/**
 * What a number before it counts when it is no money: a share, an area, a time, a count of people, cars or storeys, a
 * clock time, a rate or a fee per something ("4 years at my job", "3br", "500 a referral", "2,800 al mes").
 */
// prettier-ignore
export const UNITS_AFTER_A_NUMBER: readonly string[] = [
  '%', 'percent', 'por ciento', 'sq', 'sqft', 'square', 'feet', 'ft', 'metro', 'metros', 'mts', 'm2', 'pies', 'pie',
  'acre', 'acres', 'day', 'days', 'dia', 'dias', 'week', 'weeks', 'semana', 'semanas', 'month', 'months', 'meses',
  'mes', 'year', 'years', 'yr', 'yrs', 'ano', 'anos', 'mile', 'miles', 'millas', 'minute', 'minutes', 'min', 'mins',
  'minutos', 'hour', 'hours', 'horas', 'am', 'pm', 'a.m', 'p.m', 'st', 'nd', 'rd', 'th', 'kid', 'kids', 'children',
  'hijos', 'car', 'cars', 'story', 'stories', 'planta', 'plantas', 'piso', 'pisos', "o'clock", 'oclock',
  'each',
  // what a day's work counts: "600 stops a day", "250 paquetes", "180 deliveries"
  'stops', 'paradas', 'deliveries', 'entregas', 'packages', 'paquetes', 'parcels', 'routes', 'rutas', 'boxes', 'cajas',
  // a rate per something other than a home ("400 to 500 per property" is a price)
  ...['month', 'mo', 'year', 'yr', 'week', 'day', 'night', 'hour', 'hr', 'person', 'head', 'referral', 'lead',
    'client', 'buyer', 'deal', 'loan', 'sq', 'square', 'foot', 'ft', 'sqft', 'cent', 'kid', 'child'].map(
    (unit) => `per ${unit}`,
  ),
  'a month', 'a referral', 'a lead', 'a head', 'a pop', 'an hour', '/mo', '/month', '/hr', 'monthly',
  // ...or for each of something ("215 for each wedding", "a cut for every referral")
  'for every', 'for each', 'cada', 'por cada',
  'por mes', 'por referido', 'por pie', 'por metro', 'al mes', 'mensual', 'mensuales',
  // a span still to run: "our lease has 5 more months", "2 more years at this job"
  'more day', 'more days', 'more week', 'more weeks', 'more month', 'more months', 'more year', 'more years',
  // a day of a month: "se acaba el 30 de junio", "the 15th of june"
  ...MONTH_NAMES.flatMap((month) => [`de ${month}`, `of ${month}`]),
];

/**
 * The seller's own words that take up someone else's price ("the one down the street got 1.1m, so i'm hoping around
 * there", "la vecina vendió en 850, queremos lo mismo"): only then is that price the seller's hope.
 */
// prettier-ignore
export const SAME_AS_THEIRS: readonly string[] = [
  'around|about|at+least|close+to|near|something+like|somewhere+around|like that|there|theirs|hers|his',
  'the same|similar',
  'with|con that|eso|it',
  'take|accept|want that|it|eso',
  'same as|like them|him|her|theirs|hers|his|that',
  'lo mismo',
  // "dice que unos 590 mil. Con eso le damos", "we'll go with that"
  'con eso le damos|quedamos|estamos', 'go with that|his|hers|theirs',
  'algo parecido|similar|asi',
  'mas+o+menos|por|como|cerca+de|al+menos eso|ahi',
  'igual|parecido que|a ellos|ellas|el|ella|la+suya|el+suyo',
  // "appraiser said 610k so that", "thats our number", "we'd go with that"
  'so that|thats $',
  'thats|that+is our|my number|price',
  'go|going with that|it|theirs',
  'agree with that|it|him|her|them',
];
/** A cost beside the price, before its amount: "hoa under 300", "closing costs up to 10k", "cuota de 200". */
// prettier-ignore
export const SIDE_COST_WORDS: readonly string[] = [
  'hoa', 'h.o.a', 'dues', 'association', 'mello roos', 'melloroos', 'taxes', 'tax', 'credit', 'credits', 'concession',
  'concessions', 'closing cost', 'closing costs', 'cuota', 'mantenimiento', 'impuestos', 'costos de cierre',
];
/** A cost of the home named right after its amount: "the $385 HOA", "300 de cuota", "200 in dues". */
/**
 * Money put into the home, said right after its amount ("we put about 90k into it", "sunk 40 more into the kitchen",
 * "le metimos 50 mil en arreglos"): spent, no price. The words that may stand between, then "into", or "in"/"en" and a
 * part of the home or its work.
 */
export const SPENT_FILLERS: readonly string[] = [
  'k',
  'mil',
  'more',
  'mas',
  'dollars',
  'bucks',
  'de',
  'or',
  'so',
];
// prettier-ignore
export const SPENT_ON: readonly string[] = [
  'it', 'repairs', 'upgrades', 'renovations', 'remodel', 'remodeling', 'kitchen', 'roof', 'bathrooms', 'arreglos',
  'remodelacion', 'reparaciones', 'mejoras', 'cocina', 'techo', 'ella', 'la',
];
/** The value of the home the lead has, said before its amount ("our house is worth like 650", "mi casa vale 500"). */
export const OWN_HOME_VALUE_PHRASES: readonly string[] = [
  'our|my|mi|nuestra|nuestro house|home|place|casa|condo|depa|townhouse ~2 worth|vale|valued|appraised|appraises|apraised',
  // what the lead's own home should sell for: "ours should bring in about 540", "esperamos sacarle 480"
  'ours|mine|our+place|our+house|our+home|my+place|my+house ~2 bring|brings|fetch|fetches|sell|sells|go|goes in|for|_',
  'sacarle|sacarles|le+sacamos|le+sacariamos|le+saquemos',
];
export const SIDE_COSTS_AFTER: readonly string[] = ['hoa', 'dues', 'cuota', 'mantenimiento', 'mello'];
/** A ceiling said after the amount: "650 max", "700 tops", "600 or less", "800 como máximo". */
// prettier-ignore
export const CEILING_WORDS: readonly string[] = [
  'max', 'maximum', 'tops', 'top', 'limit', 'ceiling', 'cap', 'or less', 'or under', 'or below', 'at most', 'as a max',
  'max budget', 'como maximo', 'maximo', 'tope', 'limite', 'max.', 'o menos', 'most', 'at the most', 'a lo mucho',
  'como mucho', 'lo mas que',
  // "780, not more", "600, no more", "500, nada más"; "de 550 no pasamos"
  'not more', 'no more', 'nothing more', 'no mas', 'nada mas', 'no pasamos', 'no nos pasamos', 'no pasariamos',
  // "600 is where i'd top out"
  "where i'd top out", 'where id top out', "where we'd top out", 'where wed top out', 'where i top out',
  'where we top out', "where i'd max out", 'where id max out', "where we'd max out", 'where wed max out',
];
/** Hedges said between a ceiling and its amount: "capped at like 560", "hasta como 500". */
export const HEDGES: readonly string[] = [
  'like',
  'about',
  'around',
  'roughly',
  'como',
  'unos',
  'tipo',
  'maybe',
];
/** What an agent charges, talked about: a small decimal in the message is a rate ("redfin does like 1.5"), no price. */
// prettier-ignore
export const RATE_TALK_WORDS: readonly string[] = [
  'commission', 'commissions', 'comision', 'comisiones', 'honorarios', 'cobra', 'cobran', 'cobras', 'charges',
  'charge', 'rate', 'rates', 'interest', 'tasa', 'tasas', 'interes',
  // "what percentage do you take? redfin does 1.5", "other brokers take 2.5, could you do 2?"
  'percentage', 'porcentaje', 'brokers take', 'agents take', 'realtors take', 'redfin',
];
/**
 * A limit named right before its amount, said as the lead's own limit ("máximo 600", "no más de 520", "tops 500"),
 * unlike a reach of something else ("etiwanda goes up to 900"): the last one to three words before it.
 */
export const LIMITS_NAMED_BEFORE: ReadonlySet<string> = new Set([
  'max',
  'maximum',
  'maximo',
  'tops',
  'tope',
  'el tope es',
  'tope de',
  'no more than',
  'not more than',
  'at most',
  'no mas de',
  'como mucho',
  'a lo mucho',
  'cuando mucho',
  'como maximo',
  'at the most',
  'max is',
  // "cannot over 950" (second-language English for "cannot go over")
  'cannot over',
  'can not over',
  'cant over',
  'not over',
  'maximo es',
  'max of',
  'limit is',
  'cap is',
  'cap of',
  'nada mas de',
  'ni un peso mas de',
]);
/** A ceiling named before its amount: "my max is 450k", "el tope es 450 mil", "our cap is 500". */
export const CEILING_NOUNS: ReadonlySet<string> = new Set([
  'max',
  'maximum',
  'limit',
  'limite',
  'tope',
  'maximo',
  'cap',
  'ceiling',
]);
/** A ceiling said as what the lead can reach, before its amount: "the most we could pay is 455k". */
// prettier-ignore
export const CEILING_REACHED: readonly string[] = [
  'the most we', 'the most i', 'highest we', 'highest wed', 'highest i', 'highest id', 'lo mas que', 'lo maximo que',
  'lo mas alto que',
];
/** A credit score named in the clause before a number: it is no money ("mi score anda en 690", "fico is like 720"). */
export const SCORE_WORDS: readonly string[] = ['score', 'scores', 'puntaje', 'fico', 'beacon'];
/** A comparable sale named in the clause before its price: another home's ("my sister found a comp por 610"). */
/** Money of another country, no budget in dollars ("25 million shillings back home", "80 lakhs", "300 mil euros"). */
// prettier-ignore
export const FOREIGN_CURRENCIES: readonly string[] = [
  'shillings', 'shilling', 'rupees', 'rupee', 'rupias', 'lakh', 'lakhs', 'crore', 'crores', 'euros', 'euro', 'pounds',
  'quid', 'quetzales', 'lempiras', 'colones', 'soles', 'yen', 'yuan', 'naira', 'cedis', 'bolivares', 'reais', 'reales',
  'dirhams', 'dinars', 'pesos colombianos', 'pesos mexicanos', 'pesos chilenos', 'pesos argentinos', 'pesos dominicanos',
];

/** A business's figures, no price of a home ("the business billed 1.6 million", "2 million in sales"). */
// prettier-ignore
export const BUSINESS_FIGURE_WORDS: readonly string[] = [
  'business', 'company', 'restaurant', 'shop', 'store', 'negocio', 'empresa', 'compania', 'billed', 'revenue',
  'revenues', 'sales', 'facturo', 'facturamos', 'facturacion', 'ventas', 'gross', 'grossed', 'ingresos', 'sucursal',
];
export const COMPARABLE_WORDS: readonly string[] = [
  'comp',
  'comps',
  'comparable',
  'comparables',
  'comparativo',
];
/** Words between the amount and its ceiling word: "650 is our absolute max", "700 es el tope". */
// prettier-ignore
export const CEILING_FILLERS: readonly string[] = [
  'our', 'my', 'the', 'absolute', 'absolutely', 'hard', 'tops', 'real', 'actual', 'true', 'nuestro', 'mi', 'el', 'lo',
  'verdadero', 'dollars', 'dolares', 'bucks', 'usd',
];
/** Who reaches for a ceiling: "we could stretch to", "i can go up to", "podemos llegar hasta". */
// prettier-ignore
export const REACH_SUBJECTS: readonly string[] = [
  'we', 'i', "we'd", 'wed', "i'd", 'id', "we're", 'were', "i'm", 'im', 'could', 'can', 'would', 'nos', 'me', 'podemos',
  'podriamos', 'puedo', 'podria',
  // a limit said with a negation: "we wouldn't go over 540", "i don't want to go past 600"
  "wouldn't", 'wouldnt', "won't", 'wont', "can't", 'cant', "couldn't", 'couldnt', "don't", 'dont',
];
/** The lead's own limit named before its amount: "our budget", "my max", "nuestro presupuesto", "el límite". */
export const OWN_LIMITS: readonly string[] = [
  ...['our', 'my', 'the', 'nuestro', 'mi', 'el'].flatMap((whose) =>
    ['budget', 'presupuesto', 'max', 'limit', 'limite'].map((limit) => `${whose} ${limit}`),
  ),
  // ...or the budget with no one named, as the lead's own ("need 4 bed, budget tops out at 690")
  'budget',
  'presupuesto',
];

/**
 * A ceiling said right before the amount: "under 600", "up to 550", "we could stretch to 700", "podemos llegar hasta
 * 500", and one not to go past ("no queremos pasarnos de 450", "don't want to go over 600").
 */
// prettier-ignore
export const CEILING_BEFORE_WORDS: readonly string[] = [
  'under', 'below', 'less than', 'up to', 'max', 'maximum', 'no more than', 'not more than', 'at most', 'tops',
  'menos de', 'abajo de', 'debajo de', 'hasta', 'no mas de', 'maximo', 'como maximo', 'as high as', 'como mucho', 'a lo mucho', 'cuando mucho',
  'at the most', 'south of', 'go north of', 'going north of',
  ...['stretch', 'go', 'push', 'pay', 'spend'].flatMap((verb) =>
    ['', ' it'].flatMap((it) =>
      ['', ' a little', ' a bit', ' a tad'].flatMap((bit) => ['', ' up'].map((up) => `${verb}${it}${bit}${up} to`)),
    ),
  ),
  ...['estirar', 'subir', 'llegar', 'aventar'].flatMap((verb) =>
    ['', 'nos', 'me', 'le'].flatMap((self) => ['a', 'hasta'].map((to) => `${verb}${self} ${to}`)),
  ),
  ...['pasar', 'pasarnos', 'pasarme', 'pasarle', 'pasamos', 'paso', 'pasemos'].map((verb) => `${verb} de`),
  'go over', 'go above', 'going over', 'go past', 'going past', 'go beyond', 'exceed', 'cannot over', 'can not over', 'cant over', 'not over', 'exceder', 'top out at', 'topping out at', 'tops out at', 'max out at', 'capped at', 'capped us at', 'capped me at', 'cap us at', 'cap of', 'ceiling of', 'limit of', 'tope de',
  'limite de',
];

/** A floor said right before the amount: "over 500", "at least 450", "north of 600", "más de 500", "desde 400". */
// prettier-ignore
export const FLOOR_BEFORE_WORDS: readonly string[] = [
  'over', 'above', 'at least', 'more than', 'minimum', 'min', 'starting at', 'north of', 'mas de', 'al menos', 'minimo',
  'desde',
];

/** What a payment, savings or a loan buy, said before the price: "me da para unos 415 mil", "that gets us to 600". */
// prettier-ignore
export const AFFORDS_WORDS: readonly string[] = [
  'me da para', 'nos da para', 'da para', 'me alcanza para', 'nos alcanza para', 'alcanza para', 'gets us', 'gets me',
  'gets us to', 'gets me to', 'buys us', 'buys me',
];

/** The lead takes up someone else's limit as its own: "my mom wont sign over 450 so thats our cap", "eso es nuestro tope". */
// prettier-ignore
export const OUR_LIMIT_PHRASES: readonly string[] = [
  'thats|that+is|its|so our|my cap|max|limit|ceiling|budget|tope',
  'eso|ese es|seria nuestro|mi|el tope|maximo|limite|presupuesto',
  // the figure said before, taken as the budget: "así que mejor bajamos el presupuesto a eso", "we lowered our max to that"
  'bajamos|subimos|ajustamos|bajo|subo|ajusto|lowered|lower|dropped|drop|raised|raise|bumped|moved|adjusted|adjust el|our|my|the|nuestro|mi|_ presupuesto|budget|max|tope|limite|limit a|to eso|ese|that|it',
];

/**
 * "4fifty", "4-fifty": a spoken price with its first digit typed (extract/price.ts), not after a time or place word
 * (`notAfter`: "at 4-thirty", "unit 4-fifty") nor before a time of day or a noun of its own (`notBefore`: "my 3-thirty
 * meeting", "3-sixty views").
 */
// prettier-ignore
export const JOINED_TENS = {
  notAfter: [
    'at', 'after', 'before', 'by', 'until', 'till', 'til', 'from', 'my', 'our', 'unit', 'apt', 'apartment', 'suite', 'no',
    'number', '#',
  ],
  tens: ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'],
  units: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  notBefore: [
    'am', 'pm', 'a.m', 'p.m', "o'clock", 'oclock', 'meeting', 'appointment', 'view', 'views', 'degree', 'degrees',
    'tomorrow', 'tmrw', 'tmr', 'today', 'tonight', 'manana', 'hoy',
  ],
} as const;

/** Said right after an amount wished for ("430 would be great", "600 estaría bien"): the amount is a price. */
// prettier-ignore
export const AMOUNT_WISHED_AFTER: readonly string[] = [
  'would be great', 'would be nice', 'would be good', 'would be perfect', 'would be ideal', 'would work', 'works for us',
  'estaria bien', 'seria bueno', 'seria ideal', 'estaria perfecto', 'me parece bien', 'nos parece bien',
  'give or take', 'more or less', 'mas o menos', 'or so', 'o por ahi', 'y pico', 'ish',
  // "then 625 sounds good to me", "630 nos suena bien"
  'sounds good', 'sounds great', 'sounds fair', 'sounds right', 'suena bien', 'nos suena bien', 'me suena bien',
  // "690 and I'm happy", "650 y quedamos contentos"
  'and im happy', 'and were happy', 'and i am happy', 'and we are happy', 'and id be happy', 'and wed be happy',
  "and i'm happy", "and we're happy", "and i'd be happy", "and we'd be happy",
  'y quedo contento', 'y quedamos contentos', 'y quedo contenta',
  // the amount named as the wish itself: "480 is what I want", "520 es lo que pedimos"
  'is what i want', 'is what we want', 'is what i need', 'is what we need', 'is what im hoping', 'is what were hoping',
  'es lo que quiero', 'es lo que queremos', 'es lo que pido', 'es lo que pedimos', 'es lo que necesito',
  'es lo que necesitamos',
];

/**
 * The seller's own wish for a price: "id want 600", "if we walked away with around 800 i'd be happy", "yo con unos 600
 * me sentiría bien", "queremos sacar unos 550" (extract/price.ts `wishedPrice`).
 */
// prettier-ignore
export const PRICE_WISH_WORDS: readonly string[] = [
  'want', 'wanted', 'hoping', 'hope', 'happy', 'walk away with', 'walked away with', 'would like', 'i would like',
  'we would like',
  'asking', 'comfortable', 'settle for', 'would take', 'we would take', 'i would take', 'be good with', 'be fine with',
  'queremos', 'quiero', 'esperamos', 'espero', 'sacar', 'sacarle', 'pedir', 'pedimos', 'contentos', 'contento',
  'contenta', 'felices', 'feliz', 'sentiria', 'sentiriamos', 'conformes', 'conforme', 'aceptariamos', 'aceptaria',
  'i would take', 'we would take', 'i would like', 'we would like', 'i would want', 'we would want', 'i would say',
  'we would say', 'yo diria', 'diria yo', 'diriamos',
  // "ojalá 650", "we'd be rapt with 850", "con 575 quedaría tranquilo", "so put 495", "que le pidamos 640"
  'ojala', 'rapt', 'stoked', 'thrilled', 'chuffed', 'tickled', 'tranquilo', 'tranquila', 'tranquilos', 'put', 'pon', 'ponle',
  'pongamos', 'pidamos', 'pidale', 'pide', 'pedirle',
  // "i'm thinking 665k", "we'd list at $599,000", "estamos pensando en 650"
  'thinking', 'list at', 'list it at', 'list for', 'list it for', 'price it at', 'pensando', 'pensamos',
  // a price accepted: "then 625 sounds good to me", "we're ok with 625k", "con 640 estamos bien"
  'ok with', 'okay with', 'fine with', 'good with', 'sounds good', 'sounds fine', 'sounds great', 'estamos bien con',
  'de acuerdo con', 'me parece bien', 'nos parece bien', 'me late', 'nos late', 'estamos bien', 'quedamos bien',
  // "con unos 780 me conformo", "nos conformamos con 600", "i'd settle at 700"
  'conformo', 'conformamos', 'conformaria', 'conformariamos', 'settle at',
];

/** Said right after an amount, calling it acceptable and nothing more: "489 is ok", "465 is fine", "esa está bien". */
// prettier-ignore
export const ACCEPTABLE_AFTER: readonly string[] = [
  'is ok', 'is okay', 'is fine', 'is good', 'works', 'works for us', 'is doable', 'esta bien', 'nos queda bien',
  'sounds good', 'sounds fine', 'no problem', 'no hay problema', 'is no problem',
];

/** How near a figure is said to be, before it: "we owe roughly 230", "zillow has it at about 640" (the hedges and more). */
// prettier-ignore
export const ROUGHLY_WORDS: readonly string[] = [
  ...HEDGES, 'approximately', 'nearly', 'almost', 'close to', 'just under', 'just over', 'aproximadamente', 'casi',
  'alrededor de',
];

/**
 * An amount turned down right after it: not interested, or not within reach ("más de 700 no podemos", "over 600 we
 * can't do", "more than 500 is too much").
 */
// prettier-ignore
export const REFUSED: readonly string[] = [
  ...NOT_INTERESTED_WORDS, 'no podemos', 'no puedo', 'no alcanzamos', 'no nos alcanza', 'we cant', 'we can not',
  'i cant', 'cant do', 'is too much', 'es mucho', 'es demasiado',
  "we can't", "i can't", "can't do", 'we cannot', 'no way', 'no se puede', 'ya es mucho', 'ya es demasiado', 'is too high',
  'is a stretch', 'es muy alto', 'ni loco', 'ni de broma', 'imposible', 'is out', 'esta fuera', 'nope', 'nah',
];

/** Words between two amounts that deny the next one ("550, not 520", "hasta 550, no 520"): extract/amount.ts. */
// prettier-ignore
export const AMOUNT_DENIALS: readonly string[] = [
  'not', 'no', 'y no', 'and not', 'but not', 'pero no', 'ni', 'no es', 'not like', 'instead of', 'en vez de',
  'en lugar de', 'rather than',
];

/** How high an amount is, as a lead turns it down ("we dont want to go all the way up there", "llegar a tanto"). */
// prettier-ignore
export const TOO_HIGH_WORDS: readonly string[] = [
  'up+there', 'that+high', 'that+much', 'all+the+way', 'the+whole+thing', 'that+far', 'tan+alto', 'hasta+alla',
  'tanto', 'a+tanto', 'el+maximo', 'the+max', 'the+top', 'a+eso', 'to+that', 'that+number', 'that+figure', 'esa+cifra',
];

/** Words that lead up to an amount approved ("for as much as", "hasta unos", "up to like"). */
// prettier-ignore
export const AMOUNT_LEAD_WORDS: readonly string[] = [
  'for', 'por', 'para', 'de', 'at', 'en', 'up', 'to', 'hasta', 'as', 'much', 'like', 'about', 'around', 'como', 'unos',
  'is', 'es', 'of', 'only', 'just', 'nomas', 'solo', 'roughly', 'approximately', 'aproximadamente', 'almost', 'casi',
];
/**
 * A lender's figure told by the lead ("our loan officer says we're good up to 560", "el letter dice 530"): who gave it
 * (a lender or the approval letter), then a verb that tells it (extract/amount.ts `lenderToldBefore`).
 */
// prettier-ignore
export const LENDER_TOLD = {
  givers: [
    'lender', 'loan officer', 'bank', 'banco', 'broker', 'credit union', 'prestamista', 'loan guy', 'loan lady',
    'mortgage guy', 'mortgage lady', 'letter', 'carta', 'cooperativa', 'segun el banco', 'segun el broker',
  ],
  verbs: [
    'says', 'said', 'told', 'tells', 'saying', 'dice', 'dijo', 'dicen', 'dijeron', 'shows', 'showed', 'puso', 'pone',
    'gave', 'gives', 'dio', 'reads', 'came', 'salio', 'sale', 'dan', 'da',
  ],
  /** A reach said between the verb and the amount ("up to", "hasta", "as high as", "good for"). */
  reach: [
    'up', 'hasta', 'high', 'much', 'max', 'maximo', 'good', 'qualify', 'qualified', 'approved', 'aprobado',
    'aprobados', 'preaprobado', 'preaprobados', 'calificamos', 'alcanza', 'alcanzamos', 'llegar', 'afford',
  ],
} as const;

/**
 * An amount in a question about something else or a supposed case (extract/amount.ts `supposedAt`): the question words
 * that open such a clause, the words before them that open no clause, and the leads of a supposition.
 */
// prettier-ignore
export const SUPPOSED = {
  questionOpeners: [
    'would', 'will', 'does', 'do', 'did', 'can', 'could', 'should', 'how', 'what', 'whats', 'which', 'where', 'when',
    'why', 'is', 'are', 'cuanto', 'cuanta', 'cuantos', 'cuantas', 'cual', 'como', 'donde', 'cuando', 'puede',
    'pueden', 'podria', 'podrian', 'incluye', 'incluyen', 'hay', 'tiene', 'tienen', 'aceptarian', 'aceptaria',
  ],
  fillers: ['and', 'y', 'also', 'tambien', 'but', 'pero', 'so', 'ok', 'okay', 'oh', 'hey', 'pues', 'entonces'],
  /** (not "let's say 550", a figure restated) */
  leads: [
    'say we find', 'suppose', 'supposing', 'hypothetically', 'pongamos que', 'supongamos', 'imaginemos',
    'if we find one at', 'si encontramos una de', 'si encontramos una en',
  ],
  /** The lead asking of its own reach ("what can we get for 550?", "¿qué podemos comprar con 450?"). */
  ownAsking: [
    'we', 'i', 'us', 'me', 'nosotros', 'podemos', 'puedo', 'alcanza', 'alcanzamos', 'afford',
    // ...or of what there is for it ("what kind of stuff is out there for under 500k?", "realistic to find something under 600?")
    'find', 'anything', 'something', 'stuff', 'options',
  ],
} as const;

/** A sale closed before the amount, the home's price then, no budget ("we just closed on our house in huntington beach, 1.52M"). */
// prettier-ignore
export const SALE_CLOSED_BEFORE: readonly string[] = [
  'closed on our', 'closed on my', 'closed on the sale', 'closed the sale', 'cerramos la venta', 'cerramos la casa',
  'ya cerramos la venta',
];

/** A wish, not a limit ("ideally like 700", "idealmente 500", "hopefully under 600"). */
export const IDEAL_WORDS: readonly string[] = [
  'ideally',
  'idealmente',
  'preferably',
  'hopefully',
  'ojala',
  'ideal',
];

/** The starts of approval words ("approved", "pre-approval", "preaprobaron", "aprobados"). */
export const APPROVAL_STEMS: readonly string[] = [
  'approv',
  'preapprov',
  'aprob',
  'preaprob',
  // a qualification is a lender's figure too ("pre-qualified for 610", "precalificados por 480")
  'prequal',
  'qualif',
  'precalif',
  'calific',
];

/** Where money referred to ("that", "eso") is put: the down payment ("put most of that down", "usar eso de enganche"). */
// prettier-ignore
export const DOWN_REFERRED_WORDS: readonly string[] = [
  'down', 'as+the+down', 'as+a+down', 'for+the+down', 'toward+the+down', 'towards+the+down', 'de+enganche',
  'para+el+enganche', 'como+enganche', 'de+inicial', 'para+la+inicial', 'como+inicial', 'de+down',
];

/** A limit the lead sets for someone else: "i told my son to stay under 420", "le dije a mi hija que no pase de 300". */
export const LIMIT_TOLD_TO_OTHERS: readonly string[] = [
  'told|tell|telling|asked|ask my|our|his|her ~2 to stay|keep|go|not',
  'le|les dije|pedi|digo a mi|mis|su ~2 que',
  'thats|that+is him|her|them not us|me',
];

/**
 * A certainty said as a hundred, never a figure: the word before it ("not 100", "estoy 100", "al 100", "ni al
 * cien") or after it ("100%", "100 percent", "100 sure", "100 por ciento").
 */
// prettier-ignore
export const SURE_BEFORE_A_HUNDRED: readonly string[] = [
  'not', 'isnt', 'arent', 'im', 'am', 'estoy', 'toy', 'estamos', 'al', 'ni',
];
// prettier-ignore
export const SURE_AFTER_A_HUNDRED: readonly string[] = [
  '%', 'percent', 'pct', 'porciento', 'por+ciento', 'sure', 'certain', 'positive', 'confident', 'seguro', 'segura',
  'seguros',
];
/** What makes the hundred a figure after all: "not 100k", "al 100 mil". */
export const HUNDRED_AS_A_FIGURE = 'k|mil|thousand|grand|dollars|bucks|dolares|m|mill|million|millones';

/**
 * A freeway named by its number, as Southern California says it: after a way to it ("far from the 10", "lejos de la
 * 210", "off the 60", "right by the 15"), before its road word ("the 91 freeway", "la 10 autopista"), or after its
 * letters ("I-15", "hwy 395", "route 66").
 */
// prettier-ignore
export const WAY_TO_A_ROAD: readonly string[] = [
  'from', 'to', 'off', 'by', 'near', 'de', 'cerca+de', 'lejos+de', 'junto+a', 'take', 'tomar', 'agarrar',
];
/** What after "the" and a number makes it no road: "by the 15th", "from the 20s", "to the 3 bedrooms". */
// prettier-ignore
export const ROAD_NOT_AFTER: readonly string[] = [
  'st', 'nd', 'rd', 'th', 's', 'de', 'of', 'bed', 'beds', 'bedroom', 'bedrooms', 'bath', 'baths', 'recamaras', 'cuartos',
  'homes', 'houses', 'casas', 'listings', 'ones', 'options', 'opciones', 'days', 'dias', 'weeks', 'semanas', 'months',
  'meses', 'years', 'anos', 'am', 'pm', 'percent', '%', 'minutes', 'minutos', 'mins', 'hours', 'horas', 'y', 'and', 'or',
  'o', 'de+la',
];
/** Southern California's freeways by number, the only numbers read as roads after "the" ("from the 10"). */
// prettier-ignore
export const FREEWAY_NUMBERS: readonly string[] = [
  '2', '5', '10', '14', '15', '18', '22', '30', '38', '55', '57', '60', '62', '71', '73', '74', '79', '83', '90', '91', '101',
  '105', '110', '118', '133', '134', '138', '210', '215', '241', '259', '261', '330', '371', '395', '405', '605', '710',
];
// prettier-ignore
export const ROAD_NAMED_AFTER: readonly string[] = [
  'freeway', 'fwy', 'frwy', 'highway', 'hwy', 'interstate', 'autopista', 'carretera',
];
// prettier-ignore
export const ROAD_BEFORE_ITS_NUMBER: readonly string[] = [
  'interstate', 'hwy', 'highway', 'route', 'rte', 'sr', 'carretera', 'autopista',
];
