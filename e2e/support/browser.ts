import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

/** Debian's Chromium works headless with these; nothing here may reach out to the internet. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const howToGetOne =
  'Install one with `apt-get install -y chromium` (as root; it lands in /usr/bin/chromium), ' +
  'or point CHROMIUM_PATH at a Chromium or Chrome binary. `npx playwright install` cannot work here: ' +
  'the suite never downloads a browser.';

/** The browser the suite drives: CHROMIUM_PATH, else Debian's /usr/bin/chromium. Throws if absent. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  try {
    accessSync(path, constants.X_OK);
  } catch {
    const origin = process.env.CHROMIUM_PATH ? `CHROMIUM_PATH=${path}` : `${path}`;
    throw new Error(
      `No browser for the end-to-end tests: ${origin} is missing or not executable. ${howToGetOne}`,
    );
  }
  return path;
}

/** Runs the browser once, so a broken install fails before a minute is spent starting servers. */
export function chromiumVersion(path: string): string {
  const result = spawnSync(path, ['--version', ...chromiumArgs], { encoding: 'utf8', timeout: 30_000 });
  if (result.status !== 0) {
    throw new Error(
      `The browser at ${path} does not run (${result.error?.message ?? `exit ${result.status}`}: ${result.stderr.trim()}). ${howToGetOne}`,
    );
  }
  return result.stdout.trim();
}
