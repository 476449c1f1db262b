import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ExperimentRecord } from '../../src/analytics/experiments.js';
import { connect, emitAck, expectOk, staffToken, widgetToken } from '../helpers/hub.js';
import { startHub, type TestHub } from '../sdk/helpers.js';
import { describeInBrowser, screenshot, watchedPages } from './browser.js';
import { clientDist, ensureClientBuilt } from './build.js';
import { modelRig, type ModelRig } from './fixtures.js';
import { signInWithToken } from './sign-in.js';

/**
 * A coaching.sections experiment in the agent console (Chromium, the production wiring on the real SDK against the
 * fake Anthropic API): the arm's agent sees only its sections, "Use as reply" works when SAY is shown and is absent
 * when it is not.
 */
describeInBrowser('a coaching.sections arm in the agent console', (browser) => {
  let hub: TestHub;
  let rig: ModelRig;
  let admin = '';
  const pages = watchedPages(browser);

  beforeAll(async () => {
    await ensureClientBuilt();
    rig = await modelRig(5);
    hub = await startHub((store) => ({ ...rig.setup(store), staticDir: clientDist }), { register: false });
    const answer = await fetch(`${hub.url}/api/dev/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenantId: 'demo', role: 'admin', userId: 'ada', name: 'Ada' }),
    });
    admin = ((await answer.json()) as { token: string }).token;
  }, 180_000);

  afterAll(async () => {
    await hub?.stop();
    await rig?.close();
  });

  const post = async (path: string, body?: unknown) => {
    const answer = await fetch(`${hub.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    expect(answer.status).toBeLessThan(300);
    return ((await answer.json()) as { experiment: ExperimentRecord }).experiment;
  };
  /** A running experiment whose non-control arm takes (almost) every lead: 1000 to 0.001. */
  const runArm = async (arm: string, coachingSections: string[]) => {
    const experiment = await post('/api/admin/experiments', {
      name: `Card ${arm}`,
      target: 'coaching.sections',
      variants: [
        { name: 'full', weight: 0.001, control: true },
        { name: arm, weight: 1_000, settings: { coachingSections } },
      ],
      primaryMetric: 'booked_call_rate',
    });
    return post(`/api/admin/experiments/${experiment.id}/start`);
  };
  /** A lead asks for a person; the agent claims it in the console and asks for coaching: the sections shown. */
  const coachedCard = async (agent: Page, experiment: ExperimentRecord) => {
    const widget = await connect(hub.url, '/widget', (await widgetToken(hub.url)).token);
    const { conversationId } = expectOk(
      await emitAck<{ conversationId: string }>(widget, 'message:send', {
        clientMsgId: 'a',
        text: 'Hi, is this home still available?',
      }),
    );
    expectOk(
      await emitAck(widget, 'message:send', { clientMsgId: 'b', text: 'Can I talk to a real person?' }),
    );
    const stored = await hub.store.getConversation('demo', conversationId);
    expect(stored?.meta.experiment?.id).toBe(experiment.id);
    await agent.locator(`.inbox button[data-conversation="${conversationId}"] .reason`).waitFor();
    await agent.locator(`.inbox button[data-conversation="${conversationId}"]`).click();
    await agent.getByRole('button', { name: 'Claim' }).click();
    await agent.getByRole('button', { name: 'Release to bot' }).waitFor();
    await agent.getByRole('button', { name: 'Coach me' }).click();
    await agent.getByText(/Coaching ready \(Claude\)/).waitFor();
    widget.disconnect();
    return agent
      .locator('.coach section')
      .evaluateAll((sections) => sections.map((section) => (section as HTMLElement).dataset.section));
  };

  it('shows the lean arm NEXT, SAY and COMPLIANCE with "Use as reply", and an arm without SAY no button', async () => {
    const { page: agent } = await pages.open('agent');
    await signInWithToken(agent, `${hub.url}/agent/`, await staffToken(hub.url, 'agent', 'jorge'));

    const lean = await runArm('lean', ['NEXT', 'SAY', 'COMPLIANCE']);
    expect(await coachedCard(agent, lean)).toEqual(['next', 'say', 'compliance']);
    const say = await agent.locator('.coach section[data-section="say"] p').textContent();
    expect(say).toBeTruthy();
    await agent.getByRole('button', { name: 'Use as reply' }).click();
    await expect(agent.locator('#reply-input').inputValue()).resolves.toBe(say);
    await screenshot(agent, 'coaching-sections-lean');

    await post(`/api/admin/experiments/${lean.id}/stop`);
    const bare = await runArm('bare', ['FOCUS', 'COMPLIANCE']);
    expect(await coachedCard(agent, bare)).toEqual(['focus', 'compliance']);
    await expect(agent.getByRole('button', { name: 'Use as reply' }).count()).resolves.toBe(0);
    await screenshot(agent, 'coaching-sections-bare');
  }, 90_000);
});
