import { checkOutbound, type GuardRule } from '../bots/guard.js';
import type { ComplianceCue } from '../bots/intents.js';
import type { Lang } from '../bots/text.js';
import { COMMISSION_CALL, REDIRECT } from './lines.js';
import { readLeadOnce } from './reading.js';
import type { CoachingContext, ComplianceFlag, ComplianceRule } from './types.js';

/**
 * What the agent is told when the lead's or the agent's words touch Fair Housing (steering by a protected class or
 * a proxy, source of income / Section 8), RESPA (referral fees, gifts, kickbacks), commission promises, or TCPA
 * (contact without consent) (DOMAIN.md section 7). A flag is advice to the agent, not a block; the cues are heard
 * by the bots' reader in English and Spanish.
 */
const DETAILS: Record<ComplianceRule, { lead: string; agent: string }> = {
  fair_housing: {
    lead: 'Fair Housing: the lead asked about who lives in an area, its safety or a source of income (Section 8), give no opinion, describe the property and point to public crime maps and school ratings',
    agent:
      'Fair Housing: never describe or steer by race, religion, national origin, sex, familial status, disability or source of income, describe the property and point to public data',
  },
  respa: {
    lead: 'RESPA: no fees, gifts or cash for referrals, thank them without compensation',
    agent: 'RESPA: never offer referral fees, gifts, cash or kickbacks for referrals',
  },
  commission: {
    lead: 'Commission: do not quote or cut a rate in writing, offer a call to walk through services and fees',
    agent: 'Commission: do not quote or promise a commission rate in writing, discuss fees on a call',
  },
  tcpa: {
    lead: 'TCPA: the lead questions consent to calls or texts, honour their contact preference and do not call or text without consent',
    agent: 'TCPA: contact the lead only the way they consented to',
  },
};

/** The team's own compliant lines (the redirects, the fee line): an agent who sends one is never flagged for it. */
const SAFE_LINES: readonly string[] = [
  ...Object.values(REDIRECT).flatMap((byLang) => Object.values(byLang)),
  ...Object.values(COMMISSION_CALL).flatMap((byLang) => Object.values(byLang)),
];

const withoutSafeLines = (text: string) =>
  SAFE_LINES.reduce((rest, line) => rest.split(line).join(' '), text);

const GUARD_CUES: Partial<Record<GuardRule, ComplianceCue>> = {
  fair_housing: 'fair_housing',
  commission: 'commission',
  referral_kickback: 'respa',
};

/** What a lead's words touch: the bots' reading of a lead message (read once per run, reading.ts). */
const leadCues = (context: Pick<CoachingContext, 'recent' | 'lang'>, text: string): ComplianceCue[] =>
  readLeadOnce(context, text).compliance.map((heard) => heard.cue);

/**
 * What an agent's words touch: the outbound guard's rules, the ones every agent message is checked by before it is
 * sent (DOMAIN.md section 7), not the lead reader (an agent pointing to "crime maps" is not asking about safety).
 */
function agentCues(text: string, lang: Lang | undefined): ComplianceCue[] {
  const { violations } = checkOutbound(withoutSafeLines(text), { lang: lang ?? 'en', style: false });
  return [...new Set(violations.flatMap((violation) => GUARD_CUES[violation.rule] ?? []))];
}

/** How far back the coach looks for compliance-relevant words (messages). */
const COMPLIANCE_WINDOW = 4;

export function complianceDetail(rule: ComplianceCue, who: 'lead' | 'agent' = 'lead'): string {
  return DETAILS[rule][who];
}

export function detectCompliance(context: Pick<CoachingContext, 'recent' | 'lang'>): ComplianceFlag[] {
  const flags: ComplianceFlag[] = [];
  for (const message of context.recent.slice(-COMPLIANCE_WINDOW)) {
    const who =
      message.author === 'lead'
        ? 'lead'
        : message.author === 'agent' || message.author === 'supervisor'
          ? 'agent'
          : undefined;
    if (!who) continue;
    for (const cue of who === 'lead'
      ? leadCues(context, message.text)
      : agentCues(message.text, context.lang)) {
      const detail = DETAILS[cue][who];
      if (!flags.some((flag) => flag.detail === detail)) flags.push({ rule: cue, who, detail });
    }
  }
  return flags;
}

/** The label a compliance line starts with, for merging model and rule flags. */
export const complianceLabel: Record<ComplianceRule, RegExp> = {
  fair_housing: /fair housing|steer|section 8|source of income/i,
  commission: /commission/i,
  respa: /respa|referral|kickback/i,
  tcpa: /tcpa|consent/i,
};
