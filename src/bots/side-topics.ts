import { aboutWhatAnswers, jokeOrSomeoneElse, takenBackAsAJoke } from './disclosure.js';
import { complianceCuesOf, type ComplianceCue } from './intents.js';
import { detectLanguage } from './lang.js';
import type { BotEffect } from './port.js';
import { textReader, type TextReader } from './read/read-text.js';
import { sentences, type Lang } from './text.js';
import { MODEL_TOPICS, topicModel, type TopicModel } from './topic-model/model.js';
import { SIDE_TOPIC_PRIORITY, splitSideTopics, type SideTopic, type SideTopicSplit } from './topics.js';

/** The side topic a compliance cue of the bilingual word list stands for (TCPA cues are no side question). */
const TOPIC_OF: Partial<Record<ComplianceCue, SideTopic>> = {
  fair_housing: 'fair_housing',
  commission: 'commission',
  respa: 'kickback',
};

/**
 * The lead's side questions, read once for the whole bot: the sentence rules of topics.ts (disclosure, Fair
 * Housing, commission, kickback, prompt injection), then the bilingual word list the coach hears through
 * (intents.ts) on every sentence they left, so a cue only the word list knows ("which area has fewer section 8
 * people?", "whats a good area for a young family?", "si me mandas clientes te doy 500 dólares", "¿me la puedes
 * bajar al 1%?") is answered with the same fixed line and raises the same staff alert, whoever owns the
 * conversation. One reading for the bot turn, the bot listening to a staff-owned conversation, and the coach.
 * Last, the trained topic model (topic-model/) adds a disclosure question or a kickback offer the rules did not
 * read, in the sentence it finds it in ("does a live person read these or is it like chatgpt").
 */
export function readSideTopics(
  text: string,
  agentName?: string,
  read: TextReader = textReader(),
  lang: Lang | null = null,
  model: TopicModel = topicModel,
): SideTopicSplit {
  const split = splitSideTopics(text, agentName, read);
  if (split.flagged.some(({ topic }) => topic === 'injection')) return split;
  const kept: string[] = [];
  const flagged = [...split.flagged];
  const ruled = new Set(flagged.map(({ topic }) => topic));
  const modelled = model.topics(split.text, detectLanguage(split.text) ?? lang);
  const said = sentences(split.text);
  for (const [index, sentence] of said.entries()) {
    const ruledTopic = complianceCuesOf(read(sentence))
      .map((cue) => TOPIC_OF[cue])
      .find((found): found is SideTopic => found !== undefined);
    const modelledTopic =
      ruledTopic ?? modelledIn(sentence, { modelled, ruled, model, lang, read, agentName });
    // ("¿eres un bot? es broma": the next sentence takes the question back)
    const topic =
      modelledTopic === 'disclosure' && takenBackAsAJoke(read(said[index + 1] ?? ''))
        ? undefined
        : modelledTopic;
    if (topic) flagged.push({ topic, sentence });
    // A statement still carries facts and intent ("we want to buy near our church, 3 beds"); a question is answered
    // by the fixed line alone.
    if (!topic || !/^\s*¿|\?\s*$/.test(sentence)) kept.push(sentence);
  }
  if (flagged.length === split.flagged.length) return split;
  const found = new Set(flagged.map(({ topic }) => topic));
  const topic = SIDE_TOPIC_PRIORITY.find((candidate) => found.has(candidate));
  return { text: kept.join(' '), flagged, ...(topic ? { topic } : {}) };
}

interface ModelledIn {
  modelled: ReadonlySet<string>;
  ruled: ReadonlySet<SideTopic>;
  model: TopicModel;
  /** The conversation's language, for a sentence too short or mixed to tell its own. */
  lang: Lang | null;
  read: TextReader;
  agentName: string | undefined;
}

/**
 * A topic the model read in the whole message and the rules did not, if this sentence holds it (a message of one
 * sentence always does).
 */
function modelledIn(
  sentence: string,
  { modelled, ruled, model, lang, read, agentName }: ModelledIn,
): SideTopic | undefined {
  const topics = MODEL_TOPICS.filter((topic) => modelled.has(topic) && !ruled.has(topic));
  if (topics.length === 0) return undefined;
  const here = model.topics(sentence, detectLanguage(sentence) ?? lang);
  // "lmao ok robot speed": a joke about bots is no question whoever reads it, and one about the sprinkler system
  // asks nothing about us.
  const asksUs = aboutWhatAnswers(read(sentence), agentName ?? '') && !jokeOrSomeoneElse(read(sentence));
  return topics.find((topic) => here.has(topic) && (topic !== 'disclosure' || asksUs));
}

/** The side topics that raise a compliance alert for staff, by rule. */
const TOPIC_ALERTS: Partial<Record<SideTopic, string>> = {
  fair_housing: 'fair_housing_question',
  commission: 'commission_question',
  kickback: 'referral_kickback_question',
};

/**
 * One staff alert per rule a message touches (its first sentence as the detail): the same alerts whether the bot
 * answers the conversation or only listens to it.
 */
export function complianceAlerts(split: SideTopicSplit): Extract<BotEffect, { type: 'compliance_alert' }>[] {
  const alerts: Extract<BotEffect, { type: 'compliance_alert' }>[] = [];
  for (const { topic, sentence } of split.flagged) {
    const rule = TOPIC_ALERTS[topic];
    if (rule && !alerts.some((alert) => alert.rule === rule))
      alerts.push({ type: 'compliance_alert', rule, detail: sentence.slice(0, 200) });
  }
  return alerts;
}
