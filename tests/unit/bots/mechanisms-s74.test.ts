import { B, ES, S, SES, suite } from './probe-suite.js';

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

suite(
  'a stop said in new ways: a request put as a question, a removal denied, a stop said last, a wrong number',
  [
    ['can u not text me anymore please', asked, { optOut: true }],
    ['me quiero dar de baja de sus mensajes', askedEs, { optOut: true }],
    ['we closed on a place last week so stop', asked, { optOut: true }],
    ['no conozco a ningún Ramiro, se equivocaron', askedEs, { optOut: true }],
    ['i dont know anybody named Trish', asked, { optOut: true }],
    ['número incorrecto, disculpe', askedEs, { optOut: true }],
    // (a removal denied, a sale's people not known, how it works asked, a stop not of ours)
    ['dont opt me out, i tapped it by mistake', asked, { optOut: false }],
    ['no me den de baja porfa, me equivoqué de botón', askedEs, { optOut: false }],
    ['no me quiero dar de baja, 3 recámaras', askedEs, { optOut: false }],
    [
      'no conozco a ningún lender todavía',
      ES('financing'),
      { optOut: false, slots: { financing: 'needs_lender' } },
    ],
    ['no conozco a nadie en Yucaipa pero me gusta', askedEs, { optOut: false }],
    ['how would unsubscribing work if we pause the search?', asked, { optOut: false }],
    [
      'the kids wont stop asking about a pool lol, 4 bedrooms',
      asked,
      { optOut: false, slots: { size: { bedrooms: 4 } } },
    ],
    ['we might stop by the open house, 3 beds', asked, { optOut: false }],
  ],
);

suite('the keyword sent by the lead and said so, a wish not to be written, a sign that says stop', [
  ['ok here is my STOP', asked, { optOut: true }],
  ['already sent stop yesterday and you keep going', asked, { optOut: true }],
  ['ya les respondí STOP, ¿qué más quieren?', askedEs, { optOut: true }],
  ["we'd rather not get these anymore", asked, { optOut: true }],
  ["i'd prefer you didn't call me", asked, { optOut: true }],
  ['nos gustaría ya no recibir mensajes', askedEs, { optOut: true }],
  ['les agradecería que me borraran de la lista', askedEs, { optOut: true }],
  ['dejen de mandar porfa', askedEs, { optOut: true }],
  ['\u{1F515}\u{1F515}', asked, { optOut: true }],
  // (the keyword sent to someone else, asked about, or a wish about homes)
  ['i replied stop to zillow, 3 bedrooms', asked, { optOut: false, slots: { size: { bedrooms: 3 } } }],
  ['what happens if i text STOP by accident?', asked, { optOut: false }],
  ["we'd rather not get anything with an HOA, 3 beds", asked, { optOut: false }],
  ['nos gustaría que nos mandaran casas con patio grande', askedEs, { optOut: false }],
]);

suite('a stop in more words: mistyped, a sign, a need, a wish to end, a reason after it', [
  ['remvoe me please', asked, { optOut: true }],
  ['kitenme de su lista', askedEs, { optOut: true }],
  ['❌ calls please', asked, { optOut: true }],
  ['let us be, thanks', asked, { optOut: true }],
  ['we dont need any more info thanks', asked, { optOut: true }],
  ['ya no necesitamos información, gracias', askedEs, { optOut: true }],
  ['ya no, gracias, ya rentamos otra cosa', askedEs, { optOut: true }],
  ['please end this chat', asked, { optOut: true }],
  ['porfa paren, ya no estamos vendiendo', askedEs, { optOut: true }],
  ['mi suegra se enfermó, así que ya no manden nada', askedEs, { optOut: true }],
  ['i guess im gonna say stop now', asked, { optOut: true }],
  // (a correction, a narrowing, a joke, a conversation's end said of something else)
  [
    'paren, paren, me equivoqué, son 5 recámaras',
    askedEs,
    { optOut: false, slots: { size: { bedrooms: 5 } } },
  ],
  ['no manden más departamentos', askedEs, { optOut: false }],
  ['STOP it lol, they all look amazing. 4 beds', asked, { optOut: false, slots: { size: { bedrooms: 4 } } }],
  ['by the end of the chat i hope we have a plan, 3 beds', asked, { optOut: false }],
  ['si me mandas otra de un millón te voy a poner STOP jaja, menos de 600', askedEs, { optOut: false }],
]);

suite('this number not to be used, no need said in Spanglish, and a wrong number in other words', [
  ['pls dont use this number again', asked, { optOut: true }],
  ['ya no usen este cel, gracias', askedEs, { optOut: true }],
  ['no hace falta que me sigan messaging, ya compramos', askedEs, { optOut: true }],
  ["sorry, not who you're trying to reach", asked, { optOut: true }],
  ['no one here by that name, sorry', asked, { optOut: true }],
  ['pretty sure you got me mixed up with somebody else', asked, { optOut: true }],
  ['no sé a quién va este mensaje, yo no busco casa', askedEs, { optOut: true }],
  ['debe ser otra persona, yo no pedí nada', askedEs, { optOut: true }],
  ['este no es Rubén, él cambió de número hace meses', askedEs, { optOut: true }],
  // (another number to use instead, someone else's mix-up, a number given)
  ['dont use my work number, use this one', asked, { optOut: false }],
  ['no usen mi número del trabajo, mejor este', askedEs, { optOut: false }],
  ['the bank must have me confused with someone else, my score is 740', asked, { optOut: false }],
  [
    'whoever gave you this number, thank them lol. 3 beds',
    asked,
    { optOut: false, slots: { size: { bedrooms: 3 } } },
  ],
]);

suite('a removal asked in the passive, a wish to stop getting what we send, a short no more', [
  ['could we please be removed?', asked, { optOut: true }],
  ['requesting to be unsubscribed', asked, { optOut: true }],
  ["we'd like for you to stop", asked, { optOut: true }],
  ["i'd love to stop receiving these", asked, { optOut: true }],
  ['we no longer wish to get your texts', asked, { optOut: true }],
  ['no more thanks', asked, { optOut: true }],
  ['ya no más, gracias', askedEs, { optOut: true }],
  ['¿nos podemos dar de baja?', askedEs, { optOut: true }],
  ['solicitamos que nos borren de la lista', askedEs, { optOut: true }],
  ['nos gustaría ya no recibir nada, gracias', askedEs, { optOut: true }],
  ['i said END', asked, { optOut: true }],
  // (something else removed, a removal elsewhere, a wish narrowed to hours or a language)
  ['we want the popcorn ceiling removed, 3 beds', asked, { optOut: false }],
  ['can we be removed from the redfin alerts? yours are fine', asked, { optOut: false }],
  ['i dont wish to get calls before 10, texts are fine', asked, { optOut: false }],
  ['we no longer wish to receive them in english, spanish please', asked, { optOut: false }],
  ['¿me puedo dar de baja más adelante si ya compramos?', askedEs, { optOut: false }],
]);

suite('a figure said with -ish is about that figure', [
  ['our lease runs out in 7ish weeks', B('urgency'), { slots: { urgency: 'three_months' } }],
  ['550kish is where we want to be', B('budget'), { slots: { budget: { min: 440000, max: 550000 } } }],
  ['somewhere 500 to 540ish', B('budget'), { slots: { budget: { min: 500000, max: 540000 } } }],
  ['4ish bedrooms would be perfect', B('size'), { slots: { size: { bedrooms: 4 } } }],
  // (a word that only ends in -ish is no figure)
  ['the kitchen is so stylish lol, 3 bedrooms', B('size'), { slots: { size: { bedrooms: 3 } } }],
]);

suite('a bedroom count that falls short gives way to the count wanted after it', [
  ['if that one is only 2 bedrooms we need 3', B('size'), { slots: { size: { bedrooms: 3 } } }],
  ['3 bedrooms feels too small, we need 4', B('size'), { slots: { size: { bedrooms: 4 } } }],
  ['the listing is 3 bed but we want 4', B('size'), { slots: { size: { bedrooms: 4 } } }],
  ['2 recámaras es muy poco, necesitamos 3', ES('size'), { slots: { size: { bedrooms: 3 } } }],
  // (what is wanted after it is no bedroom count)
  ['3 bedrooms but we need 2 baths', B('size'), { slots: { size: { bedrooms: 3, bathrooms: 2 } } }],
  ['4 bedrooms, just need 3 car garage too', B('size'), { slots: { size: { bedrooms: 4 } } }],
]);

// After the end measurement: the spent s74 sets' and the review's kinds, each with neighbours written for this file.
suite(
  'after the end measurement: the keyword sent, asked or by mistake; done with the texts; no longer used',
  [
    ['ya les puse STOP ayer y siguen', askedEs, { optOut: true }],
    ['replied stop last week, still getting these', asked, { optOut: true }],
    ['si un día ya no quiero nada, ¿nomás les pongo STOP?', askedEs, { optOut: false }],
    [
      'my daughter texted STOP as a joke, ignore her. 3 beds',
      asked,
      { optOut: false, slots: { size: { bedrooms: 3 } } },
    ],
    ['sorry, accidentally hit stop. we still want 3 beds', asked, { optOut: false }],
    ["we're done with the texts, thanks", asked, { optOut: true }],
    ['le pongo STOP porque ya compramos', askedEs, { optOut: true }],
    ['don Memo ya no usa este cel, ahora es mío y no busco casa', askedEs, { optOut: true }],
    ['how can i get removed from redfin alerts? we like yours better', asked, { optOut: false }],
    ['en la chamba me confundieron con otro cocinero jaja. 3 recámaras', askedEs, { optOut: false }],
  ],
);

suite('after the end measurement: a post, a workplace, a baby’s months, clients in a place, a person asked', [
  [
    'my husband got hired to manage a grocery chains new store in boise, we go with him',
    S('motivation'),
    { slots: { motivation: 'relocation', relocationDestination: 'Boise' } },
  ],
  [
    'she landed a supervisor spot at the reno depot so we are moving out there',
    S('motivation'),
    { slots: { motivation: 'relocation', relocationDestination: 'Reno' } },
  ],
  [
    'mi niña tiene 8 meses y ocupamos mudarnos en 5 semanas',
    ES('urgency'),
    { slots: { urgency: 'three_months' } },
  ],
  [
    'Fontana o Rialto. en Ontario tengo clientes pero no para vivir',
    ES('areas'),
    { slots: { areas: ['Fontana', 'Rialto'] } },
  ],
  ['yo prefiero tratar con una persona, no con un programa', ES('budget'), { escalation: 'person' }],
  ['la de 2 cuartos nos queda chica, queremos de 3', ES('size'), { slots: { size: { bedrooms: 3 } } }],
  ['we need 4 bed, but if it only has 2 baths we need 3', B('size'), { slots: { 'size.bedrooms': 4 } }],
]);

suite(
  'an employer that wants the lead in another place is a relocation; wanted at the office or early is none',
  [
    [
      'la compañía me necesita en Yuma para julio',
      SES('motivation'),
      { slots: { motivation: 'relocation' } },
    ],
    [
      'my boss wants me in Tulsa by spring, they are opening a depot',
      S('motivation'),
      { slots: { motivation: 'relocation' } },
    ],
    [
      'mi jefa me quiere en la oficina más temprano, por eso vendemos',
      SES('motivation'),
      { slots: { motivation: 'other' } },
    ],
    [
      'my boss needs me in early all week so we want less commute',
      S('motivation'),
      { slots: { motivation: 'other' } },
    ],
  ],
);
