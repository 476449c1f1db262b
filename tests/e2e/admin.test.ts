import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signTimestamped, SIGNATURE_HEADER } from '../../src/jobs/webhook.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it, onTestFinished } from 'vitest';
import type { HubCluster } from '../../scripts/lib/hub-processes.js';
import { connect, emitAck, expectOk } from '../helpers/hub.js';
import { useTestCluster } from '../cluster/harness.js';
import { describeInBrowser, DESKTOP, MOBILE, screenshot, watchedPages } from './browser.js';
import { ensureClientBuilt } from './build.js';
import { signInWithToken } from './sign-in.js';

const TEAM_PRICE_LINE =
  'Te entiendo; te mando las tres ventas más parecidas del último mes para ver el valor real.';
const NEW_SITE = 'https://homes.new-site.example';
const AUTH_TOKEN = 'twilio-auth-token-from-the-admin-page-42';
const WEBHOOK_SECRET = 'crm-webhook-secret-typed-in-the-admin-page';
const OPS_SECRET = 'ops-endpoint-secret-typed-in-the-admin-page';

/** A CRM endpoint on port 0 that records what it was sent. */
async function startCrm() {
  const received: { event: string; signature: string; body: string }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({
        event: String(req.headers['x-hub-event']),
        signature: String(req.headers[SIGNATURE_HEADER]),
        body,
      });
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    received,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/crm`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(`(() => { ${AXE_SOURCE}\n; window.axe = axe; })()`);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    })) as { violations: { id: string; impact: string; nodes: { target: unknown }[] }[] };
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) => `${violation.impact} ${violation.id}: ${JSON.stringify(violation.nodes[0]?.target)}`,
      );
  });
}

async function adminToken(url: string, userId: string, name: string): Promise<string> {
  const response = await fetch(`${url}/api/dev/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenantId: 'demo', role: 'admin', userId, name }),
  });
  if (response.status !== 201) throw new Error(`dev token: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

const sessionFrom = (url: string, origin: string) =>
  fetch(`${url}/api/widget/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ tenantId: 'demo' }),
  });

describeInBrowser(
  'the Admin page: settings saved on node A are used on node B without a restart',
  (browser) => {
    const setup = useTestCluster({
      nodes: 2,
      env: {
        REDIS_KEY_PREFIX: `jorge-test-${randomUUID().slice(0, 8)}:`,
        HUB_TENANT_REFRESH_MS: '3600000',
        HUB_SERVE_CLIENT: 'true',
        // The test's CRM receiver listens on 127.0.0.1.
        HUB_ALERT_CHANNELS_ALLOW_PRIVATE: '1',
      },
    });
    const pages = watchedPages(browser);
    let cluster: HubCluster;
    let crm: Awaited<ReturnType<typeof startCrm>>;
    afterAll(() => crm?.close());
    beforeAll(async () => {
      crm = await startCrm();
      await ensureClientBuilt();
      cluster = await setup.start();
    }, 240_000);

    it('edits the persona, origins, canned replies and telephony keys in English and Spanish, at 1280 and 390 px', async () => {
      const [a, b] = cluster.nodes;
      const token = await adminToken(a!.url, 'ada', 'Ada Admin');
      expect((await sessionFrom(b!.url, NEW_SITE)).status).toBe(403);

      const { page } = await pages.open('admin-desktop', { viewport: DESKTOP });
      await signInWithToken(page, `${a!.url}/supervisor/admin.html`, token);
      await page.getByRole('heading', { name: 'Tenant settings: demo' }).waitFor();
      await screenshot(page, 'admin-1280');
      expect(await axeViolations(page)).toEqual([]);

      await page.getByLabel('Agent name (the bot speaks for this person)').fill('Maria Lopez');
      const origins = page.getByLabel(/^Widget origins/);
      await origins.fill(`${await origins.inputValue()}\n${NEW_SITE}`);
      await page.getByRole('button', { name: 'Add a reply' }).click();
      const newReply = page.locator('.rows .row').last();
      await newReply.getByLabel('Title').fill('Cita nueva');
      await newReply.getByLabel('Language').selectOption('es');
      await newReply.getByLabel('Text').fill('Hola {lead}, soy {agent}. ¿Cuándo le queda bien?');
      // The team's own Spanish price answer for the coach (the English one keeps the built-in line).
      const priceTrack = page.getByRole('group', { name: 'Price', exact: true });
      await priceTrack.getByLabel('Line in Spanish').fill(TEAM_PRICE_LINE);
      await priceTrack.scrollIntoViewIfNeeded();
      await screenshot(page, 'admin-1280-talk-tracks');
      await page.getByLabel('Twilio account SID').fill(`AC${'d'.repeat(32)}`);
      await page.getByLabel('Twilio auth token').fill(AUTH_TOKEN);
      await page.getByRole('button', { name: 'Add an endpoint' }).click();
      const endpoint = page.locator('.endpoint').last();
      await endpoint.getByLabel('Endpoint id').fill('crm');
      await endpoint.getByLabel('Endpoint URL').fill(crm.url);
      await endpoint.getByLabel('Signing secret (32+ characters)').fill(WEBHOOK_SECRET);
      await endpoint.getByLabel('lead.created').check();
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.locator('.admin-status', { hasText: 'Saved: version 2, applied on every hub.' }).waitFor();

      // Node B uses the change at once (the store refresh is an hour away: it came over Redis).
      await expect
        .poll(async () => (await sessionFrom(b!.url, NEW_SITE)).status, { timeout: 3_000 })
        .toBe(201);
      const agentOnB = await connect(b!.url, '/agent', token);
      const canned = expectOk(
        await emitAck<{ replies: { title: string; lang?: string }[] }>(agentOnB, 'canned:list', {}),
      );
      expect(canned.replies).toContainEqual(expect.objectContaining({ title: 'Cita nueva', lang: 'es' }));
      // A lead on node B: its lead.created reaches the tenant's own webhook, signed with the secret typed above.
      const session = (await (await sessionFrom(b!.url, NEW_SITE)).json()) as { token: string };
      const lead = await connect(b!.url, '/widget', session.token);
      expectOk(await emitAck(lead, 'message:send', { clientMsgId: 'admin-w1', text: 'Hi, I want to buy' }));
      await expect
        .poll(() => crm.received.map((entry) => entry.event), { timeout: 15_000 })
        .toContain('lead.created');
      const delivered = crm.received.find((entry) => entry.event === 'lead.created')!;
      const t = Number(/t=(\d+)/.exec(delivered.signature)![1]);
      expect(delivered.signature).toBe(signTimestamped(WEBHOOK_SECRET, t, delivered.body));

      // The saved secret never comes back: the field holds the marker, the page holds no token.
      await page.reload();
      await page.getByRole('heading', { name: 'Tenant settings: demo' }).waitFor();
      expect(await page.getByLabel('Twilio auth token').inputValue()).toBe('********');
      expect(await page.content()).not.toContain(AUTH_TOKEN);
      expect(await page.content()).not.toContain(WEBHOOK_SECRET);
      expect(await page.getByLabel('Signing secret (32+ characters)').inputValue()).toBe('********');
      expect(await page.getByLabel('Endpoint id').inputValue()).toBe('crm');
      expect(await page.getByLabel('Agent name (the bot speaks for this person)').inputValue()).toBe(
        'Maria Lopez',
      );
      expect(
        await page
          .getByRole('group', { name: 'Price', exact: true })
          .getByLabel('Line in Spanish')
          .inputValue(),
      ).toBe(TEAM_PRICE_LINE);
      const saved = (await (
        await fetch(`${b!.url}/api/admin/tenant`, { headers: { authorization: `Bearer ${token}` } })
      ).json()) as { settings: { talkTracks?: Record<string, { say: { es?: string; en?: string } }> } };
      expect(saved.settings.talkTracks).toEqual({ price: { say: { es: TEAM_PRICE_LINE } } });

      // Spanish.
      await page.getByRole('button', { name: 'Español' }).click();
      await page.getByRole('heading', { name: 'Configuración del equipo: demo' }).waitFor();
      await page.getByText('Respuestas rápidas', { exact: true }).waitFor();
      await screenshot(page, 'admin-1280-es');

      // A phone, in Spanish: a second admin loads version 2; the first saves version 3; the phone's save is refused.
      const { page: phone, watch: phoneWatch } = await pages.open('admin-phone', { viewport: MOBILE });
      await signInWithToken(
        phone,
        `${a!.url}/supervisor/admin.html`,
        await adminToken(a!.url, 'bea', 'Bea Admin'),
      );
      await phone.getByRole('button', { name: 'Español' }).click();
      await phone.getByRole('heading', { name: 'Configuración del equipo: demo' }).waitFor();
      await screenshot(phone, 'admin-390-es');
      await phone.getByRole('group', { name: 'Respuestas rápidas' }).scrollIntoViewIfNeeded();
      await screenshot(phone, 'admin-390-es-replies');
      await phone.getByLabel('URL del destino').scrollIntoViewIfNeeded();
      await screenshot(phone, 'admin-390-es-webhook');
      expect(await axeViolations(phone)).toEqual([]);
      await page.getByLabel('Mercado').fill('Ontario, CA');
      await page.getByRole('button', { name: 'Guardar configuración' }).click();
      await page.locator('.admin-status', { hasText: 'Guardado: versión 3' }).waitFor();
      await phone.getByLabel('Nombre del agente (el bot habla por esta persona)').fill('Bea Says');
      // The refused PUT is a 409 in the console: expected here.
      await phoneWatch.tolerate(/409 \(Conflict\)/, async () => {
        await phone.getByRole('button', { name: 'Guardar configuración' }).click();
        await phone
          .locator('.admin-status', {
            hasText: /Alguien guardó esta configuración antes \(ahora versión 3\)/,
          })
          .waitFor();
      });
      await phone.locator('.admin-status').scrollIntoViewIfNeeded();
      await screenshot(phone, 'admin-390-conflict');
      await phone.getByRole('button', { name: 'Recargar' }).click();
      await expect.poll(() => phone.getByLabel('Mercado').inputValue()).toBe('Ontario, CA');
      expect(await phone.getByLabel('Nombre del agente (el bot habla por esta persona)').inputValue()).toBe(
        'Maria Lopez',
      );
    }, 180_000);

    it('adds a second webhook endpoint with its own filter and secret: both receive the event, each signed with its key', async () => {
      const ops = await startCrm();
      onTestFinished(() => ops.close());
      const [a, b] = cluster.nodes;
      const token = await adminToken(a!.url, 'ada', 'Ada Admin');
      const { page } = await pages.open('admin-endpoints', { viewport: DESKTOP });
      await signInWithToken(page, `${a!.url}/supervisor/admin.html`, token);
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { name: 'Tenant settings: demo' }).waitFor();
      await page.getByRole('button', { name: 'Add an endpoint' }).click();
      const second = page.locator('.endpoint').last();
      await second.getByLabel('Endpoint id').fill('ops');
      await second.getByLabel('Endpoint URL').fill(ops.url);
      await second.getByLabel('Signing secret (32+ characters)').fill(OPS_SECRET);
      await second.getByLabel('lead.created').check();
      await second.getByLabel('lead.identified').check();
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page
        .locator('.admin-status', { hasText: /Saved: version \d+, applied on every hub\./ })
        .waitFor();
      await page.locator('.endpoint').first().scrollIntoViewIfNeeded();
      await screenshot(page, 'admin-1280-endpoints');
      expect(await page.locator('.endpoint').count()).toBe(2);
      expect(await page.content()).not.toContain(OPS_SECRET);
      expect(await second.getByLabel('Signing secret (32+ characters)').inputValue()).toBe('********');

      const before = crm.received.length;
      const session = (await (await sessionFrom(b!.url, NEW_SITE)).json()) as { token: string };
      const lead = await connect(b!.url, '/widget', session.token);
      expectOk(await emitAck(lead, 'message:send', { clientMsgId: 'admin-w2', text: 'Hi, I want to sell' }));
      await expect
        .poll(() => ops.received.map((entry) => entry.event), { timeout: 15_000 })
        .toContain('lead.created');
      await expect
        .poll(() => crm.received.slice(before).map((entry) => entry.event), { timeout: 15_000 })
        .toContain('lead.created');
      const verify = (secret: string, entry: { signature: string; body: string }) => {
        const t = Number(/t=(\d+)/.exec(entry.signature)![1]);
        return entry.signature === signTimestamped(secret, t, entry.body);
      };
      const toOps = ops.received.find((entry) => entry.event === 'lead.created')!;
      const toCrm = crm.received.slice(before).find((entry) => entry.event === 'lead.created')!;
      expect(verify(OPS_SECRET, toOps)).toBe(true);
      expect(verify(WEBHOOK_SECRET, toCrm)).toBe(true);
      expect(verify(WEBHOOK_SECRET, toOps)).toBe(false);
      // Each copy has its own delivery id.
      const idOf = (body: string) => (JSON.parse(body) as { id: string }).id;
      expect(idOf(toOps.body)).not.toBe(idOf(toCrm.body));

      // The deliveries view: one row per endpoint; redelivering the ops copy sends it to ops only, same id.
      await page.reload();
      await page.getByRole('heading', { name: 'Recent webhook deliveries' }).waitFor();
      const deliveries = page.locator('.deliveries .delivery');
      await deliveries.filter({ hasText: 'lead.created → ops: delivered, 1 attempt' }).waitFor();
      await deliveries.filter({ hasText: 'lead.created → crm: delivered, 1 attempt' }).first().waitFor();
      await page.locator('.admin-deliveries').scrollIntoViewIfNeeded();
      await screenshot(page, 'admin-1280-deliveries');
      const crmCount = crm.received.length;
      const opsCount = ops.received.length;
      await page.locator(`button[data-delivery="${idOf(toOps.body)}"]`).click();
      await expect.poll(() => ops.received.length, { timeout: 15_000 }).toBe(opsCount + 1);
      expect(idOf(ops.received.at(-1)!.body)).toBe(idOf(toOps.body));
      expect(crm.received.length).toBe(crmCount);

      const { page: phone } = await pages.open('admin-endpoints-phone', { viewport: MOBILE });
      await signInWithToken(phone, `${a!.url}/supervisor/admin.html`, token);
      await phone.getByRole('button', { name: 'English' }).click();
      await phone.getByRole('heading', { name: 'Tenant settings: demo' }).waitFor();
      await phone.locator('.endpoint').last().scrollIntoViewIfNeeded();
      await screenshot(phone, 'admin-390-endpoints');
      await phone.locator('.admin-deliveries').scrollIntoViewIfNeeded();
      await screenshot(phone, 'admin-390-deliveries');
      expect(await phone.locator('.endpoint').count()).toBe(2);
      expect(await axeViolations(phone)).toEqual([]);
    }, 120_000);
  },
);
