import { B, ES, S, SES, suite } from './probe-suite.js';

/**
 * Session 43's mechanisms (docs/BOTS.md section 47), taken from session 42's misses and the tuning material, with
 * near neighbours written for this file and the hard negatives beside them.
 */

const SELLING = { slots: { address: '8231 Haven Ave', motivation: 'relocation' } };
suite('the 30 to 45 days agreed to with two negatives, or doubted', [
  [
    "I don't see why 45 days wouldn't work",
    S('timelineAccepted', SELLING),
    { slots: { timelineAccepted: true } },
  ],
  ["can't see why not", S('timelineAccepted', SELLING), { slots: { timelineAccepted: true } }],
  ["no reason it wouldn't work", S('timelineAccepted', SELLING), { slots: { timelineAccepted: true } }],
  [
    'honestly I cannot think of a reason why not',
    S('timelineAccepted', SELLING),
    { slots: { timelineAccepted: true } },
  ],
  ['no veo por qué no', SES('timelineAccepted', SELLING), { slots: { timelineAccepted: true } }],
  ['no hay razón para que no', SES('timelineAccepted', SELLING), { slots: { timelineAccepted: true } }],
  // the plan that would not work is no broken part of the home
  [
    'no veo por qué no funcionaría',
    SES('timelineAccepted', SELLING),
    { slots: { timelineAccepted: true, condition: null } },
  ],
  // doubted, or agreed and then taken back by a contrast
  [
    "I don't see how we could do 45 days",
    S('timelineAccepted', SELLING),
    { slots: { timelineAccepted: false } },
  ],
  ['i doubt it, we need more time', S('timelineAccepted', SELLING), { slots: { timelineAccepted: false } }],
  [
    "don't see why not, but honestly 6 months is more realistic",
    S('timelineAccepted', SELLING),
    { slots: { timelineAccepted: false } },
  ],
  [
    'no creo que se pueda tan rápido',
    SES('timelineAccepted', SELLING),
    { slots: { timelineAccepted: false } },
  ],
  ['no veo cómo', SES('timelineAccepted', SELLING), { slots: { timelineAccepted: false } }],
  [
    'lo dudo, necesitamos más tiempo',
    SES('timelineAccepted', SELLING),
    { slots: { timelineAccepted: false } },
  ],
  // a yes is still a yes
  ['no doubt, that works', S('timelineAccepted', SELLING), { slots: { timelineAccepted: true } }],
  // a part that does not work is still a condition
  [
    'el aire no funciona y el calentador no sirve',
    SES('condition', { slots: { ...SELLING.slots, timelineAccepted: true } }),
    { slots: { condition: 'needs_work' } },
  ],
]);

const CALLING = { scheduling: 'time_of_day' } as const;
suite('a call turned down by welcoming text', [
  ['prefiero que no, mejor por aquí', SES('timelineAccepted', CALLING), { phase: 'done', escalation: null }],
  ['mejor no, por mensaje está bien', SES('timelineAccepted', CALLING), { phase: 'done', escalation: null }],
  ['text is fine honestly', S('timelineAccepted', CALLING), { phase: 'done', escalation: null }],
  ["nah let's keep it here", S('timelineAccepted', CALLING), { phase: 'done', escalation: null }],
  // a time of day is the pick, whatever "mejor" says
  ['mejor por la tarde', SES('timelineAccepted', CALLING), { phase: 'scheduling' }],
  ['mejor no en la mañana, en la tarde sí', SES('timelineAccepted', CALLING), { phase: 'scheduling' }],
]);

const HANDED = { escalation: 'person' } as const;
suite('a call asked for as easier said by phone', [
  ['es más fácil si se lo explico por teléfono', SES('condition'), HANDED],
  ["honestly it's easier to explain over the phone", S('condition'), HANDED],
  ['sería más sencillo platicarlo por teléfono', SES('condition'), HANDED],
  // text said to be easier is not
  ['texting is easier than talking on the phone for me', S('condition'), { escalation: null }],
  ['es más fácil por mensaje', SES('condition'), { escalation: null }],
]);

suite('whose listing it is is no question of who answers', [
  ["is this actually Jorge's listing?", B('budget'), { disclosure: false }],
  ['is this really jorges house?', B('budget'), { disclosure: false }],
  // who answers still is
  ['is this actually Jorge?', B('budget'), { disclosure: true }],
  ["is this really Jorge's number?", B('budget'), { disclosure: true }],
]);

suite('a stop narrowed to a kind of home is no stop', [
  ['no me escriban de casas con alberca, no me interesan', ES('areas'), { optOut: false }],
  ['no me manden sobre esos condos', ES('areas'), { optOut: false }],
  // a stop is still a stop
  ['no me escriban de nuevo', ES('areas'), { optOut: true }],
  ['ya no me escriban, gracias', ES('areas'), { optOut: true }],
]);

suite('a floor turned down a few words after its negation is a ceiling', [
  ['no me siento cómoda con más de 650', ES('budget'), { slots: { 'budget.max': 650000 } }],
  ['no nos sentimos cómodos pagando más de 600 mil', ES('budget'), { slots: { 'budget.max': 600000 } }],
  [
    'mi esposo dice que 700 pero yo no me siento cómoda con más de 650',
    ES('budget'),
    { slots: { 'budget.max': 650000 } },
  ],
  // a floor is still a floor
  ['queremos algo de más de 500 mil', ES('budget'), { slots: { 'budget.min': 500000 } }],
]);

const SELLER_KNOWN = { slots: { ...SELLING.slots, timelineAccepted: true } };
suite("a lawyer someone hired over the lead's home is a legal matter", [
  ["the tenant got a lawyer and won't move out", S('condition', SELLER_KNOWN), { escalation: 'legal' }],
  [
    "my sister hired a lawyer over the estate, she doesn't want to sell",
    S('condition', SELLER_KNOWN),
    { escalation: 'legal' },
  ],
  ['el tenant no se quiere salir y ya metió lawyer', SES('condition', SELLER_KNOWN), { escalation: 'legal' }],
  ['mi hermana contrató un abogado por la herencia', SES('condition', SELLER_KNOWN), { escalation: 'legal' }],
  // someone who is a lawyer, or hired one over something else, is not
  ['my brother is a lawyer lol', S('condition', SELLER_KNOWN), { escalation: null }],
  ['my friend got a lawyer for his divorce', S('condition', SELLER_KNOWN), { escalation: null }],
  ['the tenant is a lawyer, super nice guy', S('condition', SELLER_KNOWN), { escalation: null }],
  ['mi cuñado es abogado', SES('condition', SELLER_KNOWN), { escalation: null }],
]);

suite('a date wished for the home beats a same-day time said of something else', [
  ['i start my new job today, we need a place by may', B('urgency'), { slots: { urgency: 'three_months' } }],
  [
    'vamos a comprar los muebles hoy, la casa la queremos para mayo',
    ES('urgency'),
    { slots: { urgency: 'three_months' } },
  ],
  ["tonight I'm busy, but we want to buy in 2 months", B('urgency'), { slots: { urgency: 'three_months' } }],
  // a move today is today
  ['we need to move today, lease ends in may', B('urgency'), { slots: { urgency: 'immediate' } }],
  ['hoy mismo si se puede', ES('urgency'), { slots: { urgency: 'immediate' } }],
]);
