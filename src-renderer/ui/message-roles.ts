// PrimeVue's Message is always an assertive alert. Good news and standing notes must not interrupt
// a screen reader: these pass-through options give them the quieter roles they deserve.
export const politeStatus = { root: { role: 'status', 'aria-live': 'polite' } }
export const staticNote = { root: { role: 'note', 'aria-live': 'off' } }
