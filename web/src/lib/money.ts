/**
 * Money as GOV.UK writes it: the API keeps whole pence (£1,234.50 is 123450); people read and type
 * pounds and pence.
 */

const poundsFormat = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' })

/** 123450 → "£1,234.50". */
export function formatPence(pence: number): string {
  return poundsFormat.format(pence / 100)
}

/** 123450 → "1234.50", as the cost field shows a saved cost. */
export function poundsText(pence: number): string {
  return `${String(Math.trunc(pence / 100))}.${String(pence % 100).padStart(2, '0')}`
}

/**
 * What was typed in a cost field, in pence: "£1,234.50", "1234.5" and "1234" are all money.
 * `undefined` when nothing was typed, `NaN` when it is not an amount in pounds and pence.
 */
export function parsePounds(text: string): number | undefined {
  const amount = text.trim().replace(/^£\s*/, '')
  if (amount === '') {
    return undefined
  }
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(amount)
  if (!match) {
    return Number.NaN
  }
  const [, pounds = '0', pence = ''] = match
  return Number(pounds.replaceAll(',', '')) * 100 + Number(pence.padEnd(2, '0'))
}
