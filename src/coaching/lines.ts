import type { Lang } from '../bots/text.js';
import type { Channel } from '../protocol/common.js';
import type { ComplianceRule } from './types.js';

/**
 * The built-in lines of the rule coach's next actions, per language and channel (a call speaks of the call, a chat
 * of the chat). SAY and ASK are lines the agent may send or say as they are; nothing here claims anything about the
 * agent that the tenant did not write. `{when}` is the day or time the lead asked for.
 */
type ByLang = Record<Lang, string>;
type ByChannel = Record<'chat' | 'call', ByLang>;

export const channelKey = (channel: Channel): 'chat' | 'call' => (channel === 'call' ? 'call' : 'chat');

export const SHOWING: { withWhen: ByLang; without: ByLang; askWhen: ByLang; askNumber: ByLang } = {
  withWhen: {
    en: "Absolutely, {when} works on my end. I'll confirm the time with the listing agent and send you the details.",
    es: '¡Claro! {when} me queda bien. Confirmo la hora con el agente de la propiedad y te mando los detalles.',
  },
  without: {
    en: "I'd love to show it to you. I'll set up the showing with the listing agent.",
    es: 'Con gusto te la enseño. Coordino la visita con el agente de la propiedad.',
  },
  askWhen: { en: 'What day and time work best for you?', es: '¿Qué día y a qué hora te queda mejor?' },
  askNumber: {
    en: 'Is this the best number to send the confirmation to?',
    es: '¿A este número te mando la confirmación?',
  },
};

export const BOOK_CALL: { say: ByLang; ask: ByLang } = {
  say: { en: "Sure, I'll call you {when}.", es: 'Claro, te marco {when}.' },
  ask: { en: 'Is this the best number to reach you?', es: '¿Es este el mejor número para llamarte?' },
};

export const CALL_NOW: { asked: ByChannel; ready: ByChannel; ask: ByChannel } = {
  asked: {
    chat: { en: "Absolutely, I'll call you right now.", es: 'Claro, te llamo ahorita mismo.' },
    call: {
      en: "Let's take care of it right now, while we're on the phone.",
      es: 'Aprovechemos la llamada y lo resolvemos ahorita mismo.',
    },
  },
  ready: {
    chat: {
      en: "You're in a strong position, so let's not wait. I can call you right now and map out the next steps together.",
      es: 'Estás en muy buena posición, así que no esperemos. Te puedo llamar ahorita y armamos juntos los siguientes pasos.',
    },
    call: {
      en: "You're in a strong position, so let's map out the next steps right now, while we're on the phone.",
      es: 'Estás en muy buena posición; aprovechemos la llamada y armemos ahorita los siguientes pasos.',
    },
  },
  ask: {
    chat: { en: 'Is this the best number to call you right now?', es: '¿A este número te llamo ahorita?' },
    call: {
      en: 'Can we set a time today to go over it in detail?',
      es: '¿Podemos apartar un momento hoy para revisarlo con calma?',
    },
  },
};

export const ANSWER: { askTeam: ByLang; rest: ByLang; homeValue: ByLang } = {
  askTeam: {
    en: 'Good question. Let me confirm that with the listing agent and get right back to you.',
    es: 'Buena pregunta. Lo confirmo con el agente de la propiedad y te aviso enseguida.',
  },
  rest: {
    en: "I'll confirm the rest with the listing agent and get right back to you.",
    es: 'Lo demás lo confirmo con el agente de la propiedad y te aviso enseguida.',
  },
  homeValue: {
    en: "I'll put together real numbers on your home from the recent sales nearby, so you know what it could sell for.",
    es: 'Te preparo números reales de tu casa con las ventas recientes de la zona, para que sepas en cuánto se podría vender.',
  },
};

export const LENDER: ByLang = {
  en: 'Happy to help with that. I can introduce you to a trusted local lender who can get you pre-approved and show you real payment numbers.',
  es: 'Con gusto te ayudo. Te puedo presentar a un prestamista de confianza de la zona que te ayude a precalificar y te muestre pagos reales.',
};
export const LENDER_ASK: ByLang = {
  en: 'Would you like me to set up that introduction this week?',
  es: '¿Quieres que te ponga en contacto con él esta semana?',
};

export const COMMISSION_CALL: ByChannel = {
  chat: {
    en: "Fees depend on the services you need, so let's go over them on a quick call and you can compare apples to apples.",
    es: 'Los honorarios dependen de los servicios que necesites; revisémoslos en una llamada rápida para que compares parejo.',
  },
  call: {
    en: "Fees depend on the services you need; let me walk you through what's included so you can compare apples to apples.",
    es: 'Los honorarios dependen de los servicios que necesites; déjame explicarte qué incluye para que compares parejo.',
  },
};

export const REDIRECT: Record<Exclude<ComplianceRule, 'commission'>, ByLang> = {
  fair_housing: {
    en: "I can't speak to who lives in an area or how safe it is, but public sources like local police crime maps and school rating sites are the best place to look. Happy to send you those links.",
    es: 'No puedo opinar sobre quién vive en una zona ni qué tan segura es, pero fuentes públicas como los mapas de incidentes de la policía y los sitios de calificación de escuelas son lo mejor para revisarlo. Con gusto te mando los enlaces.',
  },
  respa: {
    en: "Thank you, I really appreciate that. I can't offer gifts or payments for referrals, but I'd be glad to take great care of anyone you send my way.",
    es: 'Gracias, de verdad lo aprecio. No puedo ofrecer regalos ni pagos por referidos, pero con gusto atiendo muy bien a quien me recomiendes.',
  },
  tcpa: {
    en: "I'm sorry about that. I've noted your preference, and we'll only reach you the way you choose.",
    es: 'Disculpa la molestia. Ya anoté tu preferencia y solo te contactaremos como tú prefieras.',
  },
};

export const REENGAGE: { say: ByChannel; ask: ByChannel } = {
  say: {
    chat: {
      en: "Just checking in on my last message. I'm here whenever you're ready, even if it's just a quick question.",
      es: 'Solo quería saber cómo vas con mi último mensaje. Aquí estoy cuando quieras, aunque sea para una pregunta rápida.',
    },
    call: {
      en: 'Take your time. What questions are on your mind so far?',
      es: 'Con calma. ¿Qué dudas tienes hasta ahora?',
    },
  },
  ask: {
    chat: {
      en: 'Would it be easier to talk for five minutes on the phone?',
      es: '¿Te sería más fácil platicarlo cinco minutos por teléfono?',
    },
    call: {
      en: 'What would be most helpful to go over next?',
      es: '¿Qué te ayudaría más revisar ahora?',
    },
  },
};

/** The question when nothing is missing: a call today on a chat, a meeting on a call. */
export const CLOSING: ByChannel = {
  chat: {
    en: 'Could we set up a quick call today, this afternoon or this evening?',
    es: '¿Podemos hablar hoy por teléfono, en la tarde o en la noche?',
  },
  call: {
    en: 'When would be a good time to meet and go over your options in person?',
    es: '¿Cuándo te queda bien que nos veamos para revisar tus opciones en persona?',
  },
};

/** The agent's first line in a chat the bot handed over: they are here before anything else. */
export const INTRODUCTION: ByLang = {
  en: "Hi, thanks for waiting! I'm here now and happy to help.",
  es: '¡Hola, gracias por esperar! Ya estoy aquí para ayudarte.',
};

/** The lead took a time the agent offered ("saturday at 10 works"): confirm it, do not ask again. */
export const CONFIRM: { say: ByLang; ask: ByLang } = {
  say: {
    en: "Perfect, you're all set. I'll send a confirmation with the details, and you can reach me here before then.",
    es: 'Perfecto, quedamos así. Te mando una confirmación con los detalles y aquí me puedes escribir antes de la cita.',
  },
  ask: BOOK_CALL.ask,
};

/** Two lines per stage, channel and language: the second when the agent has just sent the first. */
export type PlainStage = 'discovery' | 'qualification' | 'closing';
export const STAGE_SAY: Record<
  'chat' | 'call',
  Record<Lang, Record<PlainStage, readonly [string, string]>>
> = {
  chat: {
    en: {
      discovery: [
        "Thanks for reaching out, I'm glad to help with whatever you have in mind in {market}.",
        'Happy to help, whether it is buying, selling or just getting a feel for {market}.',
      ],
      qualification: [
        "That's really helpful, thank you. A couple more details and I can find options that actually fit.",
        'Great, that narrows it down. One more detail and I can start pulling homes that fit.',
      ],
      closing: [
        "You're in a great position to move forward. The best next step is a quick call so I can walk you through it.",
        'Let me put a time on the calendar so we can go over your options together.',
      ],
    },
    es: {
      discovery: [
        'Gracias por escribirnos, con gusto te ayudo con lo que tengas en mente en {market}.',
        'Con gusto te ayudo, ya sea comprar, vender o conocer mejor {market}.',
      ],
      qualification: [
        'Muy útil, gracias. Con un par de detalles más te encuentro opciones que de verdad te queden.',
        'Perfecto, eso ya lo acota. Con un detalle más empiezo a buscarte casas que te queden.',
      ],
      closing: [
        'Estás en muy buena posición para avanzar. Lo mejor ahora es una llamada rápida para explicarte los pasos.',
        'Déjame apartar un horario para que revisemos tus opciones juntos.',
      ],
    },
  },
  call: {
    en: {
      discovery: [
        "Thanks for taking the time to talk today. I'd love to hear what you have in mind in {market}.",
        'Tell me a bit about what got you looking, buying, selling or just getting a feel for {market}.',
      ],
      qualification: [
        "That's really helpful. A couple more details and I'll know exactly which homes fit.",
        'Great, that narrows it down a lot.',
      ],
      closing: [
        "You're in a great position to move forward. Let's agree on the next step before we hang up.",
        "Let's put the next step on the calendar while we're on the phone.",
      ],
    },
    es: {
      discovery: [
        'Gracias por tomarte el tiempo de platicar hoy. Cuéntame qué tienes en mente en {market}.',
        'Cuéntame un poco qué te hizo empezar a buscar, ya sea comprar, vender o conocer mejor {market}.',
      ],
      qualification: [
        'Muy útil. Con un par de detalles más sé exactamente qué casas te quedan.',
        'Perfecto, eso ya lo acota mucho.',
      ],
      closing: [
        'Estás en muy buena posición para avanzar. Acordemos el siguiente paso antes de colgar.',
        'Apartemos el siguiente paso en el calendario ahora que estamos en la llamada.',
      ],
    },
  },
};
