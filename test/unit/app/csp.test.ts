import { describe, expect, it, vi } from 'vitest'
import { contentSecurityPolicy } from '../../../src-main/app/csp'

vi.mock('electron', () => ({}))

describe('contentSecurityPolicy', () => {
  it('is exactly the policy in SECURITY.md (plus font-src for the bundled font)', () => {
    expect(contentSecurityPolicy).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
        "form-action 'none'; frame-ancestors 'none'",
    )
  })

  it('allows no inline code, no eval, no remote origin', () => {
    expect(contentSecurityPolicy).not.toMatch(/unsafe-|\*|https?:|wasm-unsafe|strict-dynamic/)
  })
})
