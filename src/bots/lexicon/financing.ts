/**
 * Financing words, English, Spanish and Spanglish, as plain lists (folded: lower case, no accents).
 */

/** Who lends, or the loan itself ("lender", "loan officer", "prestamista", "quien nos preste"). */
export const LENDER_WORDS = [
  'lender',
  'lenders',
  'loan officer',
  'loan',
  'mortgage',
  'mortgage broker',
  'broker',
  'bank',
  'financing',
  'prestamista',
  'prestamistas',
  'prestamo',
  'banco',
  'hipoteca',
  'financiamiento',
  'credito',
  'quien nos preste',
  'quien me preste',
  'quien nos financie',
  'quien me financie',
  'alguien que nos preste',
] as const;

/** The loan's own steps, of which a date is the loan's, not the move's ("the preapproval should come in a few days"). */
// prettier-ignore
export const LOAN_STEP_WORDS: readonly string[] = [
  'preapproval', 'approval', 'preapproved', 'underwriting', 'preaprobacion', 'aprobacion', 'preaprobados',
  'preaprobado', 'preaprobada',
];
/** Still needing or looking for one ("we need", "necesitamos", "nos falta buscar", "todavía buscamos"). */
export const NEED_WORDS = [
  'need',
  'needs',
  'still need',
  'looking for',
  'shopping for',
  'searching for',
  'have to find',
  'need to find',
  'will need',
  'gonna need',
  'going to need',
  'necesitamos',
  'necesito',
  'necesitar',
  'necesitaremos',
  'necesitariamos',
  'ocupamos',
  'ocupo',
  'ocupar',
  'ocuparemos',
  'nos falta',
  'me falta',
  'falta',
  'buscamos',
  'busco',
  'buscando',
  'estamos buscando',
  'tenemos que buscar',
  'hay que buscar',
  'tengo que buscar',
  'tengo que conseguir',
  'tenemos que conseguir',
  'hay que conseguir',
  // a lender not found yet: "we'd need to sort out a lender", "haven't sorted a lender yet", "no tenemos prestamista"
  'need to sort out',
  'have to sort out',
  'need to line up',
  'havent sorted',
  "haven't sorted",
  'havent found',
  "haven't found",
  'havent picked',
  "haven't picked",
  'havent chosen',
  "haven't chosen",
  'no tenemos',
  'todavia no tenemos',
  'aun no tenemos',
] as const;

/** Not needing one ("no loan needed", "don't need a mortgage", "sin préstamo"). */
export const NOT_NEEDED_BEFORE = [
  "don't need",
  'dont need',
  'do not need',
  "won't need",
  'wont need',
  'no need for',
  'no necesitamos',
  'no necesito',
  'no ocupamos',
  'no vamos a necesitar',
  'not with',
  'not through',
  'no con',
  'without',
  'no vamos a ocupar',
  'no necesitaremos',
  'will not need',
  "we won't need",
  'sin',
] as const;
/**
 * An approval said in other words, heard with a lender in the same message and no one else's say-so ("got the green
 * light from our credit union", "ya nos dieron el visto bueno en la cooperativa", "underwriting signed off"; not "my
 * wife gave us the green light", "approval from our landlord"): `extract/financing.ts` LENDER_APPROVAL.
 */
/** Lenders by their names, as the phrase grammar writes them ("navy fed", "rocket", "schoolsfirst"). */
const LENDER_NAMES =
  'navy+fed|navy+federal|nfcu|penfed|usaa|rocket|rocket+mortgage|wells+fargo|chase|bank+of+america|loandepot|loan+depot|pennymac|wescom|schoolsfirst|schools+first|veterans+united';
export const LENDER_APPROVAL_PHRASES: readonly string[] = [
  'got|gave+us|gave+me|have|has|dieron|dio|tenemos|tengo the|el|la|_ green+light|visto+bueno|luz+verde|thumbs+up|ok|okay|si|go+ahead',
  'underwriting|underwriter signed+off|approved|cleared',
  'clear|cleared to close',
  'have|got|tenemos|tengo our|the|my|la|nuestra|_ approval|aprobacion from|de|del|con|en',
  // the approval named by who gave it: "got my COE and the approval from Veterans United", "la aprobación del banco"
  'the|our|my|la|nuestra approval|aprobacion|preapproval|preaprobacion from|del|thru|through',
  'good to go up+to|hasta|for',
  // the lender approving the lead: "the bank approve us for 640", "el banco nos aprobó", "navy fed approved us up to 756k"
  `bank|lender|banco|prestamista|credit+union|${LENDER_NAMES} approve|approved|approves us|me|_ for|up+to|hasta`,
  // "the bank approved us, but for less than we thought"
  `bank|lender|credit+union|${LENDER_NAMES} approved us|me`,
  // "approval came through monday", "sent over the approval letter", "ya nos llegó la aprobación"
  'approval|preapproval|pre+approval|aprobacion|preaprobacion letter|carta|_ came|went|got through|in|back',
  // the letter and what it says: "the approval letter arrived", "our approval letter says up to 760"
  'approval|preapproval|pre+approval|prequal letter|carta arrived|came|says|said|shows|is+for|dice|llego',
  'sent|sent+over|emailed|gave+us|gave+me|mandaron|enviaron|sending|mandando|enviando|van+a+mandar ~2 approval|preapproval|pre+approval|aprobacion|preaprobacion letter|carta|_',
  // the letter on its way: "they're sending the letter", "nos van a mandar la carta"
  'sending|mandando|enviando|van+a+mandar|van+a+enviar|mandan|envian|emailing|emails ~2 the|la|our|nuestra letter|carta',
  'llego|llegaron ~2 la aprobacion|preaprobacion|carta',
  // the approval given: "ya nos dieron el approval en SchoolsFirst", "they gave us the approval"
  'dieron|dio|gave+us|gave+me|got el|la|the|our|_ approval|aprobacion|preaprobacion|preapproval',
];
/** What ties such an approval to a loan: one of these words in the message. */
export const LENDER_CONTEXT =
  'letter|lender|lenders|bank|banco|credit|cooperativa|loan|loans|mortgage|prestamo|hipoteca|prestamista|underwriting|underwriter|officer|pennymac|chase|rocket|wells|navy|federal|fha|va|coe|veterans|penfed|nfcu|usaa|loandepot|wescom|schoolsfirst';
/** A lender's no to the lead, after the lender named ("wells fargo turned us down", "el banco nos rechazó"). */
export const LENDER_SAID_NO =
  'said+no+on|said+no+to|dijo+que+no|turned+us+down|turned+me+down|turned+us+away|turned+me+away|denied+us|denied+me|rejected+us|rejected+me|declined+us|declined+me|nos+rechazo|nos+rechazaron|me+rechazo|me+rechazaron|nos+nego|nos+negaron|me+nego|me+negaron|no+nos+aprobo|no+nos+aprobaron|no+me+aprobo|no+me+aprobaron';
/** Nothing came of a lender tried ("didn't go anywhere", "fell through", "no se pudo"). */
export const LENDER_WENT_NOWHERE =
  'didnt+go+anywhere|did+not+go+anywhere|went+nowhere|fell+through|didnt+work+out|did+not+work+out|nothing+came+of+it|no+se+pudo|no+salio|no+funciono|no+se+dio|no+nos+alcanzo|no+me+alcanzo';
/** Someone else's say-so: the approval is theirs, not a lender's. */
export const NOT_A_LENDER =
  'wife|husband|boss|esposo|esposa|marido|mujer|jefe|landlord|casero|job|trabajo|buyer|buyers|comprador|hoa|city|permit|permits|parents|papas|brother|sister|hermano|hermana';

/**
 * An approval applied for and not answered yet ("the pre-approval is still pending", "put in an application at the
 * credit union, still no word", "ya metimos los papeles con un prestamista pero todavía no nos dicen nada"): no way of
 * paying yet, and no lender to find either (`extract/financing.ts` approvalPending).
 */
export const PENDING_APPROVAL_PHRASES: readonly string[] = [
  'approval|preapproval|pre+approval|prequal|application|app|paperwork|papeles|solicitud|aprobacion|preaprobacion|precalificacion ~3 pending|processing|in+process|in+review|under+review|en+proceso|en+tramite|en+revision|pendiente',
  'pending|waiting+on|waiting+for|esperando|esperamos ~2 approval|preapproval|pre+approval|prequal|letter|carta|underwriting|aprobacion|preaprobacion|respuesta|answer',
  'applied|aplicamos|aplique|metimos|meti|submitted|sent+in|mandamos|entregamos ~3 application|app|solicitud|papeles|paperwork|documentos|documents|for+a+loan|for+preapproval|for+pre+approval|for+the+loan',
  'waiting+on|waiting+for|waiting+to+hear|esperando|esperamos|still+waiting ~3 bank|lender|banco|prestamista|credit+union|cooperativa|underwriter|loan+officer',
];
/** ...heard only with a loan said beside it ("still no word from them", "todavía no nos dicen nada"). */
export const PENDING_ANSWER_PHRASES: readonly string[] = [
  'no|ningun|ninguna word|answer|respuesta|news|noticias|reply ~2 yet|todavia|aun|back|from|del|de',
  'todavia|aun|still no ~2 dicen|dice|contestan|contesta|responden|responde|avisan|avisa|heard|hear|answer|sabemos|word',
  'havent|hasnt|have+not|has+not heard|gotten ~2 back',
];

/**
 * Part paid in cash, the rest with a loan ("una parte en efectivo y el resto con préstamo", "half cash, the rest
 * financed"): the loan is how the lead pays, so the cash is no cash purchase.
 */
export const REST_FINANCED_PHRASES: readonly string[] = [
  'el|the|lo resto|rest|demas ~3 prestamo|loan|financed|financing|financiado|financiamos|financio|financiare|mortgage|hipoteca|banco|bank|lender|credito',
  'lo que falta ~2 financiado|financiamos|financio|prestamo|credito|banco',
  // the loan named first: "finance the rest", "financiar lo demás"
  'finance|financing|financiar|financio|financiamos the|el|lo rest|resto|demas|remainder',
  'part|parte|half|mitad ~3 cash|efectivo|contado ~4 loan|prestamo|financed|financing|financiado|mortgage|hipoteca',
];
/** Part of the price in cash, or the down payment ("half cash", "half down in cash", "el enganche de contado"). */
export const PART_CASH_PHRASES: readonly string[] = [
  'half|part|parte|mitad|some|portion|down|downpayment|enganche|prima|inicial ~5 cash|efectivo|contado',
  'cash|efectivo|contado ~3 down|downpayment|enganche|part|half|mitad|parte',
];
/** No loan at all, said outright ("no mortgage", "sin préstamos", "we're not financing", "no vamos a financiar"). */
export const NO_LOAN_PHRASES: readonly string[] = [
  'no|sin|without|zero|nada+de mortgage|loan|loans|financing|prestamo|prestamos|hipoteca|financiamiento',
  'not|no|never|wont vamos+a|voy+a|going+to|gonna|_ financiar|finance|financing|be+financing',
  // a loan not to be needed: "no voy a necesitar préstamo", "we won't need a loan"
  'no|not|never|wont voy+a|vamos+a|going+to|gonna|_ necesitar|need|needing ~1 prestamo|loan|mortgage|hipoteca|financiamiento',
  // ...or said with a double negative: "don't need no lender", "no necesito ningún préstamo"
  'dont|do+not|aint need|needing no|any lender|loan|mortgage|financing|bank',
  'no necesito|necesitamos ningun|nada+de prestamo|prestamista|banco|hipoteca|credito',
  // a loan refused by those who buy: "they refuse to get a mortgage", "se niegan a sacar préstamo"
  'refuse|refuses|refused|rehusan|niegan ~3 mortgage|loan|prestamo|hipoteca|credito',
  // a loan turned down: "we're not taking out any loan", "no vamos a pedir préstamo"
  'not|no|never|wont|arent|dont vamos+a|voy+a|van+a|va+a|going+to|gonna|_ taking|take|getting|get|pedir|sacar|pedimos|sacamos out|_ any|a|un|ningun|_ loan|mortgage|prestamo|hipoteca',
  // ...or not had to be asked for: "no tenemos que pedir préstamo", "we don't have to get a loan"
  'no|dont|do+not tenemos+que|tengo+que|have+to pedir|sacar|get|take ~2 loan|mortgage|prestamo|hipoteca|credito',
  // ...or not needed, the Spanish ways: "no nos hace falta préstamo", "no ocupamos préstamo", "no necesitamos crédito"
  'no nos|me|les|le|_ hace|hacen falta ~1 prestamo|prestamos|prestamista|hipoteca|credito|financiamiento|loan|mortgage',
  'no necesitamos|necesito|ocupamos|ocupo ~1 prestamo|prestamos|prestamista|hipoteca|credito|financiamiento|loan|mortgage',
  // ...or not wanted: "a nuestra edad ya no queremos hipoteca", "we don't want a mortgage at our age"
  'no|ya+no queremos|quiero|quisieramos ~1 prestamo|hipoteca|credito|financiamiento|loan|mortgage|deudas',
  'dont|do+not|dont+really want|wanna ~1 a|any|another|_ mortgage|loan|loans|financing',
];
export const NOT_NEEDED_AFTER = ['needed', 'necessary', 'required', 'necesario', 'necesitamos'] as const;
/**
 * An approval still ahead, by a word before it in its clause: planned ("we will pre-qualify next week", "vamos a
 * sacar la preaprobación"), or, in a question, asked about ("can we get pre-approved with you?", "how do we
 * pre-qualify?").
 */
// prettier-ignore
export const APPROVAL_AHEAD = [
  'will', 'gonna', 'going', 'plan', 'planning', 'hope', 'hoping', 'try', 'trying', 'vamos', 'voy', 'want', 'wanna',
  'quiero', 'queremos',
  // an approval offered, not given: "he said he'd pre-approve us" (and "he would", extract/financing.ts)
  'hed', 'shed', 'theyd',
] as const;
export const APPROVAL_ASKED = [
  'can',
  'could',
  'should',
  // "is it better to get preapproved first?", "¿es necesario estar preaprobado?": the approval weighed, not had
  'better',
  'best',
  'worth',
  'necessary',
  'required',
  'mejor',
  'necesario',
  'how',
  'podemos',
  'puedo',
  'podria',
  'podriamos',
  'como',
  // "is that a problem for getting approved?"
  'getting',
] as const;
/** Words that close the approval's own verb off what came before it: "..., and we're already approved". */
export const APPROVAL_DONE = ['and', 'y', 'so', 'already', 'ya', 'just', 'recien', 'did', 'finally'] as const;
/** The approval as a paper the lead holds, right before it ("our pre-approval letter", "la preaprobación"). */
export const APPROVAL_HELD = ['our', 'my', 'the', 'mi', 'nuestra', 'la', 'su'] as const;

/** Approved, in either language ("approved", "aprobados", "nos aprobó"). */
export const APPROVED_WORDS = [
  'approved',
  // the base form a second-language writer uses: "we have approve from bank for 780"
  'approve',
  'aprobado',
  'aprobados',
  'aprobada',
  'aprobadas',
  'aprobo',
  'aprobaron',
] as const;

/** What ties an approval to a lender or an amount ("approved thru navy federal", "approved up to 600"). */
export const APPROVAL_LINKS = [
  'thru',
  'through',
  'with',
  'w/',
  'by',
  'via',
  'at',
  'from',
  'up to',
  'to',
  'for',
  'con',
  'por',
  'hasta',
  'en',
] as const;

/** The lead as the one approved ("we're approved", "i got approved", "ya estamos aprobados", "nos aprobaron"). */
export const LEAD_SUBJECTS = [
  "we're",
  'were',
  'we are',
  "i'm",
  'im',
  'i am',
  'got',
  'been',
  'already',
  'just',
  'ya',
  'estamos',
  'estoy',
  'somos',
  'soy',
  'nos',
  'me',
  'we have',
  "we've",
  'i have',
  "i've",
  'tenemos',
  'tengo',
  // still so: "ya we're still approved up to 750k", "seguimos aprobados"
  'still',
  'seguimos',
  'sigo',
] as const;

/** Said of a lender already in place ("approved for", "working with a lender", "carta de preaprobación"). */
export const APPROVAL_PHRASES = [
  'approved for',
  'has us approved',
  'have us approved',
  'got us approved',
  'fully underwritten',
  "we're underwritten",
  'been underwritten',
  'prequalificaron',
  'prequalificados',
  // Spanglish: "rocket already preaprobó us"
  'preaprobo us',
  'preaprobo me',
  'preaprobaron us',
  'preaprobaron me',

  'have a lender',
  'working with a lender',
  'talked to a lender',
  'talked to my lender',
  'talked to our lender',
  'spoke to a lender',
  'spoke to my lender',
  'spoke to our lender',
  'spoke with a lender',
  'spoke with my lender',
  'spoke with our lender',
  'spoken to a lender',
  'spoken to my lender',
  'spoken to our lender',
  'spoken with a lender',
  'spoken with my lender',
  'spoken with our lender',
  'ya tengo prestamista',
  'tenemos prestamista',
  'tenemos lender',
  'tengo lender',
  'carta de preaprobacion',
  'carta de pre aprobacion',
  'carta de pre-aprobacion',
  'carta de aprobacion',
  'por el banco',
  // in place with the bank ("ya estamos con el banco"), not an errand with it ("cancelamos la cita con el banco")
  'estamos con el banco',
  'ya con el banco',
  'listo con el banco',
  'listos con el banco',
  'arreglado con el banco',
  'arreglados con el banco',
  'hable con el banco',
  'hablamos con el banco',
  'preaprobacion',
  'pre aprobacion',
  'pre-aprobacion',
  'pre-calificacion',
  'lined up',
  'loan approved',
  'mortgage approved',
  'financing approved',
  'got our approval',
  'got my approval',
  'got the approval',
  'got our pre approval',
  'got my pre approval',
  'got the pre approval',
  'got our preapproval',
  'got my preapproval',
  // The approval as a noun ("fha prequal done", "ya tengo la precalificación"); a need of one is read first.
  'prequal',
  'pre qual',
  'pre-qual',
  // British and Irish: "we've mortgage approval in principle", "an agreement in principle"
  'approval in principle',
  'agreement in principle',
  'mortgage in principle',
  'decision in principle',
  'precalificacion',
  'pre calificacion',
  // the approval as a noun in other orders and words: "la aprobación previa del Wells Fargo", "a pre-qualification",
  // "the approval came through monday"
  'aprobacion previa',
  'pre-qualification',
  'prequalification',
  'pre qualification',
  'approval came through',
  'approval came in',
  'approval went through',
] as const;

/** Who pays, before a cash word ("paying cash", "we're all cash", "pagamos de contado", "compradores en efectivo"). */
export const CASH_LEADS = [
  'paying',
  'pay',
  'buying',
  'buy',
  'purchasing',
  'purchase',
  'going',
  'doing it',
  'coming in',
  'would be',
  'will be',
  'itll be',
  "it'll be",
  'it will be',
  'its',
  'are',
  'am',
  "we're",
  'were',
  "i'm",
  'im',
  "they're",
  'have',
  'got',
  'all',
  'in',
  'with',
  'tengo',
  'tenemos',
  'traigo',
  'traemos',
  'pagar',
  'pago',
  'pagamos',
  'pagaremos',
  'pagaria',
  'pagariamos',
  'comprar',
  'compramos',
  'compraremos',
  'compraria',
  'comprariamos',
  'somos',
  'soy',
  'comprador',
  'compradores',
  'compra',
  'en',
  'de',
  'todo',
  // "y al contado", "compramos al contado"
  'al',
] as const;
/** Words between ("all", "100%", "the", "todo en", "al", the home bought). */
export const CASH_FILLERS = [
  'all',
  'by',
  '100%',
  'full',
  'the',
  'todo',
  'al',
  'en',
  'con',
  'de',
  'el',
  'a',
  // the home bought between ("buy a house cash", "comprar una casa cash", "pagar la casa de contado")
  'una',
  'la',
  'house',
  'home',
  'place',
  'property',
  'casa',
  'propiedad',
] as const;
export const CASH_WORDS = ['cash', 'efectivo', 'contado', 'tocateja', 'out of pocket'] as const;
/** Paying with a loan, said in a word ("loan", "financing", "con préstamo", "crédito"). */
export const LOAN_WAYS = [
  'loan',
  'loans',
  'financing',
  'finance',
  'financed',
  'financiar',
  'financiado',
  'financiamiento',
  'mortgage',
  'prestamo',
  'credito',
  'hipoteca',
] as const;
/** "cash buyer", "cash offer", "cash on hand". */
// ("cash on hand" is money held, no way of paying: "35k cash on hand para closing costs")
export const CASH_AFTER = ['buyer', 'buyers', 'offer', 'deal', 'purchase', 'sale', 'buy'] as const;
/**
 * After "cash" opening a clause or following an amount, what makes it no payment: "cash flow", "cash poor", "cash
 * is tight", "cash offers" (a seller's wish or a question).
 */
export const NOT_PAYING_AFTER = [
  'poor',
  'strapped',
  'flow',
  'out',
  'back',
  'offer',
  'offers',
  'is tight',
  'is low',
  // ...past a softener: "cash is kinda tight after the wedding", "cash has been pretty short"
  ...['kinda', 'kind of', 'pretty', 'a little', 'a bit', 'super', 'really', 'very', 'so'].flatMap((soft) => [
    `is ${soft} tight`,
    `is ${soft} short`,
    `is ${soft} low`,
    `has been ${soft} tight`,
    `has been ${soft} short`,
  ]),
  'is short',
  'has been tight',
  'has been short',
  'been tight',
  'is limited',
  'es poco',
  // cash for a part of the price, not the price: "200k cash for the down", "tengo 200k cash para el enganche"
  'for the down',
  'for down',
  'for the downpayment',
  'for closing',
  'para el down',
  'para el enganche',
  'para la prima',
  'para el pago inicial',
  'de enganche',
] as const;

/** A way of paying refused right after it: "de contado no", "cash? nope", "efectivo tampoco". */
/** Verbs a Spanish negation opens a clause with: "no hemos hecho el pre approval", "no tenemos la carta". */
// prettier-ignore
export const SPANISH_AUXILIARIES: readonly string[] = [
  'hemos', 'he', 'tenemos', 'tengo', 'estamos', 'estoy', 'nos', 'me', 'han', 'ha', 'hay',
];

// prettier-ignore
export const WAY_REFUSALS = [
  'no', 'not', 'nope', 'nah', 'tampoco', 'not really', 'no way',
  // the way said first, then not had ("efectivo no tengo", "cash we don't have")
  'no tengo', 'no tenemos', 'no hay', 'no traigo', 'no traemos', "i don't have", 'i dont have', "we don't have",
  'we dont have', "don't have", 'dont have', 'i do not have', 'we do not have',
] as const;
/** What turns to another way after the refusal: "cash no, with a loan", "de contado no sino con crédito". */
// prettier-ignore
export const INSTEAD_WORDS = [
  'con', 'with', 'pero', 'but', 'sino', 'mejor', 'we', 'were', 'i', 'im', 'ya', 'nos', 'tenemos',
] as const;

/** Pre-approved or pre-qualified as one word or two ("preapproved", "pre-approved", "pre aproved", "prequalified"). */
const PRE_1 =
  'preapproved|preapprove|preaproved|preaprove|prequalified|prequalify|prequalifed|prequallified|prequallifed';
const PRE_2 = 'pre approved|approve|aproved|aprove|qualified|qualify|qualifed|quallified|quallifed';
/** The approval itself, or any form of the word ("pre-approval", "preapproving", "pre-qual"). */
const PRE_ANY_1 = 'preapprov*|preaprov*|preappprov*|prequal*';
const PRE_ANY_2 = 'pre approv*|aprov*|appprov*|qual*';
const APPROVAL_1 = `${PRE_1}|approved|preapproval|preaproval`;
const APPROVAL_2 =
  'pre approval|aproval|approved|approve|aproved|aprove|qualified|qualifed|quallified|quallifed';
const NOT_YET = ['havent|didnt|never', 'have|did not', 'not yet', 'neither|none+of+us ~2 has|have|had'];
/** Needing or applying for an approval. */
const NEED_APPROVAL =
  'need|needs|applying|apply|necesito|necesitamos|ocupo|ocupamos|solicitar|solicitando|sacar|tramitar|tramitando';
/** The Spanish approval nouns ("preaprobación", "precalificación"). */
const SPANISH_APPROVAL = 'preaprob*|precalif*';
const HOW_TO_GET = [
  'how do|can|would|should i|we',
  'help us|me',
  'want|need|have|going|planning to',
  'gonna|wanna',
];

/**
 * Still needing a lender or an approval ("haven't talked to a lender", "need to get pre-approved", "no hemos hablado
 * con el banco", "todavía no"), as phrases of the `read/phrases.ts` grammar (`word*` is a word's start).
 */
export const NEEDS_LENDER_PHRASES: readonly string[] = [
  ...NOT_YET.flatMap((not) => [
    `${not} actually|really|even|ever|yet|_ talked|spoken|spoke|gone|been|talk|speak|reached|called|contacted|call|contact|ask|asked|visited|visit|sat+down|sit+down|met|meet|applied|apply ~ lender*|bank*|mortgage|banco|prestamista|loan|loans|prestamo`,
    `${not} actually|really|even|ever|yet|_ talked|spoken|spoke|gone|been|talk|speak|reached|called|contacted|call|contact ~ loan officer`,
  ]),
  'no lender',
  // no one of the buyers approved: "neither of us is pre approved", "ninguno de los dos está preaprobado"
  'neither|none+of+us ~2 is|are|has+been|have+been|got ~1 pre|preapproved|prequalified|approved',
  'ninguno|ninguna ~3 esta|estamos|tiene|tenemos ~1 preaprob*|aprobad*|precalific*',
  // the lender named first: "prestamista no tenemos ninguno todavía", "lender we don't have yet"
  'lender|lenders|prestamista|prestamistas ~1 no|todavia+no|aun+no tenemos|tengo|hay',
  'lender|lenders ~1 we|i dont|do+not|havent have|got',
  // the lender asked back and none named: "¿prestamista? ninguno todavía"
  'lender|lenders|prestamista|prestamistas ninguno|ninguna|none|nobody|nadie|not+yet|todavia+no|aun+no',
  // "nada de lender todavía"
  'nada de lender|prestamista|banco',
  // "we havent talked to one yet" (the lender asked about)
  'havent|have+not|no+he|no+hemos talked|spoken|hablado to|con anyone|anybody|nadie|one|uno|ninguno',
  'al banco|prestamista no hemos|he ido|hablado|llamado|ido',
  'need a lender',
  // a lender dropped and another sought: "cancelé con el banco que tenía, ahorita ando buscando otro", "fired our lender,
  // looking for a new one"
  'cancele|cancelamos|deje|dejamos|fired|dropped|left|quit|ditched ~4 banco|prestamista|lender|bank|loan+officer ~~ buscando|busco|buscamos|looking|need|necesitamos|necesito|ocupamos|ocupo|shopping ~2 otro|otra|uno+nuevo|new+one|another|un+nuevo|nuevo|new',
  // a visit to the bank still ahead: "we need go first to the bank" (second-language English), "have to go to a lender"
  'need|needs|have+to|must go ~3 bank|lender|lenders|banco|prestamista',
  'tenemos+que|tengo+que|hay+que|necesitamos|necesito ir ~2 banco|prestamista|lender',
  'need to find a lender',
  'need|have|got to talk|speak to|with a|the|our|my|_ lender|bank',
  // a talk still ahead, said as a duty or a plan: "i should talk to a lender", "gotta reach out to a lender"
  'should|gotta|ought+to|plan+to|planning+to|going+to|gonna talk|speak|reach+out|get+with to|with a|the|our|my|_ lender|bank|loan+officer',
  'need|have|got to talk|speak to|with a|the|our|my|_ loan officer',
  'dont|do+not have a|_ lender|prestamista',
  'need a|_ loan|mortgage',
  `not ${PRE_1} yet`,
  `not ${PRE_2} yet`,
  `need|have to get the|our|my|a|_ ${APPROVAL_1}`,
  `need|have to get the|our|my|a|_ ${APPROVAL_2}`,
  'need|have to get a lender',
  `working on the|our|my|getting|_ ${APPROVAL_1}`,
  `working on the|our|my|getting|_ ${APPROVAL_2}`,
  'no|tampoco|nunca he|hemos hablado con un|ningun|algun|el|_ prestamista|banco|lender',
  // the lender named first, then no talk yet: "my cousin does loans at a bank, we havent sat down with her yet"
  'loans|lender|lenders|prestamos|prestamista ~8 havent|have+not|not+yet|todavia+no|aun+no|no+hemos sat+down|met|talked|spoken|hablado|reunido with|con her|him|them|ella|el|ellos',
  // a lender known of but not yet reached: "got a lender's number from my cousin but haven't called"
  ...NOT_YET.map(
    (not) =>
      `lender*|bank|banco|prestamista|loan+officer ~6 ${not} called|contacted|reached+out|talked|spoken`,
  ),
  'lender*|bank|banco|prestamista ~6 no|todavia+no|aun+no le|lo|_ he|hemos llamado|preguntado|contactado|hablado|marcado',
  'no he|hemos hablado con un|ningun|algun|el|_ loan officer',
  'no|ni|tampoco|todavia+no|aun+no he|hemos ido|pasado|llegado al|a|con ~1 banco|prestamista|lender',
  'necesito un|_ prestamista',
  'no tengo prestamista',
  'no he|hemos hablado con nadie del|de prestamo|banco|credito|loan|lender|financiamiento',
  // asking for a lender: "do you know a good lender?", "me recomienda un prestamista?"
  'know|recommend|recomienda|recomiendas|conoce|conoces a|an|un|una|_ good|buen|_ lender|prestamista|loan+officer|mortgage+person|mortgage+guy|mortgage+lady|mortgage+broker|loan+guy|loan+person|broker|banco|bank',
  'ustedes|you|y+all|yall tienen|have|conocen|know|work+with|trabajan+con ~3 banco|bank|lender|prestamista|lenders|bancos|loan+officer|mortgage+broker',
  'recomendar|recomiendan|recomienda|recomiendas a|_ alguien|someone|somebody para|pa|for ~3 prestamo|credito|hipoteca|financiamiento|loan|mortgage',
  // "can you point me to a good mortgage guy?", "who do you guys use for loans?", "recomiéndame un buen loan officer",
  // "¿me pasas el contacto de algún prestamista?", "¿con qué banco trabajan ustedes?"
  'point|refer|connect|hook|send me|us to|with|up+with a|an|_ good|_ lender|mortgage+guy|mortgage+person|mortgage+broker|loan+officer|loan+guy|bank',
  'who|what+lender|what+bank do|does you|u|yall|y+all|you+guys|_ use|recommend|work+with for loans|mortgages|financing|a+loan|a+mortgage',
  'recomiendame|recomiendenme|recomiendeme|pasame|pasenme|paseme|me+pasas|me+pasa|me+pasan el|_ contacto|numero|_ de|_ un|una|algun|alguna|_ buen|buena|_ prestamista|lender|loan+officer|banco',
  'con que|cual banco|bancos|prestamista|prestamistas|lender|lenders trabajan|recomiendan|usan',
  // no idea where to start: "no clue where to start with financing", "ni idea de hipotecas"
  'no+clue|no+idea|ni+idea|not+sure|idk where|how to|_ start|begin|empezar ~3 financing|loan|loans|mortgage|mortgages|lender|financiamiento|prestamo|prestamos|hipoteca|hipotecas|credito|preaprob*|preapprov*',
  'no+clue|no+idea|ni+idea about|de|with|sobre|_ financing|loans|mortgage|mortgages|hipoteca|hipotecas|prestamos|financiamiento',
  'todavia|aun no',
  'no todavia|aun',
  // not yet asked anywhere: "ni he preguntado en ningún lado por el préstamo", "haven't asked any bank"
  'ni|no he|hemos preguntado|averiguado|investigado ~5 prestamo|prestamos|banco|bancos|lender|prestamista|credito|financiamiento',
  'havent|have+not|didnt|did+not|not+yet asked|checked+with ~2 any|a|the|_ bank|banks|lender|lenders|loan',
  'ni|no he|hemos preguntado|averiguado|ido en|a ningun+lado|ninguna+parte|ningun+lugar|ningun+banco',
  'havent|have+not|didnt|did+not|not+yet asked|checked|looked anywhere',
  'havent|have+not|didnt|did+not|not+yet ~2 looked|searched|shopped for|into a|any|_ lender|lenders|bank|loan',
  // nothing done yet about the loan: "haven't done anything with a lender yet", "ni he empezado con eso del préstamo"
  'havent|have+not|didnt|not+yet done anything|nothing with|about|on a|the|any|_ lender|bank|loan|financing|mortgage',
  'ni|no|todavia+no|aun+no he|hemos empezado|comenzado|visto con|lo ~3 prestamo|credito|banco|lender|financiamiento|hipoteca',
  // no one picked to lend: "havent picked anyone to lend us the rest", "todavía no tenemos a nadie" (for the loan)
  'havent|have+not|didnt|did+not|not+yet picked|chosen|found|got anyone|anybody|a+lender|one',
  'todavia|aun no tenemos|tengo a+nadie|ningun+lender|ningun+prestamista',
  // a lender seen before, none for this home: "talked to a lender years ago, but nothing for this one yet"
  'but|pero nothing|nada for|para this|esta one|casa|purchase|compra|_ yet|todavia|aun',
  // "ni un lender hemos contactado yet", "ningún banco hemos visitado"
  'ni+un|ni+una|ningun|ninguna lender|prestamista|banco|loan+officer ~1 hemos|he contactado|llamado|hablado|visitado|ido|buscado',
  // "haven't approached any bank so far", "apenas estamos juntando los papeles para el préstamo"
  'havent|have+not|didnt|did+not|not+yet approached|contacted|reached+out+to ~1 any|a|the|_ bank|banks|lender|lenders',
  'juntando|reuniendo|preparando|gathering los|the|_ papeles|documentos|papers|paperwork|docs ~3 prestamo|credito|loan|mortgage|preaprobacion|banco|lender',
  'no|todavia+no|aun+no hablamos|llamamos|contactamos|fuimos ~3 ningun|un|el|_ banco|lender|prestamista',
  // still without one: "todavía sin banco", "still without a lender" ("sin banco" alone is no loan: cash)
  'todavia|aun|still|yet|seguimos|sigo|sigue sin|without a|un|_ banco|prestamista|lender|bank',
  ...HOW_TO_GET.flatMap((how) => [`${how} get|_ ${PRE_ANY_1}`, `${how} get|_ ${PRE_ANY_2}`]),

  ...['havent|never', 'have not'].flatMap((not) => [
    `${not} been|gotten|got|_ ${PRE_ANY_1}`,
    `${not} been|gotten|got|_ ${PRE_ANY_2}`,
  ]),
  // the approval as a step still ahead: "¿primero tengo que estar preaprobado?", "do we need to be pre-approved
  // first?", "we haven't done the lender part yet"
  'tengo|tenemos|hay|debo|debemos que estar|ser|tener|sacar|conseguir|_ preaprob*|precalific*|la+preaprobacion|la+precalificacion',
  'tengo|tenemos|hay|debo|debemos que estar|ser|_ pre aprob*|calific*',
  `need|have to be|get ${PRE_ANY_1}`,
  `need|have to be|get ${PRE_ANY_2}`,
  'havent|have+not|not+yet done|started|handled the|our|_ lender|loan|bank|financing|mortgage|preapproval|pre+approval part|stuff|thing|side|step',
  // the bank's part named first, then not begun: "esa vaina del banco ni la hemos empezado", "the loan stuff we haven't
  // even started"
  'banco|bank|prestamo|credito|lender|loan|financing|financiamiento|hipoteca|mortgage ~4 ni|no|todavia+no|aun+no|not|havent|have+not ~2 empezado|comenzado|empezamos|comenzamos|iniciado|started|begun|start|begin',
  // a meeting with the lender still ahead, or put off: "we had to cancel la cita con el lender pero we'll reschedule",
  // "tenemos cita con el prestamista el viernes", "meeting with a lender next week" (not an errand at the bank)
  'have|got|tenemos|tengo|cancel*|reschedul*|postpone*|pospus*|move*|upcoming|pending|pendiente ~3 appointment|appt|meeting|cita|junta|consulta ~2 with|con ~2 lender|lenders|prestamista|loan+officer|mortgage+broker',
  'meet|meeting|see|seeing|reunirnos|vernos with|con ~2 lender|prestamista|loan+officer ~3 next|this|tomorrow|proxima|proximo|manana|el|on|friday|monday|tuesday|wednesday|thursday|viernes|lunes|martes|miercoles|jueves',
  // a credit still being built or repaired: "el crédito apenas se está armando", "we're rebuilding our credit"
  'credito|credit ~3 armando|construyendo|building|rebuilding|fixing|arreglando|reparando|limpiando',
  'building|rebuilding|fixing|repairing|construyendo|armando|arreglando|reparando|limpiando ~2 credit|credito',
  // ...or to be repaired first: "primero quiero arreglar mi crédito", "need to fix my credit", "working on my credit
  // score" (not one repaired before: "pre-approved, had to fix my credit first", "tuve que ... para subir el credit score")
  'quiero|queremos|necesito|necesitamos|primero|first|need+to|have+to|gotta|got+to|want+to|tengo+que|tenemos+que|hay+que ~1 fix|repair|rebuild|improve|mejorar|arreglar|reparar|limpiar|subir ~2 credit|credito',
  'working+on|trabajando+en|improving|mejorando ~2 credit|credito',
];

/**
 * An approval still to get: "need a prequal letter", "applying for preapproval", "necesito la preaprobación"; a
 * negation before it turns it down ("don't need a preapproval, paying cash").
 */
export const NEEDS_APPROVAL_PHRASES: readonly string[] = [
  `${NEED_APPROVAL} ~2 ${PRE_ANY_1}|${SPANISH_APPROVAL}`,
  `${NEED_APPROVAL} ~2 ${PRE_ANY_2}`,
];

/**
 * The whole price paid by someone for the lead: a gift of all of it is cash ("my grandma is gifting us the whole
 * amount", "mis papás nos regalan toda la casa"), in the grammar of `read/phrases.ts`.
 */
export const WHOLE_PRICE_PHRASES: readonly string[] = [
  'gifting|gift|giving|give|paying|pay|covering|cover ~2 the|_ whole|entire|full amount|price|thing|purchase|house',
  'nos|me|le|les regala|regalan|paga|pagan|da|dan|cubre|cubren todo|toda|completo|completa ~2 el|la|_ dinero|precio|casa|cantidad',
  'paid|pay|paying|pagar|pagamos|pago in|en full|total|completo',
  // "van a pagar todo con ese dinero", "we'll pay for all of it with the sale"
  'pay|paying|pagar|pagamos|pagaremos|pagan|paga todo|all|everything|toda+la+casa ~1 con|with|from|de ese|este|the|el|our|nuestro|mi|my|su|_ dinero|money|savings|ahorros|proceeds|sale|venta|herencia|inheritance',
  // the whole home or price paid or covered: "pagamos la casa completa", "covering el precio completo"
  'pay|paying|paid|pagamos|pagar|pagaremos|covering|cover|cubrimos|cubrir la|el|the casa|house|home|precio|price completa|completo|entera|entero|in+full|outright',
  // paid at once, without a loan: "paying outright", "free and clear", "de un jalón", "wire the full price"
  'pay|paying|pagar|buy|buying|purchase|purchasing ~2 outright|free+and+clear',
  'pay|paying|paid|pagamos|pagar|pagaremos|pagariamos|pagado|pagada|pago ~3 de+un+jalon|de+una+vez|de+un+solo+pago|all+at+once|in+one+go|in+one+shot|upfront|up+front|en+una+sola+exhibicion|de+un+tiron|al+tiro',
  'wire|transfer|send ~2 the|_ full|whole|entire|total price|amount|purchase+price',
  'with|from|using|con ~2 the|our|my|la|el|_ proceeds|herencia|inheritance|sale+money|money+from+the+sale|dinero+de+la+venta',
  'inheritance|herencia|proceeds|settlement|money|dinero|savings|ahorros|gift|regalo|insurance|seguro ~3 covers|cover|covering|cubre|cubren|paga|pays|pay+for|alcanza ~3 whole|entire|full|todo|toda|completa|completo|purchase|house|casa|price',
  '1031 exchange',
  'straight|all cash homie|baby|_ $',
];
/** An amount the lead qualifies for: "the lender said we qualify for like 520", "calificamos para 450" (an approval). */
export const QUALIFIED_FOR_PHRASES: readonly string[] = [
  'qualify|qualified|qualifies for|up+to ~2 #',
  'calificamos|califico|calificaron|calificaba para|por|hasta ~2 #',
  // the lender's answer told as the lead's reach: "talked to the lender, we're good up to 730"
  'lender|bank|banco|prestamista|loan+officer ~6 were|we+are|im|i+am|estamos good|ok|okay|set|cleared|bien up+to|for|hasta|to ~1 #',
  // an approval held, with its reach: "tenemos aprobación FHA hasta 550 mil", "we have approval up to 550"
  'tenemos|tengo|traemos|traigo|have|got|with|con aprobacion|preaprobacion|approval|preapproval ~2 hasta|up+to|for|por|de ~1 #',
  // ...or the amount said in words before it: "tengo como medio millón aprobado con el VA"
  'tenemos|tengo|have|got ~3 mil|millon|millones|thousand|million|grand|k aprobado|aprobados|aprobada|approved|preaprobado|preaprobados|preapproved',
];

/** The parts of "not started with a lender" (extract/financing.ts `notStartedByParts`). */
// prettier-ignore
export const NOT_STARTED = {
  /** The lead's side, before "nothing" ("nosotros aún nada", "on our end nothing yet"). */
  leadSide: ['we', 'i', 'nosotros', 'yo', 'us', 'me', 'end', 'parte', 'lado', 'side', 'ourselves'],
  /** The lead's side said after "nothing" ("nada todavía on our side"). */
  sideNouns: ['end', 'side', 'parte', 'lado'],
  /** A lender named after "ningún", "no" ("con ningún banco todavía"). */
  lenders: ['banco', 'bank', 'lender', 'prestamista', 'lenders', 'bancos', 'prestamistas', 'credit', 'cooperativa'],
  /** The loan named, so a not-yet is about it even when the lender question was not asked ("mortgage stuff we haven't touched"). */
  loanNamed: ['mortgage', 'loan', 'hipoteca', 'prestamo', 'financing', 'lender', 'banco', 'prestamista'],
  /** Credit named before an approval ("the truck loan got approved", "la tarjeta de crédito fue aprobada"). */
  creditNouns: ['loan', 'prestamo', 'credito', 'credit', 'lease', 'financing', 'application', 'app', 'card', 'tarjeta'],
  nothing: ['nada', 'nothing', 'nothin', 'zip', 'zilch', 'ningun', 'ninguno', 'ninguna', 'zero', 'cero'],
  /** Of these, the ones that count a noun after them, never a whole answer ("zero lenders", not "we have zero debt"). */
  countingNothing: ['zero', 'cero'],
  /** Who else may hold an approval ("Él sí está preaprobado", "she got approved for her own place"). */
  thirdPersons: ['he', 'she', 'hes', 'shes', 'ella'],
  /** An approval said to be for someone's own purchase ("para la casa que va a comprar él", "buying his own place"). */
  theirOwnPurchase: [
    ' his own', ' her own', ' their own', ' su propia', 'para su casa', 'para su piso', 'para su depa', 'para su condo',
    'que va a comprar el', 'que va a comprar ella',
    'va a comprar el', "he's buying", 'hes buying', "she's buying", 'shes buying', 'for his ', 'for her ',
  ],
  /** Verbs after "él" (folded "el") that make it the pronoun ("el sí está", "el ya tiene"). */
  pronounVerbs: ['si', 'ya', 'esta', 'tiene', 'fue', 'es', 'tambien', 'salio', 'consiguio'],
  /** The lead's spouse, whose approval is the lead's ("my husband got preapproved"). */
  spouses: ['husband', 'wife', 'hubby', 'esposo', 'esposa', 'marido', 'mujer', 'partner', 'fiance', 'fiancee', 'spouse'],
  /** Words that deny an approval said after them ("cero preaprobación", "sin preaprobación", "nada aprobado"). */
  denying: ['nadie', 'nobody', 'nobodys', 'cero', 'zero', 'sin', 'nada', 'nothing', 'nothin'],
  /** Words of time or place between the lead's side and "nothing" ("we still have nothing", "de nuestro lado aún nada"). */
  beforeNothing: [
    'aun', 'todavia', 'still', 'yet', 'so', 'far', 'have', 'got', 'tenemos', 'on', 'our', 'de', 'por', 'nuestra',
    'nuestro', 'hasta', 'ahora', 'right', 'now', 'con', 'with', 'directamente', 'directly',
  ],
  notYet: [
    'havent', 'have not', 'hasnt', 'not yet', 'no hemos', 'no he', 'todavia no', 'aun no', 'didnt', 'did not',
    'nunca hemos', 'never', 'ni he', 'ni hemos', 'nobodys', 'nobody has', 'no one has', 'nadie ha', 'nadie le ha',
  ],
  /** Words between the not-yet and the step ("havent really done", "no hemos ni empezado"). */
  between: ['really', 'even', 'yet', 'actually', 'ni', 'siquiera', 'hemos', 'he', 'todavia', 'aun'],
  progress: [
    'done', 'started', 'begun', 'talked', 'spoken', 'applied', 'gone', 'reached', 'called', 'contacted', 'hecho',
    'empezado', 'comenzado', 'hablado', 'aplicado', 'iniciado', 'movido', 'llamado', 'contactado', 'sent', 'filled',
    'mandado', 'llenado', 'got', 'gotten', 'sacado', 'tramitado', 'pisado', 'ido', 'visitado', 'touched', 'looked',
    'platicado', 'consultado', 'averiguado', 'preguntado', 'checked', 'asked', 'met', 'reunido', 'juntado',
  ],
  /** The home search, which a not-yet over it is not about the lender ("haven't started looking"). */
  searching: [
    'looking', 'searching', 'hunting', 'touring', 'buscar', 'buscando', 'packing', 'empacar', 'ver', 'viewing',
    'showings', 'visitas', 'homes', 'houses', 'casas',
  ],
} satisfies Record<string, readonly string[]>;

/** Credit that is not the home's, after an approval ("approved for a car loan", "nos aprobaron la tarjeta"). */
// prettier-ignore
export const OTHER_CREDIT_WORDS: readonly string[] = [
  'car', 'auto', 'carro', 'coche', 'truck', 'troca', 'card', 'cards', 'tarjeta', 'tarjetas', 'student', 'apartment',
  'apartamento', 'departamento', 'rental', 'lease', 'renta', 'business', 'negocio', 'boat', 'rv', 'personal',
  'furniture', 'muebles', 'phone', 'celular', 'extension', 'contrato',
];

/** Who offers an approval not given yet, before "would" ("he said he would get us approved"). */
export const APPROVAL_OFFERERS: readonly string[] = ['he', 'she', 'they'];
/** Right before an approval asked about in a question: "count for the pre approval?", "cuenta pa la preaprobación?". */
// prettier-ignore
export const APPROVAL_ASKED_ABOUT: readonly string[] = [
  'the', 'a', 'la', 'una', 'for', 'para', 'pa', 'pal', 'del',
  // the terms asked apart: "whats the difference between prequalified and preapproved?"
  'between', 'entre', 'vs', 'versus',
];
/** After an approval asked about, the lead's own: "the pre-approval I already have", "la preaprobación que ya tenemos". */
// prettier-ignore
export const APPROVAL_HAVING: readonly string[] = [
  'have', 'got', 'already', 'tengo', 'tenemos', 'ya', 'our', 'my', 'nuestra', 'mi',
];
/**
 * Right after an approval, that it is not had yet (`extract/financing.ts` `notHadYet`): "hasn't come back", "is not here
 * yet", "ain't got one", "todavía no llega".
 */
// prettier-ignore
export const APPROVAL_NOT_HAD: readonly string[] = [
  'letter|_ hasnt|havent|aint|isnt|didnt|not|has+not|is+not|did+not|still+hasnt|still+not come|came|gotten|got|gone|arrived|here|back|one|yet',
  'todavia|aun|no no|todavia|aun ha|han|_ llega|llegado|sale|salido|llego|salio|nos|me',
  'no|nah|nope|_ dont|do+not|havent|have+not|no+tengo|no+tenemos have|_ one|it|that|la|eso|yet|todavia',
];
/** Becoming approved, right before it: doubted, it is not had ("not sure we'd even get pre approved"). */
export const APPROVAL_BECOMING: readonly string[] = ['get', 'gets', 'getting'];

/** The lead's pay said to come in cash ("i get paid in cash", "me pagan en efectivo"): how they earn, not how they buy. */
// prettier-ignore
export const WAGES_PAID_IN_CASH: readonly string[] = [
  'paid|pagan|pagaban|pagaron|cobro|cobramos|cobra|cobran in|en|de|_ cash|efectivo',
  'cash|efectivo job|jobs|income|wages|tips|sueldo|ingresos|propinas',
  // the rent or the bills paid in cash: "pagamos la renta en efectivo cada mes", "we pay our rent in cash"
  'pay|pays|paid|paying|pagamos|pago|paga|pagan|pagando the|la|el|los|las|our|my|mi|nuestra|nuestros|_ rent|renta|bills|biles|cuentas|utilities in|en|con|de|_ cash|efectivo',
];
