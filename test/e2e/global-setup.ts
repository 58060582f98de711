import { demoTemplateDir } from '../support/demo-template'

export default async function globalSetup(): Promise<void> {
  const started = Date.now()
  const dir = await demoTemplateDir()
  console.log(`demo data template ready in ${Date.now() - started} ms: ${dir}`)
}
