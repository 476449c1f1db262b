import type { CoachingContext, ComplianceFlag, ComplianceRule } from './types.js';

interface Pattern {
  rule: ComplianceRule;
  test: RegExp;
  lead: string;
  agent: string;
}

/**
 * Words that touch Fair Housing (steering by a protected class or a proxy), commission promises and RESPA
 * referral kickbacks (DOMAIN.md section 7). Matching is deliberately broad: a flag is advice to the agent, not a
 * block.
 */
const patterns: Pattern[] = [
  {
    rule: 'fair_housing',
    test: /\b(safe|unsafe|dangerous|sketchy|bad|rough|good|nice|quiet)\s+(area|neighbou?rhood|part of town|side of town|community|street)s?\b|\b(crime|criminals?)\b.{0,30}\b(area|neighbou?rhood)\b/i,
    lead: 'Fair Housing: the lead asked about safety or character of an area, give no opinion, point to public crime maps and school ratings',
    agent:
      'Fair Housing: describing an area as safe, bad or good can be steering, describe the property and point to public data',
  },
  {
    rule: 'fair_housing',
    test: /\b(families like|people like (us|them|me|you)|those people|kind of people|type of people|demographics?|ethnic|racial|race\b|religio|christian|muslim|jewish|catholic|hispanic|latino|asian|black (area|neighbou?rhood|families)|white (area|neighbou?rhood|families)|(no|lots of|many|few) (kids|children|families)|adults only|handicapped|disabled people)/i,
    lead: 'Fair Housing: the lead raised a protected class or a proxy, answer about the property only, never about who lives there',
    agent:
      'Fair Housing: never describe or steer by race, religion, national origin, sex, familial status or disability',
  },
  {
    rule: 'commission',
    test: /\bcommissions?\b|\b\d+(\.\d+)?\s?(%|percent)\s+(commission|fee|listing)|\b(your|the agent'?s?|listing|realtor) fees?\b|\bcut (my|your) (fee|rate)\b|\brebate\b/i,
    lead: 'Commission: do not quote a rate in writing, offer a call to walk through services and fees',
    agent: 'Commission: do not quote or promise a commission rate in writing, discuss fees on a call',
  },
  {
    rule: 'referral_kickback',
    test: /\breferral (fee|bonus|reward|gift|payment)s?\b|\bkick ?backs?\b|\bfinder'?s fee\b|\b(pay|give|send) you\b.{0,30}\b(refer|referr)|\bgift cards?\b.{0,40}\brefer|\brefer\w*\b.{0,40}\b(gift card|cash|\$\d+)/i,
    lead: 'RESPA: no fees, gifts or cash for referrals, thank them without compensation',
    agent: 'RESPA: never offer referral fees, gifts or cash for referrals',
  },
];

/** How far back the coach looks for compliance-relevant words (messages). */
const COMPLIANCE_WINDOW = 4;

export function detectCompliance(context: Pick<CoachingContext, 'recent'>): ComplianceFlag[] {
  const flags: ComplianceFlag[] = [];
  for (const message of context.recent.slice(-COMPLIANCE_WINDOW)) {
    const who =
      message.author === 'lead'
        ? 'lead'
        : message.author === 'agent' || message.author === 'supervisor'
          ? 'agent'
          : undefined;
    if (!who) continue;
    for (const pattern of patterns) {
      if (!pattern.test.test(message.text)) continue;
      const detail = pattern[who];
      if (!flags.some((flag) => flag.detail === detail)) flags.push({ rule: pattern.rule, who, detail });
    }
  }
  return flags;
}

/** The label a compliance line starts with, for merging model and rule flags. */
export const complianceLabel: Record<ComplianceRule, RegExp> = {
  fair_housing: /fair housing|steer/i,
  commission: /commission/i,
  referral_kickback: /respa|referral|kickback/i,
};
