import { readConversationMeta } from './conversation-meta.js';
import type { PersonalDataCodec } from './personal-data.js';
import type { StaffMemberRecord } from './identity-types.js';
import type { ConversationRecord, LeadRecord, MessageRecord, NewMessage, OutboxEntry } from './types.js';

/**
 * The records as both adapters store them: personal data sealed with the codec (personal-data.ts), everything
 * else as is. Pure functions, shared by the SQLite and the Mongo adapter, so the two store the same thing.
 */

/** Conversation meta keys that hold what the lead said or who the lead is: sealed together in `meta.sealed`. */
const SEALED_META_KEYS = ['leadName', 'handoff', 'drafts'] as const;
const SEALED_META = 'sealed';
/** The close note's key in the sealed meta (it lives in `meta.lifecycle.note` in the clear record). */
const LIFECYCLE_NOTE = 'lifecycleNote';

/**
 * A JSON value sealed whole (bot state, lead profile): its sealed text, or as is when there is nothing in it.
 * `keep`: in the codec's cache of opened values (PersonalDataCodec.seal), for a record read back soon.
 */
const sealJson = (codec: PersonalDataCodec, value: unknown, keep = false): unknown =>
  value === null || value === undefined ? value : codec.seal('message.text', JSON.stringify(value), { keep });
const openJson = (codec: PersonalDataCodec, stored: unknown): unknown =>
  typeof stored === 'string' && stored.startsWith('pd1.')
    ? (JSON.parse(codec.open('message.text', stored)) as unknown)
    : stored;

/**
 * The bot's state as stored: sealed (it holds the slots the lead gave: budget, area, timeline, its words). Kept
 * opened in the codec: the next append or turn reads the record back (its first read after a start or a turn).
 */
export const sealBotState = (codec: PersonalDataCodec, botState: unknown): unknown =>
  sealJson(codec, botState, true);

export function sealLead(codec: PersonalDataCodec, lead: LeadRecord): LeadRecord {
  const stored = { ...lead };
  // The profile (the slots the bots read) is sealed whole, under `sealed` (an empty one stays as is).
  if (lead.profile !== undefined && Object.keys(lead.profile).length > 0)
    stored.profile = { [SEALED_META]: sealJson(codec, lead.profile) };
  if (lead.name !== undefined) stored.name = codec.seal('lead.name', lead.name);
  if (lead.email !== undefined) stored.email = codec.seal('lead.email', lead.email);
  if (lead.phone !== undefined) stored.phone = codec.seal('lead.phone', lead.phone);
  return stored;
}

export function openLead(codec: PersonalDataCodec, stored: LeadRecord): LeadRecord {
  const lead = { ...stored };
  const sealedProfile = (stored.profile as Record<string, unknown> | undefined)?.[SEALED_META];
  if (typeof sealedProfile === 'string')
    lead.profile = openJson(codec, sealedProfile) as Record<string, unknown>;
  if (stored.name !== undefined) lead.name = codec.open('lead.name', stored.name);
  if (stored.email !== undefined) lead.email = codec.open('lead.email', stored.email);
  if (stored.phone !== undefined) lead.phone = codec.open('lead.phone', stored.phone);
  return lead;
}

/** The lookup hashes of a lead (plaintext record): one per phone and email it has. */
export function leadLookups(
  codec: PersonalDataCodec,
  lead: LeadRecord,
): { purpose: 'phone' | 'email'; hash: string }[] {
  const hashes: { purpose: 'phone' | 'email'; hash: string }[] = [];
  for (const purpose of ['phone', 'email'] as const) {
    const value = lead[purpose];
    const hash = value === undefined ? null : codec.lookup(purpose, lead.tenantId, value);
    if (hash) hashes.push({ purpose, hash });
  }
  return hashes;
}

const ASCII = /^[\t\n\r -~]*$/;

/** The words of a name as search normalises them (lower case, no accents). */
export function nameWords(name: string): string[] {
  // Most text is ASCII: no accents to take off, and its letters and digits are [a-z0-9] once lower-cased.
  if (ASCII.test(name))
    return name
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length > 0);
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** The keyed hashes of the words of a conversation's lead name (history search by name). */
export function nameWordHashes(
  codec: PersonalDataCodec,
  tenantId: string,
  name: string | undefined,
): string[] {
  if (!name) return [];
  return [...new Set(nameWords(name))].flatMap((word) => codec.lookup('name-word', tenantId, word) ?? []);
}

export const leadNameOf = (conversation: Pick<ConversationRecord, 'meta'>): string | undefined =>
  conversation.meta.leadName || undefined;

/** A conversation record as stored: its meta with the lead's words sealed under `meta.sealed`. */
export type StoredConversation = Omit<ConversationRecord, 'meta'> & { meta: Record<string, unknown> };
type Sealed<T> = Omit<T, 'meta'> & { meta: Record<string, unknown> };

export function sealConversation<T extends Pick<ConversationRecord, 'meta'> & { outbox?: OutboxEntry[] }>(
  codec: PersonalDataCodec,
  conversation: T,
): Sealed<T> {
  const meta: Record<string, unknown> = { ...conversation.meta };
  const secret: Record<string, unknown> = {};
  for (const key of SEALED_META_KEYS) {
    if (meta[key] !== undefined) secret[key] = meta[key];
    delete meta[key];
  }
  delete meta[SEALED_META];
  // The close note (often a name and a phone) goes with them; the outcome stays readable (history filters on it).
  const lifecycle = meta.lifecycle as Record<string, unknown> | undefined;
  if (lifecycle && lifecycle.note !== undefined) {
    const { note, ...rest } = lifecycle;
    secret[LIFECYCLE_NOTE] = note;
    meta.lifecycle = rest;
  }
  if (Object.keys(secret).length)
    meta[SEALED_META] = codec.seal('message.text', JSON.stringify(secret), { keep: true });
  const stored: Sealed<T> = { ...conversation, meta };
  if ('botState' in conversation)
    (stored as { botState?: unknown }).botState = sealBotState(
      codec,
      (conversation as { botState?: unknown }).botState,
    );
  if (conversation.outbox)
    stored.outbox = conversation.outbox.map((entry) => ({
      ...entry,
      text: codec.seal('message.text', entry.text),
    }));
  return stored;
}

/** Opens a stored record: the sealed parts opened, the meta read through its schema (conversation-meta.ts). */
export function openConversation(codec: PersonalDataCodec, stored: StoredConversation): ConversationRecord {
  const { [SEALED_META]: sealed, ...meta } = stored.meta;
  let opened: Record<string, unknown> = stored.meta;
  if (typeof sealed === 'string') {
    const { [LIFECYCLE_NOTE]: note, ...secret } = JSON.parse(codec.open('message.text', sealed)) as Record<
      string,
      unknown
    >;
    opened = { ...meta, ...secret };
    if (note !== undefined) opened.lifecycle = { ...(meta.lifecycle as Record<string, unknown>), note };
  }
  const conversation = {
    ...stored,
    botState: openJson(codec, stored.botState),
    meta: readConversationMeta(opened),
    outbox: stored.outbox.map((entry) => ({ ...entry, text: codec.open('message.text', entry.text) })),
  };
  return conversation;
}

export const sealMessage = <T extends NewMessage | MessageRecord>(
  codec: PersonalDataCodec,
  message: T,
): T => ({
  ...message,
  text: codec.seal('message.text', message.text),
});

export const openMessage = <T extends MessageRecord>(codec: PersonalDataCodec, message: T): T => ({
  ...message,
  text: codec.open('message.text', message.text),
});

/**
 * Email-like runs. A match may only start where a run of address characters starts (the lookbehind): without it
 * a long run with no "@" is rescanned from every position, quadratic in the message length (100 ms for 4,000
 * letters, seconds for longer texts).
 */
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/** Phone-like runs: 7 or more digits, with the usual separators between them. */
const PHONE = /\+?\d[\d\s().-]{5,}\d/g;
/** An introduction (any case) and the one to three capitalised words after it (the name). */
const INTRO =
  /\b(?:[Mm][Yy] [Nn][Aa][Mm][Ee](?: [Ii][Ss]|'[Ss])|[Tt]his is|[Ii] am|[Ii]['’]?m|[Mm]e llamo|[Mm]i nombre es|[Ss]oy)\s+(?:\p{Lu}[\p{L}'-]+)(?:\s+\p{Lu}[\p{L}'-]+){0,2}/gu;

/** A cheap first look for INTRO: a message without any of its openings introduces no one. */
const MAY_INTRODUCE = /name|nombre|this is|i am|i['’]?m|me llamo|soy/i;

/**
 * What the history search index keeps of a message: its words (lower case, no accents), without email addresses,
 * phone numbers, a name given after "my name is" / "I'm" / "soy"..., and the words of the names in `knownNames`
 * (the lead's). The index therefore holds the transcript's other words in the clear, never these.
 */
export function indexText(text: string, knownNames: readonly (string | undefined)[]): string {
  return withoutNames(indexWords(text), knownNames);
}

/** The words of a message the index may keep, before the known names are taken out (see indexText). */
export function indexWords(text: string): string[] {
  const withoutEmail = text.includes('@') ? text.replace(EMAIL, ' ') : text;
  const withoutPhone = withoutEmail.replace(PHONE, ' ');
  const stripped = MAY_INTRODUCE.test(withoutPhone) ? withoutPhone.replace(INTRO, ' ') : withoutPhone;
  return nameWords(stripped);
}

/** The index text of these words without the words of the known names. */
export function withoutNames(words: readonly string[], knownNames: readonly (string | undefined)[]): string {
  const known = knownNames.flatMap((name) => (name ? nameWords(name) : []));
  return (known.length === 0 ? words : words.filter((word) => !known.includes(word))).join(' ');
}

/**
 * A staff member as stored: the URL and signing secret of their own alert channel sealed (the URL of an SMS gateway
 * or a CRM often carries a token of its own). Both adapters write members through this.
 */
export function sealStaffMember(codec: PersonalDataCodec, member: StaffMemberRecord): StaffMemberRecord {
  const channel = member.alertChannel;
  if (channel?.kind !== 'url') return member;
  return {
    ...member,
    alertChannel: {
      ...channel,
      url: codec.seal('staff.alert', channel.url),
      secret: codec.seal('staff.alert', channel.secret),
    },
  };
}

/** The member as the hub uses it; a channel written before sealing (plain text) is read as it is. */
export function openStaffMember(codec: PersonalDataCodec, stored: StaffMemberRecord): StaffMemberRecord {
  const channel = stored.alertChannel;
  if (channel?.kind !== 'url') return stored;
  return {
    ...stored,
    alertChannel: {
      ...channel,
      url: codec.open('staff.alert', channel.url),
      secret: codec.open('staff.alert', channel.secret),
    },
  };
}
