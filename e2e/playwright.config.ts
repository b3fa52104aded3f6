import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './support/browser';

// Fails the command at once, with instructions, when there is no browser to drive.
const executablePath = chromiumPath();

export default defineConfig({
  testDir: './tests',
  outputDir: './artifacts/test-results',
  globalSetup: './global-setup.ts',
  // The suite owns its data (random names) and the machine has two cores.
  fullyParallel: true,
  workers: 2,
  // A retry would hide a flaky publish or a race in the apps; a failure should be looked at.
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    ['html', { outputFolder: './artifacts/report', open: 'never' }],
    ['./support/timing-reporter.ts'],
  ],
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: { executablePath, args: chromiumArgs },
    locale: 'es-MX',
    timezoneId: 'America/Mexico_City',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
  },
  projects: [{ name: 'chromium' }],
});
