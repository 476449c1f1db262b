import type { LeadEvent, LeadEventType } from '../analytics/events.js';
import type { AgentColumn, Dimension, Grain } from '../analytics/rollups.js';

/** A stored lead event: the event and its place in the tenant's log (ascending as appended). */
export interface StoredLeadEvent {
  id: string;
  event: LeadEvent;
}

export interface LeadEventQuery {
  /** ISO times, `at` within [from, to). */
  from: string;
  to: string;
  types?: LeadEventType[];
  conversationId?: string;
  /** At most this many, oldest first (default 1,000, at most 10,000). */
  limit?: number;
}

export interface RollupQuery {
  grain: Grain;
  /** Buckets within [from, to] as the grain writes them (`YYYY-MM-DD` or `YYYY-MM-DDTHH`). */
  from: string;
  to: string;
  dimension: Dimension;
  /** One key of the dimension (an agent's id...); every key when left out. */
  key?: string;
  /** Only metrics starting with this (`n:`, `reason:`, `hist:claimed:`...). */
  metricPrefix?: string;
}

export interface RollupRow {
  bucket: string;
  key: string;
  metric: string;
  n: number;
  total: number;
}

export interface AgentRollupQuery {
  /** UTC days `YYYY-MM-DD`, both included. */
  from: string;
  to: string;
  /** One agent's id; every agent with a row in the range when left out. */
  agent?: string;
  /** A row per agent and day (ordered by day, then agent) instead of one per agent over the range. */
  byDay?: boolean;
  /** Only these counters (the others are left out of `counts`): what the caller needs. Default: every column. */
  columns?: readonly AgentColumn[];
}

/** One agent's counters summed over the query's days (src/analytics/rollups.ts AGENT_COLUMNS; 0 when none). */
export interface AgentRollupRow {
  agent: string;
  /** The UTC day, when asked `byDay`. */
  day?: string;
  /** Every column asked for (all by default), 0 when nothing added to it. */
  counts: Partial<Record<AgentColumn, number>>;
}

/**
 * The lead event log and its rollups (docs/ANALYTICS.md). Most events are written by the store itself inside the
 * write they record (createLead, appendMessage, appendToOpenConversation, createConversation, updateConversation,
 * commitTurn); appendLeadEvents is for those that change no record (coaching shown, model usage, satisfaction,
 * experiment exposure) and for a turn's own (TurnWrite.events).
 */
export interface AnalyticsStore {
  /**
   * Appends events and adds them to the rollups in one transaction; a once-per-conversation type already logged
   * for the conversation is left out. Returns how many were appended.
   */
  appendLeadEvents(events: LeadEvent[]): Promise<number>;
  leadEvents(tenantId: string, query: LeadEventQuery): Promise<StoredLeadEvent[]>;
  rollups(tenantId: string, query: RollupQuery): Promise<RollupRow[]>;
  /** The per-agent rollup summed over the days of the range: one row per agent (ordered by id), or per agent and day. */
  agentRollups(tenantId: string, query: AgentRollupQuery): Promise<AgentRollupRow[]>;
}
