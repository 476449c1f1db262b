import { B, ES, suite } from './probe-suite.js';

/**
 * Session 60's reading mechanisms (docs/BOTS.md section 64), each with near neighbours and hard negatives written for
 * this file (none from a corpus).
 */

const asked = B('size', { slots: { budget: { min: 440000, max: 550000 } } });
const askedEs = ES('size', { slots: { budget: { min: 440000, max: 550000 } } });

suite('a removal asked of us in Spanish, as a question or a wish, is an opt-out', [
  ['¿me podrían dar de baja por favor?', askedEs, { optOut: true, lang: 'es' }],
  ['me puedes dar de baja porfa', askedEs, { optOut: true }],
  ['¿nos pueden quitar de su lista?', askedEs, { optOut: true }],
  ['queremos que nos den de baja, gracias', askedEs, { optOut: true }],
  ['me das de baja ya', askedEs, { optOut: true }],
  // (a removal from somewhere else, or from a kind of home, or one the lead takes, is not)
  ['¿me pueden dar de baja de redfin? ustedes sí me sirven', askedEs, { optOut: false }],
  ['¿me pueden quitar de la lista de departamentos? solo casas', askedEs, { optOut: false }],
  ['si me dan de baja del trabajo en junio tengo más tiempo para ver casas', askedEs, { optOut: false }],
  ['la semana pasada me dieron de baja del hospital, ya estoy bien', askedEs, { optOut: false }],
]);

suite('a stop taken back after it, as a joke, as meant for someone else, or by asking for more, is none', [
  ['STOP lol jk, how big is the yard on that one', asked, { optOut: false }],
  ['unsubscribe... nah just messing with you, 4 bedrooms', asked, { optOut: false }],
  ['ya no me escriban jaja es broma, 3 recámaras', askedEs, { optOut: false }],
  ['basta!! perdón, era para mi prima. son 4 recámaras', askedEs, { optOut: false }],
  ['leave me alone. sorry that was meant for my coworker lol. 3 beds', asked, { optOut: false }],
  ['si luego me quiero salir, ¿cómo le hago? por ahora sigan mandando', askedEs, { optOut: false }],
  ['no quiero darme de baja, solo preguntaba qué hace el STOP', askedEs, { optOut: false }],
  // (the joke or the mix-up denied is the stop said again)
  ['stop texting me and no im not joking', asked, { optOut: true }],
  ['no me escriban más, no es broma', askedEs, { optOut: true }],
  ['no más mensajes, y no estoy jugando', askedEs, { optOut: true }],
  ['quit messaging me, i mean it', asked, { optOut: true }],
]);

suite('a want-not of the lead’s own future, or what a keyword does, asked, is no request', [
  ['if we ever dont want your texts anymore, what do we reply?', asked, { optOut: false }],
  ['cuando ya no queramos recibir casas les avisamos, ok?', askedEs, { optOut: false }],
  ['¿el STOP sirve para cancelar todo o solo las alertas de precio?', askedEs, { optOut: false }],
  // (the want-not said now is one)
  ['we dont want your texts anymore', asked, { optOut: true }],
  ['no quiero darme de baja', askedEs, { optOut: false }],
  ['ya quiero darme de baja', askedEs, { optOut: true }],
  ['ya no queremos recibir mensajes', askedEs, { optOut: true }],
  ['escribo para cancelar los mensajes', askedEs, { optOut: true }],
]);
