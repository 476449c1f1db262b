/**
 * Why a seller sells (`extract/motivation.ts`), as phrases of the `read/phrases.ts` grammar over folded words (lower
 * case, no accents, no apostrophes: "can't" is "cant", "we're" is "were", "mom's" is "moms"), English and Spanish
 * side by side. A word ending in `*` is a word's start ("divorc*" is "divorce", "divorced", "divorcing"). Whether a
 * phrase is said as a statement of the lead's own is weighed by the reader, not here.
 */
import { KIN, POST_NOUNS, WORKPLACES } from './seller.js';

/** A phrase with a guard: words that right after it make it something else, or a word that must follow it. */
export interface MotivationPhrase {
  words: string;
  notBefore?: string;
  /** Words that, right after it, make it something else ("moving to a condo" is no relocation). */
  notFollowedBy?: string | readonly string[];
  /** Words that, anywhere in the text, make it something else ("my mom's house, she owns it": no inheritance). */
  unless?: string;
  /** Words of which one must be in the text ("i'm going with her" is a move only beside one: "se muda a Vegas"). */
  needs?: string;
  /** A word must follow ("nos vamos pa Texas"). */
  wordAfter?: boolean;
  /** The first word, when it ends in "s" ("moms"), was written with an apostrophe ("mom's"). */
  apostrophe?: boolean;
}

const either = (words: readonly string[]) => words.join('|');
/** A home's size, after its number ("5 bedrooms", "2400 sq ft", "4 recámaras"). */
// prettier-ignore
const HOME_SIZE_UNITS: readonly string[] = [
  'bedrooms', 'bedroom', 'beds', 'bed', 'br', 'bd', 'sq', 'sqft', 'square', 'recamaras', 'recamara', 'cuartos',
  'habitaciones',
];
/** What money from the sale is needed for when it goes to the next home: no hardship. */
// prettier-ignore
const FOR_THE_NEXT_HOME: readonly string[] = [
  'down', 'downpayment', 'enganche', 'inicial', 'buy', 'buying', 'purchase', 'comprar', 'next', 'new', 'otra', 'nueva',
];
/**
 * A relative, or a relative's ("mom", "mom's" folded to "moms"): a parent's home is "mom house", "mom's house" (folded
 * "moms house", taken only when written with the apostrophe).
 */
// prettier-ignore
const OF_KIN = either([
  'mom', 'moms', 'mother', 'mothers', 'dad', 'dads', 'father', 'fathers', 'parents', 'grandma', 'grandmas',
  'grandmother', 'grandmothers', 'grandpa', 'grandpas', 'grandfather', 'grandfathers', 'aunt', 'aunts', 'uncle',
  'uncles',
]);
const WHO_PASSED = either([...KIN, 'husband', 'wife', 'she', 'he'].flatMap((word) => [word, `${word}s`]));
/** A few, some, two... (payments). */
const HOW_MANY = 'like|about|around|maybe|almost|_ a|some|several|#|two|three|four|_ few|couple|_ of|_';
const SMALL_ES = 'chico*|chica*|pequeno*|pequena*';
const ONLY_US = ['me|us', 'the two|2 of us', 'one person', 'two|2 people'];

/** Verbs after "me voy a", "nos vamos a" that make it the future, not a move ("ya me voy a retirar", "vamos a vender"). */
// prettier-ignore
export const GOING_TO_DO: readonly string[] = [
  'retirar', 'retirarme', 'retirarnos', 'jubilar', 'jubilarme', 'jubilarnos', 'pensionar', 'pensionarme', 'vender',
  'comprar', 'quedar', 'esperar', 'ver', 'poner', 'hacer', 'pagar', 'tener', 'dar', 'pensar', 'rentar', 'arreglar',
  'decir', 'llamar', 'mandar', 'buscar', 'necesitar', 'tardar', 'tomar', 'poder', 'casar', 'separar', 'divorciar',
  'sacar', 'meter', 'dejar', 'estar', 'ser', 'seguir', 'empezar', 'pintar',
];
/** A hedge, not a reason: "not sure", "just curious", "tal vez" (the motivation question answered by nothing). */
// prettier-ignore
export const MOTIVATION_HEDGES: readonly string[] = [
  'not sure', 'idk', "i don't know", 'i dont know', 'dunno', 'maybe', 'no idea', 'just thinking', 'just curious',
  'just looking', 'just exploring', 'no se', 'tal vez', 'quizas', 'solo pensando', 'solo curiosidad', 'solo viendo',
  'who knows', 'hard to say', 'quien sabe', 'ni idea', 'no sabemos', 'no lo se',
  // only asking: "por ahora solo quiero saber, nada más", "just wanted to know"
  'solo quiero saber', 'solo queria saber', 'nomas quiero saber', 'nomas queria saber', 'just want to know',
  'just wanted to know', 'just checking', 'solo checando', 'solo preguntando', 'just asking',
  // the reason put off until later: "long story, i'll explain when we talk", "luego te explico"
  'long story', 'ill explain', "i'll explain", 'explain later', 'tell you later', 'luego te explico',
  'luego le explico', 'despues te explico', 'te explico luego', 'luego te cuento', 'larga historia',
];
/** A sale only thought of, no reason: "thinking about selling" (in a short answer). */
export const JUST_THINKING: readonly string[] = [
  'thinking about selling',
  'considering selling',
  'pensando en vender',
];
/** The opening of a question back, no reason: "what would you offer", "¿por qué?". */
// prettier-ignore
export const QUESTION_OPENINGS: readonly string[] = [
  'what', 'why', 'how', 'who', 'when', 'where', 'can', 'could', 'do', 'does', 'is', 'are', 'tell me', 'que',
  'por que', 'como',
];
/** Words of a reason: "because", "tired of", "too small", "ya no aguantamos", "fed up". */
// prettier-ignore
export const REASON_WORDS: readonly string[] = [
  'because', 'since', 'want', 'wanna', 'need', 'time to', 'ready for', 'tired of', 'change', 'closer', 'too big',
  'too small', 'too far', 'porque', 'queremos', 'quiero', 'necesitamos', 'cansado', 'cansada', 'cansados', 'cansadas',
  'fed up', 'sick of', 'cant stand', "can't stand", 'hate', 'unbearable', 'insoportable', 'insoportables', 'aguantamos',
  'aguanto', 'soportamos', 'soporto', 'harto', 'harta', 'hartos', 'hartas', 'noisy', 'ruido', 'too much', 'demasiado',
  'headache', 'headaches', 'hassle', 'anymore', 'batallar', 'lidiar',
];
/**
 * A reason to sell said unasked without a "because" (`extract/motivation.ts` reads it as "other"): a landlord worn out
 * ("ya no quiero ser landlord, too many headaches", "ya no queremos batallar con inquilinos", "done being landlords"),
 * a home no one needs now ("ya no la necesitamos").
 */
export const WEARY_OWNER_PHRASES: readonly string[] = [
  'ya+no|no+longer quiero|queremos|want|wants to|_ ser|be a|_ landlord|landlords|casero|caseros|caseras',
  'done|tired|cansado|cansados|cansada|harto|hartos|harta being|of|de|_ a|ser|_ landlord|landlords|casero|caseros',
  'batallar|lidiar|deal|dealing|pelear con|with ~1 inquilinos|tenants|renters|inquilino|tenant',
  'too+many|so+many|demasiados|muchos headaches|problemas+con+inquilinos|dolores+de+cabeza',
  // a home no one needs now: "ya no la necesitamos", "we don't need it anymore", "nadie vive ahí"
  'ya+no|no+longer la|lo|it|_ necesitamos|necesito|ocupamos|usamos|need|use',
  'dont|do+not need|use it anymore|any+more|now',
  'nadie|nobody|no+one vive|lives|la+usa|uses+it',
];
/**
 * The sale said with its reason, unasked: "queremos vender porque van a construir apartamentos al lado", "thinking of
 * selling cuz the HOA keeps fining me" (phrase grammar of src/bots/read/phrases.ts; a reason of no other class is
 * "other").
 */
export const SELLING_BECAUSE_PHRASES: readonly string[] = [
  'sell|selling|sold|list|listing|vender|venderla|vendemos|vendiendo|venta ~8 because|cuz|bc|cause|since|porque|pq|ya+que',
];
/** The lead speaking of itself: "we", "my", "nosotros", "nos". */
// prettier-ignore
export const OWN_WORDS: readonly string[] = [
  'we', 'i', "i'm", "we're", 'our', 'my', 'us', 'nosotros', 'nuestra', 'mi',
];

// prettier-ignore
export const MOTIVATION_PHRASES: Record<string, readonly (string | MotivationPhrase)[]> = {
  divorce: [
    'divorc*|separated*|separating*|separation*|separacion*|separados*',
    'nos|se estamos|estan|_ separando*',
    'me|te estoy|estas separando*',
    'separandonos*|separandose*',
    'split|splitting up',
    'my|the|our soon|_ to|_ be|_ ex',
    'nos separamos*',
    // "me separé y quiero venderla", "mi señora y yo ya no estamos juntos", "we're not together anymore"
    'me separe*',
    'ya|_ no estamos juntos*',
    'no longer together*',
    'not together anymore*',
    'broke up*',
    // "mi ex y yo finally agreed to sell", "mi ex esposo y yo", "the ex and I"
    'mi|my|the|nuestra ex y|and yo|i|me*',
    'mi ex esposo|esposa|marido|mujer|pareja*',
    // "la casa es de mi ex y mía", "ya cada quien por su lado", "we went our separate ways"
    'mi|my ex y|and mia|mio|mine*',
    'cada quien|uno por su lado*',
    'went|going our separate ways*',
  ],
  inherited: [
    // "nos la dejó a los nietos", "me la dejaron a mí y a mis hermanos"
    'nos|me la|lo dejo|dejaron ~3 nietos|hijos|nietas|hijas|hermanos|herencia',
    'inherit*|probate*|herencia*|herede*|heredamos*|heredo*|sucesion*|fallecio*|fallecieron*',
    // a death, never of animals or plants: "se nos murieron las gallinas"
    {
      words: 'murio|murieron',
      notFollowedBy: '~2 gallinas|gallinas|pollos|animales|vacas|borregas|chivas|plantas|arboles|perros|gatos|caballos|abejas',
    },
    'estate of my*',
    // (not a relative who still owns it and sells: "my mom's house, she owns it and she's thinking about selling")
    {
      words: `${OF_KIN} house*|home*|estate*|place*`,
      apostrophe: true,
      unless: 'owns|lives|living|vive|moving|mudarse|regresarse|behalf',
    },
    `${WHO_PASSED} passed*|died*`,
    'passed away*',
    // the base form without "away", and what was left: "she pass last year and leave it to me"
    'she|he|mom|mother|dad|father|grandma|grandmother|grandpa|grandfather|granny|manman|husband|wife|aunt|uncle pass|die last|this|in|recently*',
    'pass|passed|die|died|murio|fallecio ~8 leave|left ~3 to me|us*',
    // the home become the lead's: "la casa pasó a ser de nosotras tres", "quedó a nombre de nosotros"
    'paso|pasaron a ser de|nuestra|nuestro nosotros|nosotras|mi|mia|nuestra|nuestro*',
    'pass|passed|die|died|murio|fallecio ~8 leave|left me|us his|her|their|the house*|home*|place*',
    // the base form a second-language writer uses for the past: "my mother pass away last year"
    `${WHO_PASSED} pass ~1 away*`,
    'my late*',
    'in his|her|their estate*',
    'the estate*',
    'quedo a nuestro nombre*',
    'casa|propiedad|house nos|me|les|_ quedo para|a nosotros*|nos*|mi*|mis*|ellos*',
    'casa|propiedad|house nos|me|les|_ quedo para|a la familia*',
    'nos|me quedo la casa*',
    // Said of someone gone: "la casa era de mi abuelita que en paz descanse", "que dios la tenga en su gloria".
    'en paz descanse*',
    // "era de mi abuelita, QEPD", "está a nombre de todos los nietos"
    'qepd*',
    'a nombre de todos|_ los nietos|hijos|hermanos|herederos*',
    'descanse en paz*',
    'dios la|lo tenga en su gloria*',
    'rest in peace*',
  ],
  financial: [
    // "los chavos ya no dan pa' la hipoteca", "estamos bien apretaos"
    'dinero|pisto|plata|lana|sueldo|billete|chavos|feria ya|_ no dan|alcanza|alcanzan',
    // "los pagos de la casa ya no me alcanzan desde que cerraron la fábrica"
    'pagos|pago|hipoteca ~8 ya|_ no me|nos|_ alcanza|alcanzan|ajusta|ajustan*',
    // money that does not reach, said of the home: "con lo que gano ya no me alcanza para la casa"
    'ya|_ no me|nos alcanza|alcanzan ~3 casa*|hipoteca*|pagos*|mensualidad*',
    // "se me complicaron los pagos", "batallando con la hipoteca"
    'complicaron|complico|complican|complica|batallando|batallamos|batallo ~2 pagos*|pago*|hipoteca*|mensualidad*|cuentas*',
    // "money's been tight", "cash is short since i lost hours"
    'money|moneys|finances|cash is|s|are|been|has+been|have+been|_ tight*|tighter*',
    'money|moneys is|s|been|has+been|_ short*',
    'cerraron|cerro la|mi|el fabrica|planta|empresa|compania|trabajo*',
    // "ya no salimos con los pagos": the payments no longer made
    'ya|_ no salimos|salgo|sale|salen con los|el|la pagos|pago|hipoteca|mensualidad|gastos',
    `behind on|con|with my|our|the|los|la|_ ${HOW_MANY} payments*|mortgage*|pagos*|hipoteca*`,
    `fell|fallen|falling|got|gotten|are|am|were|im behind on|_ ${HOW_MANY} payments*|mortgage*|months*`,
    // "Payment is 2,100 plus the HOA and I'm falling behind", "honestly it's the money"
    'falling|fell|fallen|getting|gotten behind $',
    'falling|fell|fallen|getting|gotten behind on|with bills|everything|the+bills',
    'its|it+is|es the|el|_ money|dinero $',
    // the reason said in a word: "honestly money.", "mostly the money", "dinero, la verdad"
    '^ honestly|mostly|just|pure|puro|pura|la+verdad|_ the|el|_ money|dinero|plata|lana $',
    // payments not made: "i havent paid the mortgage in 3 months", "we stopped paying the house note"
    'havent|hasnt|didnt|couldnt|stopped|quit ~1 paid|pay|paying|made|make ~3 mortgage*|note*|payments*',
    'behind like|about|around|como|unos|_ #|a|two|three|four|several few|couple|_ of|_ months|payments|meses|pagos on|with|en|con the|my|our|los|las|la|el|_ mortgage*|payments*|house*|pagos*|hipoteca*|casa*',
    'get out|_ from under it*|this*',
    'get out|_ from under the mortgage*|payments*|house*',
    // "estamos atrasados 4 pagos con el banco", "nos atrasamos en la hipoteca".
    'atrasados|atrasado|atrasada|atrasadas|atrasamos|atrase|atrasaron|atraso|atrasaban ~3 pago*|pagos*|hipoteca*|mensualidad*|meses*|banco*|cuota*|prestamo*',
    // months gone by unpaid: "ya llevamos 4 meses sin pagar la hipoteca", "tengo 3 meses sin pagarle al banco"
    'llevamos|llevo|lleva|tenemos|tengo|tiene ~3 sin pagar|pagarle ~2 hipoteca*|casa*|banco*|pagos*|mensualidad*|cuota*',
    // payments not made: "we missed the last 2 house payments", "se nos pasaron dos pagos de la casa"
    'missed|missing|skipped|couldnt+make|could+not+make ~4 mortgage*|house+payment|house+payments|home+payment|home+payments',
    'no+hemos+pagado|no+pudimos+pagar|dejamos+de+pagar ~3 pago*|pagos*|hipoteca*|cuota*|mensualidad*|casa*',
    'underwater on the|our|my|_ mortgage*|loan*|house*',
    'upside down on the|our|my|_ mortgage*|loan*|house*',
    'debt|debts|deuda*|bills*|financial*|hardship*',
    // a parent's care paid with the sale: "he just moved into memory care, we need to sell his house to help pay for it"
    'memory+care|assisted+living|nursing+home|care+home|asilo ~~ pay|pagar|afford|costs|cuesta',
    'pay|pagar ~3 memory+care|assisted+living|nursing+home|care+home|medical+bills|asilo',
    // (not money needed for the next home: "we need the money from that sale for the down payment")
    { words: 'need the money*|cash*', notFollowedBy: `~~ ${either(FOR_THE_NEXT_HOME)}` },
    // "we dont have the money to finish it"
    'dont|do+not|no have|tenemos the|el|la|_ money|dinero|plata|lana ~2 to|para finish|fix|terminar|arreglar|pay|pagar',
    // A payment too heavy: "la hipoteca es mucha para nosotros", "the mortgage is too high".
    'hipoteca|pagos|mensualidad|mensualidades es|son|esta|estan mucha|muchos|demasiado|demasiada*',
    'hipoteca|pagos|mensualidad|mensualidades es|son|esta|estan muy alta|alto|altos|altas*',
    'mortgage|payments|payment is|are|_ too much|high*',
    'cant|cannot afford*',
    'lost my|our job*',
    // fired: "me botaron del trabajo en diciembre", "me despidieron en enero", "i got fired", "they let me go"
    'me|nos|lo|la|le botaron|despidieron|corrieron|echaron|liquidaron*',
    'got|was|been|were fired*|let+go',
    // "con dos hipotecas no doy abasto", "ya no tengo pisto para los pagos"
    'no doy|damos|da abasto*',
    'no|ya+no tengo|tenemos|hay pisto|plata|dinero|lana|billete|feria pa|para*',
    // a job gone: "me quedé sin chamba", "se quedó sin trabajo", "the restaurant where I worked closed"
    'me|se|nos quede|quedo|quedamos|quedaron sin trabajo*|chamba*|empleo*|jale*',
    'where i|we|he|she worked|work|trabajaba|trabajo closed*|cerro*',
    'where i|we|he|she worked|work shut down*',
    'mortgage|payments|payment|hipoteca|pagos ~2 killing|crushing|matando|ahogando*',
    'no completamos|completo|completan ~2 hipoteca*|pagos*|renta*|mensualidad*',
    'hipoteca|mensualidad|pagos|cuota ya|_ no nos|me alcanza*',
    'es por plata*|dinero*|lana*|money*',
    'perdi|perdimos|perdio el|mi|su|nuestro trabajo*|empleo*|chamba*',
    'no puedo|podemos con los|la|las pagos*|hipoteca*|mensualidades*',
    // the payments no longer managed: "los pagos ya no los puedo sacar", "no alcanzamos a cubrir la hipoteca"
    'pagos|hipoteca|mensualidad|mensualidades ya|_ no los|la|las|_ puedo|podemos|alcanzo|alcanzamos sacar|cubrir|completar|hacer',
    'no puedo|podemos|alcanzo|alcanzamos a|_ sacar|cubrir|completar los|la|las|el pagos*|hipoteca*|mensualidad*',
    'money is tight*',
    'pay off*',
    'nos|me atrase*|atrasamos*',
    'atras* en|con los|las|el|la|_ pagos*|hipoteca*|mensualidad*',
    'necesito|necesitamos el dinero*',
    // "el pisto ya no nos alcanza", "debemos tres meses", "we owe two months on the house"
    'dinero|pisto|plata|lana|sueldo|billete|chavos|feria|cheque ya|_ no nos|me alcanza*|da|dan',
    'debemos|debo|owe # ~1 meses*|pagos*|mensualidades*|months*|payments*',
    'no podemos|puedo pagar*',
    // "se me está complicando pagar la hipoteca", "its getting hard to make the payments"
    'complicando|complicado|dificil|cuesta|costando|batallando ~1 pagar la|las|los|el hipoteca*|pagos*|mensualidad*|mensualidades*|casa*',
    'hard|harder|tough|struggling ~2 to|_ make|pay|paying|making the|our|my|_ payments*|mortgage*|note*',
    // "la hipoteca ya no la podemos pagar"
    'no la|lo|las|los podemos|puedo pagar*',
    'ya no podemos|puedo|alcanzamos|alcanzo|alcanza ~ pagos*|hipoteca*|mensualidad*|renta*|cuota*|mortgage*',
    // hours cut at work: "my hours got cut", "me bajaron las horas", "they cut our hours"
    'hours got|were|have+been|been cut|reduced|slashed*',
    'cut|reduced my|our|his|her hours*',
    'me|nos|le bajaron|redujeron|recortaron|quitaron|cortaron las|mis|sus horas*',
    // the count before "behind": "we're like 3 payments behind", "2 months behind on the mortgage"
    {
      words:
        '#|two|three|four|several|few|couple ~1 payments|payment|months|pagos|meses behind|atrasados|atrasado|atrasada',
      notFollowedBy: 'schedule|in|at|with+the+remodel|on+the+remodel|on+the+project',
    },
    'ya|_ no nos|me alcanza ~ pagos*|hipoteca*|mensualidad*|cuota*',
    'cant|cannot|longer keep|make|afford up|_ with|_ the|our|my|_ payments*|mortgage*|note*',
    'problemas economicos*|financieros*',
    'problemas de dinero*',
    // dues, taxes and bills fallen behind on: "got behind on what i owe the HOA", "atrasados con los impuestos"
    'behind|atrasados|atrasado|atrasada ~4 hoa*|dues*|taxes*|property+taxes|impuestos*|cuotas*|bills*|biles*',
    // the money ran out: "se nos acabó el dinero", "we ran out of money", "money ran out halfway"
    'se|nos ~1 acabo|termino el|la dinero*|plata*|lana*|feria*|pisto*|presupuesto*',
    'ran|running|run out of money*|cash*|funds*',
    // "we owe like 8 months of HOA", "the property tax bill is past due"
    'owe|debemos|debo like|about|around|como|unos|casi|_ #|un|dos|tres|cuatro|cinco|seis|two|three|four|five|six months|meses|payments|pagos ~2 of|de|on|en hoa*|dues*|taxes*|impuestos*|cuotas*|mortgage*|hipoteca*',
    // "4 months late on the house payment", "tres meses tarde con la hipoteca"
    '#|two|three|four|five|six|several|few|couple|dos|tres|cuatro|cinco|seis months|payments|meses|pagos late|tarde ~3 house|mortgage|payment*|note|hipoteca*|pago*|casa',
    'bill|bills|taxes|dues|hoa|payment|payments|mortgage ~2 past+due|overdue|delinquent*',
    'money|funds|cash ran|run|running out*',
    // shifts or hours cut: "my shifts got reduced", "me quitaron turnos"
    'shifts got|were|have+been|been cut|reduced|slashed*',
    'me|nos|le quitaron|bajaron|redujeron turnos*',
    // "andamos mal de dinero", "money stuff", "la corrieron del trabajo"
    'mal|cortos|apretados de dinero*|lana*|feria*|billete*',
    'money stuff*|trouble*|problems*|issues*',
    'me|la|lo|nos|le corrieron|despidieron del|de su|de mi|_ trabajo*|chamba*|empleo*',
    'got|was|were laid|let off|go*',
    'debemos|debo|owe # months*|meses*',
    // a rental that costs more than it brings: "estoy perdiendo dinero cada mes", "the tenant hasn't paid in 4 months"
    'losing|perdiendo|pierdo|perdemos money|dinero|plata|lana*',
    // "la renta ya no cubre el mortgage", "rent doesn't cover the payment", "losing like 400 a month"
    'rent|rents|renta|rentas ~3 no|not|doesnt|dont|longer cover|covers|cubre|cubren|alcanza|pays|paga ~2 mortgage*|hipoteca*|payment*|payments*|pagos*|note*|gastos*|expenses*',
    'losing|lose|loses|lost|perdiendo|pierdo|perdemos like|about|around|como|unos|casi|_ # a|per|al|cada|every month*|mes*',
    'tenant|tenants|inquilino|inquilinos|renter|renters ~3 no|not|hasnt|havent|stopped|dejo|dejaron pagado|paid|paying|pagan|paga|pay|de+pagar*',
    'no me|nos ha|han pagado*',
    'drowning*|ahogado*|ahogados*|ahogando*',
    // a payment that grew past reach: "the payment went from 2,400 a 3,600 when the adjustable rate reset"
    'payment|payments|mortgage|mensualidad|pago went|jumped|doubled|subio|aumento|brinco*',
    'rate|tasa reset|adjusted|went+up|subio*',
    'payment|payments|mortgage|mensualidad|pago|pagos|cuota|cuotas se subieron|subio|aumentaron|aumento|dispararon|disparo*',
    'arm|adjustable ~2 reset|adjusted|went+up|subio|se+subio|kicked+in*',
  ],
  retirement: [
    // (not who the lead is: "i'm a retired mail carrier", "maestra jubilada")
    {
      words: 'retire*|retiring*|jubil*|retiro*',
      notFollowedBy:
        'mail|postal|teacher|nurse|cop|police|firefighter|fireman|veteran|vet|military|navy|army|marine|officer|carrier|engineer|trucker|electrician|contractor|maestro|maestra|enfermera|enfermero|militar|bombero|policia|cartero',
    },
    // a working life done: "cumplí mis años de trabajo y quiero descansar", "ya nos toca descansar"
    'cumpli|cumplimos|cumplio mis|nuestros|sus|los anos',
    'quiero|queremos|quiere|toca|tocaba ~1 descansar',
    // "ya nos pensionamos", "me pensioné" (Central America)
    'pensionamos*|pensione*|pensionado*|pensionada*|pensionados*|pensionarme*|pensionarnos*',
    // "me voy a retirar", "me quiero retirar", "retirarnos" (not "retirar de la cuenta")
    {
      words: 'me|nos voy|vamos|quiero|queremos|pienso|pensamos|_ a|_ retirar|retiramos|retirarme|retirarnos',
      notBefore: 'de|del',
    },
    // "mi esposo se retira del packing house" (reflexive: the job left, not money taken out)
    'se retira|retiran|retiro',
    // retired from work: "ya nos retiramos del trabajo", "me retiré de la compañía"
    'retiramos|retire|retiro|retiraron|retiro|jubilamos|jubile|retirar|retirarme|retirarnos|jubilar|jubilarme del|de+la trabajo*|chamba*|jale*|empresa*|compania*|fabrica*|school*|district*|distrito*|escuela*|condado*|county*|city*|ciudad*|hospital*|army*|navy*|ejercito*|military*|post+office|correo*|sindicato*|union*',
  ],
  relocation: [
    'new job*',
    // military orders: "we got PCS orders", "reporting to Fort Liberty", "nos mandan a otra base"
    'pcs*|pcsing*|deploy*|stationed*',
    'got|have|received|recibimos|recibio orders*|ordenes*',
    'reporting|report to*',
    'job offer*|transfer*',
    // the job moves and the lead with it: "my carrier is moving the dispatch office to cheyenne and they want me there",
    // "so we would be moving up the hill", "nos vamos cerca de mi hija en Menifee"
    'they|he|she want|wants|need|needs me|us there|alla',
    'moving|move|mudarnos|mudandonos up|down|out|over the|_ hill|valley|coast|state|there|alla',
    // (not the future said with "ir a": "ya me voy a retirar", "nos vamos a quedar")
    {
      words: 'nos|me vamos|iremos|ire|voy cerca|a+vivir|para de|con|a',
      notFollowedBy: either(GOING_TO_DO),
    },
    'transfered*|transferred*|transfering*|transferring*|relocat*|reubica*|transfiriendo*|trasladando*',
    'moving|move away*|closer*|back*',
    // a move to a kind of home is no move elsewhere ("downsizing, moving to a condo")
    {
      words: 'moving|move to*',
      notFollowedBy: 'a|an|un|una|_ condo|condos|apartment|apartments|apt|townhouse|townhome|smaller|senior|retirement',
    },
    'moving|move out of*',
    'moving|sending|transferring|relocating me|us ~1 to*|out*',
    // the lead's post moved: "my airline is moving my base to charlotte", "they're transferring my position to Dallas"
    `moving|moved|transferring|transferred|relocating|relocated|sending|sent my|our|his|her ~1 ${POST_NOUNS.join('|')} to*|a|al|out`,
    // the employer moves the lead, said in Spanish with the pronoun first: "la compañía me mueve a la planta de monterrey"
    'me|nos mueve|mueven|movieron|transfieren|transfirieron|trasladan|trasladaron a|al|pa|para',
    // ...with the employer between: "me trasladan en la compañía de camiones a Phoenix"
    'me|nos mueven|transfieren|transfirieron|trasladan|trasladaron en|de|con la|el|mi compania|empresa|trabajo|chamba|jale ~3 a|al|pa|para',
    // the employer sends the lead, in the base form too: "company send me to Seattle"
    'company|job|work|employer|boss|empresa|compania|trabajo send|sends|sent|move|moves|moved|transfer|transfers me|us|nos to*',
    // the household's earner moved by the employer: "his company is moving him to Houston"
    {
      words: 'company|job|work|employer|boss|empresa|compania is|_ moving|sending|transferring|relocating him|her|them back|home|_ to',
      notFollowedBy: 'a|an|assisted|memory|nursing|hospice|care',
    },
    // the lead's post moved, said as its subject: "my job moved to Irvine", "our office is relocating to Phoenix"
    // (not a move in the same town: "my office moved to a new building downtown")
    {
      words: `my|our|his|her|mi|nuestro|nuestra ~1 ${POST_NOUNS.join('|')}|company|employer|empresa|compania is|_ moving|moved|relocating|relocated|se+muda|se+mudo|se+cambia|se+cambio to*|out|a|al|pa|para`,
      notFollowedBy: 'a|an|the|un|una|otro|otra new|nuevo|nueva|_ building|floor|suite|space|edificio|piso|local|oficina',
    },
    // the employer moves the team: "my company is moving our whole team to Austin"
    'moving|relocating|transferring our|my|the whole|_ team*|office*|department*|division*',
    // the lead's own business moves: "moving the landscaping business out to Hesperia", "llevamos el taller a Colton"
    'moving|relocating|taking|move|relocate|llevamos|llevo|cambiamos|movemos|mudamos my|our|the|mi|el|nuestro|la|nuestra ~2 business|company|shop|practice|salon|nursery|negocio|taller|empresa|tienda ~1 out|over|up|down|to|a|al|pa|para',
    // "his job is sending my husband up to Boise"
    'company|job|work|employer|boss is|_ moving|sending|transferring|relocating my|mi ~1 up|down|out|over|_ to',
    // "compramos un terreno en Hesperia y nos vamos pa' allá"
    'nos+vamos|me+voy|nos+mudamos|nos+cambiamos pa|para alla*|alli*',
    'getting transferred*',
    // "we would be packing up and heading north", "moving out of state"
    'packing+up|pack+up ~3 heading|moving|going|leaving|head|move*',
    'heading|head|relocating|were+moving|moving+us|were+going|we+are+going north|south|east|west|out+of+state|back+east|up+north|down+south',
    // posted elsewhere: "the conference is appointing me to a church in Sacramento", "they're assigning him to Fort Irwin"
    'appointing|appointed|assigning|assigned|reassigning|reassigned|posting|posted|stationing me|us|him|her to*',
    // a new office elsewhere given to the lead: "my firm is opening a sacramento office, they asked me to run it"
    'opening|open|opens|abriendo|abre ~3 office|branch|store|location|plant|clinic|hub|terminal|station|warehouse|center|oficina|sucursal|tienda|planta|bodega ~8 asked|want|wants|need|needs|pidieron|quieren me|us|nos to|que run|lead|manage|head|open|go|be|dirija|maneje*',
    // running a workplace elsewhere: "the hospice chain wants me running their Prescott office by summer"
    // (not the one here: "they want me to manage the store here in Ontario")
    {
      words: `wants|want|needs|asked me|us running|heading|managing|to+run|to+head|to+manage the|their|its|a|our ~2 ${WORKPLACES.join('|')}`,
      notFollowedBy: 'here|aqui|aca|nearby|down+the+street|in+town',
    },
    // "the postmaster wants me out in Boise by fall"
    'wants|want|needs|asked me|us out|up|down|over in|there*',
    // "el obispo me asignó a una parroquia en El Paso", "FedEx me ofreció ser manager en la terminal de Tucson"
    'me|nos|lo|la asigno|asignaron|asignan a|al*',
    'me|le|nos ofrecio|ofrecieron ser ~4 en|de*',
    // the employer wants the lead elsewhere: "the company ... wants me running the crews out there", "mi jefe me quiere allá"
    'company|job|work|employer|boss|empresa|compania|jefe ~8 wants|needs|asked|quiere|necesita|pidio me|us|nos ~4 out|over|up|down|para there|alla*',
    'me|nos quiere|quieren|necesita|necesitan|piden|pidio|pidieron para|_ alla*',
    // ...in a place it names: "mi jefe me quiere en Las Vegas pa agosto", "the company needs us in Reno by june"
    // (a place, not a room or an hour: "mi jefe me quiere en la oficina temprano")
    ...[
      'company|job|employer|boss|jefe|jefa|empresa|compania ~6 wants|needs|quiere|quieren|necesita|necesitan me|us|nos en|in',
      'me|nos quiere|quieren|necesita|necesitan ~1 jefe|jefa|empresa|compania en',
      'jefe|jefa|empresa|compania|boss ~2 me|nos quiere|quieren|necesita|necesitan en',
    ].map((words) => ({
      words,
      notFollowedBy: [
        'la|el|the|a|my|mi|su|this|esta|este ~1 oficina|office|casa|house|tienda|store|planta|plant|trabajo|work|junta|meeting|turno|shift|job',
        'early|temprano|person|persona|time|tiempo|manana|tomorrow|today|hoy|work|trabajo',
      ],
    })),
    // "me cambiaron de planta a Monterrey": moved by the employer
    'me|nos|lo|la cambiaron|mandaron|movieron de planta|sucursal|oficina|base*',
    'closer to family*|work*|my*|us*|me*',
    // a commute worn out: "la manejada nos está matando", "the commute is killing us", "más cerca del trabajo"
    'commute|drive|manejada|traffic|trafico ~5 killing|kills|matando|mata|brutal|too+long|insoportable*',
    'mas cerca del|de+la|de+mi|de+nuestro trabajo*|chamba*|jale*|oficina*',
    // someone the seller must be near: "my dad needs me closer to him in arizona"
    'needs|need me|us closer|near*',
    // going to live beside someone elsewhere: "we go there to stay with her", "moving back to care for my dad"
    'go|going|goes|move|moving|fly|flying there|back|over to stay|live|be|care with|for*',
    'be|live|estar|vivir closer|near|cerca to|de him|her|them|el|ella|ellos|my+dad|my+mom|mi+papa|mi+mama*',
    // "to be near her sisters", "para estar cerca de mis nietos"
    'be|live|estar|vivir closer|near|cerca to|de|_ her|his|their|my|our|su|sus|mi|mis ~1 family*|familia*|sisters*|brothers*|kids*|grandkids*|nietos*|hermanas*|hermanos*|hijos*|hijas*|daughter*|son*|hija*|hijo*',
    // "mi mamá quiere regresarse a Guadalajara"
    'quiere|quieren|quiero|queremos regresarse|regresarnos|regresarme|volverse|volvernos|volverme|irse|irnos|irme|mudarse a|para|pa',
    // ...said after the sale it goes with: "they want to sell their house in Pomona y regresarse a Jalisco"
    'sell|vender ~8 y|and|e regresarse|regresarnos|regresarme|volverse|volvernos|volverme|mudarse|move+back|go+back a|al|para|pa|to',
    'out of state*',
    'trabajo nuevo*',
    'nuevo trabajo*',
    'me transfirieron*',
    'me|nos|lo|la cambiaron|transfirieron|mandaron|trasladaron de trabajo*|oficina*|plaza*',
    'me|nos|lo|la cambiaron|transfirieron|mandaron|trasladaron a|al',
    // "a mi esposo lo transfirieron"
    'me|nos|lo|la|le transfirieron|trasladaron|reubicaron',
    // "my job me está mandando a Phoenix"
    'me|nos|lo|la esta|estan mandando|transfiriendo|moviendo|trasladando a|para|pa',
    'cambio|traslado de trabajo*',
    // a job offered elsewhere: "me ofrecieron trabajo en las vegas", "got a job in denver"
    'me|le|nos ofrecieron|dieron|salio un|_ trabajo|chamba|puesto en|fuera|afuera*',
    // ...with what the job is between: "me salió trabajo de grower en un invernadero en Oxnard"
    'me|le|nos ofrecieron|dieron|salio un|_ trabajo|chamba|puesto de|como ~6 en|fuera|afuera*',
    // a move said as the way things go: "so we gotta go", "so we are moving", "así que nos vamos"
    {
      words: 'so|asi+que we|_ gotta|got+to|have+to|need+to|are|re|were go|leave|move|moving',
      notFollowedBy: 'to|on|ahead|forward|along|for|with|now|rn|in|out+of+the+chat|bye',
    },
    'asi+que|entonces nos vamos|mudamos|cambiamos*',
    'me|le|nos ofrecieron|dieron un|una puesto|trabajo|chamba|posicion|plaza ~3 en|fuera|afuera*',
    // "nos cambiamos a otro estado", "me cambio a el paso"
    'nos|me cambiamos|cambio|mudamos|mudo a|para otro|otra estado*|ciudad*|pais*',
    'consegui|conseguimos|consiguio un|_ trabajo|chamba en*',
    'got|offered|accepted a|_ job|position in|out+of*',
    // "I have accepted a position at a hospital in Portland"
    'accepted|took|taking|accepting a|an|the new|permanent|full+time|fulltime|better|_ position|job|offer|role*',
    // the employer about to send the lead: "mi trabajo me quiere mandar a Austin", "they wanna send us to Denver"
    'me|nos quiere|quieren|va|van a|_ mandar|transferir|trasladar|mover a|al|para|pa',
    'want|wants|wanna|going+to|gonna send|transfer|move|relocate me|us to*',
    // "nos cambiamos a arizona" (not "nos cambiamos a una casa más grande")
    { words: 'nos|me cambiamos|cambio a|para', notBefore: 'una|un|la|el|algo|otra|otro', wordAfter: true },
    'nos mudamos*',
    // a move already made: "we moved to menifee already for my husband's job"
    // (not the move into the home sold: "we moved to rancho from LA in 2015")
    { words: 'we|i already|just|recently moved|relocated to|out+to', notBefore: 'a|an|the|this|that|our|my', wordAfter: true },
    'moved|relocated to ~2 already',
    'mudarnos*|mudarme*',
    'me mudo*',
    'me|nos voy|vamos a mudar*',
    'mudar a|para',
    'por la|el|_ trabajo|chamba',
    'nos vamos a*',
    'nos|me queremos|quiero ir|regresar|volver a|para',
    'nos|me vamos|voy a ir|regresar|volver a|para',
    'nos|me regresamos|regreso|volvemos|vuelvo|devolvemos|devuelvo a|para|pa',
    // "nos vamos de vuelta pa Puerto Rico", "we're going back home to Ohio"
    'nos|me vamos|voy|regresamos|regreso|volvemos|vuelvo|mudamos de+vuelta|de+regreso|devuelta a|para|pa|al',
    // "my company me transfiere a dallas"
    'me|nos|lo|la transfiere|transfieren|manda|mandan|traslada|trasladan a|para|pa*',
    // "la company de mi esposo lo va a mover a Dallas"
    'me|nos|lo|la|los va|van a mover|transferir|mandar|trasladar a|para|pa*',
    // moving in with family elsewhere: "move in with our daughter in temecula", "me voy a vivir con mi hija a las vegas"
    'move|moving in with our|my*',
    'vivir con mi|mis|nuestra|nuestro|nuestros*',
    // "y moverse con nosotros a San Antonio", "quiere mudarse con mi hermana"
    'moverse|movernos|moverme|mudarse|irse|irnos con nosotros|mi|mis|su|sus|nuestra|nuestro*',
    // going along with someone who moves: "mi hija se muda a Vegas so I'm going with her", "y me voy con ella"
    {
      words: 'im|i+am|were|we+are|ill|i+will|well going|moving|heading|go|move with her|him|them*',
      needs: 'moving|moves|move|relocating|muda|mudan|muden|mudara',
    },
    { words: 'me|nos voy|vamos|iremos|ire con ella|el|ellos|ellas*', needs: 'muda|mudan|muden|mudara|va|van|moving|moves' },
    { words: 'moverse|movernos|moverme|mudarse a|para|pa', notBefore: 'una|un|la|el|algo|otra|otro', wordAfter: true },
    'queremos|quiero irnos|irme|regresarnos|regresarme|volvernos a|para',
    'vamos a irnos|irme|regresarnos|regresarme|volvernos a|para',
    // a move said of the one the seller sells for: "se quiere regresar a el salvador", "se va a vivir con mi tía a
    // texas", "nos han trasladado a madrid"
    'se quiere|quiere|quieren regresar|volver|ir|mudar a|para|pa',
    'se va|van a vivir|ir|regresar|mudar',
    'se regresa|regresan|muda|mudan a|para|pa',
    'nos|me|lo|la|les han|ha trasladado|transferido|cambiado|mandado a|para',
    // "she wants to go back to mexico", "we're heading back pa'l rancho" (not "go back to work")
    {
      words: 'go|going|goes|heading|headed|head back to|home|pa|pal',
      notBefore: 'work|school|sleep|bed|normal|the|my|our|his|her|chat|trabajo',
    },
    // "nos vamos pa Texas", not "nos vamos para la casa"
    {
      words: 'nos|me vamos|voy para|pa',
      notBefore: 'la|el|los|las|un|una|alla|aca|ver|comprar|vender|buscar|hablar',
      wordAfter: true,
    },
  ],
  downsizing: [
    // "los hijos ya hicieron su vida y tanto espacio ya no lo ocupamos"
    'tanto|tantos|tanta espacio|cuartos|casa ~3 no lo|los|la ocupamos|necesitamos|usamos',
    'hijos|kids ya|_ hicieron su+vida',
    // "5 bedrooms is way more than we need now"
    'way|much|lot|mucho more|mas than|de|que ~1 we|lo need|necesitamos',
    // "we just don't need 4 bedrooms with the kids gone"
    'with|now+that|since the|our|my|_ kids|children gone|grown|moved+out',
    'kids|children ~2 grown|moved+out',
    'dont|do+not|no need|necesitamos # bedrooms|rooms|beds|recamaras|cuartos',
    // "ya somos nomás mi viejo y yo, sobran cuartos"
    'sobran|sobra cuartos|recamaras|espacio|casa',
    'ya somos nomas|solo|nada+mas',
    'downsiz*',
    'smaller place*|home*|house*',
    'empty nest*',
    'kids moved|are out*',
    // "our kids left a while back, this house is too much"
    // (not "the kids left for camp", "los kids se fueron de campamento")
    { words: 'kids|children left|moved+away', notFollowedBy: 'for|to|on|early|this|today|yesterday' },
    'house|home|place|casa is|its|es too+much|demasiado $',
    'too big*',
    // a home's size beside a household of one or two: "its 5 bedrooms and its just me and my 2 dogs now", "just me and
    // the dog rattling around in 2400 sq ft", "son 4 recámaras y ya nomás somos mi viejo y yo"
    // (the household shrunk, "now": not "3 bedrooms, just me and my son, the house needs work")
    `# ${either(HOME_SIZE_UNITS)} ~~ just|only me|us ~~ now|anymore`,
    `# ${either(HOME_SIZE_UNITS)} ~~ ya|ahora nomas|solo|nada+mas somos|yo|nosotros|quedamos`,
    'rattling|rattle around*',
    // a home for one's later years, or one without stairs: "looking at 55+ communities", "the stairs are killing my
    // knees", "ya no puedo con las escaleras"
    '55|55plus|55+ ~1 community*|communities*|comunidad*|living*|park*',
    'senior|adult community*|communities*|living*|apartment*|condo*',
    'stairs|escaleras ~3 killing|matando|too+much|cant|can+not|no+puedo|ya+no+puedo|hard|dificil*',
    'no+puedo|ya+no+puedo|cant|can+not ~3 stairs*|escaleras*',
    // "the house is too much for me", "too many rooms", "a big yard I can't keep up with"
    'house|home|place|casa is|its|es too+much|demasiado for|para me|us|one|mi|nosotros*',
    // "la casa ya es demasiado pa nosotros dos", "the house is already too much for the two of us"
    'house|home|place|casa is|es ya|already|now|ahora too+much|demasiado for|para|pa me|us|the|mi|nosotros|los*',
    'casa es|ya+es demasiado pa nosotros*|los*|mi*',
    'too many rooms*|bedrooms*',
    'cant|cannot|hard+to keep up with the|a|_ yard*|house*|upkeep*|it*',
    'too much house*|space*|yard*|upkeep*|maintenance*|work*',
    'too many stairs*',
    // worn out by the home's upkeep: "we're just tired of the stairs and keeping up the pool", "cansados de tanto
    // mantenimiento"
    'tired|sick|cansados|cansado|cansada|harto|hartos of|de the|las|el|la|_ ~1 stairs|escaleras|upkeep|maintenance|mantenimiento|yard|pool|alberca|jardin*',
    'tired|sick|cansados|cansada|cansado of|de keeping|mantener up|_ the|la|el|_ pool|yard|house|alberca|jardin|casa*',
    'want|need a|something|_ single|one story*',
    'less house*|space*|upkeep*|maintenance*',
    'something smaller*',
    // "she's alone in that big house now, wants something small", "sola en esa casa tan grande"
    'alone|sola|solo|solos|solas in|en that|the|this|esa|la|esta big|huge|casa house|home|tan|grande*|place*',
    'something|algo small|chico|chica|pequeno|pequena|chiquito|chiquita $',
    'mas pequena*|pequeno*',
    `algo|una|uno mas ${SMALL_ES}|chiquito*|chiquita*|pequenito*|pequenita*`,
    // "necesitamos algo chico y de una planta", "una casa de un solo piso"
    `necesitamos|necesito|ocupamos|queremos|buscamos|quiere|quieren|busca|necesita algo ${SMALL_ES}|chiquito*|chiquita*`,
    // (wanted, not the home described: "es casa de un piso")
    'algo|something|necesitamos|necesito|queremos|quiero|buscamos|busco|ocupamos|mejor ~3 de una|un sola|solo|_ planta*|piso*|nivel*',
    `comprar|buscar|buscamos|queremos algo|una|uno mas|_ ${SMALL_ES}`,
    'muy grande para*',
    // "la casa es mucha para nosotros solos", "ya es mucha casa para los dos" (the house for them: never a payment
    // that is too much, nor "mucha casa para el precio").
    'casa es|esta mucha|mucho|demasiada|demasiado|too+much para*',
    'mucha casa para nosotros|mi|los|las|nosotras|una|uno|dos*',
    // ...said at the clause's end ("cinco recámaras para dos viejitos, ya es mucha casa")
    'ya|_ es|son mucha|demasiada casa $',
    'nos|me|les|le|te queda|quedo|quedaba muy|demasiado|_ grande*|grandisim*|grandot*|enorme*|gigante*|inmensa*',
    // "quedamos solitos mi esposo y yo": the two left alone in the home
    'quedamos|estamos solos|solitos|solitas|solas*',
    'demasiado grande para nosotros*|mi*|nosotras*',
    'demasiado grande para los dos*',
    'ya|_ se fueron|casaron|independizaron los|mis|nuestros hijos*',
    // "mis hijos ya se fueron" (not "se fueron a Texas")
    {
      words: 'los|mis|nuestros|the|my|our hijos|ninos|muchachos|kids ya|_ ~ se fueron|casaron|independizaron',
      notBefore: 'a|al|pa|para',
      notFollowedBy: 'de+campamento|de+viaje|de+vacaciones|de+paseo',
    },
    'queremos|buscamos|quiero|busco algo ~4 mas chico*|chica*|pequeno*|pequena*|chiquito*|chiquita*',
    'ya|_ no necesitamos|necesito|ocupamos|ocupo tanto|tanta espacio*|casa*',
    'mucha|demasiada casa para mi*|nosotros*|nosotras*',
    'mucha|demasiada casa para los|una|dos dos*|persona*|personas*',
    'kids|children have|are|_ all|_ moved out*',
    // "our kids have their own places now", "los hijos ya tienen su casa"
    'kids|children|girls|boys|daughters|sons|hijos|hijas|ninos have|tienen their|su|sus own|_ places|homes|houses|casas|families|familias',
    // "far more house than two people and a dog need"
    'more house|space|room than ~5 need|needs|use',
    // "5 bedrooms is way more house than we need", "es más casa de la que necesitamos"
    'more house|space|room than we|i need|use*',
    'mas casa de la que necesitamos|ocupamos*',
    'kids|children are|_ all|_ out of the house*',
    'a lot|too much to keep up with*|maintain*|take care of*',
    'kids|children have|are|_ all|_ grown up|_ and gone*|left*',
    'kids|children have|are|_ all|_ grown up|_ and moved out*',
    'kids|children have|are|_ all|_ left home*',
    'kids|children have|are|_ all|_ left the nest*',
    'dont need that|so|this much space*|house*|room*',
    'do not need that|so|this much space*|house*|room*',
    'house|casa feels so|way|muy|_ huge*|big*|empty*|grande*|vacia*',
    'house|casa se siente so|way|muy|_ huge*|big*|empty*|grande*|vacia*',
    'house|casa is|es|esta too|demasiado so|way|muy|_ huge*|big*|empty*|grande*|vacia*',
    ...ONLY_US.flatMap((us) => [`a|_ lot|lots of house|space for just|_ ${us}`, `too much house|space for just|_ ${us}`]),
    // only two left in a big home: "ya nomás quedamos mi viejo y yo", "its just the two of us now", "pa qué tanto"
    'nomas|solo|solamente|ya quedamos*',
    'just|only the two|2 of us ~2 now|left|anymore*',
    'pa|para que tanto|tanta*',
    // "es mucha casa pa nosotros", "too much house for the two of us"
    'mucha|demasiada casa pa|pal nosotros*|mi*|los*|dos*|una*|uno*',
    // the children off to college: "los kids ya están en la universidad", "both kids are away at college now"
    'kids|hijos|hijas|ninos|children|muchachos|chamacos|boys|girls|sons|daughters ya|now|both|all|_ estan|se+fueron|are|went|left|off|away ~2 universidad*|college*|university*|dorms*',
    // the upkeep tired of: "tired of the upkeep", "cansados del mantenimiento"
    'tired|sick|cansado|cansada|cansados|hartos|harto|harta of|de|del the|el|_ upkeep*|yard+work|maintenance*|mantenimiento*',
    // stairs the owner can no longer take: "ya no puedo con las escaleras", "cant do the stairs anymore"
    'no puedo|podemos|puede ~1 con las escaleras*',
    'cant|cannot|cant+do|can+not ~2 stairs*',
    'un|una|a|one piso|planta|story|level ~1 departamento|casa|place|home*',
    'departamento|depa|apartment|condo de|_ un|una|one piso|planta|story*',
  ],
  upgrading: [
    // "el condo ya nos queda chiquito", "ya no cabemos"
    'nos|me queda|quedo ~1 chiquito|chiquita|chico|chica|pequeno|pequena|apretado|apretada',
    'ya no cabemos',
    // crowded where they live: "estamos muy apretados, somos 6 en una casa de 2 recámaras"
    { words: 'estamos|vivimos|we+are|were|were+living muy|bien|so|really|_ apretados|apretujados|amontonados|crammed|cramped', notFollowedBy: 'de|for|on|con+el|con+la|con+las|con+los+pagos|con+lo' },
    'somos|we+are|were # en|in una|un|a casa|apartamento|depa|house|apartment|apt|condo|place|cuarto|room',
    'upgrad*|outgrew*|outgrown*|outgrowing*',
    'growing family*',
    'family is growing*',
    'need more room*|space*',
    'bigger|larger place*|home*|house*|yard*|backyard*|lot*|kitchen*|garage*|property*',
    'something|somewhere|algo bigger*|larger*',
    'more room*|space*|bedrooms*|land*|yard*',
    // "más yard para los kids", "to buy something with a pool"
    'mas yard*|espacio*|patio*|cuartos*|recamaras*|terreno*',
    'buy|comprar|find|buscar something|somewhere|algo|una+casa with|con a|una|_ pool*|alberca*|bigger*',
    'another bedroom*',
    // "necesito un cuarto más para oficina", "we need one more room"
    'need|necesito|necesitamos|ocupo|ocupamos another|one+more|an+extra|un+cuarto|una+recamara room|bedroom|mas',
    'too small*',
    'baby #|_ on the way*',
    'expecting a baby*',
    'expecting our*|twins*',
    'mas grande*|espacio*',
    'necesitamos|queremos|ocupamos mas espacio*|recamaras*|cuartos*|terreno*|patio*',
    'patio|terreno|jardin|cocina mas grande*',
    'con mas terreno*|espacio*|patio*|recamaras*|cuartos*|tierra*',
    'familia crece*',
    'nos|me|les queda|quedo chica*|chico*|pequena*|chiquita*',
    'ya|_ somos muchos*',
    'nacio|nacieron|llego el|la|los|_ ~1 bebe*|baby*|bebes*|gemelos*',
    'muy chica|pequena para*',
    // "la familia creció, ya somos 6 y no cabemos", "need bigger"
    'familia crecio*',
    'no|ya+no cabemos*|cabemos*',
    'need|needs|necesitamos|ocupamos bigger*|larger*',
    // "we're having twins", "vamos a tener un bebé", "otro bebé en camino", "bursting at the seams"
    'having|have a|another|_ baby*|twins*|triplets*|kid*',
    'tener|tendremos|esperamos un|otro|_ bebe*|gemelos*|cuates*|mellizos*',
    'bebe|baby en camino*',
    // a child taken in with no room for them: "estamos por adoptar a mi sobrina y no hay lugar para ella"
    'adoptar|adopt|adopting|foster|fostering a|_ mi|my|our|nuestra|nuestro sobrina|sobrino|nieta|nieto|niece|nephew|grandson|granddaughter|hijo|hija|nino|nina|child|kid|kids|baby|bebe*',
    'no hay lugar|espacio|cuarto para*',
    'no room for her|him|them|the+baby',
    // "we need room for his 2 kids", "2 bedrooms for 6 people just isn't working anymore"
    'need|needs|necesitamos|ocupamos room|space|lugar|espacio for|para',
    'isnt|is+not|aint|no+esta working|funcionando anymore|ya|_',
    // space the home lacks for the household: "there's just no room", "no hay espacio", "not enough space" (never
    // room in a price: "no room to negotiate")
    {
      words: 'no|not+enough|sin|falta|hardly|barely|zero ~1 room|space|espacio|lugar',
      notFollowedBy: 'to|para|pa|for+negotiation|in+the+price|on+the+price|en+el+precio|left+on|de+negociar|in+the+budget|for+error',
    },
    // a roomier home wished for: "algo más amplio", "something more spacious", "a roomier place"
    'algo|something|una|uno|casa|house|place|home mas|more amplio|amplia|spacious',
    'roomier*',
    // no place for someone of the household: "no hay dónde acomodarlo"; children made to share: "the kids are doubled up",
    // "our 3 girls are sharing one room"
    'no hay donde|adonde',
    'doubled|tripled up',
    'sharing one|a|the|_ room|bedroom',
    'comparten|compartiendo ~1 cuarto|recamara',
    // a baby coming: "ya viene el cuarto bebé", "another baby coming"
    'viene|vienen|coming el|la|otro|otra|another|a|_ ~1 bebe|baby|bebes|babies',
    // a child to take in: "we just got licensed to foster so we need the room", "vamos a adoptar"
    'licensed|approved|certified to foster*|adopt*',
    'we|i need|needs the|_ room|space $',
    'embarazada*',
    'bursting at the seams*',
    // a place wanted for someone of the household: "we need a place with a casita for him", "una casita para mi suegra"
    'casita|adu|guest+house|granny+flat|in+law+suite|in+law+unit for|para him|her|them|my|mi|su|grandma|grandpa',
    // the children growing: "the twins getting bigger", "los niños están creciendo" (a parent moving in is left out:
    // the parent may be the one who sells)
    'kids|twins|boys|girls|children ~1 getting bigger*|growing*',
    'ninos|hijos|chamacos|gemelos|cuates ~1 estan creciendo*',
    'no alcanza|alcanzan|alcanzara|cabe|caben ~2 el|los espacio*|cuartos*|recamaras*',
    'recamaras|cuartos|bedrooms ya no va|van a alcanzar*',
    'condo|casa|depa|departamento|apartment ~4 ya no va a alcanzar*',
    // "twins on the way", "our second baby", "out of room", "ya no nos queda", "ya somos cinco"
    'twins|triplets on the way*',
    'bebes|gemelos|cuates en camino*',
    'second|third|2nd|3rd|segundo|tercer baby|kid|child|bebe|hijo*',
    'out+of|running+out+of|ran+out+of room*|space*|espacio*',
    'casa|condo|depa|departamento|apartment|house|townhome|townhouse|place ~1 ya no nos|me|les queda*|quedan*',
    'ya somos cuatro|cinco|seis|siete|ocho|#*',
    'nada+mas|nomas|solo|only tiene|has ~1 una|dos|1|2 recamaras*|cuartos*|bedrooms*|beds*|bedroom*',
    // "the house have only 2 rooms", "one more big" (bigger, said in second-language English)
    'has|have|tiene only|just|solo|nomas 1|2|one|two|una|dos room*|rooms*|recamaras*|cuartos*|bedrooms*|bedroom*',
    'one|a|something more big*|bigger*',
    'baby|bebe|babies|twins|gemelos number|numero|#|_ #|two|three|dos|tres|_ is|are|esta|estan coming*|viniendo*',
  ],
};

/**
 * The home of the owner the lead sells for: "cuánto le darían por su casa", "my grandma wants to sell her house", "la
 * casa de mi abuela". The owner's move is then the reason ("mi abuela se va a vivir con mi tía a Texas").
 */
export const OWNERS_HOME_PHRASES: readonly string[] = [
  'su|her|his|their casa|house|home|place|propiedad|property|condo|townhouse',
  'la|el casa|house|home|condo|townhouse de mi|mis|nuestra|nuestro|su|sus',
  'the house|home|place of my|her|his',
];

/**
 * Retired as a state of the lead, not a reason by itself when another is said ("retired teacher here, we're
 * downsizing"); the act is a reason ("i retired last month", "retired in june, moving to the coast", "me jubilé").
 */
// prettier-ignore
export const RETIRED_STATE = {
  words: ['retired', 'jubilado', 'jubilada', 'jubilados', 'jubiladas', 'retirado', 'retirada', 'retirados', 'retiradas'],
  /** Said right after the act: when it was. */
  when: ['last', 'this', 'in', 'recently', 'back', 'hace', 'el', 'en', 'este', 'ago', 'early', 'since', 'desde'],
  /** Said right before the act: who did it. */
  who: ['i', 'we', 'he', 'she', 'just', 'recently', 'finally', 'me', 'nos', 'se', 'already'],
} as const;
