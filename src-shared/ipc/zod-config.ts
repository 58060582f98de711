// Imported before any schema is declared. The contract is evaluated in the renderer and the
// sandboxed preload too, under a CSP without 'unsafe-eval': zod must not probe for, or compile
// with, `new Function` there.
import { z } from 'zod'

z.config({ jitless: true })
