import { HubError } from '../errors.js';

/** How the lead agreed to be contacted. */
export const ConsentChannel = ['sms', 'phone', 'email'] as const;
export type ConsentChannel = (typeof ConsentChannel)[number];

/**
 * A TCPA consent record: the lead agreed to be contacted on `channel`, after being shown exactly `text`, at
 * `givenAt`, through `source`. Kept as given: never edited; removed only with the lead (erasure).
 */
export interface ConsentRecord {
  id: string;
  tenantId: string;
  leadId: string;
  channel: ConsentChannel;
  /** The exact consent wording shown to the lead (the bot's consent line, the form's checkbox label...). */
  text: string;
  /** ISO time the lead gave consent (the lead message's time). */
  givenAt: string;
  /** Where it was given: 'widget', 'sms', 'phone', 'form', 'import'... (1 to 64 characters). */
  source: string;
  /** The conversation and lead message in which the lead agreed, when it happened in a conversation. */
  conversationId?: string;
  messageSeq?: number;
  /** When the store wrote it. */
  recordedAt: string;
}

/** A consent to record: the record without what the store adds (its id, the tenant and lead, the time written). */
export type NewConsent = Omit<ConsentRecord, 'id' | 'tenantId' | 'leadId' | 'recordedAt'>;

/** The consent part of the store port (src/store/types.ts extends it). */
export interface ConsentStore {
  /**
   * Records a consent of an existing lead (HubError NOT_FOUND when the lead is not in the tenant, INVALID_PAYLOAD
   * for a bad channel, empty text or source, or a givenAt that is not an ISO time). Idempotent per lead message:
   * a repeat with the same (leadId, channel, conversationId, messageSeq) returns the first record unchanged.
   */
  recordConsent(tenantId: string, leadId: string, consent: NewConsent): Promise<ConsentRecord>;
  /** The lead's consents, oldest first; empty for an unknown lead or another tenant's lead. */
  listConsents(tenantId: string, leadId: string): Promise<ConsentRecord[]>;
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Checks a new consent the same way in every adapter; returns only the known fields. */
export function validConsent(consent: NewConsent): NewConsent {
  const bad = (why: string) => new HubError('INVALID_PAYLOAD', `Consent: ${why}`);
  if (typeof consent !== 'object' || consent === null) throw bad('expected an object');
  if (!(ConsentChannel as readonly string[]).includes(consent.channel))
    throw bad(`channel must be one of ${ConsentChannel.join(', ')}`);
  if (typeof consent.text !== 'string' || consent.text.trim() === '' || consent.text.length > 4_000)
    throw bad('text must be the consent wording shown (1 to 4,000 characters)');
  if (typeof consent.source !== 'string' || !/^[\w.:-]{1,64}$/.test(consent.source))
    throw bad('source must be 1 to 64 letters, digits or . : _ -');
  if (
    typeof consent.givenAt !== 'string' ||
    !ISO_TIME.test(consent.givenAt) ||
    Number.isNaN(Date.parse(consent.givenAt))
  )
    throw bad('givenAt must be an ISO time');
  if (
    consent.conversationId !== undefined &&
    (typeof consent.conversationId !== 'string' || consent.conversationId === '')
  )
    throw bad('conversationId must be a non-empty string');
  if (
    consent.messageSeq !== undefined &&
    (!Number.isSafeInteger(consent.messageSeq) || consent.messageSeq < 1)
  )
    throw bad('messageSeq must be a positive integer');
  if (consent.messageSeq !== undefined && consent.conversationId === undefined)
    throw bad('messageSeq needs its conversationId');
  return {
    channel: consent.channel,
    text: consent.text,
    givenAt: new Date(consent.givenAt).toISOString(),
    source: consent.source,
    ...(consent.conversationId === undefined ? {} : { conversationId: consent.conversationId }),
    ...(consent.messageSeq === undefined ? {} : { messageSeq: consent.messageSeq }),
  };
}
