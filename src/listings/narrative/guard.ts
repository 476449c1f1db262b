import { contentViolations, GuardRule, type Violation } from '../../bots/guard-rules.js';
import { createReleaseGate, type StreamGuard } from '../../bots/guard.js';
import { fold } from '../../bots/text.js';

export type { Violation } from '../../bots/guard-rules.js';

/**
 * What a listing narrative may never say, on top of the outbound guard's content rules (Fair Housing, commission,
 * referral kickbacks; src/bots/guard-rules.ts). A narrative describes the home and what the lead said they need;
 * it never describes who lives around it, steers by a protected class, or sells a place of worship or an ethnic
 * landmark. Matched on folded text (lower case, no accents), English and Spanish.
 */
const NARRATIVE_RULES: RegExp[] = [
  // Who lives in an area: "residents are mostly young professionals", "los vecinos son jubilados".
  /\b(residents|neighbors|neighbours|locals|homeowners|people|folks|families|crowd|population) (here |there |nearby |around here |in the area )?(are|is|tend to be) (mostly |largely |mainly |predominantly |all |primarily )?(young|old|older|elderly|retired|retirees|wealthy|affluent|rich|poor|professional|professionals|working[- ]class|diverse|white|black|hispanic|latino|asian|christian|jewish|muslim|immigrants?|married|single)\b/,
  /\b(who lives|who live|live here|lives here) (are|is) (mostly|largely|mainly|all)\b|\bhome to (many|mostly|lots of) (families|retirees|professionals|immigrants|young)\b/,
  /\b(los vecinos|la gente|los residentes|las familias|la poblacion) (de aqui |del barrio |de la zona )?(son|es) (mayormente |principalmente |casi todos )?(jovenes|mayores|jubilados|ricos|pobres|profesionales|blancos|latinos|hispanos|asiaticos|inmigrantes|cristianos|catolicos|casados|solteros)\b/,
  // Schools described by who attends them.
  /\bschools?\b[^.!?]{0,60}\b(diverse|diversity|white|black|hispanic|latino|asian|minority|minorities|demographics?|affluent|wealthy|low[- ]income|immigrant|immigrants|english learners)\b/,
  /\b(escuela|escuelas|colegio|colegios)\b[^.!?]{0,60}\b(diversa|diversas|blancos|latinos|hispanos|asiaticos|minorias|demografia|ricos|pobres|inmigrantes)\b/,
  // Family status as a selling point: "family-friendly", "zona familiar".
  /\b(family|kid|child)[- ](friendly|oriented)\b|\bgreat for (families|kids|children|retirees|singles|couples)\b|\bempty[- ]nesters?\b|\bperfect (for|to) raise (a family|kids|children)\b/,
  /\b(barrio|zona|vecindario|comunidad|ambiente) familiar\b|\b(apto|apta|perfecto|perfecta|ideal) para (familias|ninos|jubilados|solteros|parejas)\b|\bpara criar (a los ninos|una familia|hijos)\b/,
  // Safety of the area: "safe neighborhood", "low crime", "barrio seguro".
  /\b(safe|safest|secure|safety of the) (neighborhood|neighbourhood|area|streets|community|part of town|place to raise)\b|\b(crime|crime rate|crime rates)\b/,
  /\b(barrio|zona|vecindario|calles|comunidad) (muy |bastante )?(segur[oa]s?|tranquil[oa]s? y segur[oa]s?)\b|\b(delincuencia|crimen|criminalidad|inseguridad)\b/,
  // Places of worship as selling points, anywhere in a narrative.
  /\b(walk|walking distance|steps|minutes|blocks|close|near|next door|across the street) (to|from|of) (a |the |your |several |many )?([a-z]+ )?(church|churches|mosque|mosques|synagogue|synagogues|temple|temples|cathedral|parish)\b/,
  /\b(cerca de|a pasos de|a minutos de|junto a|frente a) (la |una |el |varias )?([a-z]+ )?(iglesia|iglesias|mezquita|mezquitas|sinagoga|sinagogas|templo|templos|catedral|parroquia)\b/,
  // Ethnic landmarks and enclaves as selling points.
  /\b(chinatown|koreatown|little (italy|saigon|havana|india|tokyo|manila|armenia|ethiopia)|japantown|ethnic (restaurants|markets|grocers|neighborhood|enclave|shops))\b/,
  /\b(barrio (chino|latino|coreano|mexicano)|mercados? (latinos?|etnicos?|asiaticos?)|comunidad (latina|hispana|asiatica|mexicana|cristiana|judia|musulmana))\b/,
  // Protected classes named about the buyer or neighbours: "perfect for a young couple", "ideal para un soltero".
  /\b(perfect|ideal|great) for (a |an )?(young|older|retired|christian|jewish|muslim|single|married|newlywed|bachelor|disabled|handicapped) /,
  /\b(ideal|perfecta?o?) para (un |una )?(pareja joven|soltero|soltera|jubilado|jubilada|recien casados|cristianos?|catolicos?)\b/,
  /\b(able[- ]bodied|no (wheelchairs|disabled|handicapped)|(christian|catholic|jewish|muslim) (home|neighborhood|community|family))\b/,
];

/**
 * Fair Housing and the other content rules of the outbound guard, plus the narrative's own (above). Style rules
 * (one question, 320 characters, no markdown) are for bot replies, not narratives.
 */
export function narrativeViolations(text: string): Violation[] {
  const found = contentViolations(text);
  const folded = fold(text);
  for (const pattern of NARRATIVE_RULES) {
    const match = pattern.exec(folded);
    if (match) found.push({ rule: GuardRule.fairHousing, detail: match[0].trim() });
  }
  const seen = new Set<string>();
  return found.filter((violation) => {
    const key = `${violation.rule}:${violation.detail}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The end index (exclusive) of the last sentence end (". ", "! ", "? ", a new line) at or after `from`, or -1. */
function lastSentenceEnd(text: string, from: number): number {
  const pattern = /[.!?](?=\s)|\n/g;
  pattern.lastIndex = from;
  let end = -1;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) end = match.index + match[0].length;
  return end;
}

/**
 * Guards a narrative as it streams: text is released only up to the last sentence end, after the whole text up to
 * there has passed the narrative's guard; the tail waits for its sentence to end (the bot's release gate,
 * `createReleaseGate`, with the narrative's check and sentence boundaries).
 */
export function createNarrativeGuard(): StreamGuard {
  return createReleaseGate(narrativeViolations, lastSentenceEnd);
}
