import { fold, type Lang } from './text.js';

const SPANISH = new Set(
  (
    'hola buenas buenos dias tardes noches quiero queremos quisiera vender comprar casa casas mi mis tu es esta estoy ' +
    'estamos tengo tenemos que para con por pero como cuanto cuando donde gracias si claro bueno busco buscamos ' +
    'buscando recamaras habitaciones cuartos dormitorios banos meses mes semanas ano anos dinero precio vecindario ' +
    'zona cerca de del la las los el una unos unas muy mas ahora luego tambien porque nos nuestra nuestro hijos ' +
    'trabajo mudarnos mudarme mudamos prestamista efectivo preaprobado preaprobados credito vale valor ' +
    'necesita necesito reparaciones lista listo pronto llamada manana tarde noche semana proxima proximo lunes ' +
    'martes miercoles jueves viernes sabado domingo eres hablar persona real estar soy ya aun todavia sabe se ' +
    'parar cancelar contacten contactes escriban nada hay favor porfa'
  ).split(' '),
);

const ENGLISH = new Set(
  (
    'hi hello hey the a an i my we our you your is are am was to and or of in on at for with it this that ' +
    'want looking sell selling buy buying house home homes place price budget bedrooms bedroom bed beds months ' +
    'month weeks year years need needs work would could should can will just about around near thanks thank yes ' +
    'no not sure maybe what when where how why much lender approved cash ready move moving job family ' +
    'morning afternoon evening tomorrow next week monday tuesday wednesday thursday friday saturday sunday ok okay ' +
    'sounds good great fine works have has do does did be been being me us they them there here some any'
  ).split(' '),
);

/** Scores a message as English or Spanish; returns null when it is too short or too mixed to tell. */
export function detectLanguage(text: string): Lang | null {
  const words = fold(text).match(/[a-z]+/g) ?? [];
  let es = /[ñ¿¡]|[áéíóú]/i.test(text) ? 1 : 0;
  let en = 0;
  for (const word of words) {
    if (SPANISH.has(word)) es += 1;
    if (ENGLISH.has(word)) en += 1;
  }
  if (es >= 2 && es > en) return 'es';
  if (en >= 1 && en > es) return 'en';
  if (es >= 1 && en === 0 && words.length <= 3) return 'es';
  return null;
}

/**
 * The reply language: the message's language when clear, else the conversation's current one. Once the
 * conversation has a language, a short message ("ok", "sí") does not switch it: that takes three words or more.
 */
export function nextLanguage(current: Lang, text: string, firstMessage: boolean): Lang {
  const detected = detectLanguage(text);
  if (!detected || detected === current) return current;
  if (firstMessage) return detected;
  // Sticky: a few words of the other language ("ok, next month", "yes, pre-approved", "sí, 4 bedrooms") do not
  // switch a conversation; a message written in the other language (four words or more, three of them clearly
  // that language, at most one of the current one) does.
  const words = fold(text).match(/[a-z]+/g) ?? [];
  const counts = { es: 0, en: 0 };
  for (const word of words) {
    if (SPANISH.has(word)) counts.es += 1;
    if (ENGLISH.has(word)) counts.en += 1;
  }
  if (words.length < 4 || counts[detected] < 3 || counts[current] > 1) return current;
  return detected;
}
