import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

export const screenshotDir = resolve(import.meta.dirname, '../../test-artifacts/screenshots');
export const DESKTOP = { width: 1280, height: 800 } as const;
export const MOBILE = { width: 390, height: 844 } as const;

/** Chromium from CHROMIUM_PATH or the Debian package; undefined when absent. */
export function findChromium(): string | undefined {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (path): path is string => Boolean(path) && existsSync(path!),
  );
}

/**
 * Whether the browser suite can run. Without Chromium it is skipped with a loud warning, unless HUB_REQUIRE_ALL=1
 * (CI), where the missing browser fails the run.
 */
export function browserAvailability(): { run: boolean; reason?: string } {
  if (findChromium()) return { run: true };
  const reason = 'Chromium not found (set CHROMIUM_PATH or `apt-get install -y chromium`)';
  if (process.env.HUB_REQUIRE_ALL === '1') return { run: true, reason };
  console.warn(
    `\n\n  ⚠⚠⚠  BROWSER TESTS SKIPPED: ${reason}. Set HUB_REQUIRE_ALL=1 to make this a failure.  ⚠⚠⚠\n\n`,
  );
  return { run: false, reason };
}

let availability: ReturnType<typeof browserAvailability> | undefined;

/**
 * A describe block whose tests share one Chromium, launched before them and closed after them; `browser()` is
 * that browser. Skipped (with a loud warning and a skipped test saying why) without Chromium, unless
 * HUB_REQUIRE_ALL=1, where the missing browser fails the block.
 */
export function describeInBrowser(name: string, body: (browser: () => Browser) => void): void {
  availability ??= browserAvailability();
  if (!availability.run) {
    describe(name, () => {
      it.skip(`skipped: ${availability?.reason ?? 'no Chromium'}`, () => undefined);
    });
    return;
  }
  describe(name, () => {
    let browser: Browser | undefined;
    beforeAll(async () => {
      browser = await launchBrowser();
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
    });
    body(() => {
      if (!browser) throw new Error('Chromium is not running: its launch failed (see the beforeAll error)');
      return browser;
    });
  });
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium is required (HUB_REQUIRE_ALL=1) but was not found');
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface ConsoleWatch {
  errors: string[];
  /** Tolerates matching errors while `work` runs (an expected outage). */
  tolerate<T>(pattern: RegExp, work: () => Promise<T>): Promise<T>;
}

/** Records every console error and uncaught page error of the pages of a context. */
export function watchConsole(context: BrowserContext, name: string): ConsoleWatch {
  const errors: string[] = [];
  const tolerated: RegExp[] = [];
  const record = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      if (tolerated.some((pattern) => pattern.test(text))) return;
      errors.push(`[${name}] console.error: ${text}`);
    });
    page.on('pageerror', (error) => errors.push(`[${name}] page error: ${error.message}`));
  };
  context.pages().forEach(record);
  context.on('page', record);
  return {
    errors,
    async tolerate(pattern, work) {
      tolerated.push(pattern);
      try {
        return await work();
      } finally {
        tolerated.splice(tolerated.indexOf(pattern), 1);
      }
    },
  };
}

/**
 * The pages of one describe block, each in its own context with its console watched (`watches`, in opening
 * order). After each test, none of them may have logged an error.
 */
export function watchedPages(browser: () => Browser) {
  const watches: ConsoleWatch[] = [];
  afterEach(() => {
    const errors = watches.flatMap((watch) => watch.errors.splice(0));
    expect(errors, 'browser console errors').toEqual([]);
  });
  return {
    watches,
    async open(
      name: string,
      options: { viewport?: { width: number; height: number }; init?: string } = {},
    ): Promise<{ page: Page; watch: ConsoleWatch }> {
      const context = await browser().newContext({ viewport: options.viewport ?? DESKTOP });
      if (options.init) await context.addInitScript(options.init);
      const watch = watchConsole(context, name);
      watches.push(watch);
      return { page: await context.newPage(), watch };
    },
  };
}

/**
 * What overflows sideways: the page itself, or a panel / table wrapper whose content is wider than the panel
 * (cut off or scrolled sideways). Empty when the layout fits the viewport.
 */
export function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > window.innerWidth + 1)
      found.push(`page ${root.scrollWidth}px > ${window.innerWidth}px`);
    const panels = document.querySelectorAll<HTMLElement>(
      'main > *, .board-wrap, .scroll, .strip, .filters, .pane-head, .composer, .history',
    );
    for (const element of panels) {
      if (element.offsetParent === null) continue; // not displayed
      if (element.scrollWidth > element.clientWidth + 1)
        found.push(
          `${element.className || element.tagName} ${element.scrollWidth}px > ${element.clientWidth}px`,
        );
    }
    return found;
  });
}

/** Saves a screenshot of the viewport and asserts that nothing overflows sideways at this size. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: false });
  const overflow = await horizontalOverflow(page);
  if (overflow.length > 0) throw new Error(`${name}: horizontal overflow: ${overflow.join('; ')}`);
}
