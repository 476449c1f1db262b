/**
 * The home's condition said outright (`extract/condition.ts`), as phrases of the `read/phrases.ts` grammar over folded
 * words, English and Spanish side by side; `word*` is a word's start. Whether a phrase is denied is weighed by the
 * reader.
 */

/**
 * Words that concede a flaw before the verdict ("the carpet is a little worn but its move in ready", "le falta pintura
 * pero fuera de eso está lista"): what follows the last of them decides when it says a condition.
 */
// prettier-ignore
export const CONCEDING_WORDS: readonly string[] = [
  'but', 'pero', 'though', 'although', 'otherwise', 'other than that', 'aside from that', 'apart from that',
  'besides that', 'fuera de eso', 'aparte de eso', 'aparte de esto', 'de ahi en fuera', 'sin embargo', 'aunque',
];

/** Words that make a flaw small: "the kitchen is a bit dated", "la cocina está un poco anticuada". */
// prettier-ignore
export const SMALL_WORDS: readonly string[] = [
  'bit', 'little', 'tad', 'slightly', 'kinda', 'somewhat', 'poco', 'poquito', 'algo', 'medio',
];

/** The home as a whole, among the words a state is said of (lexicon/seller.ts HOME_PARTS): "it", "the house", "todo". */
// prettier-ignore
export const WHOLE_HOME_WORDS: readonly string[] = [
  'it', 'its', "it's", 'itself', 'everything', 'house', 'home', 'place', 'property', 'condo', 'casa', 'todo',
  'shape', 'condition', 'estado', 'condiciones', 'inside', 'interior', 'stuff',
];

/** Sold as it is ("as is", "as-is"): work the home needs, when said rather than asked. */
export const SOLD_AS_IS_PHRASES: readonly string[] = ['as is*'];

/**
 * A flaw told and then fixed in the same breath ("the tenants trashed the carpet but we replaced all of it", "tenía
 * goteras pero ya las arreglamos"): the flaw is gone. Phrase grammar (read/phrases.ts), read after a contrast.
 */
// prettier-ignore
export const FLAW_FIXED_PHRASES: readonly string[] = [
  'but|pero we|i|ya|already|we+already|_ replaced|fixed|repaired|redid|redone|patched|arreglamos|arregle|cambiamos|cambie|reemplazamos|reparamos|compusimos all+of+it|all+of+them|it|them|those|that|everything|lo|los|la|las|todo|todos|todas',
  'but|pero ya|already|_ lo|los|la|las arreglamos|arregle|cambiamos|cambie|reemplazamos|reparamos|compusimos',
  // the flaw told as done with, no "but": "la gotera del techo ya la arreglamos", "the leak, we already fixed it"
  'ya lo|los|la|las arreglamos|arregle|cambiamos|cambie|reemplazamos|reparamos|compusimos|arreglo|arreglaron|cambio|cambiaron|reparo|repararon|compuso|compusieron',
  'we|i already fixed|replaced|repaired it|them|that|those',
  // torn out and built again: "termites got into the deck but we tore it out and built a new one"
  'but|pero we|i|_ tore|ripped|pulled|tumbamos|quitamos it|them|those|_ out|lo|los|la|las',
  'but|pero it|they|that|those was|were|has+been|have+been|fue|fueron|ya+fue|ya+fueron fixed|replaced|repaired|arreglado|arreglados|arreglada|arregladas|reparado|reparada|cambiado|cambiada',
];

/** A phrase with the words that, right after it, make it about something else than the home. */
export interface ConditionPhrase {
  words: string;
  notFollowedBy?: string;
  /** Words that, ending right before it, make it work done ("he remodel the kitchen before he die"). */
  notPrecededBy?: string;
  /** Words that, in the clauses of the match, make it something else (the family's fit, not a broken part). */
  unlessInClause?: string;
}
/** Papers, not the home: "hay que arreglar los papeles de la herencia", "tenemos que arreglar el título". */
const PAPERS =
  'los|las|el|la|unos|unas|mis|sus|_ papeles|papeleo|documentos|tramites|asuntos|cuentas|testamento|titulo|escrituras|herencia|credito|paperwork|papers|title|will|credit';

/** Work the home needs ("repairs needed", "fixer upper", "it leaks", "en mal estado", "could use some paint"). */
// prettier-ignore
export const NEEDS_WORK_PHRASES: readonly (string | ConditionPhrase)[] = [
  'repair|repairs needed*',
  'fixer*|cracks*|grietas*|cuarteado*|cuarteada*|leak*|gotea*|gotera*|filtracion*|mold*|termites*|termitas*|moho*|plaga*',
  'needs|need some|a+lot+of|_ attention|tlc*',
  'no le|la hemos|han|hice hecho|_ nada*',
  'handyman|contractor|investor special*',
  'tear+down|teardown|knockdown*',
  'para|por reformar|remodelar|arreglar*',
  'de los sesenta|setenta|ochenta|noventa*',
  'new ~2 would|could help*',
  'new ~2 would|could be nice*|good*',
  'beat+up|wrecked*|trashed*|torn+up|torn+apart|rundown|run+down',
  // tenants or years hard on the home: "they've been rough on it", "la han maltratado"
  'rough|hard on it|the+house|the+place|la+casa',
  'maltratado*|maltratada*|descuidado*|descuidada*',
  'from the 60|70|80|90 s*',
  'from the sixties*|seventies*|eighties*|nineties*',
  'necesita que le|la|lo arreglen*|reparen*|cambien*|pinten*|remodelen*',
  // "tiene que arreglarse el baño", "hay que cambiar el piso"
  'tiene|tienen que arreglarse|arreglarle|repararse|cambiarse|pintarse|remodelarse',
  { words: 'hay que arreglar*|reparar*|cambiar*|pintar*|remodelar*', notFollowedBy: PAPERS },
  'water damage*',
  'foundation issues*|problems*',
  'para remodelar*',
  // "necesita unos arreglitos, nada grave"
  'necesita|ocupa|le+faltan unos|algunos|_ arreglitos|arreglos|detallitos|detalles|reparaciones*',
  'en mal estado*',
  'could|would use some|a|_ little|lot|_ of|_ paint*|updating*|updates*|work*|love*|tlc*|repairs*|refresh*|fixing*|remodel*',
  // a big part that needs replacing or is broken: "it needs a new roof", "the ac is shot", "el boiler no sirve"
  // ...or work on it still to do: "gotta put a new roof on it", "we'd have to replace the water heater", "tenemos que
  // ponerle techo nuevo"
  'gotta|have+to|has+to|got+to|need+to|needs+to|hafta|would+have+to|gonna+have+to|tengo+que|tenemos+que|hay+que|habria+que|toca put|get|replace|redo|install|poner|ponerle|cambiar|cambiarle ~2 roof|ac|hvac|furnace|water+heater|windows|floors|flooring|carpet|carpets|plumbing|electrical|sewer|foundation|techo|pisos|ventanas|alfombra|boiler|calentador',
  'needs|need|necesita a|an|un|una|_ new|nuevo|nueva|_ roof|ac|hvac|furnace|water+heater|foundation|plumbing|electrical|sewer|techo|boiler|calentador|plomeria',
  'roof|ac|hvac|furnace|heater|foundation|plumbing|pool|pump is|are shot|busted|broken|dead|fried|gone|leaking|cracked',
  // ...with "is" shortened ("AC's dead", "roof's shot": the apostrophe dropped)
  'roofs|acs|hvacs|furnaces|heaters|foundations|pools|pumps shot|busted|broken|dead|fried|gone|leaking|cracked',
  // a part of the home and what it does wrong, in any form: "the roof leak when rain come", "the fence fall down"
  'roof|ceiling|fence|wall|walls|pipe|pipes|window|windows|floor|floors|door|doors|sink|toilet|shower|techo|cerca|barda|pared|paredes|tuberia|tubo|tubos leak|leaks|leaked|fall|falls|fell|falling|sag|sags|sagging|rot|rots|rotting|blew+over|blew+down|caved|gotea|gotean|goteaba|se+cayo|se+cae|se+esta+cayendo',
  // (not a plan that would not work: "no veo por qué no funcionaría")
  // (nor a home too small for the family: "4 adultos y 2 kids en 2 cuartos no funciona")
  {
    words: 'no sirve|funciona*',
    notPrecededBy: 'que|porque',
    unlessInClause: 'cuartos|cuarto|recamaras|recamara|espacio|adultos|personas|kids|ninos|nosotros|asi|cabemos|apretados',
  },
  'esta roto|rota|descompuesto|descompuesta*',
  'due again*',
  'due for a|an|_ new|replacement|repair*|redo*|update*|replac*',
  'ya le toca*',
  'le toca otra vez*',
  'manita de gato*',
  // damage done to it: "the tenants did a number on it", "holes in the drywall", "the carpet's trashed"
  'did a number on it|the+place|the+house*',
  'hole|holes in|on the|a|_ ~1 drywall|walls|wall|floor*|ceiling|door',
  'trashed*|destroyed*|ruined*|stained*|destrozada*|destrozado*|manchada*|manchado*|apesta*',
  'carpet|carpets|carpet+s|alfombra|alfombras|house|place smells|stinks|huele*',
  // broken or dead things, and parts a buyer would redo: "a broken window", "the yard is all dead", "redo the kitchen"
  'broken|busted|cracked|rotten|rotted window*|windows|fence|door*|pipes|pipe|ac|roof|floor*|ventana*|puerta*',
  'yard|backyard|lawn|grass|garden|jardin|patio|pasto is|are|esta|_ all|totally|todo|toda|just|puro|pura|_ dead|dying|brown|seco|seca|muerto|dirt|tierra|weeds|overgrown',
  // the home let go: "he let it go the last year", "la descuidaron", "it's run down"
  { words: 'let it|the+house|the+place|the+yard go|slide', notFollowedBy: 'for|por|at|to|cheap|barato' },
  'run down|rundown|neglected|descuidada|descuidado|abandonada|abandonado',
  'la|lo descuido|descuidaron|dejo+caer|dejaron+caer',
  // (work to do, not work done by someone in the base form: "he remodel the kitchen before he die")
  {
    words: 'redo|gut|remodel ~2 the|_ kitchen|kitchens|bathroom|bathrooms|baths|floors|cocina|banos',
    notPrecededBy: 'he|she|we|they|i|husband|wife|dad|mom',
  },
  // work still to do ("le falta cambiar el techo", "le hace falta pintar"), and none ever done ("nunca le hemos hecho
  // nada", "we haven't touched it since we bought it", "everything is original")
  'le|_ falta|faltan|hace+falta|hacen+falta cambiar*|arreglar*|pintar*|reparar*|remodelar*|componer*|impermeabilizar*',
  // ...said as the work itself: "le falta una remozada completa", "le hace falta una buena arreglada"
  'le|_ falta|hace+falta una|un buena|buen|_ remozada*|arreglada*|remodelada*|renovada*|pintada*|manita*|remodelacion*|arreglo*',
  'nunca le|la|lo hemos|han|_ hecho|arreglado|remodelado|renovado|cambiado nada|_',
  'never|havent|hasnt|have+not|has+not ~1 touched|updated|remodeled|renovated|upgraded|redone|done+anything',
  'everything|all|todo ~1 original|originales|de+origen',
  'kitchen|cocina|bano|banos|bathroom|bathrooms|baths|cabinets|gabinetes|carpet|alfombra|windows|ventanas ~6 original|originales',
  'de los 50|60|70|80|90 s*',
  { words: 'toca|tocaria|hay+que hacerle|arreglar*|reparar*|cambiar*|pintar*|remodelar*', notFollowedBy: PAPERS },
  'hacerle|hacer|haciendole unas|algunas|varias|_ reparaciones|arreglos|arreglitos',
  // work by its kind: "mostly cosmetic", "fire damage", "boarded up", "para tumbar", "worth the land", "comején"
  // ...not a flaw waved off as cosmetic ("the lawn died, but that's cosmetic", "eso es pura cosa cosmética")
  { words: 'cosmetic*|cosmetico*|cosmetica*', notPrecededBy: 'thats|that+is|thats+just|thats+only|eso+es|es+puro|es+pura' },
  'surface stuff|things|fixes|work|level|issues',
  'a|_ scrape|scraper $',
  'fire|smoke|flood|storm|hail|wind|termite damaged',
  'there+was|there+is|theres|had+a|got|has|have|tiene|tuvo ~2 fire|smoke|flood|storm|hail|termite damage',
  'hubo|tuvo|tuvimos|tuvieron ~1 incendio*|inundacion*',
  'se quemo|inundo',
  'para|pa tumbar*|demoler*|derrumbar*|tirar*|tirarla|botar*',
  'worth|vale ~2 the+land|the+lot|the+dirt|el+terreno|el+lote|land|dirt|terreno|lote',
  'buying the dirt|land',
  'tiene|hay|con|lleno+de|llena+de|tienen comejen|polilla|carcoma|termitas',
  'podrid*|rotten*|rotted*',
  'hay+que|tienes+que|tendrian+que|tendria+que|habria+que|necesita+que+le|toca|necesita meterle|invertirle|echarle ~2 plata|dinero|lana|feria|varo|billete|money',
  'need|needs|have|gotta|would+need|gonna+need ~1 to put|sink|pour|throw ~4 money|cash|dinero into|in',
  // a project, a hoarder's house, a home from another decade ("straight out of 1979")
  'its|it+s|it+is|es|esta a|an|un|una|_ real|total|big|_ project|proyecto',
  'hoarder*|acumulador*',
  'straight|stuck out of|in the 60|70|80|90|1960*|1970*|1980*|1990*|sixties|seventies|eighties',
  'anos|years sin|without arreglar*|remodelar*|reparar*|updates|work|updating',
  // work left half done: "the hall bath is half gutted, we started demo and never finished", "quedó a medias"
  'half|halfway gutted|done|finished|demoed|torn+out',
  'unfinished|sin+terminar|a+medias*',
  'never finished|finish|terminamos|termino',
  // work it would need: "habría que cambiarlo", "tendríamos que arreglar el techo"
  { words: 'habria|tendria|tendriamos|tendrian|habra que cambiar*|arreglar*|reparar*|pintar*|remodelar*', notFollowedBy: PAPERS },
  // still from another decade: "kitchen y baños siguen como en los 80s"
  'como|like en|in los|the 50|60|70|80|90 s*',
];
/** Flaws too big to be conceded before a verdict: "the foundation is cracked but otherwise its in great shape". */
// prettier-ignore
export const MAJOR_FLAWS: readonly string[] = [
  'foundation', 'cimientos', 'cimentacion', 'roof', 'techo', 'termites', 'termitas', 'mold', 'moho', 'leak', 'leaks',
  'leaking', 'gotea', 'gotera', 'goteras', 'water damage', 'plumbing', 'plomeria', 'electrical', 'sewer', 'drenaje',
  'cracked', 'cracks', 'grietas', 'shot', 'busted', 'broken', 'roto', 'rota', 'no sirve',
];

/** A home ready to live in ("move-in ready", "new roof", "en buen estado", "toda remodelada", "techo nuevo"). */
// prettier-ignore
export const READY_PHRASES: readonly (string | ConditionPhrase)[] = [
  'move in ready',
  'move in condition|shape',
  'ready to move in',
  'great|good|buen|buena|excellent|perfect|showroom|pristine|mint|immaculate|decent|solid|nice shape|condition',
  // "está una joya, no hay que tocarle nada"
  'esta una|hecha+una joya*',
  'no hay que tocarle|arreglarle|hacerle nada*',
  'updated|remodeled|remodelled|renovated|turnkey|actualizada|remodelada|renovada',
  'new roof|ac|hvac|furnace|windows|floors|flooring|water+heater|pool+equipment|carpet|carpets|paint|appliances|cabinets|countertops',
  // the home ready to go, not the sellers ("yes, 45 days works, we're ready to go")
  { words: 'ready to go $', notPrecededBy: 'we+re|were|we+are|we+r|i+m|im|i+am|they+re|theyre|us|all|both' },
  // ...the home said ready to go, whatever follows ("house is totally ready to go honestly")
  'house|home|place|casa ~3 ready to go',
  // the home called ready at the end of its clause ("le cambiamos el roof, so it's ready"; not "the paperwork is ready")
  { words: 'its|it+s|it+is|so+its ready $', notPrecededBy: 'when|whenever|once|until|till|til|if|before' },
  'kitchen|kitchens|baths|bathrooms|bathroom|floors|roof was|were|got redone|remodeled|updated|replaced',
  'turn key',
  'like|brand new',
  'well maintained',
  'lista|listo|preparada|preparado|ready para|pa mudarse|vivir|vivirse|habitar|habitarse|entrar|estrenar|move+in',
  'everything|todo works|funciona great|fine|well|perfect|perfecto|bien',
  'techo|cocina|pisos|piso|banos|bano|roof|kitchen|floors|floor|ac|hvac es|is|son|are|esta|estan|_ nuevo|nueva|nuevos|nuevas|new|brand+new',
  'esta|ya+esta lista|listo|ready $',
  'para|pa entrar a vivir',
  'en buen|excelente estado',
  'muy|_ buen|buena|buenas|excelente|excelentes|perfecto|perfectas estado|condiciones|condicion|forma',
  // everything new, nothing wrong: "everything is new only, no problem in anything", "todo está nuevo"
  'everything|all|todo is|are|es|esta|estan new|nuevo|nueva|nuevos|brand+new',
  'no|zero problem|problems|problema|problemas|issue|issues in|with|con anything|nothing|nada',
  'bien|muy cuidada|cuidado|mantenida|conservada',
  // parts listed as new: "techo y ventanas nuevos"
  'techo|pisos|ventanas|cocina|banos|roof|windows|floors|kitchen ~3 nuevos|nuevas|new $',
  'la|lo hemos|han cuidado|mantenido mucho|bien|_',
  'toda|todo esta|_ remodelada|remodelado|renovada|renovado|actualizada|actualizado',
  'pisos|piso|cocina|banos|techo|pintura|alfombra nuevo|nueva|nuevos|nuevas',
  'recien pintada|pintado|remodelada|remodelado',
  'todo|toda nuevo|nueva|new',
  'all|everything new|redone|updated',
  'como nueva|nuevo|nuevas|nuevos',
  // Cuban and Caribbean: "está en talla" (in great shape); a home fixed up all through ("la arreglamos toda")
  'esta|_ en talla',
  'la|lo arreglamos|remodelamos|renovamos|arreglaron toda|todo|completa|completo',
  'la|lo remodelamos|renovamos|remodelaron|renovaron|remodele|renove|arregle|pintamos|pintaron',
  // fixed already ("ya la arreglamos", "we already fixed it")
  'ya|already la|lo|it|_ arreglamos|arreglaron|remodelamos|renovamos|fixed|redid|remodeled|renovated|updated',
  'we|i fixed|redid it|that|those|them already',
  'we|i|_ redid|remodeled|renovated|updated|fixed everything|it+all|the+whole+thing|the+whole+house|todo',
  // the home called nice as it is ("the house is nice", "está chula la casa"); someone at home who fixes everything
  'house|home|place|casa is|es|esta really|very|so|muy|_ nice|lovely|beautiful|chula|bonita|linda|preciosa',
  'esta chula|bonita|linda|preciosa la casa',
  'esta|es bien|muy padre|chida|chido',
  'he|she|husband|wife fix|fixes|fixed|arregla|arreglaba everything|todo',
  // a big part redone lately ("we just replaced the roof", "le cambiamos el techo hace poco")
  'just|recently|_ replaced|redid|redone|installed|put+in ~2 roof|floors|flooring|kitchen|hvac|windows|plumbing',
  'le|_ cambiamos|cambie|cambiaron|pusimos|hicimos|remodelamos|meti|metimos ~2 techo|pisos|piso|cocina|ventanas|plomeria|clima|banos|roof|kitchen|floors|windows|ac',
  // a coat of paint given ("le dimos una pintada adentro", "le hicimos una manita de gato")
  'le|_ dimos|hicimos|dieron ~2 pintada|pintadita|manita',
  // nothing left to do: "nothing needs doing", "we've kept it up really well", "no le falta nada"
  'nothing needs|need|to ~1 doing|done|fixing|fixed|work|repairs|repaired',
  'nothing that needs|need ~1 doing|fixing|work|repairs',
  'kept it|_ up',
  'well kept',
  'no necesita|ocupa nada',
  'no le falta nada',
  'no le|la hace|hacen falta nada',
  // parts put in new: "el aire lo pusimos nuevo", "el AC lo cambiamos" (not "dated, but everything works": the flaw
  // stands)
  'aire|ac|hvac|techo|roof|calentador|boiler lo|la cambiamos|cambiaron|pusimos|pusieron|instalamos|replaced|changed',
  'nada que arreglar',
  // "está perfecta" (the home), "la reformamos entera", fresh paint and newer floors
  'esta perfecta|impecable',
  'la|lo reformamos|reformaron|reforme|reformamos entera|entero|toda|todo|_',
  'reformada|reformado',
  'paint|pintura is|es|esta fresh|fresca|nueva|new',
  'floors|pisos are|son newer|new|nuevos',
  // nothing damaged: "no tiene nada dañado", "nothing's broken", "nada roto"
  'no tiene|hay nada danado|roto|descompuesto|malo',
  'nothing|nada is|_ broken|damaged|roto|danado',
  // ready by its kind: "model home", "zero deferred maintenance", "full rehab", "repiped", "de revista", "a nuevo"
  'like a model home*',
  'looks|shows like a|_ builders|builder|_ model*',
  'zero|no|nothing+in deferred maintenance|upkeep',
  'gut|full|complete|total rehab|renovation|remodel|reno',
  'rehabbed|repiped|rewired|replumbed|reroofed|reformada|reformado|restaurada|restaurado',
  'new panel|electrical|plumbing|siding|ducts|ductwork|sewer+line|pipes|wiring|stucco',
  'de revista',
  'dejamos|dejaron|quedo|queda|esta|quedó a nuevo',
  'remodelada|remodelado|reformada|reformado|renovada|renovado entera|entero|completa|completo|toda|todo',
  'rebuilt|rebuild everything|it|the+whole+thing|the+whole+house',
  'the+house|the+home|the+place|everything|todo|la+casa is|esta|es|_ perfect|perfecta|perfecto',
  'otherwise|other+than+that|de+ahi+en+fuera|fuera+de+eso its|it+is|it+s|esta|_ perfect|perfecta|perfecto',
  'cuidadita|cuidadito|cuidadisima|cuidadisimo',
  // redone lately, said with the work done ("reformamos los baños y la cocina", "we gutted it, new everything")
  'reformamos|reformaron|remodelamos|remodelaron|renovamos|renovaron|we+redid|we+remodeled|we+renovated|we+updated ~2 los|las|el|la|the|our|both|_ bano*|cocina*|kitchen*|bath*|piso*|floor*',
  'new|nuevo|nueva everything|todo',
  'we|i|they gutted|rebuilt it|the+place|the+house',
  'nothing to fix|repair|do|arreglar|reparar',
  // "it doesn't need any work", "doesn't need a thing", "no necesita ningún arreglo"
  'doesnt|does+not|dont|do+not need|needs any|a|_ work|repairs|fixing|thing|single+thing',
  'no necesita|ocupa ningun|ninguna arreglo|reparacion|trabajo',
  'show|move ready',
  'staged and|_ ready',
  'esta|is|its|it+s niquela|niquelada|impecable|impeccable|spotless|nitida|nitido',
];
