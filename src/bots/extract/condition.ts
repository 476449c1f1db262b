import { fold } from '../text.js';

export const CONDITIONS = ['move_in_ready', 'needs_work', 'unknown'] as const;
export type Condition = (typeof CONDITIONS)[number];

const NEEDS_WORK =
  /\b(needs? (some |a lot of |a little |lots of |major |minor |a (ton|bunch|whole lot|good bit|fair amount) of |tons of |a bit of |serious |quite a bit of )?(work|repairs?|tlc|updating|updates|love|fixing)|repairs? needed|fixer( upper)?|rough|dated|outdated|(pretty |really |very |kind of |kinda )?old\b(?! (enough|school))|as[- ]is|original (kitchen|condition|everything)|needs? (a )?(new |some )?(roof|kitchen|flooring|floors|paint|carpet|carpets|windows|hvac|ac|a\/c|plumbing|electrical|bathrooms?|cabinets|siding|fence)|(could|would) use (some |a little |a lot of |a )?(paint|updating|updates|work|love|tlc|repairs|a refresh|fixing|remodel\w*)|(kitchen|bathrooms?|baths?|cabinets|carpet|floors) (is|are) (all )?(original|old|outdated|dated)|original (kitchen|bathrooms?|baths?|carpet|cabinets|floors)|from the (60s|70s|80s|90s|sixties|seventies|eighties|nineties)|foundation (issues|problems|cracks)|cracks|(foundation|slab|walls?|ceiling|driveway|tiles?|pool|stucco|plaster) (is |are |got |has )?(cracked|cracking)|cracked (foundation|slab|walls?|ceiling|driveway|tiles?|pool|stucco|plaster)|grietas|cuartead[oa]s?|necesita que (le|la|lo) (arreglen|reparen|cambien|pinten|remodelen)|leak(s|y|ing)|mold|termites|water damage|necesita (bastantes? |muchas |muchos |mucha |mucho |algunas |algunos |unas |unos |varias |varios |poco de |un poco de |un poquito de |un chin de |un chin |una manita de |algo de |un buen de |harto |hartos |un par de |su |una )*(pintura|piso|techo|reparaciones|arreglos|trabajo|remodelacion|manita)|worn|run[- ]down|falling apart|necesita (trabajo|reparaciones|arreglos)|le falta|para remodelar|muy vieja|vieja|antigua|en mal estado|(kitchen|bathrooms?|baths?|cabinets|carpets?|floors|flooring|roof|windows|cocina|banos?|techo|piso|pisos|ventanas|alfombras?) (\w+ )?(es|son|esta|estan|is|are|looks?) (muy |un poco |algo |bien |bastante |kind of |kinda |pretty |a bit |a little )?(viej\w*|antigu\w*|original(es)?|old|outdated|dated|gastad\w*|feo\w*|shot|worn|rough))/;
const READY =
  /\b(move[- ]in ready|ready to move in|great (shape|condition)|good (shape|condition)|excellent (shape|condition)|updated|remodel(ed|led)|renovated|new roof|turn ?key|perfect (shape|condition)|like new|brand new|well maintained|(list[oa]|preparad[oa]) (para|pa) (mudarse|vivir|habitar|entrar( a vivir)?|estrenar)|(para|pa) entrar a vivir|en buen estado|en excelente estado|(buen|buenas|excelente|excelentes|perfecto|perfectas|muy buenas|muy buen) (estado|condiciones|condicion|forma)|bien (cuidada|cuidado|mantenida|conservada)|(toda|todo) (esta )?(remodelad[oa]|renovad[oa]|actualizad[oa])|(pisos|cocina|banos|techo) nuev[oa]s?|actualizada|remodelada|renovada|techo nuevo|como nueva)\b/;
const YEARS_OLD = /\b\d+\s*(years?|yrs?|anos?)\s*old\b/g;

/** Move-in ready or needs work; when both show up, needs work wins (it decides the cash-offer path). */
export function extractCondition(text: string): Condition | undefined {
  const folded = fold(text).replace(YEARS_OLD, ' ');
  const needsWork = NEEDS_WORK.exec(folded);
  if (
    needsWork &&
    !/\b(doesn't|doesnt|does not|no|not|nothing|don't|dont)\s+(\w+\s+)?$/.test(
      folded.slice(0, needsWork.index),
    )
  ) {
    return 'needs_work';
  }
  if (READY.test(folded)) return 'move_in_ready';
  return undefined;
}
