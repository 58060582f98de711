// The audit log as a CSV file for a spreadsheet: UTF-8 with a BOM and `;` between fields, which
// Excel set to Italian opens as columns at a double click; every field quoted, and a field that
// starts like a formula (= + - @) is defused with a leading apostrophe, so that a name typed by
// a stranger can never run as a formula in the admin's spreadsheet.

const BOM = '\uFEFF'

function field(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return `"${safe.replace(/"/g, '""')}"`
}

/** Rows of text to the file's content (CRLF line ends, as spreadsheets expect). */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => row.map(field).join(';')).join('\r\n') + '\r\n'
}

/** Hands the file to the browser's download (the app's window saves it where the user says). */
export function downloadCsv(name: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: 'text/csv;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
  // The download has its own copy by now.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
