import { afterEach, describe, expect, it } from 'vitest';
import { normalisePhone, telephonySettingsSchema } from '../../../src/telephony/index.js';

const accountSid = `AC${'0'.repeat(32)}`;

afterEach(() => {
  delete process.env.TEST_TWILIO_TOKEN;
});

describe('telephony settings', () => {
  it('reads env: secrets from the environment and applies the defaults', () => {
    process.env.TEST_TWILIO_TOKEN = 'a-token-from-the-environment';
    const settings = telephonySettingsSchema.parse({
      twilio: { accountSid, authToken: 'env:TEST_TWILIO_TOKEN' },
    });
    expect(settings.twilio?.authToken).toBe('a-token-from-the-environment');
    expect(settings.feedKeys).toEqual([]);
    expect(settings.inboundTrack).toBe('prospect');
  });

  it('names a missing variable and refuses short secrets and malformed sids', () => {
    const missing = telephonySettingsSchema.safeParse({
      twilio: { accountSid, authToken: 'env:NOPE_NOT_SET' },
    });
    expect(missing.error?.issues[0]?.message).toContain('NOPE_NOT_SET');
    const short = telephonySettingsSchema.safeParse({ feedKeys: [{ id: 'k', secret: 'too-short' }] });
    expect(short.success).toBe(false);
    const sid = telephonySettingsSchema.safeParse({
      twilio: { accountSid: 'AC123', authToken: 'x'.repeat(32) },
    });
    expect(sid.success).toBe(false);
  });

  it('compares phone numbers by their digits, with or without the US country code', () => {
    expect(normalisePhone('+1 (909) 555-0142')).toBe('9095550142');
    expect(normalisePhone('909.555.0142')).toBe('9095550142');
    expect(normalisePhone('+44 20 7946 0958')).toBe('442079460958');
  });
});
