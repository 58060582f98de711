import { describe, expect, it, vi } from 'vitest'
import { isDemoEnabled, parseModeFlag } from '../../../src-main/app/mode'

vi.mock('electron', () => ({}))

describe('parseModeFlag', () => {
  it.each([
    [['electron', '.', '--kiosk'], 'kiosk'],
    [['electron', '.', '--desk'], 'desk'],
    [['electron', '.'], undefined],
    [['electron', '.', '--desk', '--kiosk'], 'kiosk'],
    [['electron', '.', '--kiosk', '--desk'], 'kiosk'],
    [['electron', '.', '--KIOSK'], undefined],
    [['electron', '.', '--kiosk=false'], undefined],
    [['electron', '.', '--desktop'], undefined],
  ])('%j → %s', (argv, mode) => expect(parseModeFlag(argv)).toBe(mode))
})

describe('isDemoEnabled', () => {
  it('is on by default', () => expect(isDemoEnabled(['electron', '.'], {})).toBe(true))
  it('is off by default in an installed build: no default accounts there', () => {
    expect(isDemoEnabled(['sportello'], {}, true)).toBe(false)
    expect(isDemoEnabled(['sportello', '--demo'], {}, true)).toBe(true)
    expect(isDemoEnabled(['sportello'], { SPORTELLO_DEMO: '1' }, true)).toBe(true)
  })
  it('is off with --no-demo', () =>
    expect(isDemoEnabled(['electron', '.', '--no-demo'], {})).toBe(false))
  it('is off with SPORTELLO_DEMO=0', () =>
    expect(isDemoEnabled([], { SPORTELLO_DEMO: '0' })).toBe(false))
  it('stays on with other values', () =>
    expect(isDemoEnabled([], { SPORTELLO_DEMO: '1' })).toBe(true))
})
