// Demo documents of the replica: a bill every two months per service, over the last two or three
// years up to "today", plus a few notices (payment reminders, meter replacements). Tariffs, VAT
// rates and the documents' wording come from resources/demo/bills.json.
import billInputs from '../../../resources/demo/bills.json' with { type: 'json' }
import type { DemoCustomer } from './demo-customers'
import { createPrng, deriveSeed, type Prng } from './prng'

export type Service = 'electricity' | 'gas' | 'water'
export type DocType = 'bill' | 'notice'

/** One line of the amounts table: what is charged and how much, in cents. */
export type ChargeLine = { label: string; cents: number }

/** The meter readings of the period, for the consumption table. */
export type Consumption = { previous: number; current: number; used: number; unit: string }

/** A `replica_documents` row (less the PDF facts) and what its PDF shows. */
export type DemoDocument = {
  codice_cliente: string
  doc_number: string
  doc_type: DocType
  service: Service
  period_start: string
  period_end: string
  issued_on: string
  due_on: string
  amount_cents: number
  /** PDF content only. */
  title: string
  lines: ChargeLine[]
  consumption: Consumption | null
  /** For notices: the text of the notice. */
  message: string | null
}

/** How a service is billed. Rates and labels live in resources/demo/bills.json. */
type Tariff = {
  unit: string
  /** Yearly use of a household; businesses use a multiple of it. */
  yearlyUse: { min: number; max: number }
  /** Share of the yearly use in each two-month period (Jan-Feb ... Nov-Dec). */
  season: readonly number[]
  /** Price per unit in cents (energy, gas, water and sewage together). */
  unitCents: { min: number; max: number }
  fixedCents: number
  usageLabel: string
  fixedLabel: string
  /** Levies per unit, in cents. */
  leviesPerUnitCents: number
  leviesLabel: string
}

type ServiceTerms = { name: string; billTitle: string; tariff: Tariff }

/** The demo bills' fixed inputs; the typed assignments are the schema of the JSON. */
export const demoServices: Readonly<Record<Service, ServiceTerms>> = billInputs.services
const vatRates: Readonly<Record<DemoCustomer['country'], Record<DemoCustomer['kind'], number>>> =
  billInputs.vat
const noticeTexts: {
  paymentReminder: { title: string; line: string; message: string }
  meterReplacement: { title: string; message: string }
} = billInputs.notices

/** The letter of the document number: one numbering per kind of document and year. */
const seriesLetter = (doc: { doc_type: DocType; service: Service }): string =>
  doc.doc_type === 'notice' ? 'N' : { electricity: 'E', gas: 'G', water: 'A' }[doc.service]

// Dates are ISO strings handled in UTC, so no time zone can move a day.
const toDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`)
const toIso = (date: Date): string => date.toISOString().slice(0, 10)
const addDays = (iso: string, days: number): string =>
  toIso(new Date(toDate(iso).getTime() + days * 86_400_000))
const firstOfMonth = (year: number, month0: number): string =>
  toIso(new Date(Date.UTC(year, month0, 1)))
const lastOfMonth = (year: number, month0: number): string =>
  toIso(new Date(Date.UTC(year, month0 + 1, 0)))

function pickServices(prng: Prng, kind: DemoCustomer['kind']): Service[] {
  const options: readonly (readonly [Service[], number])[] =
    kind === 'private'
      ? [
          [['electricity'], 25],
          [['electricity', 'gas'], 35],
          [['electricity', 'water'], 20],
          [['gas', 'water'], 10],
          [['gas'], 5],
          [['water'], 5],
        ]
      : [
          [['electricity'], 40],
          [['electricity', 'gas'], 30],
          [['electricity', 'water'], 20],
          [['water'], 10],
        ]
  return prng.weighted(options)
}

type Draft = Omit<DemoDocument, 'doc_number'>

function billsForService(
  prng: Prng,
  customer: DemoCustomer,
  service: Service,
  today: string,
  months: number,
): Draft[] {
  const tariff = demoServices[service].tariff
  const scale = customer.kind === 'business' ? prng.int(3, 16) : 1
  const yearlyUse = prng.int(tariff.yearlyUse.min, tariff.yearlyUse.max) * scale
  const unitCents = prng.int(tariff.unitCents.min, tariff.unitCents.max + 1)
  const taxRate = vatRates[customer.country][customer.kind]
  let reading = prng.int(1_000, 60_000)

  const now = toDate(today)
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1))
  // Two-month periods start in odd months (January, March...): index 0-5 within the year.
  let year = start.getUTCFullYear()
  let period = Math.floor(start.getUTCMonth() / 2)
  const bills: Draft[] = []
  for (;;) {
    const periodStart = firstOfMonth(year, period * 2)
    const periodEnd = lastOfMonth(year, period * 2 + 1)
    const issuedOn = addDays(periodEnd, prng.int(8, 21))
    if (issuedOn > today) break

    const used = Math.max(
      1,
      Math.round(yearlyUse * (tariff.season[period] ?? 0.17) * (0.85 + prng.next() * 0.3)),
    )
    const consumption = { previous: reading, current: reading + used, used, unit: tariff.unit }
    reading += used
    const lines: ChargeLine[] = [
      { label: tariff.usageLabel, cents: used * unitCents },
      {
        label: tariff.fixedLabel,
        cents: tariff.fixedCents * (customer.kind === 'business' ? 3 : 1),
      },
      { label: tariff.leviesLabel, cents: used * tariff.leviesPerUnitCents },
    ]
    const taxable = lines.reduce((sum, line) => sum + line.cents, 0)
    if (taxRate > 0)
      lines.push({ label: `IVA ${taxRate * 100}%`, cents: Math.round(taxable * taxRate) })

    bills.push({
      codice_cliente: customer.codice_cliente,
      doc_type: 'bill',
      service,
      period_start: periodStart,
      period_end: periodEnd,
      issued_on: issuedOn,
      due_on: addDays(issuedOn, prng.int(20, 31)),
      amount_cents: lines.reduce((sum, line) => sum + line.cents, 0),
      title: demoServices[service].billTitle,
      lines,
      consumption,
      message: null,
    })
    period++
    if (period === 6) {
      period = 0
      year++
    }
  }
  return bills
}

function noticesFor(prng: Prng, bills: readonly Draft[], today: string): Draft[] {
  const notices: Draft[] = []
  // A payment reminder for one bill, sent a fortnight after its due date.
  const overdue = bills.filter((bill) => addDays(bill.due_on, 15) <= today)
  if (overdue.length > 0 && prng.chance(0.1)) {
    const bill = prng.pick(overdue)
    const issuedOn = addDays(bill.due_on, 15)
    notices.push({
      ...bill,
      doc_type: 'notice',
      issued_on: issuedOn,
      due_on: addDays(issuedOn, 15),
      title: noticeTexts.paymentReminder.title,
      lines: [
        {
          label: noticeTexts.paymentReminder.line.replace(
            '{bill}',
            demoServices[bill.service].billTitle.toLowerCase(),
          ),
          cents: bill.amount_cents,
        },
      ],
      consumption: null,
      message: noticeTexts.paymentReminder.message,
    })
  }
  if (bills.length > 0 && prng.chance(0.05)) {
    const bill = prng.pick(bills)
    notices.push({
      ...bill,
      doc_type: 'notice',
      issued_on: bill.issued_on,
      due_on: bill.issued_on,
      amount_cents: 0,
      title: noticeTexts.meterReplacement.title,
      lines: [],
      consumption: null,
      message: noticeTexts.meterReplacement.message,
    })
  }
  return notices
}

export type GenerateDocumentsOptions = {
  /** The last day a document may be issued on (ISO date): the seeding day. */
  today: string
  seed: number
}

/**
 * Every document of every customer, numbered in order of issue ("2025/E/0001234": year of issue,
 * series, number within the year). Each customer draws from a PRNG of their own, so the
 * documents of one customer do not depend on the others.
 */
export function generateDemoDocuments(
  customers: readonly DemoCustomer[],
  { today, seed }: GenerateDocumentsOptions,
): DemoDocument[] {
  const drafts: Draft[] = []
  for (const customer of customers) {
    const prng = createPrng(deriveSeed(seed, `documents:${customer.codice_cliente}`))
    const months = prng.int(24, 37)
    const bills = pickServices(prng, customer.kind).flatMap((service) =>
      billsForService(prng, customer, service, today, months),
    )
    drafts.push(...bills, ...noticesFor(prng, bills, today))
  }

  // Code-unit order, not localeCompare: the numbering must not depend on the ICU in use.
  const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
  drafts.sort(
    (a, b) =>
      compare(a.issued_on, b.issued_on) ||
      compare(a.codice_cliente, b.codice_cliente) ||
      compare(a.doc_type, b.doc_type) ||
      compare(a.service, b.service) ||
      compare(a.title, b.title),
  )
  const counters = new Map<string, number>()
  return drafts.map((draft) => {
    const series = `${draft.issued_on.slice(0, 4)}/${seriesLetter(draft)}`
    const next = (counters.get(series) ?? 0) + 1
    counters.set(series, next)
    return { ...draft, doc_number: `${series}/${String(next).padStart(7, '0')}` }
  })
}
