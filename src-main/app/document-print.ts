// Runs in: Electron main. Stampa (issue #14 point 3): the page has laid out the document's pages
// for print (each rendered at 300 dpi by pdf.js, one per sheet, @page sized to the PDF's page),
// and main has marked it read; the shell prints the window that asked. At a kiosk silently, to
// the system's default printer (the kiosk's own, set up with the machine); at a desk with the
// system dialog, where the operator picks the printer. The answer waits for the print to be
// handed over, so the page keeps its layout until then.
import type { WebContents, WebContentsPrintOptions } from 'electron'

export const PRINT_DPI = 300

export function printOptions(how: { silent: boolean }): WebContentsPrintOptions {
  return {
    silent: how.silent,
    printBackground: false,
    color: true,
    margins: { marginType: 'none' },
    dpi: { horizontal: PRINT_DPI, vertical: PRINT_DPI },
  }
}

/** Prints the window; resolves with whether it was handed to a printer (false if cancelled). */
export function printWindow(
  contents: Pick<WebContents, 'print'>,
  how: { silent: boolean },
  log: (failure: string) => void = () => {},
): Promise<boolean> {
  return new Promise((resolve) => {
    contents.print(printOptions(how), (success, failureReason) => {
      if (!success && failureReason) log(failureReason)
      resolve(success)
    })
  })
}
