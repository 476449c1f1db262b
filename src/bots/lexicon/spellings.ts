/**
 * Spellings of Spanish as leads write it, respelled once before any reader sees the message (`read/respell.ts`), so no
 * reader keeps variants of its own: the Caribbean dropped final "s" ("queremo vendé la casa", "nos vamo pa Florida",
 * "eso ta bien, mientra má rápido mejor") and the infinitive's dropped "r" written with its accent ("vendé",
 * "comprá"). Keys are written as leads write them (accents included: "má" is "más", "ma" alone is not touched).
 */
// prettier-ignore
export const REGIONAL_SPELLINGS: Readonly<Record<string, string>> = {
  queremo: 'queremos', tenemo: 'tenemos', vamo: 'vamos', estamo: 'estamos', tamo: 'estamos', podemo: 'podemos',
  somo: 'somos', buscamo: 'buscamos', necesitamo: 'necesitamos', vendemo: 'vendemos', compramo: 'compramos',
  pensamo: 'pensamos', ocupamo: 'ocupamos', pagamo: 'pagamos', mudamo: 'mudamos', quisiéramo: 'quisiéramos',
  vendé: 'vender', comprá: 'comprar', mudá: 'mudar', hablá: 'hablar', pagá: 'pagar', arreglá: 'arreglar',
  ta: 'está', tá: 'está', má: 'más', mientra: 'mientras', entonce: 'entonces', despué: 'después',
  ademá: 'además', nosotro: 'nosotros',
  // written by ear: "kiero bender mi casa", "nos bamos", "el biernes"
  kiero: 'quiero', kero: 'quiero', keremos: 'queremos', bender: 'vender', bendo: 'vendo', bendemos: 'vendemos',
  bamos: 'vamos', biernes: 'viernes',
  // Scots: "nae more texts", "nae bother"
  nae: 'no',
};
