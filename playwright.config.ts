import { defineConfig } from '@playwright/test'
import { chromiumArgs, findChromium } from './test/support/chromium'

// The screenshot gallery (screenshots.spec.ts) is written on request, `npm run screenshots`, as
// benchmarks are run: it walks every screen again for pictures, not for checks of its own.
const screenshots = process.env.UPDATE_SCREENSHOTS === '1'

export default defineConfig({
  globalSetup: './test/e2e/global-setup.ts',
  outputDir: 'test-results',
  reporter: process.env.CI ? [['list']] : [['list']],
  retries: 0,
  // Every test has its own counter and data (fixtures.ts): tests of one file run on either worker,
  // so the two workers finish together.
  fullyParallel: true,
  workers: 2,
  // Two workers and their browsers share two cores: a flow through two pages (the operator's and
  // the customer display) or several sign-ins takes 25 s when the other worker is busy too.
  timeout: 60_000,
  // A sign-in or a registration runs scrypt N=2^17 (≈ 0.4 s, 128 MiB) in the counter's worker,
  // and two test workers share two cores with their browsers: answers may take seconds.
  expect: { timeout: 15_000 },
  projects: [
    {
      name: 'chromium',
      testDir: 'test/e2e',
      testIgnore: screenshots ? [] : ['**/screenshots.spec.ts'],
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        locale: 'it-IT',
        // No transitions or animations (base.css honours the setting): axe scans and screenshots
        // see the settled page, never a message halfway through its fade-in.
        reducedMotion: 'reduce',
        launchOptions: { executablePath: findChromium(), args: chromiumArgs },
        screenshot: 'only-on-failure',
        // A trace costs a fifth of the suite's time: record one when chasing a failure,
        // `npx playwright test --trace retain-on-failure`.
        trace: 'off',
      },
    },
    {
      name: 'electron',
      testDir: 'test/e2e-electron',
    },
  ],
})
