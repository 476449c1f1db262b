import type { Lang } from '../bots/text.js';
import type { ObjectionType } from './types.js';

/**
 * The built-in talk tracks for objections, in the lead's language (FOCUS is for the agent, in English): lines the
 * agent can use verbatim, consultative, with no rates, no promises and no claim about the agent that the tenant did
 * not write. `{market}` is replaced. The objection itself is heard by the bots' reader (src/bots/intents.ts).
 */
export const objectionResponses: Record<ObjectionType, { focus: string; say: Record<Lang, string> }> = {
  price: {
    focus: 'Acknowledge the price concern, then anchor on recent sales rather than list prices',
    say: {
      en: 'I hear you, price matters. Let me pull the homes that actually sold nearby in the last few months so we can judge the value with real numbers, not list prices.',
      es: 'Te entiendo, el precio importa. Déjame buscar las casas que de verdad se vendieron cerca en los últimos meses para juzgar el valor con números reales, no con precios de lista.',
    },
  },
  rates: {
    focus: 'Rates worry them: offer a lender introduction for real payment numbers',
    say: {
      en: 'Rates are a real concern, and the monthly payment is what matters. I can introduce you to a lender who can run exact numbers and options with you, no commitment.',
      es: 'Las tasas sí preocupan, y lo que importa es el pago mensual. Te puedo presentar a un prestamista que te saque números exactos y opciones, sin ningún compromiso.',
    },
  },
  timing: {
    focus: 'Respect their timeline and keep the relationship warm without pressure',
    say: {
      en: "That makes total sense, there's no rush. I can keep an eye on the market for you, so when the timing is right you already know what's out there.",
      es: 'Tiene todo el sentido, no hay prisa. Puedo estar pendiente del mercado por ti, para que cuando sea el momento ya sepas qué hay disponible.',
    },
  },
  sell_first: {
    focus: 'They must sell first: lay out a sell-first plan so both sides line up',
    say: {
      en: "That's very common. We can plan the sale of your current home and the purchase together, so the timing lines up and you're never stuck paying for two homes.",
      es: 'Es muy común. Podemos planear juntos la venta de tu casa actual y la compra, para que los tiempos cuadren y no termines pagando dos casas.',
    },
  },
  competition: {
    focus: 'Make a value statement against the other agent; never promise a commission',
    say: {
      en: "It's smart to compare. If you've already signed with someone I'll respect that; if not, I'm happy to show you exactly how I'd market and negotiate for you, so you can compare on results.",
      es: 'Es buena idea comparar. Si ya firmaste con alguien lo respeto; si no, con gusto te muestro cómo promovería y negociaría tu casa, para que compares por resultados.',
    },
  },
  think: {
    focus: 'Give them room, then find out what they still need to decide',
    say: {
      en: 'Of course, take the time you need. So you have everything to think it over, is there anything I can clear up or send you?',
      es: 'Claro, tómate el tiempo que necesites. Para que lo pienses con todo a la mano, ¿hay algo que te pueda aclarar o enviar?',
    },
  },
  trust: {
    focus: 'Lower the pressure and earn trust with proof, not promises',
    say: {
      en: "That's a fair question. I'm happy to share reviews and recent results, and there's no obligation at all.",
      es: 'Es una pregunta justa. Con gusto te comparto reseñas y resultados recientes, sin ningún compromiso.',
    },
  },
  authority: {
    focus: 'Bring the other decision maker in rather than pushing for a decision now',
    say: {
      en: "Of course, that's a decision to make together. I'm happy to go over it with both of you, so I can answer everyone's questions at once.",
      es: 'Claro, es una decisión para tomar juntos. Con gusto lo platicamos los dos, para resolver las dudas de todos a la vez.',
    },
  },
  value: {
    focus: 'Show the concrete value you add; never promise a commission rate',
    say: {
      en: 'Great question. Beyond getting it listed, I handle pricing strategy, marketing, negotiation and every step of the paperwork, and fees depend on the services you want, so we can go through them together.',
      es: 'Buena pregunta. Además de publicar la casa, me encargo de la estrategia de precio, la promoción, la negociación y todo el papeleo; los honorarios dependen de los servicios que quieras, y los revisamos juntos.',
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
