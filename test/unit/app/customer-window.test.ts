// The customer display's window (src-main/app/customer-window.ts), against Electron's screen API
// mocked: with a second monitor it opens full screen on the monitor that is not the operator's,
// paired by the code; with one monitor nothing opens; an unplugged monitor closes it.
import type { Display, Rectangle } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { buildCustomerWindowOptions } from '../../../src-main/app/window-factory'
import { createCustomerWindows, customerDisplayUrl } from '../../../src-main/app/customer-window'

vi.mock('electron', () => ({ BrowserWindow: class {} }))

const monitor = (id: number, x: number): Display =>
  ({ id, bounds: { x, y: 0, width: 1920, height: 1080 } }) as Display

function setup(displays: Display[]) {
  const windows: {
    bounds: Rectangle
    loadURL: ReturnType<typeof vi.fn>
    setBounds: ReturnType<typeof vi.fn>
    close: ReturnType<typeof vi.fn>
    destroyed: boolean
    closed?: () => void
  }[] = []
  const screen = {
    getAllDisplays: vi.fn(() => displays),
    getDisplayMatching: vi.fn((bounds: Rectangle) =>
      displays.find((d) => d.bounds.x === bounds.x)!,
    ),
  }
  const customer = createCustomerWindows({
    screen,
    operatorWindow: () => ({ getBounds: () => ({ x: 0, y: 0, width: 1280, height: 800 }) }),
    create: (bounds) => {
      const window: (typeof windows)[number] & {
        isDestroyed(): boolean
        once(event: string, listener: () => void): never
      } = {
        bounds,
        loadURL: vi.fn(async () => {}),
        setBounds: vi.fn(),
        close: vi.fn(),
        destroyed: false,
        isDestroyed: () => window.destroyed,
        once: (_event: string, listener: () => void) => {
          window.closed = listener
          return window as never
        },
      }
      windows.push(window)
      return window as never
    },
    entryUrl: 'app://sportello/index.html',
  })
  return { customer, windows, displays }
}

describe('the customer display window', () => {
  it('opens on the monitor that is not the operator’s, paired by the code', async () => {
    const { customer, windows } = setup([monitor(1, 0), monitor(2, 1920)])
    expect(await customer.pairWith('123456')).toBe(true)
    expect(windows).toHaveLength(1)
    expect(windows[0]!.bounds.x).toBe(1920)
    expect(windows[0]!.loadURL).toHaveBeenCalledWith(
      'app://sportello/index.html#/schermo-cliente?abbina=123456',
    )
    // A new code reuses the window.
    await customer.pairWith('654321')
    expect(windows).toHaveLength(1)
    expect(windows[0]!.loadURL).toHaveBeenLastCalledWith(
      customerDisplayUrl('app://sportello/index.html', '654321'),
    )
  })

  it('opens nothing with one monitor: the operator’s window turns to the customer instead', async () => {
    const { customer, windows } = setup([monitor(1, 0)])
    expect(await customer.pairWith('123456')).toBe(false)
    expect(windows).toHaveLength(0)
  })

  it('closes when the customer’s monitor is unplugged, and opens anew when it is back', async () => {
    const setupResult = setup([monitor(1, 0), monitor(2, 1920)])
    const { customer, windows, displays } = setupResult
    await customer.pairWith('123456')
    displays.pop()
    customer.closeIfAlone()
    expect(windows[0]!.close).toHaveBeenCalledOnce()
    displays.push(monitor(3, -1920))
    await customer.pairWith('111111')
    expect(windows).toHaveLength(2)
    expect(windows[1]!.bounds.x).toBe(-1920)
  })

  it('is a locked-down full-screen window on those bounds', () => {
    const options = buildCustomerWindowOptions({
      preloadPath: '/p.cjs',
      isPackaged: false,
      bounds: { x: 1920, y: 0, width: 1920, height: 1080 },
    })
    expect(options).toMatchObject({ x: 1920, kiosk: true, fullscreen: true })
    expect(options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    })
  })
})
