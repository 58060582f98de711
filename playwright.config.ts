import { defineConfig } from '@playwright/test'
import { chromiumArgs, findChromium } from './test/support/chromium'

export default defineConfig({
  globalSetup: './test/e2e/global-setup.ts',
  outputDir: 'test-results',
  reporter: process.env.CI ? [['list']] : [['list']],
  retries: 0,
  workers: 2,
  timeout: 30_000,
  // A sign-in or a registration runs scrypt N=2^17 (≈ 0.4 s, 128 MiB) in the counter's worker,
  // and two test workers share two cores with their browsers: answers may take seconds.
  expect: { timeout: 10_000 },
  projects: [
    {
      name: 'chromium',
      testDir: 'test/e2e',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        locale: 'it-IT',
        // No transitions or animations (base.css honours the setting): axe scans and screenshots
        // see the settled page, never a message halfway through its fade-in.
        reducedMotion: 'reduce',
        launchOptions: { executablePath: findChromium(), args: chromiumArgs },
        screenshot: 'only-on-failure',
        trace: 'retain-on-failure',
      },
    },
    {
      name: 'electron',
      testDir: 'test/e2e-electron',
    },
  ],
})
