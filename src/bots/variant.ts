import { BUYER_QUESTIONS, SELLER_QUESTIONS } from './state.js';

/**
 * What an experiment arm may change in the bot (docs/ANALYTICS.md, "Experiments"): the order of the buyer's and
 * seller's qualifying questions, which of each question's two wordings is asked first, a greeting said before
 * the bot's first reply, and the persona tone of the bot's own lines (tone.ts). Nothing else: the opt-out is
 * decided before the bot reads a variant, the fixed compliance lines (the disclosure, the Fair Housing answer, the
 * opt-out reply) are never toned, and every reply (the greeting with it) still passes the outbound compliance guard,
 * so no arm can turn a compliance rule off.
 */
export type BuyerQuestion = (typeof BUYER_QUESTIONS)[number];
export type SellerQuestion = (typeof SELLER_QUESTIONS)[number];

/** `warm` thanks the lead for an answer before the next question; `brief` drops the bot's courtesy openers. */
export const PersonaTone = ['warm', 'brief'] as const;
export type PersonaTone = (typeof PersonaTone)[number];

export interface BotVariant {
  /** The buyer's questions in this order: a permutation of BUYER_QUESTIONS. */
  buyerOrder?: BuyerQuestion[];
  /** The seller's questions 1 to 4 in this order: a permutation of SELLER_QUESTIONS (the address stays first). */
  sellerOrder?: SellerQuestion[];
  /** `second`: each question is asked in its second wording first (and re-asked in the first). */
  phrasing?: 'first' | 'second';
  /** Said before the bot's first reply, in the lead's language. */
  greeting?: { en: string; es: string };
  /** The tone of the bot's own lines (tone.ts); as written without it. */
  tone?: PersonaTone;
}

/** The buyer's questions in the order the conversation's arm asks them. */
export const buyerQuestionsOf = (variant: BotVariant | undefined): readonly BuyerQuestion[] =>
  variant?.buyerOrder ?? BUYER_QUESTIONS;

/** The seller's questions 1 to 4 in the order the conversation's arm asks them. */
export const sellerQuestionsOf = (variant: BotVariant | undefined): readonly SellerQuestion[] =>
  variant?.sellerOrder ?? SELLER_QUESTIONS;

/** Whether `order` holds each of `all` exactly once. */
export const isPermutationOf = (order: readonly string[], all: readonly string[]): boolean =>
  order.length === all.length && new Set(order).size === all.length && order.every((q) => all.includes(q));
