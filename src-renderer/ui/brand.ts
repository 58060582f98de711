// The utility this counter serves. Official names are not translated: where the UI is in
// English they are marked lang="it" so screen readers pronounce them in Italian.
export const brand = {
  product: 'Sportello',
  utility: 'AASS — Servizi Pubblici',
  utilityLong: 'Azienda Autonoma di Stato per i Servizi Pubblici',
} as const
