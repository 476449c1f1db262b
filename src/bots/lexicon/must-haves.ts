import type { Phrase } from '../read/phrases.js';

/**
 * What a buyer says the home must have (`extract/must-haves.ts`), English and Spanish, in the grammar of
 * `read/phrases.ts` (folded words, `a|b`, `word*`, `#` a number, `_` no word, `~` a few words between). A negation
 * before a phrase ("no pool needed", "no necesitamos alberca") leaves it out.
 */
export const MUST_HAVES = [
  'pool',
  'garage',
  'single_story',
  'yard',
  'rv_parking',
  'guest_unit',
  'home_office',
  'no_hoa',
  'view',
  'solar',
] as const;
export type MustHave = (typeof MUST_HAVES)[number];

/** Words after a must-have that wave it away ("a pool is optional", "pool not needed", "alberca no es necesaria"). */
export const WAIVED_AFTER: readonly string[] = [
  'optional',
  'opcional',
  'unnecessary',
  'necessary',
  'needed',
  'required',
  'must',
  'important',
  'necesario',
  'necesaria',
  'importante',
  'importa',
  'matter',
  'matters',
  'care',
  'dealbreaker',
];

// prettier-ignore
export const MUST_HAVE_PHRASES: readonly Phrase<MustHave>[] = [
  { cue: 'pool', words: 'pool|pools|alberca|piscina|pileta', notBefore: 'table|hall|service|guy|cleaning|cleaner' },
  { cue: 'garage', words: 'garage|garages|garaje|cochera|cocheras', notBefore: 'sale|door' },
  { cue: 'single_story', words: 'single|one|1 story|storey|stories|level' },
  { cue: 'single_story', words: 'singlestory|onestory|rambler' },
  { cue: 'single_story', words: 'una|un sola|solo|_ planta|nivel' },
  { cue: 'single_story', words: 'de un piso' },
  { cue: 'single_story', words: 'un|una solo|sola piso|planta|nivel' },
  { cue: 'single_story', words: 'no|sin stairs|escaleras', always: true },
  { cue: 'single_story', words: 'nada de escaleras', always: true },
  { cue: 'yard', words: 'backyard|yarda|jardin|patio', notBefore: 'sale|sign' },
  // (a workplace's yard is none: "the edison yard in chino", "the rail yard", "el yard de la compañía")
  {
    cue: 'yard',
    words: 'yard',
    notBefore: 'sale|sign',
    notAfter: 'rail|railroad|train|truck|trucking|freight|shipping|lumber|junk|salvage|storage|navy|edison|company|ups|fedex|bus|work',
  },
  { cue: 'rv_parking', words: 'rv|boat parking|garage|access|space|storage|spot' },
  { cue: 'rv_parking', words: 'parking|estacionamiento|espacio|lugar for|para a|an|the|la|el|una|un|_ rv|motorhome|trailer|traila|lancha|boat' },
  // "espacio pa' estacionar la casa rodante", "room to park the camper"
  { cue: 'rv_parking', words: 'park|parquear|estacionar|guardar ~3 rv|motorhome|trailer|traila|camper|casa+rodante|lancha|boat' },
  { cue: 'rv_parking', words: 'casa rodante|camper|motorhome' },
  { cue: 'guest_unit', words: 'adu|granny|inlaw' },
  // (the home itself said small: "quiero comprar una casita chiquita", "buscamos una casita")
  {
    cue: 'guest_unit',
    words: 'casita',
    notAfter: 'una|la|esta|esa|mi|nuestra|su|comprar|compramos|buscamos|busco|quiero|queremos',
  },
  { cue: 'guest_unit', words: 'guest house|unit|quarters|suite' },
  { cue: 'guest_unit', words: 'in law unit|suite|quarters' },
  { cue: 'home_office', words: 'home office' },
  // "somewhere I can set up an office, I WFH", "trabajo desde casa"
  { cue: 'home_office', words: 'set up|setup|put|poner|montar ~2 office|oficina|desk|escritorio' },
  { cue: 'home_office', words: 'wfh|work+from+home|remote+work|trabajo+desde+casa|home+based' },
  { cue: 'home_office', words: 'room|space|cuarto|espacio|lugar for|para a|an|una|un|_ office|oficina' },
  { cue: 'home_office', words: 'oficina en|para _ casa' },
  { cue: 'home_office', words: 'tenga|tengan|con una|un|_ oficina' },
  { cue: 'home_office', words: 'need|needs|want|wanna|necesito|necesitamos|quiero|queremos an|a|una|un|_ office|oficina' },
  { cue: 'no_hoa', words: 'no|sin|without|nada+de a|an|_ hoa|hoas', always: true },
  { cue: 'no_hoa', words: 'no|dont want|need|queremos|quiero|necesitamos a|an|_ hoa|hoas', always: true },
  { cue: 'no_hoa', words: 'no tenga|tengan|haya a|an|una|_ hoa|hoas', always: true },
  // "if it has an HOA we're out", "si tiene hoa, paso".
  { cue: 'no_hoa', words: 'if|si ~3 hoa|hoas ~4 out|pass|dealbreaker|deal+breaker|skip|paso|pasamos' },
  { cue: 'view', words: 'mountain|mountains|city|ocean|lake|valley|canyon|hill|hills view|views' },
  { cue: 'view', words: 'vista|vistas a|al _ los|las|la|el|_ montana*|ciudad|mar|lago|valle|cerro*' },
  { cue: 'solar', words: 'solar|solares', notAfter: 'un|el|del|ese|este' },
];
