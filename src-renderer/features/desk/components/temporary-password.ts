// A temporary password for an operator, proposed by the form so that an admin need not invent
// one: 14 characters from an alphabet without look-alikes (0/O, 1/l/I), with every class the
// policy asks for, from the browser's CSPRNG. Shown in clear on purpose: the admin hands it over
// in person, and main forces it to be replaced at the first sign-in.
const upper = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
const lower = 'abcdefghijkmnopqrstuvwxyz'
const digits = '23456789'
const special = '!#%+-=?@'
const all = upper + lower + digits

function pick(set: string): string {
  // Rejection sampling: a plain modulo would favour the first characters of the set.
  const limit = 256 - (256 % set.length)
  const byte = new Uint8Array(1)
  do crypto.getRandomValues(byte)
  while ((byte[0] ?? 255) >= limit)
  return set[(byte[0] ?? 0) % set.length] ?? set[0]!
}

export function temporaryPassword(): string {
  const body = Array.from({ length: 10 }, () => pick(all)).join('')
  return `${pick(upper)}${pick(lower)}${body}${pick(digits)}${pick(special)}`
}
