import { z } from 'zod';

/**
 * A secret in the tenants file: either the value itself or `env:NAME`, read from the environment when the file
 * is loaded (so the file can be committed without the secret). A missing variable is a boot error.
 */
export const settingSecret = (min: number) =>
  z
    .string()
    .min(1)
    .transform((value, context) => {
      const resolved = value.startsWith('env:') ? process.env[value.slice(4)] : value;
      if (resolved === undefined || resolved === '') {
        context.addIssue({ code: 'custom', message: `environment variable ${value.slice(4)} is not set` });
        return z.NEVER;
      }
      if (resolved.length < min) {
        context.addIssue({ code: 'custom', message: `must be at least ${min} characters` });
        return z.NEVER;
      }
      return resolved;
    });

const speaker = z.enum(['prospect', 'agent']);

/** Per-tenant telephony settings (`telephony` in the tenants file). Never sent to any client. */
export const telephonySettingsSchema = z.strictObject({
  twilio: z
    .strictObject({
      /** The Twilio account the callbacks must come from (`AccountSid`). */
      accountSid: z.string().regex(/^AC[0-9a-fA-F]{32}$/, 'a Twilio account sid (AC + 32 hex digits)'),
      /** Verifies `X-Twilio-Signature`. */
      authToken: settingSecret(16),
      /** Dialled for inbound calls (a phone number or `client:name`); none: the call only gets transcribed. */
      inboundDial: z.string().min(1).max(128).optional(),
    })
    .optional(),
  /** Keys of the generic signed feed: `X-Hub-Key-Id` names one, its secret signs the requests. */
  feedKeys: z
    .array(z.strictObject({ id: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/), secret: settingSecret(32) }))
    .default([]),
  /** Who speaks on Twilio's inbound track (the caller's leg); the outbound track is the other side. */
  inboundTrack: speaker.default('prospect'),
  /** Shown as the agent on inbound calls to a conversation no agent owns. */
  inboundAgent: z
    .strictObject({ id: z.string().min(1).max(128), name: z.string().min(1).max(120) })
    .default({ id: 'phone-agent', name: 'Agent (phone)' }),
});

export type TelephonySettings = z.infer<typeof telephonySettingsSchema>;
export type Speaker = z.infer<typeof speaker>;
