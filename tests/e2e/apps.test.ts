import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { staffToken, startHub, type TestHub } from '../sdk/helpers.js';
import {
  describeInBrowser,
  DESKTOP,
  watchedPages,
  MOBILE,
  screenshot,
  watchConsole,
  type ConsoleWatch,
} from './browser.js';
import { clientDist, ensureClientBuilt } from './build.js';
import { modelRig, type ModelRig } from './fixtures.js';
import { signInWithToken } from './sign-in.js';

const STEP_MS = 60_000;
/** Fails with the step's name when one part of a test hangs, instead of a bare test timeout. */
const step = <T>(name: string, work: Promise<T>, ms = 20_000): Promise<T> => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`step "${name}" did not finish within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
};
/** Connection failures Chromium logs while the hub is down on purpose. */
const OUTAGE = /ERR_CONNECTION_REFUSED|WebSocket connection to .* failed|socket\.io/;

describeInBrowser('browser apps against a real hub', (browser) => {
  let hub: TestHub;
  let rig: ModelRig;
  const pages = watchedPages(browser);
  let lead: Page;
  let agent: Page;
  let supervisor: Page;
  let conversationId = '';

  const newPage = (name: string, viewport = DESKTOP) => pages.open(name, { viewport });
  const leadTexts = async () =>
    (await hub.store.messagesAfter('demo', conversationId, 0, { limit: 1_000 }))
      .filter((message) => message.author.type === 'lead')
      .map((message) => message.text);
  /**
   * Records every visible state, in order, of the widget's streaming bot bubble (`botStream`, in its shadow root)
   * or of the console's coaching sections (`coachSections`: keys present, `?` while a section is still empty).
   */
  const recordStates = (page: Page, key: 'botStream' | 'coachSections') =>
    page.evaluate((key) => {
      const widget = document.getElementById('jorge-hub-widget')?.shadowRoot;
      const root: ParentNode = key === 'botStream' ? widget! : document;
      const read = () =>
        key === 'botStream'
          ? (root.querySelector('.msg.bot.streaming .body')?.textContent ?? '')
          : [...root.querySelectorAll<HTMLElement>('.coach section')]
              .map(
                (section) =>
                  `${section.dataset.section}${section.querySelector('p')?.textContent ? '' : '?'}`,
              )
              .join(',');
      const states: string[] = [];
      (window as unknown as Record<string, string[]>)[key] = states;
      new MutationObserver(() => {
        const state = read();
        if (state && states.at(-1) !== state) states.push(state);
      }).observe(key === 'botStream' ? widget! : document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    }, key);
  const statesOf = (page: Page, key: string) =>
    page.evaluate((key) => (window as unknown as Record<string, string[]>)[key] ?? [], key);

  beforeAll(async () => {
    await ensureClientBuilt();
    rig = await modelRig();
    hub = await startHub((store) => ({ ...rig.setup(store), staticDir: clientDist }), { register: false });
  }, 180_000);

  afterAll(async () => {
    await hub?.stop();
    await rig?.close();
  });

  it(
    'a lead chats through the widget on the demo page, sees replies stream in, and asks for a person (hand-off)',
    async () => {
      ({ page: lead } = await newPage('lead'));
      await lead.goto(`${hub.url}/demo/`);
      await expect(lead.title()).resolves.toContain('Rancho Cucamonga');
      const launcher = lead.getByRole('button', { name: 'Ask about this home' });
      await launcher.focus();
      await lead.keyboard.press('Enter'); // keyboard works
      const input = lead.getByLabel('Your message');
      await expect
        .poll(() => input.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement))
        .toBe(true);
      await recordStates(lead, 'botStream');

      await input.fill('Hi, is this home still available?');
      await input.press('Enter');
      const firstReply = lead.locator('.log .msg.bot').first();
      await firstReply.waitFor();
      const replyText = (await firstReply.locator('.body').textContent())!;
      expect(replyText).toMatch(/\$725,000/); // the buyer bot anchors the budget on the listing
      const partials = await statesOf(lead, 'botStream');
      // Phrased text is released clause by clause, a template word by word: the bubble grew before the reply was complete.
      expect(partials.length).toBeGreaterThanOrEqual(2);
      expect(partials.some((partial) => partial.trim().length < replyText.length)).toBe(true);
      expect(partials.every((partial) => replyText.startsWith(partial.trim()))).toBe(true);

      await input.fill('Yes it is. Can I talk to a real person?');
      await input.press('Enter');
      await lead.getByText('Connecting you with a team member…').waitFor();
      // The hand-off line, then the ask for a name and number with the consent line to texts (its own message).
      await expect.poll(() => lead.locator('.log .msg.bot').count()).toBe(3);
      await expect(lead.locator('.log .msg.bot').nth(2).textContent()).resolves.toMatch(
        /By sharing your number you agree to receive texts/,
      );
      const log = lead.getByRole('log', { name: 'Conversation' });
      await expect(log.getAttribute('aria-live')).resolves.toBe('polite');
      const conversations = await hub.store.listConversations('demo', { statuses: ['handoff_pending'] });
      expect(conversations).toHaveLength(1);
      conversationId = conversations[0]!.id;
      await screenshot(lead, 'widget-desktop');
      await lead.setViewportSize(MOBILE);
      await screenshot(lead, 'widget-mobile');
      await lead.setViewportSize(DESKTOP);
    },
    STEP_MS,
  );

  it(
    'an agent signs in, claims the hand-off from the live inbox and sees coaching stream in section by section',
    async () => {
      ({ page: agent } = await newPage('agent'));
      await agent.goto(`${hub.url}/agent/`);
      await agent.getByLabel('User id').fill('jorge');
      await agent.getByLabel('Display name').fill('Jorge Salas');
      await agent.getByRole('button', { name: 'Sign in' }).click();
      await agent.getByText('Live', { exact: true }).waitFor();

      const item = agent.locator(`.inbox button[data-conversation="${conversationId}"]`);
      await item.locator('.reason').waitFor();
      await item.click();
      await agent
        .getByRole('log', { name: 'Transcript' })
        .getByText('Can I talk to a real person?')
        .waitFor();
      await agent.getByText('Hand-off', { exact: true }).waitFor();
      await agent
        .locator('.profile')
        .getByText(/Missing slots/)
        .waitFor();
      await agent.getByRole('button', { name: 'Claim' }).click();
      await agent.getByRole('button', { name: 'Release to bot' }).waitFor();
      await lead.getByText('Jorge Salas joined the conversation').waitFor();
      await lead.getByText("You're chatting with Jorge Salas").waitFor();

      await recordStates(agent, 'coachSections');
      await agent.getByRole('button', { name: 'Coach me' }).click();
      await agent.getByText(/Coaching ready \(Claude\)/).waitFor();
      const sections = await statesOf(agent, 'coachSections');
      const keys = (state: string) => state.split(',').map((key) => key.replace('?', ''));
      const order = ['next', 'focus', 'objection', 'say', 'ask', 'urgency', 'compliance'];
      expect(keys(sections.at(-1)!)).toEqual(order);
      // Progressive: the panel showed each prefix of the sections before the next one arrived.
      for (let n = 1; n < order.length; n++) {
        expect(sections.some((state) => keys(state).join(',') === order.slice(0, n).join(','))).toBe(true);
      }
      const say = await agent.locator('.coach section[data-section="say"] p').textContent();
      expect(say).toBeTruthy();
      await agent.getByRole('button', { name: 'Use as reply' }).click();
      await expect(agent.locator('#reply-input').inputValue()).resolves.toBe(say);
      await agent.locator('#reply-input').press('Enter');
      await lead.locator('.log .msg.agent').getByText(say!).waitFor();
      // The console sent the card's seq with the reply: the card counts as used, clicked (docs/PROTOCOL.md).
      await expect
        .poll(async () =>
          (
            await hub.store.leadEvents('demo', {
              from: '2000-01-01T00:00:00.000Z',
              to: '2100-01-01T00:00:00.000Z',
              conversationId,
              types: ['coaching_used'],
            })
          ).map(({ event }) => (event.type === 'coaching_used' ? event.match : null)),
        )
        .toEqual(['clicked']);
      await screenshot(agent, 'agent-desktop');
      await agent.setViewportSize(MOBILE);
      await screenshot(agent, 'agent-mobile');
      await agent.setViewportSize(DESKTOP);
    },
    STEP_MS,
  );

  it(
    'a supervisor sees it on the board, monitors it with its coaching stream and whispers; never shown to the lead',
    async () => {
      const token = await staffToken(hub, 'supervisor', 'maria', 'Maria Lopez');
      ({ page: supervisor } = await newPage('supervisor'));
      await signInWithToken(supervisor, `${hub.url}/supervisor/`, token);
      await expect.poll(() => supervisor.evaluate(() => location.search)).toBe('');
      const row = supervisor.locator(`tr[data-conversation="${conversationId}"]`);
      await row.getByText('Jorge Salas').waitFor();
      await row.getByRole('button', { name: /Monitor/ }).click();
      await supervisor
        .getByRole('log', { name: 'Monitored transcript' })
        .getByText('Can I talk to a real person?')
        .waitFor();

      await agent.getByRole('button', { name: 'Coach me' }).click();
      await supervisor.getByText(/Coaching (streaming…|ready)/).waitFor();
      await supervisor.locator('.monitor .coach section[data-section="say"]').waitFor();

      await supervisor.getByLabel('Whisper to the agent').fill('Ask about financing before showing times');
      await supervisor.getByRole('button', { name: 'Whisper', exact: true }).click();
      await agent.locator('.whispers').getByText('Ask about financing before showing times').waitFor();
      await agent
        .getByRole('log', { name: 'Transcript' })
        .getByText('Ask about financing before showing times')
        .waitFor();
      // A later everyone-visible message reaches the lead; the whisper before it never does.
      await agent.locator('#reply-input').fill('Have you spoken with a lender yet?');
      await agent.locator('#reply-input').press('Enter');
      await lead.getByText('Have you spoken with a lender yet?').waitFor();
      await expect(lead.getByRole('log', { name: 'Conversation' }).textContent()).resolves.not.toContain(
        'financing before',
      );

      await row.getByText('Agent').first().waitFor();
      await screenshot(supervisor, 'supervisor-desktop');
      await supervisor.setViewportSize(MOBILE);
      await screenshot(supervisor, 'supervisor-mobile');
      await supervisor.setViewportSize(DESKTOP);
    },
    STEP_MS,
  );

  it(
    'the widget keeps the conversation across a page reload (resume by seq, nothing twice)',
    async () => {
      const before = await lead.locator('.log li').allTextContents();
      await lead.reload();
      // The panel reopens and the transcript is back (from the cache, then resumed by seq).
      await lead
        .getByRole('log', { name: 'Conversation' })
        .getByText('Have you spoken with a lender yet?')
        .waitFor();
      await expect.poll(() => lead.locator('.connection').isHidden()).toBe(true);
      await lead.getByLabel('Your message').fill('Not yet, can you recommend one?');
      await lead.getByLabel('Your message').press('Enter');
      await agent
        .getByRole('log', { name: 'Transcript' })
        .getByText('Not yet, can you recommend one?')
        .waitFor();
      const after = await lead.locator('.log li').allTextContents();
      expect(after.slice(0, before.length)).toEqual(before);
      expect(
        new Set(
          await lead
            .locator('.log li')
            .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.seq)),
        ).size,
      ).toBe(after.length);
    },
    STEP_MS,
  );

  it(
    'the widget shows Reconnecting… while the hub restarts and sends what was typed offline exactly once',
    async () => {
      const [leadWatch, agentWatch, supervisorWatch] = pages.watches as [
        ConsoleWatch,
        ConsoleWatch,
        ConsoleWatch,
      ];
      await leadWatch.tolerate(OUTAGE, () =>
        agentWatch.tolerate(OUTAGE, () =>
          supervisorWatch.tolerate(OUTAGE, async () => {
            await step('the hub stops', hub.stop());
            await step('the widget shows Reconnecting…', lead.getByText(/^Reconnecting…/).waitFor());
            await step(
              'the console shows Reconnecting…',
              agent.locator('#connection').getByText('Reconnecting…').waitFor(),
            );
            const input = lead.getByLabel('Your message');
            await input.fill('Typed while the hub was down');
            await input.press('Enter');
            await step('the widget queues the message', lead.getByText('Waiting for connection…').waitFor());
            await screenshot(lead, 'widget-reconnecting');
            await step('the hub starts again', hub.start());
            await step(
              'the queued message is sent',
              lead.locator('.log').getByText('Typed while the hub was down').waitFor(),
            );
            await expect.poll(() => lead.locator('.connection').isHidden()).toBe(true);
            await step('the console is live again', agent.locator('#connection').getByText('Live').waitFor());
          }),
        ),
      );
      expect((await leadTexts()).filter((text) => text === 'Typed while the hub was down')).toHaveLength(1);
      expect(await lead.locator('.pending').count()).toBe(0);
      await agent
        .getByRole('log', { name: 'Transcript' })
        .getByText('Typed while the hub was down')
        .waitFor();
    },
    STEP_MS,
  );
});

describeInBrowser('browser apps on a hub without coaching', (browser) => {
  it(
    'shows the coaching error in the console panel',
    async () => {
      await ensureClientBuilt();
      const hub = await startHub({ staticDir: clientDist });
      const context = await browser().newContext({ viewport: DESKTOP });
      const watch = watchConsole(context, 'agent');
      const page = await context.newPage();
      const widget = await context.newPage();
      await widget.goto(`${hub.url}/demo/`);
      await widget.getByRole('button', { name: 'Ask about this home' }).click();
      await widget.getByLabel('Your message').fill('Hello there');
      await widget.getByLabel('Your message').press('Enter');
      await widget.locator('.log .msg.bot').first().waitFor();
      const [conversation] = await hub.store.listConversations('demo', { statuses: ['open'] });
      // The roster picker lists the agents signed in: Jorge has the console open in another tab.
      const agentToken = await staffToken(hub, 'agent', 'jorge', 'Jorge Salas');
      const agentPage = await context.newPage();
      await signInWithToken(agentPage, `${hub.url}/agent/`, agentToken);
      await agentPage.getByText('Live', { exact: true }).waitFor();
      const supervisorToken = await staffToken(hub, 'supervisor', 'maria', 'Maria Lopez');
      await signInWithToken(page, `${hub.url}/supervisor/`, supervisorToken);
      await page
        .locator(`tr[data-conversation="${conversation!.id}"]`)
        .getByRole('button', { name: /Monitor/ })
        .click();
      await expect
        .poll(() => page.locator('[data-stat="agents"]').textContent(), { timeout: 20_000 })
        .toBe('1');
      await page.getByLabel('Agent', { exact: true }).selectOption({ label: 'Jorge Salas (online)' });
      await page.getByRole('button', { name: 'Assign' }).click();
      await page.locator(`tr[data-conversation="${conversation!.id}"]`).getByText('Jorge Salas').waitFor();
      await agentPage.close();
      // Jorge closed his console: the roster still lists him, no longer online.
      await expect
        .poll(() => page.locator('[data-stat="agents"]').textContent(), { timeout: 20_000 })
        .toBe('0');
      await expect
        .poll(() => page.getByLabel('Agent', { exact: true }).locator('option').allTextContents())
        .toContain('Jorge Salas (offline)');
      await signInWithToken(page, `${hub.url}/agent/`, agentToken);
      await page.locator(`.inbox button[data-conversation="${conversation!.id}"]`).click();
      await page.getByRole('button', { name: 'Coach me' }).click();
      await page
        .getByText('Coaching unavailable: Coaching is not configured on this hub (UNAVAILABLE)')
        .waitFor();
      expect(watch.errors).toEqual([]);
    },
    STEP_MS,
  );
});
