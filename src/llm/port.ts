/** The model port: a streaming text model (Anthropic adapter or the offline rule-based provider). */
export type ModelPurpose = 'coaching' | 'analysis' | 'phrasing' | 'reading' | 'narrative';

export interface ModelRequest {
  purpose: ModelPurpose;
  tenantId: string;
  conversationId: string;
  /** Long, stable instructions; cached with cache_control by the Anthropic adapter. */
  system: string;
  messages: { role: 'user' | 'assistant'; content: string }[];
  maxTokens: number;
  /** Aborting cancels the HTTP request. */
  signal?: AbortSignal;
  /** Overrides the provider's first-token timeout for this request (e.g. shorter for bot phrasing). */
  firstTokenTimeoutMs?: number;
  /** Which version of its prompt the caller sent (coaching experiments): recorded with the request's usage. */
  promptVersion?: string;
}

export interface ModelUsage {
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheCreationTokens: number;
}

export interface ModelStream extends AsyncIterable<string> {
  /**
   * Hands each text delta to `onText` inside the event that carried it: no queue and no promise between the
   * model's bytes and the caller (the path live coaching streams on). Resolves when the message is complete;
   * rejects with a ModelError (src/llm/errors.ts) when the request fails, times out or is aborted through the
   * request's signal, or with what `onText` threw (which aborts the request). The async iterator yields the
   * same deltas; breaking out of its loop aborts the HTTP request.
   */
  deliver(onText: (text: string) => void): Promise<void>;
}

/** One forced tool call (not streamed): the model must answer by calling `tool` once. */
export interface ToolRequest {
  purpose: ModelPurpose;
  tenantId: string;
  conversationId: string;
  /** Stable instructions; cached with cache_control by the Anthropic adapter. */
  system: string;
  tool: { name: string; description: string; inputSchema: Record<string, unknown> };
  /** The user turn (data for the tool call). */
  content: string;
  maxTokens: number;
  /** The whole call, in ms: past it the request is aborted and the call fails with `first_token_timeout`. */
  timeoutMs: number;
  signal?: AbortSignal;
}

export interface ModelProvider {
  readonly name: 'anthropic' | 'offline';
  /** False when the circuit is open or the tenant is over budget: callers use their rule-based fallback. */
  available(tenantId: string, purpose: ModelPurpose): boolean;
  stream(request: ModelRequest): ModelStream;
  /**
   * The tool call's input as the model sent it (unvalidated: the caller validates it), under the same budget,
   * circuit breaker and usage accounting as streams. Rejects with a ModelError when the call fails, times out, is
   * over budget, or the model did not call the tool.
   */
  callTool(request: ToolRequest): Promise<unknown>;
}
