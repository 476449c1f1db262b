import { WEEKDAYS_EN, WEEKDAYS_ES } from './lexicon/time.js';
import { fold, type Lang } from './text.js';

/**
 * Words that mark a message as Spanish or English: the most frequent function words, verbs and numbers of each
 * language and its days of the week, plus the real-estate vocabulary leads use. Words both languages write the same
 * way ("no", "me", "a", "he", "has", "son", "once", "real", "final", "sin", "era", "come") are in neither list.
 */
const SPANISH = new Set([
  // function words, pronouns, articles
  ...(
    'de la que el en y los se del las un por con una su para es al lo como mas pero sus le ya o este porque esta ' +
    'entre cuando muy sobre tambien hasta hay donde quien desde todo nos durante todos uno les ni otros ese eso ' +
    'ellos esto antes algunos unos yo otro otra otras tanto esa estos mucho muchos muchas mucha nada cual poco ' +
    'ella algo nosotros mi mis tu tus te ti usted ustedes ellas nuestro nuestra nuestros nuestras esos esas aqui ' +
    'ahi alla solo sola tambien asi bien mejor peor menos cada cualquier mismo misma ' +
    // verbs
    'estoy estas esta estamos estan estaba estabamos estar soy eres somos fue fueron sido ser tengo tienes tiene ' +
    'tenemos tienen tenia teniamos tener hemos han hay habia puede puedo puedes podemos pueden podria podriamos ' +
    'quiero quieres quiere queremos quieren quisiera quisieramos necesito necesita necesitamos necesitan busco ' +
    'buscas busca buscamos buscando vendo vender vendemos venderla venderlo vendiendo comprar compramos comprando ' +
    'rentar rentamos mudar mudarnos mudarme mudamos mudarse vamos voy van va ir irnos regresar regresamos ' +
    'volver sacar sacarle pedir piden pagar pagamos pago gastar ganar llamar llamame llamen marcar escribir ' +
    'escriban hablar hablamos hablado dice decir digo quise sabe saber se creo crees cree gusta gustaria encanta ' +
    'puedo vivir vive viven viviendo trabajo trabajamos cambiaron falta faltan sale salen cuesta cuestan incluye ' +
    'hacer hace hacemos haciendo dar dan damos ver vemos viendo mirando verla verlo visitar parar cancelar ' +
    'contacten contactes contactar dejen deja dejar molesten molestar basta baja llames llamen escribas ' +
    'escribe escriben escribiendo interesa interesan interesado interesada interesados interesadas manden mandes ' +
    'mandar enviar envien envies responde contesta contestan ' +
    // questions, politeness, time, numbers
    'que cuanto cuanta cuantos cuantas cuando donde como cual cuales quien hola buenas buenos dias tardes noches ' +
    'gracias favor porfa claro bueno buena vale si todavia aun luego despues pronto ahora ahorita nunca siempre ' +
    'hoy manana ayer tarde noche semana semanas mes meses ano anos dia proxima proximo dos tres cuatro cinco ' +
    'seis siete ocho nueve diez veinte treinta cien ciento doscientos trescientos cuatrocientos quinientos ' +
    'seiscientos setecientos ochocientos novecientos mil millon millones medio ' +
    // home and money
    'casa casas hogar vivienda recamara recamaras habitacion habitaciones cuarto cuartos dormitorios bano banos ' +
    'alberca piscina cochera terreno lote jardin cocina techo pisos muebles escuela escuelas vecindario ' +
    'barrio zona cerca lejos ciudad precio precios dinero prestamo prestamista banco credito enganche pagos ' +
    'hipoteca impuesto impuestos predial efectivo contado preaprobado preaprobados preaprobacion carta valor ' +
    'reparaciones remodelada lista listo familia hijos ninos esposo esposa trabajo llamada mensaje mensajes ' +
    'persona agente cita'
  ).split(' '),
  ...WEEKDAYS_ES,
]);

const ENGLISH = new Set([
  // function words, pronouns, articles
  ...(
    'the to of and in that have i it for not on with as you do at this but his by from they we her she or an ' +
    'will my one all would there their what so up out if about who get which go when make can like just him know ' +
    'take into your some could them see other than then now only over think also back after use how our first ' +
    'well way even new want because any these give most us is are was were been being be has had did does doing ' +
    'going here where why yes yeah yep yup ok okay thanks thank please pls need needs looking look very really ' +
    'sure maybe right around near much many more less too its im dont cant wont isnt were youre were theyre ' +
    'should shall might must hi hello hey am lol got gonna wanna wanted tell said says ' +
    // home and money
    'house houses home homes place buy buying bought sell selling sold rent renting move moving moved price ' +
    'budget bedroom bedrooms bed beds bath baths bathroom bathrooms pool yard backyard garage lot kitchen ' +
    'roof floors school schools neighborhood area lender loan mortgage approved preapproved cash money taxes ' +
    'payment payments offer listing market work job family kids wife husband call text texts email agent ' +
    'person bot showing tour ' +
    // time and numbers
    'month months week weeks year years day days today tomorrow yesterday morning afternoon evening night next ' +
    'last soon later asap two three four five six seven eight nine ten twenty hundred thousand million half'
  ).split(' '),
  ...WEEKDAYS_EN,
]);

/** Spanish words that are also parts of place and street names in English-speaking areas. */
const PLACE_PARTICLES = new Set(['de', 'del', 'la', 'las', 'el', 'los', 'san', 'santa', 'y']);

interface LanguageWords {
  /** Words in the message. */
  words: number;
  /** Clearly Spanish words (plus one for Spanish letters or marks), clearly English words. */
  es: number;
  en: number;
  /** Spanish words that are not place-name particles. */
  spanishWords: number;
  /** The length of the single word, when the message is one word. */
  soleWordLength: number;
}

/** Counts a message's clearly Spanish and clearly English words, reading the text once. */
function languageWords(text: string): LanguageWords {
  const words = fold(text).match(/[a-z]+/g) ?? [];
  let es = /[ñ¿¡]|[áéíóú]/i.test(text) ? 1 : 0;
  let en = 0;
  let spanishWords = 0;
  for (const word of words) {
    if (SPANISH.has(word)) {
      es += 1;
      if (!PLACE_PARTICLES.has(word)) spanishWords += 1;
    }
    if (ENGLISH.has(word)) en += 1;
  }
  return {
    words: words.length,
    es,
    en,
    spanishWords,
    soleWordLength: words.length === 1 ? words[0].length : 0,
  };
}

function languageOf({ words, es, en }: LanguageWords): Lang | null {
  if (es >= 2 && es > en) return 'es';
  if (en >= 2 && en > es) return 'en';
  if (en >= 1 && es === 0) return 'en';
  if (es >= 1 && en === 0 && words <= 3) return 'es';
  return null;
}

/** Scores a message as English or Spanish; returns null when it is too short or too mixed to tell. */
export function detectLanguage(text: string): Lang | null {
  return languageOf(languageWords(text));
}

/**
 * The reply language: the message's language when clear, else the conversation's current one. Once the
 * conversation has a language, a short message ("ok", "sí") does not switch it (the rule below).
 */
export function nextLanguage(current: Lang, text: string, firstMessage: boolean): Lang {
  const counts = languageWords(text);
  const detected = languageOf(counts);
  if (!detected || detected === current) return current;
  if (firstMessage) return detected;
  // Sticky: a few words of the other language mixed in do not switch a conversation. Spanish speakers in the US
  // often answer with English words ("yes, pre-approved", "ok, next month", "sí, 4 bedrooms"); an English speaker
  // rarely writes Spanish. So a short message switches to Spanish when it is written in Spanish (two Spanish words
  // or more and no English one, "tiene alberca?", "eres un robot?", or one long Spanish word, "comprar"); place
  // and street names carry Spanish particles ("Del Mar", "Camino de la Luz"), which do not count. Any other switch
  // needs four words or more, three of them the other language and at most one of the current one.
  const other = counts[detected];
  const mine = counts[current];
  if (detected === 'es' && mine === 0) {
    if (counts.spanishWords >= 2) return detected;
    if (counts.spanishWords === 1 && counts.soleWordLength >= 6) return detected;
  }
  if (counts.words >= 4 && other >= 3 && mine <= 1) return detected;
  return current;
}
