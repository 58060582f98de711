// The codice cliente as a bill carries it (issue #11 point 5): in its QR code at the bottom
// right, and in its text ("Codice cliente: 12345678"). The kiosk's camera and the desk's PDF
// reader fill the association form with what these read; a QR code of anything else reads nothing.

/** What a bill's QR code holds: the issuer's mark and the codice cliente. */
export const billQrText = (codiceCliente: string): string => `MDT-CLIENTE:${codiceCliente}`

/** The codice cliente of a bill's QR code, or null for any other QR code. */
export function codiceClienteFromQr(text: string): string | null {
  const match = /^MDT-CLIENTE:(\d{8})$/.exec(text.trim())
  return match ? match[1]! : null
}

/** The codice cliente printed in a bill's text, or null when the text holds none. */
export function codiceClienteFromBillText(text: string): string | null {
  const match = /Codice\s+cliente\s*:?\s*(\d{8})\b/i.exec(text)
  return match ? match[1]! : null
}
