// Launches the system Chromium through playwright-core, which never downloads a browser of its own.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Path of the Chromium binary. Debian's "chromium" package installs it at /usr/bin/chromium. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Launches headless Chromium. playwright-core (1.65) gives each launch a fresh temporary profile
 * (--user-data-dir) and removes it on close. It rejects a --user-data-dir in `args`.
 */
export async function launchChromium() {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. Install it with "apt-get install -y chromium" or set CHROMIUM_PATH.`,
    );
  }

  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    timeout: 60_000,
    // The networking flags turn off Chromium's background connections to Google services,
    // which a closed network refuses.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
