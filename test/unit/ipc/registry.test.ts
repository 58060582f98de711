// The registry is the one gate every transport goes through: unknown channels, wrong roles and
// malformed payloads are refused, logged, recorded — and the handler never runs.
import { describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import { z } from 'zod'
import { contract, everyMode, ok, type ChannelSpec, type Role } from '../../../src-shared/ipc'
import { anonymousCaller, createRegistry, type Handlers } from '../../../src-main/ipc/registry'
import { silentLogger } from '../../../src-main/infra/log/logger'

const testContract: Record<string, ChannelSpec> = {
  'demo:echo': {
    access: 'public',
    modes: everyMode,
    input: z.object({ text: z.string().max(10) }).strict(),
    output: z.string(),
  },
  'demo:admin-only': {
    access: ['admin'],
    modes: everyMode,
    input: z.object({}).strict(),
    output: z.string(),
  },
}

function setup(role: Role | null = null, mustChangePassword = false) {
  const echo = vi.fn(async (input: { text: string }) => ok(input.text))
  const adminOnly = vi.fn(async () => ok('secret'))
  const rejected = vi.fn()
  const registry = createRegistry({
    mode: 'desk',
    contract: testContract,
    handlers: { 'demo:echo': echo, 'demo:admin-only': adminOnly } as unknown as Handlers,
    logger: silentLogger,
    onRejected: rejected,
    resolveCaller: async (c) => ({
      ...anonymousCaller(c),
      role,
      actorId: role && 'x',
      mustChangePassword,
    }),
  })
  return { registry, echo, adminOnly, rejected }
}

const connection = { transport: 'test', connectionId: 'c1' }

describe('handler registry', () => {
  it('runs the handler with the parsed input', async () => {
    const { registry, echo } = setup()
    expect(await registry.invoke('demo:echo', { text: 'ciao' }, connection)).toEqual(ok('ciao'))
    expect(echo).toHaveBeenCalledOnce()
  })

  it.each([
    ['nope:nothing'],
    ['__proto__'],
    ['constructor'],
    [42],
    [null],
    [{ toString: () => 'demo:echo' }],
  ])('refuses the unknown channel %s and records it', async (channel) => {
    const { registry, echo, rejected } = setup('admin')
    const result = await registry.invoke(channel, { text: 'x' }, connection)
    expect(result).toEqual({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } })
    expect(echo).not.toHaveBeenCalled()
    expect(rejected).toHaveBeenCalledOnce()
  })

  it.each<Role | null>([null, 'customer', 'front_desk', 'back_office'])(
    'refuses role %s on an admin channel',
    async (role) => {
      const { registry, adminOnly, rejected } = setup(role)
      const result = await registry.invoke('demo:admin-only', {}, connection)
      expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN' } })
      expect(adminOnly).not.toHaveBeenCalled()
      expect(rejected).toHaveBeenCalledWith(expect.objectContaining({ channel: 'demo:admin-only' }))
    },
  )

  it('lets the admin through', async () => {
    const { registry } = setup('admin')
    expect(await registry.invoke('demo:admin-only', {}, connection)).toEqual(ok('secret'))
  })

  it('lets a session that must change its password reach only the channels marked for it', async () => {
    const { registry, adminOnly } = setup('admin', true)
    expect(await registry.invoke('demo:admin-only', {}, connection)).toEqual({
      ok: false,
      error: { code: 'PASSWORD_CHANGE_REQUIRED' },
    })
    expect(adminOnly).not.toHaveBeenCalled()
  })

  it('refuses a malformed payload with the fields at fault', async () => {
    const { registry, echo } = setup()
    const result = await registry.invoke(
      'demo:echo',
      { text: 'far too long text', extra: 1 },
      connection,
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('INVALID_INPUT')
    expect(result.error.issues?.map((i) => i.path).sort()).toEqual(['(root)', 'text'])
    expect(echo).not.toHaveBeenCalled()
  })

  it('refuses a desk channel at a kiosk, whatever role the caller claims', async () => {
    const handler = vi.fn(async () => ok('secret'))
    const rejected = vi.fn()
    const registry = createRegistry({
      mode: 'kiosk',
      contract: {
        'demo:desk-tool': {
          access: ['admin'],
          modes: ['desk'],
          input: z.object({}).strict(),
          output: z.string(),
        },
      },
      handlers: { 'demo:desk-tool': handler } as unknown as Handlers,
      logger: silentLogger,
      onRejected: rejected,
      resolveCaller: async (c) => ({ ...anonymousCaller(c), role: 'admin', actorId: 'forged' }),
    })
    expect(await registry.invoke('demo:desk-tool', {}, connection)).toEqual({
      ok: false,
      error: { code: 'NOT_IN_THIS_MODE' },
    })
    expect(handler).not.toHaveBeenCalled()
    expect(rejected).toHaveBeenCalledOnce()
  })

  it('every channel declares its modes; staff tools are desk-only', () => {
    for (const [name, spec] of Object.entries(contract)) {
      expect(spec.modes.length, name).toBeGreaterThan(0)
      if (spec.access !== 'public' && !spec.access.includes('customer'))
        expect(spec.modes, name).toEqual(['desk'])
    }
  })

  it('an unconfigured counter (setup) serves its setup and app:info, and nothing else', async () => {
    const handlers = Object.fromEntries(
      Object.keys(contract).map((name) => [name, vi.fn(async () => ok(null))]),
    ) as unknown as Handlers
    const registry = createRegistry({
      mode: 'setup',
      handlers,
      logger: silentLogger,
      resolveCaller: async (c) => ({ ...anonymousCaller(c), role: 'admin', actorId: 'a' }),
    })
    const served: string[] = []
    for (const channel of Object.keys(contract)) {
      const result = await registry.invoke(channel, {}, { transport: 't', connectionId: 's' })
      if (!(!result.ok && result.error.code === 'NOT_IN_THIS_MODE')) served.push(channel)
    }
    expect(served.sort()).toEqual(['app:info', 'setup:complete', 'setup:status'])
  })

  it('strips from the answer what the output schema does not declare', async () => {
    const registry = createRegistry({
      mode: 'desk',
      contract: {
        'demo:view': {
          access: 'public',
          modes: everyMode,
          input: z.object({}).strict(),
          output: z.object({ name: z.string() }),
        },
      },
      handlers: {
        'demo:view': async () => ok({ name: 'Laura', passwordHash: 'scrypt$...' }),
      } as unknown as Handlers,
      logger: silentLogger,
    })
    expect(await registry.invoke('demo:view', {}, connection)).toEqual(ok({ name: 'Laura' }))
  })

  it('answers INTERNAL, never the raw value, when a handler returns what the schema refuses', async () => {
    const logged: unknown[] = []
    const logger = Object.assign(Object.create(silentLogger) as typeof silentLogger, {
      error: (...args: unknown[]) => void logged.push(args),
    })
    const registry = createRegistry({
      mode: 'desk',
      contract: testContract,
      handlers: {
        'demo:echo': async () => ok({ leaked: 'codice fiscale' }),
      } as unknown as Handlers,
      logger,
    })
    const result = await registry.invoke('demo:echo', { text: 'a' }, connection)
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL' } })
    expect(JSON.stringify(result)).not.toContain('codice fiscale')
    expect(logged).toHaveLength(1)
  })

  it('turns a handler crash into INTERNAL without leaking the error', async () => {
    const { registry, echo } = setup()
    echo.mockRejectedValueOnce(new Error('disk on fire at /secret/path'))
    expect(await registry.invoke('demo:echo', { text: 'a' }, connection)).toEqual({
      ok: false,
      error: { code: 'INTERNAL' },
    })
  })

  it('never runs a handler for arbitrary payloads that fail a channel schema (fuzzed)', async () => {
    const handlers = Object.fromEntries(
      Object.keys(contract).map((name) => [name, vi.fn(async () => ok(null))]),
    ) as unknown as Handlers
    // Each channel is called by a role it allows, in a mode that serves it, so every refusal
    // below is the schema's.
    const roleFor = (channel: keyof typeof contract) => {
      const access = contract[channel].access
      return access === 'public' ? 'admin' : access[0]!
    }
    const registryIn = (mode: 'desk' | 'kiosk' | 'setup', channel: keyof typeof contract) =>
      createRegistry({
        mode,
        handlers,
        logger: silentLogger,
        resolveCaller: async (c) => ({
          ...anonymousCaller(c),
          role: roleFor(channel),
          actorId: 'a',
        }),
      })
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...(Object.keys(contract) as (keyof typeof contract)[])),
        fc.anything(),
        async (channel, payload) => {
          const valid = contract[channel].input.safeParse(payload).success
          const registry = registryIn(contract[channel].modes[0]!, channel)
          const result = await registry.invoke(channel, payload, {
            transport: 'fuzz',
            connectionId: 'f',
          })
          if (!valid) {
            expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
            expect(handlers[channel]).not.toHaveBeenCalled()
          }
          vi.mocked(handlers[channel]).mockClear()
          return true
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('payloads that are not plain data', () => {
  // A channel whose schema takes anything: only the registry's plain-data check stands between a
  // payload and the handler.
  function permissive() {
    const handler = vi.fn(async () => ok('ran'))
    const rejected = vi.fn()
    const registry = createRegistry({
      mode: 'desk',
      contract: {
        'demo:any': { access: 'public', modes: everyMode, input: z.any(), output: z.string() },
        'demo:empty': {
          access: 'public',
          modes: everyMode,
          input: z.object({}).strict(),
          output: z.string(),
        },
        'demo:echo': testContract['demo:echo']!,
      },
      handlers: {
        'demo:any': handler,
        'demo:empty': handler,
        'demo:echo': handler,
      } as unknown as Handlers,
      logger: silentLogger,
      onRejected: rejected,
    })
    return { registry, handler, rejected }
  }

  class Account {
    email = 'a@b.it'
  }
  const throwing = () => {
    throw new Error('trap')
  }
  /** Values that survive Electron's structured clone, or that only a caller in main could pass. */
  const makers: Record<string, () => unknown> = {
    map: () => new Map([['text', 'x']]),
    set: () => new Set([1]),
    date: () => new Date(0),
    error: () => new Error('x'),
    'typed array': () => new Uint8Array([1, 2]),
    'array buffer': () => new ArrayBuffer(4),
    'data view': () => new DataView(new ArrayBuffer(4)),
    regexp: () => /x/,
    'boxed string': () => new String('x'),
    'class instance': () => new Account(),
    function: () => () => 1,
    symbol: () => Symbol('x'),
    promise: () => Promise.resolve(1),
    'throwing getter': () => ({
      get text() {
        return throwing()
      },
    }),
    'harmless getter': () => ({
      get text() {
        return 'x'
      },
    }),
    'symbol key': () => ({ [Symbol('k')]: 1 }),
    'throwing proxy': () =>
      new Proxy(
        {},
        {
          getPrototypeOf: throwing,
          ownKeys: throwing,
          get: throwing,
          has: throwing,
          getOwnPropertyDescriptor: throwing,
        },
      ),
    'proxy of a plain object': () => new Proxy({ text: 'x' }, {}),
  }

  it.each(Object.keys(makers))(
    'answers INVALID_INPUT to a %s, on an empty-input channel and nested anywhere',
    async (kind) => {
      const { registry, handler, rejected } = permissive()
      for (const [channel, payload] of [
        ['demo:empty', makers[kind]!()],
        ['demo:echo', makers[kind]!()],
        ['demo:any', makers[kind]!()],
        ['demo:any', { a: [1, { b: makers[kind]!() }] }],
        ['demo:any', [null, [makers[kind]!()]]],
      ] as const) {
        await expect(registry.invoke(channel, payload, connection)).resolves.toMatchObject({
          ok: false,
          error: { code: 'INVALID_INPUT' },
        })
      }
      expect(handler).not.toHaveBeenCalled()
      expect(rejected).toHaveBeenCalledTimes(5)
    },
  )

  it('answers INVALID_INPUT, without overflowing the stack, to a payload nested too deep', async () => {
    const { registry, handler } = permissive()
    let deepObject: unknown = 'x'
    let deepArray: unknown = 'x'
    for (let i = 0; i < 100_000; i++) {
      deepObject = { a: deepObject }
      deepArray = [deepArray]
    }
    for (const payload of [deepObject, deepArray]) {
      await expect(registry.invoke('demo:any', payload, connection)).resolves.toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      })
    }
    expect(handler).not.toHaveBeenCalled()
  })

  it('answers INVALID_INPUT to a payload too large, and to a cycle', async () => {
    const { registry, handler } = permissive()
    const cycle: Record<string, unknown> = {}
    cycle.self = cycle
    for (const payload of [Array.from({ length: 100_000 }, () => 1), cycle]) {
      await expect(registry.invoke('demo:any', payload, connection)).resolves.toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      })
    }
    expect(handler).not.toHaveBeenCalled()
  })

  it('lets plain data through, prototype-less objects included', async () => {
    const { registry, handler } = permissive()
    const bare = Object.assign(Object.create(null) as object, { text: 'x' })
    expect(await registry.invoke('demo:echo', bare, connection)).toEqual(ok('ran'))
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (payload) => {
        handler.mockClear()
        expect(await registry.invoke('demo:any', payload, connection)).toEqual(ok('ran'))
        expect(handler).toHaveBeenCalledOnce()
      }),
      { numRuns: 200 },
    )
  })

  it('any non-plain value anywhere in the payload: INVALID_INPUT, the handler never runs, the registry never throws (fuzzed)', async () => {
    const { registry, handler } = permissive()
    // fast-check inspects what it generates (a throwing proxy would stop it): it generates the
    // kind and the path, and the property builds the payload.
    const siblings = fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 1 }), {
      maxKeys: 3,
    })
    const step = fc.tuple(fc.oneof(fc.string({ maxLength: 8 }), fc.nat(3)), siblings)
    const bury = (value: unknown, path: [string | number, Record<string, unknown>][]) =>
      path.reduce<unknown>(
        (inner, [key, around]) =>
          typeof key === 'number'
            ? [...Array.from({ length: key }, () => null), inner]
            : { ...around, [key]: inner },
        value,
      )
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('demo:any', 'demo:empty', 'demo:echo'),
        fc.constantFrom(...Object.keys(makers)),
        fc.array(step, { maxLength: 6 }),
        async (channel, kind, path) => {
          const payload = bury(makers[kind]!(), path)
          const result = await registry.invoke(channel, payload, connection)
          expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
          expect(handler).not.toHaveBeenCalled()
        },
      ),
      { numRuns: 300 },
    )
  })
})
