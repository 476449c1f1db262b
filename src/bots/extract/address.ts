/** Street addresses: house number (2 to 6 digits), street name, street suffix. No number, no address. */

const SUFFIX =
  'street|st|avenue|ave|av|boulevard|blvd|drive|dr|road|rd|lane|ln|way|court|ct|place|pl|circle|cir|parkway|pkwy|highway|hwy|terrace|ter|trail|trl|loop|square|sq|crossing|xing|row|path|run|walk|alley|point|pt|heights|hts|ridge|glen|grove|plaza|plz|crescent|bend|commons|cove|cv|landing|manor|mews|pass|pike|trace|expressway|expy|freeway|fwy';
const ADDRESS = new RegExp(
  `\\b(\\d{2,6})\\s+((?:[a-z0-9][a-z0-9.'-]*\\s+){1,4}?)(${SUFFIX})\\b\\.?(\\s*(?:#|apt\\.?|unit|ste\\.?)\\s*[a-z0-9-]+)?`,
  'gi',
);
const NOT_A_STREET_WORD = new Set(
  (
    'is a an the to for in of and or good nice great my your our it that this be would will no not yes days day ' +
    'weeks week months month years year dias meses semanas anos k thousand mil million grand dollars bucks bed beds ' +
    'bath baths bedroom bedrooms br ba sq ft feet sqft price about around like maybe at on by with from was are ' +
    'we i you they he she its all any some one more most less just only so very much many near each per every'
  ).split(' '),
);

export interface AddressMatch {
  address: string;
  start: number;
  end: number;
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\.$/, '').trim();
}

/** Numbered roads: "7740 Old Route 66", "12 State Highway 18", "400 County Road 5". */
const NUMBERED_ROAD =
  /\b(\d{2,6})\s+((?:old|n|s|e|w|north|south|east|west|us|state|county)\s+){0,2}(route|rte|highway|hwy|county road|road|interstate|carretera)\s+\d{1,4}[a-z]?\b(\s*(?:#|apt\.?|unit|ste\.?)\s*[a-z0-9-]+)?/gi;

/** Every plausible street address in the text (original casing kept). */
export function findAddresses(text: string): AddressMatch[] {
  const found: AddressMatch[] = [];
  for (const match of text.matchAll(NUMBERED_ROAD)) {
    found.push({ address: tidy(match[0]), start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(ADDRESS)) {
    const name = (match[2] ?? '').trim().toLowerCase();
    const words = name.split(/\s+/);
    if (words.some((word) => NOT_A_STREET_WORD.has(word.replace(/[.']/g, '')))) continue;
    if (words.every((word) => /^\d+$/.test(word))) continue;
    if (found.some((other) => match.index < other.end && other.start < match.index + match[0].length))
      continue;
    found.push({ address: tidy(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return found;
}

export function extractAddress(text: string): string | undefined {
  return findAddresses(text)[0]?.address;
}

/** The text with addresses blanked out (so house numbers never read as prices or bedroom counts). */
export function blankAddresses(text: string): string {
  let out = text;
  for (const match of findAddresses(text)) {
    out = out.slice(0, match.start) + ' '.repeat(match.end - match.start) + out.slice(match.end);
  }
  return out;
}
