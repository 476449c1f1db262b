import { formatMoney, type Lang } from './text.js';

/** Every question the bots ask, in English and Spanish, with a second wording for re-asks (never repeat verbatim). */
export const QuestionSlot = {
  intent: 'intent',
  leadTimeline: 'leadTimeline',
  address: 'address',
  motivation: 'motivation',
  timelineAccepted: 'timelineAccepted',
  condition: 'condition',
  priceExpectation: 'priceExpectation',
  budget: 'budget',
  financing: 'financing',
  size: 'size',
  urgency: 'urgency',
  areas: 'areas',
} as const;
export type QuestionSlot = (typeof QuestionSlot)[keyof typeof QuestionSlot];

type Wording = Record<Lang, [string, string]>;

const WORDING: Record<QuestionSlot, Wording> = {
  intent: {
    en: [
      'Are you looking to buy or sell in {market}?',
      'Just so I point you the right way, are you thinking of buying or selling a home?',
    ],
    es: [
      '¿Buscas comprar o vender en {market}?',
      'Para orientarte bien, ¿estás pensando en comprar o vender una casa?',
    ],
  },
  leadTimeline: {
    en: [
      'No problem. When are you thinking about making a move?',
      'Roughly when would you like to make a move?',
    ],
    es: [
      'Sin problema. ¿Para cuándo piensas hacer un cambio?',
      '¿Más o menos para cuándo te gustaría mudarte?',
    ],
  },
  address: {
    en: ["What's the property address?", 'Could you share the street address of the home?'],
    es: ['¿Cuál es la dirección de la propiedad?', '¿Me compartes la dirección de la casa?'],
  },
  motivation: {
    en: [
      "What's making you think about selling, and where would you move to?",
      "Can I ask what's behind the move, and where you'd go next?",
    ],
    es: [
      '¿Qué te hace pensar en vender, y a dónde te mudarías?',
      '¿Me cuentas qué te motiva a vender y a dónde irías después?',
    ],
  },
  timelineAccepted: {
    en: [
      'If we sold your home within the next 30 to 45 days, would that work for you?',
      'Would a sale that closes in about 30 to 45 days fit your plans?',
    ],
    es: [
      'Si vendiéramos tu casa en los próximos 30 a 45 días, ¿te funcionaría?',
      '¿Una venta que cierre en unos 30 a 45 días encajaría con tus planes?',
    ],
  },
  condition: {
    en: [
      'How would you describe your home: move in ready, or would it need some work?',
      'Is the home in great shape, or are there repairs it could use?',
    ],
    es: [
      '¿Cómo describirías tu casa: lista para mudarse o necesitaría algo de trabajo?',
      '¿La casa está en buen estado o le hacen falta reparaciones?',
    ],
  },
  priceExpectation: {
    en: [
      'What price would make you feel good about selling?',
      'What number would you need to see to feel good about selling?',
    ],
    es: [
      '¿Qué precio te haría sentir bien al vender?',
      '¿Qué cifra necesitarías para sentirte bien con la venta?',
    ],
  },
  budget: {
    en: ["What's your price range?", 'Roughly what budget are you working with?'],
    es: ['¿Cuál es tu rango de precio?', '¿Con qué presupuesto aproximado estás trabajando?'],
  },
  financing: {
    en: [
      'Have you spoken with a lender yet?',
      'Are you pre-approved, paying cash, or still looking for a lender?',
    ],
    es: [
      '¿Ya hablaste con un prestamista?',
      '¿Ya tienes preaprobación, pagarías en efectivo, o aún buscas prestamista?',
    ],
  },
  size: {
    en: ['How many bedrooms are you looking for?', 'How many bedrooms would fit your needs?'],
    es: ['¿Cuántas recámaras buscas?', '¿Cuántas recámaras necesitarías?'],
  },
  urgency: {
    en: ['When are you hoping to be in your new home?', 'Is this for the next few months, or further out?'],
    es: ['¿Para cuándo esperas estar en tu nueva casa?', '¿Es algo para los próximos meses o más adelante?'],
  },
  areas: {
    en: [
      'Any specific neighborhoods you have in mind?',
      'Are there neighborhoods you would like me to focus on, like {areas}?',
    ],
    es: [
      '¿Tienes en mente alguna zona o vecindario en particular?',
      '¿Hay zonas en las que quieras que me enfoque, como {areas}?',
    ],
  },
};

export interface QuestionContext {
  lang: Lang;
  market: string;
  knownAreas: readonly string[];
  listingPrice?: number;
}

/** The listing's budget question once the price was just said (the answer to "how much is it?"). */
export function priceSaidBudgetQuestion(lang: Lang): string {
  return lang === 'es' ? '¿Está dentro de tu rango?' : 'Is that in your range?';
}

/** The question for a slot; `attempt` 0 is the first wording, anything later the rephrased one. */
export function questionText(slot: QuestionSlot, attempt: number, context: QuestionContext): string {
  const { lang } = context;
  if (slot === 'budget' && attempt === 0 && context.listingPrice) {
    const price = formatMoney(context.listingPrice);
    return lang === 'es'
      ? `Esta casa está en ${price}; ¿está dentro de tu rango?`
      : `This one is listed at ${price}; is that in your range?`;
  }
  const areas = context.knownAreas.slice(0, 2).join(lang === 'es' ? ' o ' : ' or ');
  const wording = WORDING[slot][lang][attempt === 0 ? 0 : 1];
  const text = slot === 'areas' && attempt > 0 && areas === '' ? WORDING[slot][lang][0] : wording;
  return text.replace('{market}', context.market).replace('{areas}', areas);
}
