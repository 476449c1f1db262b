/**
 * Reply text for the fake Anthropic server: tokenisation like the real API (a few characters per delta) and the
 * canned answers of the standalone demo mode (coaching, qualification and phrasing prompts).
 */

/** Splits text into deltas the way the API streams them: words with their trailing space, long words cut. */
export function tokenize(text: string, maxChars = 6): string[] {
  const tokens: string[] = [];
  for (const word of text.match(/\s*\S+\s*|\s+/g) ?? []) {
    for (let start = 0; start < word.length; start += maxChars)
      tokens.push(word.slice(start, start + maxChars));
  }
  return tokens;
}

/** The API's rough token count: about four characters a token. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

interface KeywordRule {
  test: RegExp;
  type: string;
  say: string;
}

const objectionRules: KeywordRule[] = [
  {
    test: /zestimate|zillow|online estimate/i,
    type: 'zestimate',
    say: 'Online estimates never walk through the house. Let me pull the three closest recent sales so you can see what buyers actually paid.',
  },
  {
    test: /expensive|overpriced|too (high|much)|afford|cheaper/i,
    type: 'price',
    say: 'That makes sense. Let me show you what similar homes closed for this month so we can see where the value really is.',
  },
  {
    test: /not ready|next year|no rush|wait|rates/i,
    type: 'timing',
    say: 'No pressure at all. Knowing your ideal timing helps me watch the market for you, so you can move when it is right.',
  },
  {
    test: /another agent|other agent|already have|realtor friend|cousin/i,
    type: 'competition',
    say: 'Happy to be a second opinion. Many clients compare notes; I will share the data and you decide what fits.',
  },
  {
    test: /wife|husband|spouse|partner/i,
    type: 'authority',
    say: 'Of course, this is a decision to make together. Would a quick call with both of you this week be easier?',
  },
];

function lastQuoted(prompt: string): string {
  const quoted = [...prompt.matchAll(/\[(?:lead|prospect)\][^"]*"((?:[^"\\]|\\.)*)"/g)];
  return quoted.at(-1)?.[1] ?? '';
}

/** Missing slots as listed by the hub's prompt: "size (bedrooms), timeline (move-in timeline)". */
function missingSlots(prompt: string): { slot: string; label: string }[] {
  const list = /Missing slots[^:]*:\s*([^\n]*)/i.exec(prompt)?.[1]?.trim() ?? 'none';
  if (list === 'none') return [];
  return list.split(/,\s*(?![^(]*\))/).map((item) => {
    const match = /^(\S+)(?:\s*\(([^)]*)\))?/.exec(item.trim());
    return { slot: match?.[1] ?? item, label: match?.[2] ?? match?.[1] ?? item };
  });
}

function coachingReply(prompt: string): string {
  const lead = lastQuoted(prompt);
  const missing = missingSlots(prompt)[0]?.label ?? '';
  const temperature = /Temperature:\s*(hot|warm|cold)/i.exec(prompt)?.[1] ?? 'cold';
  const objection = objectionRules.find((rule) => rule.test.test(lead));
  const urgency = temperature === 'hot' ? 'high' : temperature === 'warm' ? 'medium' : 'low';
  const ask = missing
    ? `Could you tell me more about the ${missing} you have in mind?`
    : 'Could we set up a quick call later today?';
  const compliance = /safe area|good neighborhood|commission|referral fee/i.test(lead)
    ? 'Fair Housing: point to public crime maps and school ratings, no opinion on neighborhoods'
    : 'none';
  // The demo model takes the hub's suggested next action (a hint in the prompt).
  const next = /Rule coach's next action:\s*(\w+)/.exec(prompt)?.[1] ?? 'qualify';
  return [
    `NEXT: ${next} | ${objection ? `Handle the ${objection.type} concern first` : 'Do what the lead asked for, then qualify'}`,
    `FOCUS: ${objection ? `Acknowledge the ${objection.type} concern, then keep qualifying` : 'Build rapport and fill the next missing detail'}`,
    `OBJECTION: ${objection ? `${objection.type} (medium)` : 'none'}`,
    `SAY: ${objection?.say ?? 'Thanks for sharing that, it really helps me understand what you are looking for.'}`,
    `ASK: ${ask}`,
    `URGENCY: ${urgency}`,
    `COMPLIANCE: ${compliance}`,
  ].join('\n');
}

function qualificationReply(prompt: string): string {
  const completeness = /Completeness:\s*(\d+)%/i.exec(prompt)?.[1] ?? '0';
  const slots = missingSlots(prompt);
  const missing = slots.length ? slots.map((item) => item.slot).join(', ') : 'none';
  const temperature = /Temperature:\s*(hot|warm|cold)/i.exec(prompt)?.[1] ?? 'cold';
  const readiness = temperature === 'hot' ? 'ready' : temperature === 'warm' ? 'warming' : 'not_ready';
  return [
    `COMPLETENESS: ${completeness}%`,
    `MISSING: ${missing}`,
    `NEXT: ${slots.length ? slots.map((item) => `What ${item.label} do you have in mind?`).join(' | ') : 'Would a quick call this week work for you?'}`,
    `READINESS: ${readiness}`,
    `URGENCY: ${temperature === 'hot' ? 'high' : temperature === 'warm' ? 'medium' : 'low'}`,
    `SUMMARY: The lead is ${temperature}, ${slots.length ? `still missing ${slots.map((item) => item.label).join(', ')}` : 'every detail is known'}.`,
  ].join('\n');
}

function phrasingReply(prompt: string): string {
  const template = /<template>\s*([\s\S]*?)\s*<\/template>/.exec(prompt)?.[1] ?? '';
  const spanish = /Language:\s*es/i.test(prompt);
  return `${spanish ? 'Perfecto.' : 'Thanks!'} ${template}`.trim();
}

/** Plausible answers for the standalone demo server, chosen by the shape of the prompt. */
export function demoReply(system: string, user: string): string {
  if (system.includes('FOCUS:')) return coachingReply(user);
  if (system.includes('COMPLETENESS:')) return qualificationReply(user);
  if (user.includes('<template>')) return phrasingReply(user);
  return user;
}
