import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FakeAnthropic } from '../fakes/anthropic-server.js';
import { connect, emitAck, expectOk, staffToken, widgetToken } from '../helpers/hub.js';
import { postTwilio, twilioParams, type TwilioCallback } from '../telephony/helpers.js';
import { startFake, startTelephonyHub } from '../telephony/rig.js';
import { describeInBrowser, DESKTOP, screenshot, watchConsole, type ConsoleWatch } from './browser.js';
import { clientDist, ensureClientBuilt } from './build.js';
import { signInWithToken } from './sign-in.js';

describeInBrowser('the agent console during a phone call (Chromium)', (browser) => {
  let fake: FakeAnthropic;

  beforeAll(async () => {
    await ensureClientBuilt();
    // Slow tokens: the coaching sections arrive one after the other.
    fake = await startFake(15);
  }, 180_000);

  afterAll(async () => {
    await fake?.close();
  });

  it('shows captions from posted Twilio callbacks, streams coaching on an objection, and flags a stalled feed', async () => {
    const { url } = await startTelephonyHub(fake, { stallAfterMs: 1_500 }, { staticDir: clientDist });
    // A lead's conversation, claimed by Jorge.
    const widget = await connect(url, '/widget', (await widgetToken(url, { intent: 'buy' })).token);
    const { conversationId } = expectOk(
      await emitAck<{ conversationId: string }>(widget, 'message:send', {
        clientMsgId: 'first',
        text: 'Please call me about the house on Banyan',
      }),
    );
    const token = await staffToken(url, 'agent', 'jorge', 'demo', 'Jorge Salas');
    const jorge = await connect(url, '/agent', token);
    expectOk(await emitAck(jorge, 'conversation:claim', { conversationId }));

    const context = await browser().newContext({ viewport: DESKTOP });
    const watch: ConsoleWatch = watchConsole(context, 'agent');
    const page: Page = await context.newPage();
    await signInWithToken(page, `${url}/agent/`, token);
    await page.locator(`.inbox button[data-conversation="${conversationId}"]`).click();
    const panel = page.locator('.call-panel');
    const badge = panel.locator('.feed-state');
    await expect.poll(() => badge.textContent()).toBe('No phone call');

    await panel.getByRole('button', { name: 'Start phone call' }).click();
    await expect.poll(() => badge.textContent()).toBe('Waiting for the transcript…');
    const callbackUrl = (await panel.locator('.callback-url').textContent())!;
    expect(callbackUrl).toContain(`/api/telephony/twilio/demo/${conversationId}/call-`);
    await expect(panel.locator('.twiml').textContent()).resolves.toContain('<Transcription');

    // Record every state of the coaching sections while they stream.
    await page.evaluate(() => {
      const states: string[] = [];
      (window as unknown as { coachStates: string[] }).coachStates = states;
      new MutationObserver(() => {
        const state = [...document.querySelectorAll<HTMLElement>('.coach section')]
          .map((section) => section.dataset.section)
          .join(',');
        if (state && states.at(-1) !== state) states.push(state);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });

    const post = (callback: TwilioCallback) => postTwilio(callbackUrl, twilioParams('demo', callback));
    expect((await post({ event: 'transcription-started', sequence: 1 })).status).toBe(204);
    await post({
      event: 'transcription-content',
      sequence: 2,
      track: 'outbound_track',
      text: 'Hi, this is Jorge',
    });
    await post({
      event: 'transcription-content',
      sequence: 3,
      track: 'inbound_track',
      text: 'Honestly the price',
      final: false,
    });
    await panel
      .locator('.caption.partial[data-speaker="prospect"]')
      .getByText('Honestly the price')
      .waitFor();
    await expect.poll(() => badge.textContent()).toBe('Transcript live');
    await post({
      event: 'transcription-content',
      sequence: 4,
      track: 'inbound_track',
      text: 'Honestly the price is too high, another agent told us we could get it for less.',
    });
    await panel
      .locator('.caption.final[data-speaker="prospect"]')
      .getByText('Honestly the price is too high')
      .waitFor();
    await expect(panel.locator('.caption.partial').count()).resolves.toBe(0);
    await panel.locator('.caption.final[data-speaker="agent"]').getByText('Hi, this is Jorge').waitFor();

    // Coaching streams in from the prospect's objection, section by section.
    await page.getByText(/Coaching ready/).waitFor({ timeout: 20_000 });
    const objection = await page.locator('.coach section[data-section="objection"] p').textContent();
    expect(objection).toMatch(/price/i);
    const states = await page.evaluate(() => (window as unknown as { coachStates: string[] }).coachStates);
    expect(states.length).toBeGreaterThanOrEqual(3);
    expect(states.at(-1)).toBe('next,focus,objection,say,ask,urgency,compliance');

    // The callbacks stop: the indicator says so; the next caption brings it back.
    await expect.poll(() => badge.textContent(), { timeout: 10_000 }).toBe('Transcript stalled');
    await screenshot(page, 'agent-call-stalled');
    await post({ event: 'transcription-content', sequence: 5, track: 'outbound_track', text: 'I hear you.' });
    await expect.poll(() => badge.textContent()).toBe('Transcript live');
    await post({ event: 'transcription-stopped', sequence: 6 });
    await expect.poll(() => badge.textContent()).toBe('Call ended');

    // The call's transcript is kept after the call, also after a reload.
    await page.reload();
    await page.locator(`.inbox button[data-conversation="${conversationId}"]`).click();
    await expect.poll(() => badge.textContent()).toBe('Call ended');
    await expect
      .poll(() => panel.locator('.caption.final').allTextContents())
      .toEqual([
        'Agent: Hi, this is Jorge',
        'Prospect: Honestly the price is too high, another agent told us we could get it for less.',
        'Agent: I hear you.',
      ]);
    await screenshot(page, 'agent-call-ended');
    expect(watch.errors).toEqual([]);
    await context.close();
  }, 90_000);
});
