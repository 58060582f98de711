// Runs in: Electron main. A desk with a second monitor turned to the customer: when the operator's
// screen asks for a pairing code (display:pairing-code), the shell opens — or reuses — a window
// full screen on the other monitor, showing the customer display paired by that code. With one
// monitor nothing opens: the operator's window turns itself to the customer for the entry.
import type { BrowserWindow, Display, Rectangle, Screen } from 'electron'

/** The customer display's page, paired by the code in its address. */
export const customerDisplayUrl = (entryUrl: string, code: string): string =>
  `${entryUrl}#/schermo-cliente?abbina=${encodeURIComponent(code)}`

type WindowLike = Pick<BrowserWindow, 'loadURL' | 'setBounds' | 'isDestroyed' | 'close' | 'once'>

export function createCustomerWindows(deps: {
  screen: Pick<Screen, 'getAllDisplays' | 'getDisplayMatching'>
  /** The operator's window, whose monitor the customer's is not. */
  operatorWindow(): Pick<BrowserWindow, 'getBounds'> | undefined
  create(bounds: Rectangle): WindowLike
  entryUrl: string
}) {
  let window: WindowLike | undefined

  /** The monitor the customer faces: any but the operator's. */
  function customerMonitor(): Display | undefined {
    const operator = deps.operatorWindow()
    const displays = deps.screen.getAllDisplays()
    if (!operator || displays.length < 2) return undefined
    const operatorMonitor = deps.screen.getDisplayMatching(operator.getBounds())
    return displays.find((display) => display.id !== operatorMonitor.id)
  }

  return {
    /** Opens the customer display on the other monitor, paired by `code`; false with one monitor. */
    async pairWith(code: string): Promise<boolean> {
      const monitor = customerMonitor()
      if (!monitor) return false
      if (!window || window.isDestroyed()) {
        const opened = deps.create(monitor.bounds)
        opened.once('closed', () => {
          if (window === opened) window = undefined
        })
        window = opened
      } else {
        window.setBounds(monitor.bounds)
      }
      await window.loadURL(customerDisplayUrl(deps.entryUrl, code))
      return true
    },
    /** The monitor went away (unplugged): its window goes too. */
    closeIfAlone(): void {
      if (window && !window.isDestroyed() && deps.screen.getAllDisplays().length < 2) {
        window.close()
        window = undefined
      }
    },
  }
}
