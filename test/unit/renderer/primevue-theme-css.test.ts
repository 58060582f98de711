// The static PrimeVue CSS is generated from the preset: these tests keep the committed file in step
// with the preset and with the components the renderer imports.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { format, resolveConfig } from 'prettier'
import { describe, expect, it } from 'vitest'
import {
  buildThemeCss,
  themedComponents,
  unthemedModules,
} from '../../../src-renderer/ui/theme/theme-css'

const rendererDir = resolve(import.meta.dirname, '../../../src-renderer')
const generatedCss = join(rendererDir, 'ui/theme/primevue-theme.generated.css')

function rendererSources(): string[] {
  return readdirSync(rendererDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|vue)$/.test(name))
    .map((name) => readFileSync(join(rendererDir, name), 'utf8'))
}

describe('PrimeVue theme CSS', () => {
  it('matches the preset (regenerate with `npx vitest run test/unit/renderer/primevue-theme-css.test.ts -u`)', async () => {
    // Formatted as `npm run format` would, so formatting the repository never breaks the match.
    const options = await resolveConfig(generatedCss)
    const css = await format(buildThemeCss(), { ...options, filepath: generatedCss })
    await expect(css).toMatchFileSnapshot(generatedCss)
  })

  it('has the Sportello primary colour and no dark scheme', () => {
    const css = buildThemeCss()
    expect(css).toContain('--p-primary-500:#0066cc')
    expect(css).toContain('--p-primary-color:var(--p-primary-500)')
    expect(css).not.toContain('prefers-color-scheme')
  })

  it('covers every PrimeVue component the renderer imports', () => {
    const imported = new Set<string>()
    for (const source of rendererSources()) {
      for (const match of source.matchAll(/from 'primevue\/([a-z]+)'/g)) imported.add(match[1]!)
    }
    const missing = [...imported].filter(
      (name) => !Object.hasOwn(themedComponents, name) && !unthemedModules.includes(name),
    )
    expect(missing, 'add these to themedComponents in src-renderer/ui/theme/theme-css.ts').toEqual(
      [],
    )
  })
})
