import type { BotKind } from '../protocol/common.js';
import type { Lang } from './text.js';

/** Fixed lines (sent as written: `rephrase` false). */

export function nudgeLine(kind: BotKind, lang: Lang): string {
  if (lang === 'es') {
    if (kind === 'seller') return 'Me parece bien. ¿Qué haría falta para pasar de solo ver a vender?';
    if (kind === 'buyer') return 'Me parece bien. ¿Qué haría falta para pasar de solo ver a comprar?';
    return 'Me parece bien. ¿Qué te ayudaría a decidir si comprar o vender?';
  }
  if (kind === 'seller') return 'Fair enough. What would it take to move from looking to selling?';
  if (kind === 'buyer') return 'Fair enough. What would it take to move from looking to buying?';
  return 'Fair enough. What would help you decide between buying and selling?';
}

export function politeCloseLine(lang: Lang, agentName: string): string {
  return lang === 'es'
    ? `Gracias por tu tiempo. Alguien del equipo de ${agentName} te dará seguimiento cuando te venga bien.`
    : `Thanks for your time. Someone from ${agentName}'s team will follow up with you when it suits you.`;
}

export function warmCloseLine(lang: Lang): string {
  return lang === 'es'
    ? 'Gracias por la información. Nuestro equipo revisará tu situación y te contactará con los siguientes pasos.'
    : 'Thanks for the info. Let me have our team review your situation and get back to you with next steps.';
}

export function coldCloseLine(lang: Lang): string {
  return lang === 'es'
    ? 'Guardaré tu información. Escríbenos si cambian tus planes o tu situación.'
    : "I'll keep your info on file. Reach out if your timeline or situation changes.";
}

export function buyerWarmCloseLine(lang: Lang, agentName: string): string {
  return lang === 'es'
    ? `Gracias, eso me da una idea clara. El equipo de ${agentName} reunirá casas que te queden y te contactará con los siguientes pasos.`
    : `Thanks, that gives me a clear picture. ${agentName}'s team will pull together homes that fit and get back to you with next steps.`;
}

export function handoffLine(lang: Lang, agentName: string, legal: boolean): string {
  if (lang === 'es') {
    return legal
      ? `Eso lo debe ver un profesional, así que te conecto con el equipo de ${agentName}; alguien se unirá en breve.`
      : `Claro. Te conecto con el equipo de ${agentName}; alguien se unirá en breve.`;
  }
  return legal
    ? `That's best handled by a professional, so I'm connecting you with ${agentName}'s team; someone will join shortly.`
    : `Of course. I'm connecting you with ${agentName}'s team now; someone will join shortly.`;
}

export function welcomeBackLine(lang: Lang): string {
  return lang === 'es' ? '¡Qué gusto saber de ti de nuevo!' : 'Welcome back, glad to hear from you.';
}

export function reengageLine(lang: Lang): string {
  return lang === 'es' ? 'Gracias por escribir de nuevo.' : 'Thanks for getting back to me.';
}
