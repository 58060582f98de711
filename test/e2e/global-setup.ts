import { existsSync } from 'node:fs'
import { builtCounterWorker } from '../support/browser-host'
import { demoTemplateDir } from '../support/demo-template'

export default async function globalSetup(): Promise<void> {
  // The suite drives the build, its renderer and its counter worker alike.
  if (!existsSync(builtCounterWorker.entry))
    throw new Error(
      `No build to test at ${builtCounterWorker.entry}: run \`npx electron-vite build\` first (npm run test:e2e does).`,
    )
  const started = Date.now()
  const dir = await demoTemplateDir()
  console.log(`demo data template ready in ${Date.now() - started} ms: ${dir}`)
}
