/** Debian's Chromium driven by playwright-core, started the way this machine needs. */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { serve } from '../../src/shell/serve.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launch(): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'baoku-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  // The fresh profile goes when the process ends, the browser closed by then (scripts such as
  // the screenshots run outside the tests' own temporary folder, which is removed anyway).
  process.once('exit', () => rmSync(profile, { recursive: true, force: true, maxRetries: 2 }));
  return context;
}

/** A built site served on a free port, and Chromium to read it with. */
export interface OpenSite {
  /** `http://127.0.0.1:<port>`: the site's root, without a trailing slash. */
  base: string;
  browser: BrowserContext;
  /** Close the browser and stop the server. */
  close(): Promise<void>;
}

/** Serve the built site in `output` as `npm start` does, and start Chromium. */
export async function openSite(output: string): Promise<OpenSite> {
  const server = serve(output, 0);
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const browser = await launch();
    return {
      base,
      browser,
      async close() {
        await browser.close();
        server.close();
      },
    };
  } catch (error) {
    server.close();
    throw error;
  }
}

/**
 * A screenshot of the page's viewport, saved to `path`. Headless Chromium now and then
 * answers `Page.captureScreenshot` with "Unable to capture screenshot" when no frame is ready
 * to copy (seen once in a full `npm test`, both cores busy, never in the same test run alone):
 * that one error is tried again, after a frame's wait, up to three times. Any other error fails.
 */
export async function screenshot(page: Page, path: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.screenshot({ path, fullPage: false });
      return;
    } catch (error) {
      if (attempt >= 3 || !(error instanceof Error) || !error.message.includes('Unable to capture screenshot')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
