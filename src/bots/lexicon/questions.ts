import type { Phrase } from '../read/phrases.js';

/**
 * The lead's own questions (`lead-question.ts`) as phrases in the grammar of `read/phrases.ts`: what the lead's home
 * is worth or would sell for, in English and Spanish. Heard whatever precedes them (`always`).
 */
const OWN = 'my|our|mi|nuestra|nuestro';
const HOME = 'home|house|condo|place|property|townhouse|townhome|casa|propiedad|condominio|depa|departamento';
const MODAL = 'would|could|will|can|might';
const SPANISH_MODAL = 'podria|podriamos|puedo|podemos';

// prettier-ignore
const HOME_VALUE: readonly string[] = [
  `${OWN} ${HOME} would|could|might|_ be|_ worth`,
  `what|much|whats would|could|might|will|is|_ ${OWN} ${HOME} ~ worth`,
  `what|much ~ think|say ${OWN} ${HOME} ~ worth`,
  'home value',
  `value of ${OWN} ${HOME}`,
  `what|much ${MODAL} ${OWN} ${HOME} ~ sell|go|list|get for`,
  `${OWN} ${HOME} ~ ${MODAL} sell|go|list|get for`,
  `what|much money|_ ${MODAL} i|we get|sell|list ~ for ${OWN} ${HOME}`,
  `what|much ${MODAL} i|we get|sell|list ${OWN} ${HOME} ~ for`,
  `valor de ${OWN} ${HOME}`,
  `cuanto|que ~ me|nos darian|dan|pagarian|pagan|ofrecen|ofrecerian por|x ${OWN} ${HOME}`,
  `cuanto ${SPANISH_MODAL} vender ${OWN} ${HOME}`,
  `cuanto ${SPANISH_MODAL} sacar|pedir por ${OWN} ${HOME}`,
  `cuanto|que ${SPANISH_MODAL} sacar|obtener|ganar por|de ${OWN} ${HOME}`,
];

const DAYS = 'tomorrow|today|saturday|sunday|monday|tuesday|wednesday|thursday|friday';
const HOME_NOUN = 'house|home|place|property';
const SEE_IT_ES = 'verla|conocerla|visitarla';
const SEE_ES = 'ver*|visitar*|conocer*';
const CAN_ES = 'podemos|puedo|puede|podriamos|pudieramos';

/** A showing asked for ("any showings this weekend?", "¿podemos pasar a verla?"). */
// prettier-ignore
const SHOWING: readonly string[] = [
  'are there any|_ showing|showings on|this|tomorrow|today|the',
  'any showing|showings on|this|tomorrow|today|the',
  'hay|tienen cita|citas|visita|visitas disponible|disponibles|_ para|el|este|esta|hoy|manana',
  `pasar|pasamos|paso|parar|paramos|caer|caemos|ir|vamos ~ a|para ${SEE_IT_ES}`,
  'pasar|pasamos|paso|parar|paramos|caer|caemos|ir|vamos ~ a|para ver la casa',
  `quiero|queremos|gustaria ${SEE_IT_ES}`,
  'quiero|queremos|gustaria ver la casa',
  `chance|oportunidad de ${SEE_IT_ES}`,
  'chance|oportunidad de ver la casa',
  'walk thru|through it',
  `see it|the|_ ${HOME_NOUN}|_ in person`,
  `see it|the|_ ${HOME_NOUN}|_ this|on|${DAYS}`,
  'hacer|agendar|programar|tener|quisiera|quiero|queremos|gustaria un|una|_ tour|recorrido|visita|videollamada',
  'videollamada para verla|ver',
  'tour|tours virtual|virtuales|_ por|via|on|over facetime|zoom|video|whatsapp',
  'do|get|have un|una tour|recorrido',
  'open house|houses',
  'showing on|this|tomorrow|today',
  `${CAN_ES} ir|pasar|venir|parar|caer|pasarnos|_ a|para|por|_ ${SEE_ES}`,
  `${CAN_ES} dar|darnos una vuelta a|para|por ${SEE_ES}`,
  'ver|visitar la casa',
  'agendar una|_ visita',
  'agendar una|_ cita para verla',
];

/** Whether the home can still be bought ("is it still available?", "¿ya se vendió?", "is it pending?"). */
// prettier-ignore
const AVAILABILITY: readonly string[] = [
  'still available|listed|active',
  'still up|_ for sale',
  'still on the market',
  'still on market',
  'is|its it|this|that|_ available',
  'is the|this house|home|property|place|condo|listing|one available',
  'is|has it|this|that|_ been|_ sold|pending',
  'already sold|gone|taken',
  'under contract',
  'sigue|esta|todavia|aun disponible',
  'sigue|todavia|aun en venta',
  'todavia|aun la|lo venden',
  'ya se|_ vendio|vendieron',
  'ya esta vendida|vendido',
  'esta bajo contrato',
  'up for grabs',
  'did|has it|this|that|_ sell|sold already|yet',
  'la|lo|_ tienen|tiene disponible',
];

export type QuestionCue = 'home_value' | 'showing' | 'availability';
const table = (cue: QuestionCue, phrases: readonly string[]): Phrase<QuestionCue>[] =>
  phrases.map((words) => ({ cue, words, always: true }));

export const QUESTION_PHRASES: readonly Phrase<QuestionCue>[] = [
  ...table('home_value', HOME_VALUE),
  ...table('showing', SHOWING),
  ...table('availability', AVAILABILITY),
];
