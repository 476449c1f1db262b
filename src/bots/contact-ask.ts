import { canReach, extractContact, type ContactDetails } from './extract/contact.js';
import type { BotEffect } from './port.js';
import type { JorgeState } from './state.js';
import type { Lang } from './text.js';
import type { Turn } from './turn.js';

/**
 * Who the lead is: the bot asks for a name and a phone number or email once, at a natural moment (when it hands
 * the lead to a person, which includes a confirmed call), never as a wall before chatting, and never after a
 * legal or distress hand-off or an opt-out. The ask carries the consent line texting requires (TCPA-style); it is
 * sent as written (never rephrased) and its exact text travels in the `contact_requested` effect so the hub can
 * record the consent when the lead answers with a number or an address.
 */

/** The consent line, exactly as shown to the lead (the hub records this text with the consent). */
export function consentLine(lang: Lang, agentName: string): string {
  return lang === 'es'
    ? `Al compartir tu número aceptas recibir mensajes de texto del equipo de ${agentName} sobre tu búsqueda; responde STOP para darte de baja.`
    : `By sharing your number you agree to receive texts from ${agentName}'s team about your search; reply STOP to opt out.`;
}

export function contactAskLine(lang: Lang, agentName: string): string {
  const ask =
    lang === 'es'
      ? `Para que el equipo de ${agentName} pueda contactarte, ¿cuál es tu nombre y tu mejor teléfono o correo?`
      : `So ${agentName}'s team can reach you, what's your name and the best phone number or email?`;
  return `${ask} ${consentLine(lang, agentName)}`;
}

/**
 * Reads a name, phone or email in the lead's message: the state keeps only what the bot knows (flags), the details
 * themselves are returned for the hub to store on the lead. A bare name counts only after the bot asked for one.
 */
export function readContact(state: JorgeState, text: string): ContactDetails | undefined {
  const contact = extractContact(text, { expectingName: state.contact?.asked === true });
  if (!contact.name && !contact.phone && !contact.email) return undefined;
  state.contact = {
    ...state.contact,
    ...(contact.name ? { name: true } : {}),
    ...(canReach(contact) ? { reach: true } : {}),
  };
  return contact;
}

/**
 * The ask, said after the hand-off line as its own fixed reply, when the turn hands off (not for a legal or
 * distress matter), the bot has no way to reach the lead yet and never asked.
 */
export function contactAskEffects(turn: Turn): BotEffect[] {
  const { state, tenant } = turn;
  if (!turn.handoff || turn.handoff.legal || state.optedOut) return [];
  if (state.contact?.reach || state.contact?.asked) return [];
  state.contact = { ...state.contact, asked: true };
  return [
    { type: 'reply', text: contactAskLine(state.lang, tenant.agentName), rephrase: false, lang: state.lang },
    { type: 'contact_requested', consentText: consentLine(state.lang, tenant.agentName), lang: state.lang },
  ];
}
