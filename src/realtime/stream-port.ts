import type { StreamKind } from '../protocol/common.js';

/**
 * How engines (bot phrasing, coaching) publish a token stream. The realtime layer implements it: it coalesces
 * tokens per event-loop tick, numbers them gaplessly, fans them out to the right audience on every node and keeps
 * a snapshot for clients that join mid-stream. Bot streams use the `stream:*` events; coaching and
 * qualification streams use `coach:*` and reach staff only.
 */
export interface OpenStreamOptions {
  tenantId: string;
  conversationId: string;
  kind: StreamKind;
  /** 'everyone' = the lead and staff (bot replies only); 'staff' = agents in the conversation and monitors. */
  audience: 'everyone' | 'staff';
  replyToSeq?: number;
  trigger?: 'lead_message' | 'utterance' | 'request';
}

export interface StreamEndOptions {
  /** seq of the stored final message. */
  seq?: number;
  /** For coaching: the structured result sent with coach:done. */
  result?: Record<string, unknown>;
  source?: 'llm' | 'rules';
}

export interface OutboundStream {
  readonly streamId: string;
  /** The text pushed so far. */
  readonly text: string;
  push(text: string): void;
  end(options?: StreamEndOptions): void;
  fail(code: string, message: string): void;
}

export interface StreamPublisher {
  open(options: OpenStreamOptions): OutboundStream;
}

/**
 * Streams one bot reply to the lead and resolves with the final text (the template, or the model's guarded
 * phrasing); the caller stores the message, then ends the stream with its seq (or fails it).
 */
export type ReplyStreamer = (request: {
  tenantId: string;
  conversationId: string;
  text: string;
  lang: 'en' | 'es';
  rephrase: boolean;
  replyToSeq: number;
}) => Promise<{ text: string; finish: (seq: number) => void; fail: (code: string, message: string) => void }>;
