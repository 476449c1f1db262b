import { checkOutbound, type Violation } from '../bots/guard.js';
import { detectLanguage } from '../bots/lang.js';
import { sentences } from '../bots/text.js';
import type { AgentWarning, AgentWarningViolation } from '../protocol/events.js';

type Lang = 'en' | 'es';
type AgentRule = AgentWarningViolation['rule'];

/** The rules an agent's message is held to (the bots' content rules; style rules are for bot replies only). */
const RULES: Record<AgentRule, { label: Record<Lang, string>; explanation: Record<Lang, string> }> = {
  fair_housing: {
    label: { en: 'Fair Housing', es: 'Vivienda Justa (Fair Housing)' },
    explanation: {
      en: 'Do not describe or steer by who lives in an area, safety, families or other protected classes; point to public sources instead.',
      es: 'No describas ni orientes por quién vive en una zona, su seguridad, las familias u otras clases protegidas; remite a fuentes públicas.',
    },
  },
  commission: {
    label: { en: 'Commission', es: 'Comisión' },
    explanation: {
      en: 'Never quote, cut or promise a commission rate in writing; talk about the value and go over fees on a call.',
      es: 'Nunca cites, rebajes ni prometas una comisión por escrito; habla del valor y revisa los honorarios en una llamada.',
    },
  },
  referral_kickback: {
    label: { en: 'RESPA (referral kickbacks)', es: 'RESPA (pagos por referidos)' },
    explanation: {
      en: 'No gifts, cash or fees for referrals.',
      es: 'Nada de regalos, dinero ni pagos por referidos.',
    },
  },
};

/** The compliant line that replaces what broke each rule in the suggested rewrite. */
const REWRITE: Record<AgentRule, Record<Lang, string>> = {
  fair_housing: {
    en: "I can't speak to who lives in an area or how safe it is, but public sources like local police crime maps and school rating sites are the best place to look. Happy to send you those links.",
    es: 'No puedo opinar sobre quién vive en una zona ni qué tan segura es, pero fuentes públicas como los mapas de incidentes de la policía y los sitios de calificación de escuelas son lo mejor para revisarlo. Con gusto te mando los enlaces.',
  },
  commission: {
    en: "Fees depend on the services you need; let's go over them on a quick call so you can compare what's included.",
    es: 'Los honorarios dependen de los servicios que necesites; revisémoslos en una llamada rápida para que compares lo que incluye.',
  },
  referral_kickback: {
    en: "Thank you, I really appreciate that. I can't offer gifts or payments for referrals, but I'd be glad to take great care of anyone you send my way.",
    es: 'Gracias, de verdad lo aprecio. No puedo ofrecer regalos ni pagos por referidos, pero con gusto atiendo muy bien a quien me recomiendes.',
  },
};

const isAgentRule = (rule: string): rule is AgentRule => rule in RULES;

function contentOf(text: string): Violation[] {
  return checkOutbound(text, { lang: 'en', style: false }).violations.filter((v) => isAgentRule(v.rule));
}

/**
 * The suggested rewrite: every sentence that breaks a rule is dropped, and the first one of each rule is replaced
 * by that rule's compliant line; the rest of the message stays as written.
 */
function rewrite(text: string, lang: Lang): string {
  const kept: string[] = [];
  const used = new Set<AgentRule>();
  for (const sentence of sentences(text)) {
    const broken = contentOf(sentence).map((violation) => violation.rule as AgentRule);
    if (broken.length === 0) {
      kept.push(sentence);
      continue;
    }
    for (const rule of broken) {
      if (used.has(rule)) continue;
      used.add(rule);
      kept.push(REWRITE[rule][lang]);
    }
  }
  const suggestion = kept.join(' ');
  // A rule seen only across sentences: the compliant lines alone.
  if (contentOf(suggestion).length > 0 || used.size === 0) {
    const rules = [...new Set(contentOf(text).map((violation) => violation.rule as AgentRule))];
    return rules.map((rule) => REWRITE[rule][lang]).join(' ');
  }
  return suggestion;
}

/**
 * Checks an agent's message with the bots' outbound guard before it is sent (DOMAIN.md section 7): null when it
 * is clean, else the warning (rules broken, explanation, suggested rewrite) in the message's language (else the
 * lead's).
 */
export function checkAgentMessage(
  text: string,
  context: { conversationId: string; leadLang?: Lang; mode: 'confirm' | 'block' },
): AgentWarning | null {
  const violations = contentOf(text);
  if (violations.length === 0) return null;
  const lang = detectLanguage(text) ?? context.leadLang ?? 'en';
  const seen = new Map<AgentRule, AgentWarningViolation>();
  for (const violation of violations) {
    const rule = violation.rule as AgentRule;
    if (seen.has(rule)) continue;
    seen.set(rule, {
      rule,
      label: RULES[rule].label[lang],
      explanation: RULES[rule].explanation[lang],
      detail: violation.detail,
    });
  }
  return {
    conversationId: context.conversationId,
    mode: context.mode,
    lang,
    violations: [...seen.values()],
    suggestion: rewrite(text, lang),
  };
}
