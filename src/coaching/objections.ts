import type { Lang } from '../bots/text.js';
import type { ObjectionResult, ObjectionType, Severity } from './types.js';

interface ObjectionPattern {
  type: ObjectionType;
  test: RegExp;
}

/** Checked in this order: the first match wins (zestimate before price, competition before trust). */
const objectionPatterns: ObjectionPattern[] = [
  {
    type: 'zestimate',
    test: /\bzestimate\b|\bzillow\b|\bredfin (estimate|says)\b|\bonline (estimate|value|valuation)\b|\bthe (website|internet) says\b/i,
  },
  {
    type: 'competition',
    test: /\b(another|other|different) (agent|realtor|broker)s?\b|\balready (have|got|working with) (an? )?(agent|realtor|someone)\b|\b(my|a) (cousin|friend|brother|sister|uncle|aunt|neighbou?r)\b.{0,25}\b(agent|realtor|in real estate)\b|\binterview(ing)? (agents|realtors)\b|\bdiscount broker\b|\b(redfin|opendoor|offerpad)\b/i,
  },
  {
    type: 'authority',
    test: /\b(my|the) (wife|husband|spouse|partner|parents|family|dad|mom|father|mother)\b|\b(talk|check|discuss|speak) (it )?(over )?with (my|the)\b|\bnot (just )?my decision\b|\bboth of us\b/i,
  },
  {
    type: 'trust',
    test: /\bscam\b|\b(don'?t|do not|can'?t) trust\b|\bhow do i know\b|\btoo good to be true\b|\bpushy\b|\bsales ?pitch\b|\blegit\b|\bbad experience\b|\bburned before\b/i,
  },
  {
    type: 'value',
    test: /\bwhy (do|would|should) i (need|use|pay|hire) (an? )?(agent|realtor|you)\b|\bsell(ing)? (it )?(myself|on my own|by owner)\b|\bfsbo\b|\bwhat do you (even )?do\b|\bworth (the|your) (fee|money|cost)\b|\bwhat'?s in it for me\b/i,
  },
  {
    type: 'price',
    test: /\b(too|so) (expensive|high|much|pricey)\b|\boverpriced\b|\bcan'?t afford\b|\bout of (my|our) (budget|price range|range)\b|\bprices? (are|is) (crazy|insane|too high|ridiculous)\b|\bcheaper\b|\blower (the )?price\b|\b(rates|interest rates?) (are )?(too )?high\b/i,
  },
  {
    type: 'timing',
    test: /\bnot ready\b|\bno rush\b|\bnot in a (rush|hurry)\b|\bnext year\b|\bin a (few|couple) (years|months)\b|\bwait(ing)? (for|until|till)\b|\bbad time\b|\bjust (looking|browsing)\b|\bmaybe later\b|\bnot (right )?now\b|\brates (to )?(come|go) down\b/i,
  },
];

const strong =
  /\b(never|no way|absolutely not|definitely not|way too|ridiculous|insane|crazy|scam|not interested|won'?t)\b|!{2,}/i;
const hedged = /\b(maybe|a (little|bit)|kind of|sort of|slightly|probably|might|not sure)\b/i;

function severityOf(text: string): Severity {
  if (strong.test(text)) return 'high';
  if (hedged.test(text)) return 'low';
  return 'medium';
}

/** The objection in one lead message, if any (keyword rules). */
export function detectObjection(text: string): ObjectionResult | null {
  const match = objectionPatterns.find((pattern) => pattern.test.test(text));
  return match ? { type: match.type, severity: severityOf(text) } : null;
}

/**
 * Canned responses the agent can use verbatim (consultative, no rates, no promises), in the lead's language (FOCUS
 * is for the agent, in English). `{market}` is replaced.
 */
export const objectionResponses: Record<ObjectionType, { focus: string; say: Record<Lang, string> }> = {
  price: {
    focus: 'Acknowledge the price concern, then anchor on recent sales rather than list prices',
    say: {
      en: 'I hear you, price matters. Let me pull the homes that actually sold nearby in the last few months so we can judge the value with real numbers, not list prices.',
      es: 'Te entiendo, el precio importa. Déjame buscar las casas que de verdad se vendieron cerca en los últimos meses para juzgar el valor con números reales, no con precios de lista.',
    },
  },
  timing: {
    focus: 'Respect their timeline and keep the relationship warm without pressure',
    say: {
      en: "That makes total sense, there's no rush. I can keep an eye on the market for you, so when the timing is right you already know what's out there.",
      es: 'Tiene todo el sentido, no hay prisa. Puedo estar pendiente del mercado por ti, para que cuando sea el momento ya sepas qué hay disponible.',
    },
  },
  competition: {
    focus: 'Position yourself as a helpful second opinion; respect any signed agreement',
    say: {
      en: "It's smart to compare. If you've already signed with someone I'll respect that; if not, I'm happy to show you exactly how I'd approach it and you can decide what fits best.",
      es: 'Es buena idea comparar. Si ya firmaste con alguien lo respeto; si no, con gusto te muestro cómo lo haría yo y tú decides qué te conviene.',
    },
  },
  trust: {
    focus: 'Lower the pressure and earn trust with proof, not promises',
    say: {
      en: "That's a fair question. I've been helping people in {market} for years, and I'm happy to share reviews and recent results, with no obligation at all.",
      es: 'Es una pregunta justa. Llevo años ayudando a familias en {market} y con gusto te comparto reseñas y resultados recientes, sin ningún compromiso.',
    },
  },
  authority: {
    focus: 'Bring the other decision maker in rather than pushing for a decision now',
    say: {
      en: "Of course, that's a decision to make together. Would it help to set up a quick call when you're both free, so I can answer everyone's questions at once?",
      es: 'Claro, es una decisión para tomar juntos. ¿Les ayudaría una llamada rápida cuando los dos puedan, para resolver las dudas de todos a la vez?',
    },
  },
  value: {
    focus: 'Show the concrete value you add: pricing, marketing, negotiation, paperwork',
    say: {
      en: 'Great question. Beyond getting it listed, I handle pricing strategy, marketing, negotiation and every step of the paperwork, and I can walk you through the numbers on a quick call.',
      es: 'Buena pregunta. Además de publicar la casa, me encargo de la estrategia de precio, la promoción, la negociación y todo el papeleo, y te puedo explicar los números en una llamada rápida.',
    },
  },
  zestimate: {
    focus: 'Reframe the online estimate with local comparable sales',
    say: {
      en: 'Online estimates are a good starting point, but they never see the inside of the home. Let me pull the closest recent sales so you can see what buyers actually paid.',
      es: 'Los estimados en línea son un buen punto de partida, pero nunca ven el interior de la casa. Déjame buscar las ventas recientes más parecidas para que veas lo que de verdad pagaron los compradores.',
    },
  },
};
