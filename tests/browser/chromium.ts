/** Debian's Chromium driven by playwright-core, started the way this machine needs. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

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
