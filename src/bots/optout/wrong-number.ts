/** A wrong number ("this isn't jimmy's phone anymore"), and the lead's own number corrected, which is none. */
import {
  KEEPS_TALKING_WORDS,
  OWN_NUMBER_PHRASES,
  PERSON_WORDS,
  PEOPLE_IN_A_SALE,
  PHONE_WORDS,
  PLACE_WORDS_ES,
  PRINTED_PLACES,
  SLOT_NOUNS,
} from '../lexicon/optout.js';
import { oneOf, phraseBook, tokenise, type Token } from '../read/phrases.js';
import { sentences } from '../text.js';

/** "#" is read as "number" ("wrong #", "this isn't his #"). */
const PHONE = oneOf(PHONE_WORDS.filter((word) => word !== '#'));
const IS_NOT = 'isnt|is+not|not|no+longer|aint';
/** Someone's, one word or two ("jimmy's", "jimmy garcia's"). */
const SOMEONES = '~1 *s';

type Cue = 'plain' | 'not_theirs' | 'meant' | 'right_one' | 'own' | 'keeps_talking' | 'not_looking';
const always = (cue: Cue, words: string, more: { notFollowedBy?: string; notPrecededBy?: string } = {}) => ({
  cue,
  words,
  always: true,
  // said in a row, as one clause ("a este número, ya no es de él" is no wrong number)
  clause: true,
  ...more,
});

/** Where a number is printed rather than texted from: the ad, the listing, the sign. */
const PRINTED_SOMEWHERE = `in|on|en|del|de|a|al|for|of|para ~1 ${oneOf(PRINTED_PLACES)}`;

/** Told plainly ("wrong number", "número equivocado"), a wrong number stands whatever follows. */
const PLAIN = phraseBook([
  // (not a figure printed somewhere: "pusieron el número equivocado en el anuncio", "wrong number on the flyer")
  always('plain', 'wrong number|person', { notFollowedBy: PRINTED_SOMEWHERE }),
  always('plain', 'numero|persona|contacto equivocado|equivocada|incorrecto|incorrecta|errado|errada', {
    notFollowedBy: PRINTED_SOMEWHERE,
  }),
  always('plain', 'wrong|incorrect contact|cell', { notFollowedBy: PRINTED_SOMEWHERE }),
  // "this is not the right number", "no es el número correcto"
  {
    ...always('plain', 'not|isnt|aint the right|correct|good number|person|phone'),
    // (not a count, nor a question: "not the right number of bedrooms", "is this not the right number to text?")
    notFollowedBy: 'of|to|for|de|para',
    notPrecededBy: 'is+this|is+that',
  },
  {
    ...always('plain', 'no es el|la numero|persona correcto|correcta|indicado|indicada'),
    notFollowedBy: 'de|para',
  },
  always('plain', 'se equivoc* de numero'),
  // "se confundió de persona", "te equivocaste de persona", "you've got the wrong guy"
  always('plain', 'se|te|me confundi*|equivoc* de numero|persona'),
]);
/** Told about someone ("this isn't jimmy's phone anymore", "este número ya no es de Juan"), unless the lead talks on. */
const NOT_THEIRS = phraseBook([
  always('not_theirs', `this|that|it|thats|its|thiss is|_ ${IS_NOT} ${SOMEONES} ${PHONE}`),
  always('not_theirs', `this|that ${PHONE} doesnt|does+not|no+longer|isnt|is+not belong+to|belongs+to|*s`),
  always('not_theirs', `* doesnt|does+not|no+longer have|has|use|uses|own|owns this ${PHONE}`),
  always('not_theirs', `you+have|youve+got|you+got|u+have the wrong ${oneOf(PERSON_WORDS)}`, {
    notFollowedBy: PRINTED_SOMEWHERE,
  }),
  always('not_theirs', `this|that ${PHONE} belongs+to|is someone|somebody else`),
  always('not_theirs', 'number changed owners|hands'),
  // someone else's before: "this phone was my uncle's", "this number used to be my dad's", "este número era de mi tío"
  always('not_theirs', `this|that ${PHONE} was|used+to+be ${SOMEONES}`),
  always('not_theirs', `este|ese ${PHONE} antes|_ era de|del`),
  // "this isnt maria anymore, i got this number last month"
  { ...always('not_theirs', `this|that|it|its ${IS_NOT} * anymore|no+more`), needs: PHONE },
  always('not_theirs', `i|we just|recently|_ got|have this ${PHONE} ~1 last|recently|a+few|ago|new`),
  always('not_theirs', 'im not who|the+person youre looking for'),
  // a number had only a short while, a new SIM: "this number I have only two weeks, it is new SIM card"
  always('not_theirs', `this|that|este ${PHONE} i|we|yo have|had|tengo ~2 only|just|solo|apenas`),
  always('not_theirs', 'new|nuevo|nueva sim|chip'),
  // "I am not Oksana and I did not ask about any house"
  always(
    'not_theirs',
    'i|we did+not|didnt|never ask|asked|inquire|inquired|contact|contacted about|for any|a|_ house|houses|home|homes|property|properties',
  ),
  // "there's no Maria at this number", "got me mixed up with someone else", "tienen mal el número", "este es el
  // número de mi hija ahora"
  always('not_theirs', `theres|there+is|no+hay no|_ * ~1 at|on|en this|that|este|ese ${PHONE}`),
  always(
    'not_theirs',
    'mixed+me+up|got+me+mixed+up|mixing+me+up|confused+me|confusing+me|mistaken+me|me+confunden|me+confundieron with|con someone|somebody|alguien|otra+persona|otro+persona else|mas|_',
  ),
  always('not_theirs', `tienen|tiene|tienes|tenes mal el|este|mi ${PHONE}`),
  // no one of that name here: "aquí no vive ningún Pedro", "aquí no hay ninguna Graciela", "nobody named Maria here"
  always('not_theirs', 'aqui|aca no vive|viven ningun|ninguna|nadie'),
  always('not_theirs', 'casa|numero no vive|viven ningun|ninguna'),
  {
    ...always('not_theirs', 'aqui|aca no hay ningun|ninguna * $'),
    unless:
      'problema|inconveniente|prisa|apuro|duda|casa|cuarto|recamara|garage|alberca|hoa|escuela|tienda|parque',
  },
  {
    ...always('not_theirs', 'no hay ningun|ninguna * aqui|aca'),
    unless:
      'problema|inconveniente|prisa|apuro|duda|casa|cuarto|recamara|garage|alberca|hoa|escuela|tienda|parque',
  },
  // not the one meant, said in other words: "not whoever you're looking for", "nobody here by that name", "you must
  // have me confused with someone else", "i don't know who this is for", "no sé para quién sea esto", "not me, must be
  // someone else", "whoever gave you this number"
  always('not_theirs', 'not|isnt whoever|who youre|you+are|ur|u+are looking|trying'),
  always('not_theirs', 'nobody|no+one here|_ named|called|by+that+name|by+the+name|with+that+name'),
  always(
    'not_theirs',
    'have|got|tienen|tiene|tienes me|_ confused|mixed+up|confundido|confundida with|con someone|somebody|otra|otro|alguien',
    // (someone else's mix-up: "the lender must have me confused with someone else")
    { notPrecededBy: 'lender|bank|banco|he|she|they|agent|realtor|el|ella must|might|_' },
  ),
  always(
    'not_theirs',
    'dont|do+not know who this|this+message|these+texts|these+messages is|are|was|were for|meant+for',
  ),
  always('not_theirs', 'no se para|a quien sea|es|va|era esto|este+mensaje|estos+mensajes'),
  always('not_theirs', 'must|might|gotta be someone|somebody else'),
  always('not_theirs', 'debe|debes|deben ser|de+ser otra|otro persona|alguien|numero'),
  {
    ...always(
      'not_theirs',
      `whoever|quien|quienes gave|les+dio|les+dieron|le+dio|te+dio you|_ this|este ${PHONE} ~~ wrong|mal`,
    ),
    clause: false,
  },
  // the one meant changed numbers: "this isn't kevin, he changed numbers", "este no es Kevin, cambió de número"
  {
    ...always(
      'not_theirs',
      `this|that|it|its|este|ese isnt|is+not|no+es * ~~ changed|cambio numbers|${PHONE}|de+numero|de+telefono`,
    ),
    clause: false,
  },
  // the one meant no longer has it, and it is the lead's now: "la señora Rosa ya no usa este cel, ahora es mío"
  always('not_theirs', `ya no usa|usan este|ese ${PHONE}`),
  always('not_theirs', `no longer uses|has this|that ${PHONE}`),
  always('not_theirs', 'ahora es mio|es mio ahora|its|it+is mine now'),
  // no one the lead knows by that name: "i dont know anyone named Carlos", "no conozco a ninguna Martha"
  always('not_theirs', 'i|we dont|do+not know any|anyone|anybody|a named|called|by+the+name|by+that+name'),
  always('not_theirs', 'no conozco|conocemos a ningun|ninguna', { notFollowedBy: oneOf(PEOPLE_IN_A_SALE) }),
  always('not_theirs', 'no conozco|conocemos a nadie llamado|llamada|con+ese+nombre|que+se+llame'),
  always('not_theirs', `este|this es|is el|the|_ ${PHONE} de|of mi|my ~1 ahora|now`),
  always('not_theirs', `this|thats|its is|s my *s ${PHONE} now`),
  // someone who never asked: "yo nunca pedí información de ninguna casa", "i never asked for any info"
  always('not_theirs', 'nunca|jamas|no pedi|pedimos|solicite informacion|info|nada'),
  always('not_theirs', 'never asked|signed+up|requested for|_ any|this|_ info|information|anything'),
  ...[`este|ese ${PHONE} ya no es`, `este|ese ya|_ no es el|su|_ ${PHONE}`, `ya no es el|su|_ ${PHONE}`].map(
    (said) =>
      always('not_theirs', `${said} de|del`, { notFollowedBy: `la|mi|su|tu|_ ${oneOf(PLACE_WORDS_ES)}` }),
  ),
]);
const KEEPS_TALKING = phraseBook([always('keeps_talking', oneOf(KEEPS_TALKING_WORDS))]);
/** ...unless the new owner says it wants nothing ("ahora es mío. Yo no ando buscando nada", "mine now, not looking"). */
const NOT_LOOKING = phraseBook([
  always(
    'not_looking',
    'no|not|nor|im+not|i+am+not ando|estoy|estamos|am|looking|buscando|busco|interested|vendo|compro|vendemos|compramos|selling|buying ~2 nada|anything|nothing|casas|houses|homes|for|_',
  ),
]);
/** In the sentence of a plain wrong number: what was meant ("wrong number, i meant 3 beds"), or the right one. */
const IN_THE_SENTENCE = phraseBook(
  [
    always('meant', 'wrong number|person ~~ meant|quise+decir'),
    // a figure said wrong, not the phone: "wrong number en los bedrooms, son 5 no 4"
    always('meant', `wrong number ~3 ${oneOf(SLOT_NOUNS)}`),
    // the lead's own text sent here by mistake: "oops wrong number, that last one was for my wife", "número
    // equivocado, ese mensaje era para mi hermana"
    always(
      'meant',
      'wrong number|person|chat ~~ last|ultimo|previous|anterior|that|ese|este one|message|text|msg|mensaje|_ was|were|era|iba for|para|meant',
    ),
    always('right_one', 'wrong number ~~ mine+is|use+#|its+#|is+#'),
    always('right_one', 'wrong number ~~ my real|correct|right|new|_ number|cell|phone is'),
  ].map((phrase) => ({ ...phrase, clause: false })),
);
/** A figure meant, opening the sentence after a plain wrong number ("I meant 1.35", "quise decir 4"). */
const MEANT_NEXT = phraseBook([always('meant', '^ i|yo|_ meant|mean|quise+decir|queria+decir ~2 #')]);
const MEANT_ACROSS = phraseBook(
  [always('meant', 'wrong number'), always('meant', 'numero equivocado|incorrecto|errado')].map((phrase) => ({
    ...phrase,
    clause: false,
  })),
);
/** The lead, after all: "wrong number?.. ah no, sí soy yo", "wrong number? oh wait yes it's me". */
const IT_IS_ME = phraseBook([always('right_one', 'si|yes|yeah|yep|ah|oh|wait soy|its|it+is|thats yo|me')]);
/** The lead's own number corrected: "i put the wrong number earlier, mine is ...", "puse mal mi teléfono". */
const OWN_NUMBER = phraseBook(OWN_NUMBER_PHRASES.map((words) => always('own', words)));

const tokensOf = (text: string): readonly Token[] => tokenise(text.replaceAll('#', ' number '));

/** A figure printed or written somewhere said wrong ("wrong number on the house", "el número equivocado a la casa"). */
const WRONG_SOMEWHERE = phraseBook([
  always('plain', `wrong number ${PRINTED_SOMEWHERE}`),
  always('plain', `numero equivocado|incorrecto|errado ${PRINTED_SOMEWHERE}`),
]);
export const wrongNumberOfAThing = (message: string): boolean =>
  WRONG_SOMEWHERE.find(tokensOf(message)) !== undefined;

export function wrongNumber(message: string): boolean {
  const tokens = tokensOf(message);
  // (what was meant may open the next sentence: "1.53... no wait stop, wrong number lol. I meant 1.35")
  const said = new Set(
    sentences(message).flatMap((sentence, index, all) => [
      ...IN_THE_SENTENCE.hear(tokensOf(sentence)).map((hit) => hit.cue),
      ...(MEANT_NEXT.find(tokensOf(all[index + 1] ?? ''))
        ? MEANT_ACROSS.hear(tokensOf(sentence)).map((hit) => hit.cue)
        : []),
    ]),
  );
  if (OWN_NUMBER.find(tokens) || IT_IS_ME.find(tokens) || said.has('right_one')) return false;
  if (PLAIN.find(tokens)) return !said.has('meant');
  // Told, not asked: a sentence that says it without a question ("who? there's no Maria at this number").
  return (
    sentences(message).some(
      (sentence) => !sentence.includes('?') && NOT_THEIRS.find(tokensOf(sentence)) !== undefined,
    ) &&
    (!KEEPS_TALKING.find(tokens) || NOT_LOOKING.find(tokens) !== undefined)
  );
}
