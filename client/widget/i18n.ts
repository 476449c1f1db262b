/** The widget's own text, in English and Spanish (it follows the language the lead writes in). */
export type WidgetLang = 'en' | 'es';

const TEXT = {
  en: {
    placeholder: 'Type your message…',
    send: 'Send',
    sendLabel: 'Send message',
    yourMessage: 'Your message',
    close: 'Close chat',
    you: 'You',
    assistant: 'Assistant',
    typing: 'Typing…',
    agentTyping: (name: string) => `${name} is typing…`,
    connecting: 'Connecting…',
    reconnecting: 'Reconnecting… Messages you send now are delivered as soon as the connection is back.',
    failed: 'Chat is unavailable right now. Please try again later.',
    waiting: 'Waiting for connection…',
    sending: 'Sending…',
    handoff: 'Connecting you with a team member…',
    chattingWith: (name: string) => `You're chatting with ${name}`,
    joined: (name: string) => `${name} joined the conversation`,
    personReplying: 'A team member will reply to you here. You can keep this page open or come back later.',
    greeting: (team: string) =>
      `Hi! I'm the assistant for ${team}. Ask me anything about this home, or tell me what you're looking for.`,
    greetingSell: (team: string) =>
      `Hi! I'm the assistant for ${team}. Thinking of selling? Tell me about your home and I'll help you find out what it's worth.`,
    newMessages: (n: number) => `, ${n} new message${n === 1 ? '' : 's'}`,
    subtitle: 'We usually reply right away',
    launcherListing: 'Ask about this home',
    tellMeMore: 'Tell me more about this home',
    launcherSell: "What's my home worth?",
    launcherChat: 'Chat with us',
    ratingQuestion: 'How was your conversation with us?',
    ratingScale: '1 = poor, 5 = excellent',
    ratingStars: (n: number) => `${n} star${n === 1 ? '' : 's'}`,
    ratingComment: 'Anything you would like to add? (optional)',
    ratingSend: 'Send rating',
    ratingSkip: 'No thanks',
    ratingThanks: 'Thank you for your feedback!',
    ratingFailed: "We couldn't save your rating. Please try again.",
    homesLabel: 'Homes that match',
    homeBeds: (n: number) => `${n} bed${n === 1 ? '' : 's'}`,
    homeBaths: (n: number) => `${n} bath${n === 1 ? '' : 's'}`,
    homePhoto: (where: string) => `Photo of ${where}`,
    homeWhy: 'Why it fits:',
    homeFallback: 'A home that matches',
  },
  es: {
    placeholder: 'Escribe tu mensaje…',
    send: 'Enviar',
    sendLabel: 'Enviar mensaje',
    yourMessage: 'Tu mensaje',
    close: 'Cerrar chat',
    you: 'Tú',
    assistant: 'Asistente',
    typing: 'Escribiendo…',
    agentTyping: (name: string) => `${name} está escribiendo…`,
    connecting: 'Conectando…',
    reconnecting: 'Reconectando… Lo que escribas ahora se enviará en cuanto vuelva la conexión.',
    failed: 'El chat no está disponible ahora. Inténtalo más tarde.',
    waiting: 'Esperando conexión…',
    sending: 'Enviando…',
    handoff: 'Te estamos conectando con alguien del equipo…',
    chattingWith: (name: string) => `Estás hablando con ${name}`,
    joined: (name: string) => `${name} se unió a la conversación`,
    personReplying:
      'Una persona del equipo te responderá aquí. Puedes dejar esta página abierta o volver más tarde.',
    greeting: (team: string) =>
      `¡Hola! Soy el asistente de ${team}. Pregúntame lo que quieras sobre esta casa o cuéntame qué buscas.`,
    greetingSell: (team: string) =>
      `¡Hola! Soy el asistente de ${team}. ¿Piensas vender? Cuéntame de tu casa y te ayudo a saber cuánto vale.`,
    newMessages: (n: number) => `, ${n} mensaje${n === 1 ? '' : 's'} nuevo${n === 1 ? '' : 's'}`,
    subtitle: 'Solemos responder enseguida',
    launcherListing: 'Pregunta por esta casa',
    tellMeMore: 'Cuéntame más de esta casa',
    launcherSell: '¿Cuánto vale mi casa?',
    launcherChat: 'Escríbenos',
    ratingQuestion: '¿Qué tal fue tu conversación con nosotros?',
    ratingScale: '1 = mala, 5 = excelente',
    ratingStars: (n: number) => `${n} estrella${n === 1 ? '' : 's'}`,
    ratingComment: '¿Quieres añadir algo? (opcional)',
    ratingSend: 'Enviar valoración',
    ratingSkip: 'No, gracias',
    ratingThanks: '¡Gracias por tu opinión!',
    ratingFailed: 'No pudimos guardar tu valoración. Inténtalo de nuevo.',
    homesLabel: 'Casas que encajan',
    homeBeds: (n: number) => `${n} recámara${n === 1 ? '' : 's'}`,
    homeBaths: (n: number) => `${n} baño${n === 1 ? '' : 's'}`,
    homePhoto: (where: string) => `Foto de ${where}`,
    homeWhy: 'Por qué encaja:',
    homeFallback: 'Una casa que encaja',
  },
} as const;

export type WidgetText = (typeof TEXT)['en'];
export const widgetText = (lang: WidgetLang): WidgetText => TEXT[lang] as WidgetText;

const SPANISH_CHARS = /[¿¡ñáéíóú]/i;
const SPANISH_WORDS =
  /\b(hola|buenos|buenas|quiero|queremos|busco|buscamos|casa|gracias|cuánto|cuanto|cuándo|cuando|dónde|donde|está|esta|tiene|tienen|comprar|vender|precio|recámaras|recamaras|habitaciones|mi|mis|nosotros|por favor|sí|puedo|necesito|hablar|persona|también|pero|muy|para|con|que|el|la|los|las|una|un|es|de)\b/gi;
const ENGLISH_WORDS =
  /\b(the|is|are|we|i|you|my|hi|hello|want|looking|home|house|price|buy|sell|can|how|what|when|where|please|thanks|yes|no|do|does|have|this|that|and|for|with)\b/gi;

/** The language of one message, when it is clear enough to switch the widget's own text. */
export function detectLang(text: string): WidgetLang | undefined {
  const spanish = (text.match(SPANISH_WORDS)?.length ?? 0) + (SPANISH_CHARS.test(text) ? 2 : 0);
  const english = text.match(ENGLISH_WORDS)?.length ?? 0;
  if (spanish >= 2 && spanish > english) return 'es';
  if (english >= 2 && english > spanish) return 'en';
  return undefined;
}
