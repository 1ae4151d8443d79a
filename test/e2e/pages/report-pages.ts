import type { Locator, Page } from 'playwright-core'
import { PortalPage } from './portal-page.ts'

// The reports: the dashboard of the service now, and a report for a period and local authority
// with its tables, CSV downloads and printable layout.

/** A GOV.UK table's rows as the text of their cells, the header row first. */
export async function rowsOf(table: Locator): Promise<string[][]> {
  return table
    .locator('tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        Array.from(row.querySelectorAll('th, td'), (cell) => (cell.textContent ?? '').trim()),
      ),
    )
}

/** A figure as the page writes it ("£1,234.50", "1,044", "3.5"), as a number; no figure is null. */
export function figureOf(text: string): number | null {
  if (text === '' || text.includes('No figure')) return null
  return Number(text.replace(/[£,]/g, ''))
}

/** `/reports`: the service now, and the links to each report. */
export class ReportsDashboardPage extends PortalPage {
  constructor(page: Page) {
    super(page, '/reports')
  }

  /** A figure of the summary list, by its name. */
  figure(label: string): Locator {
    return this.main
      .locator('.govuk-summary-list__row', {
        has: this.page.locator('dt', { hasText: new RegExp(`^\\s*${label}\\s*$`) }),
      })
      .locator('dd')
  }

  table(caption: string): Locator {
    return this.main.getByRole('table', { name: caption, exact: true })
  }

  /** Follows a report's link and waits for it. */
  async openReport(title: string) {
    await this.main.getByRole('link', { name: title, exact: true }).click()
    await this.page.waitForURL(/\/reports\/[a-z-]+$/)
    const report = new ReportPage(this.page, new URL(this.page.url()).pathname)
    await report.heading.filter({ hasText: title }).waitFor()
    await report.results.waitFor()
    return report
  }
}

/** `/reports/:report`: a report, its choices in the address. */
export class ReportPage extends PortalPage {
  /** The report's tables, CSV links and print button: shown once it has been worked out. */
  get results(): Locator {
    return this.main.getByRole('button', { name: 'Print this report' })
  }

  get form(): Locator {
    return this.main.getByRole('form', { name: 'Period and local authority' })
  }

  /** The heading that names the period the report shows. */
  get periodHeading(): Locator {
    return this.main.getByRole('heading', { level: 2 }).first()
  }

  table(caption: string): Locator {
    return this.main.getByRole('table', { name: caption, exact: true })
  }

  /** Chooses a quarter of a financial year ("2026 to 2027", "Quarter 3: October to December"). */
  async chooseQuarter(financialYear: string, quarter: string) {
    await this.form.getByRole('radio', { name: 'Quarter', exact: true }).check()
    const reveal = this.form.locator('#conditional-period-2')
    await reveal.getByLabel('Financial year').selectOption({ label: financialYear })
    await reveal.getByLabel('Quarter').selectOption({ label: quarter })
  }

  /** Chooses one local authority by name; returns its id. */
  async chooseLocalAuthority(name: string) {
    const select = this.form.getByLabel('Local authority')
    await select.selectOption({ label: name })
    return select.inputValue()
  }

  /** The names of the local authorities the reader may choose, without "All local authorities". */
  async localAuthorities() {
    const names = await this.form.getByLabel('Local authority').locator('option').allTextContents()
    return names.filter((name) => name !== 'All local authorities')
  }

  /** Shows the report for the choices made, and waits for it at its new address. */
  async show() {
    const before = this.page.url()
    await this.form.getByRole('button', { name: 'Show the report' }).click()
    await this.page.waitForURL((url) => url.href !== before)
    await this.page.waitForFunction(() => {
      const link = document.querySelector<HTMLAnchorElement>('main a[href*="/csv?"]')
      return link !== null && link.href.endsWith(window.location.search)
    })
  }

  csvLink(publication = false): Locator {
    return this.main.getByRole('link', {
      name: publication
        ? 'Download for publication, counts under 5 suppressed (CSV)'
        : 'Download this report (CSV)',
      exact: true,
    })
  }

  /** Downloads one of the report's CSV files, as a browser saves it; returns its name and text. */
  async downloadCsv(publication = false) {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.csvLink(publication).click(),
    ])
    const stream = await download.createReadStream()
    const chunks: Buffer[] = []
    for await (const chunk of stream) chunks.push(chunk as Buffer)
    return { fileName: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') }
  }
}

/** A CSV file's lines and cells, as RFC 4180 writes them (quoted cells may hold commas and quotes). */
export function parseCsv(text: string): string[][] {
  const lines: string[][] = []
  let cells: string[] = []
  let cell = ''
  let quoted = false
  const body = text.replace(/^\uFEFF/, '')
  for (let at = 0; at < body.length; at += 1) {
    const char = body[at]
    if (quoted) {
      if (char === '"' && body[at + 1] === '"') {
        cell += '"'
        at += 1
      } else if (char === '"') {
        quoted = false
      } else {
        cell += char
      }
    } else if (char === '"') {
      quoted = true
    } else if (char === ',') {
      cells.push(cell)
      cell = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && body[at + 1] === '\n') at += 1
      cells.push(cell)
      lines.push(cells)
      cells = []
      cell = ''
    } else {
      cell += char
    }
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell)
    lines.push(cells)
  }
  return lines
}
