/**
 * Financing words, English, Spanish and Spanglish, as plain lists (folded: lower case, no accents).
 */

/** Who lends, or the loan itself ("lender", "loan officer", "prestamista", "quien nos preste"). */
export const LENDER_WORDS = [
  'lender',
  'lenders',
  'loan officer',
  'loan',
  'mortgage',
  'mortgage broker',
  'broker',
  'bank',
  'financing',
  'prestamista',
  'prestamistas',
  'prestamo',
  'banco',
  'hipoteca',
  'financiamiento',
  'credito',
  'quien nos preste',
  'quien me preste',
  'quien nos financie',
  'quien me financie',
  'alguien que nos preste',
] as const;

/** Still needing or looking for one ("we need", "necesitamos", "nos falta buscar", "todavía buscamos"). */
export const NEED_WORDS = [
  'need',
  'needs',
  'still need',
  'looking for',
  'shopping for',
  'searching for',
  'have to find',
  'need to find',
  'necesitamos',
  'necesito',
  'ocupamos',
  'ocupo',
  'nos falta',
  'me falta',
  'falta',
  'buscamos',
  'busco',
  'buscando',
  'estamos buscando',
  'tenemos que buscar',
  'hay que buscar',
] as const;

/** Not needing one ("no loan needed", "don't need a mortgage", "sin préstamo"). */
export const NOT_NEEDED_BEFORE = [
  "don't need",
  'dont need',
  'do not need',
  "won't need",
  'wont need',
  'no need for',
  'no necesitamos',
  'no necesito',
  'no ocupamos',
  'sin',
] as const;
export const NOT_NEEDED_AFTER = ['needed', 'necessary', 'required', 'necesario', 'necesitamos'] as const;

/** Approved, in either language ("approved", "aprobados", "nos aprobó"). */
export const APPROVED_WORDS = [
  'approved',
  'aprobado',
  'aprobados',
  'aprobada',
  'aprobadas',
  'aprobo',
  'aprobaron',
] as const;

/** What ties an approval to a lender or an amount ("approved thru navy federal", "approved up to 600"). */
export const APPROVAL_LINKS = [
  'thru',
  'through',
  'with',
  'w/',
  'by',
  'via',
  'at',
  'from',
  'up to',
  'to',
  'for',
  'con',
  'por',
  'hasta',
  'en',
] as const;

/** The lead as the one approved ("we're approved", "i got approved", "ya estamos aprobados", "nos aprobaron"). */
export const LEAD_SUBJECTS = [
  "we're",
  'were',
  'we are',
  "i'm",
  'im',
  'i am',
  'got',
  'been',
  'already',
  'just',
  'ya',
  'estamos',
  'estoy',
  'somos',
  'soy',
  'nos',
  'me',
] as const;
