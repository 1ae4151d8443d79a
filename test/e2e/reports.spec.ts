// Reporting, through the pages: a team manager opens the dashboard and a quarterly report for one
// local authority; a contact logged in that authority shows in the report, each total is the sum
// of its rows, and the CSV downloads (for use and for publication) hold the same figures as the
// page. The printable layout keeps the tables only. The data analyst reaches the dashboard and a
// report, and nothing else. Axe runs on every page visited.
import { randomUUID } from 'node:crypto'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { figureOf, parseCsv, ReportsDashboardPage, rowsOf } from './pages/report-pages.ts'
import { demoEmail } from './support/accounts.ts'
import { expectNoAxeViolations, launchBrowser, openPage } from './support/browser.ts'
import { signedInAs } from './support/flows.ts'

const baseURL = inject('baseURL')
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

/** Today in London, its month, and the financial year and quarter it falls in. */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date())
const month = Number(today.slice(5, 7))
const yearStarts = month >= 4 ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1
const financialYear = `${String(yearStarts)} to ${String(yearStarts + 1)}`
const quarterNumber = Math.floor(((month + 8) % 12) / 3) + 1
const quarter = [
  'Quarter 1: April to June',
  'Quarter 2: July to September',
  'Quarter 3: October to December',
  'Quarter 4: January to March',
][quarterNumber - 1]!
const monthName = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
}).format(new Date())

/** Every column whose total is the sum of its rows adds up; a column that is not says so. */
function expectTotalsToAddUp(rows: string[][], summed: (column: number) => boolean) {
  const [header, ...body] = rows
  const total = body.at(-1)!
  expect(total[0]).toBe('Total')
  for (let column = 1; column < header!.length; column += 1) {
    if (!summed(column)) continue
    const sum = body
      .slice(0, -1)
      .reduce((added, row) => added + (figureOf(row[column] ?? '') ?? 0), 0)
    expect(figureOf(total[column] ?? ''), header![column]).toBe(sum)
  }
}

/** A row of the page's table as the CSV writes it: plain numbers, money in pounds, no figure blank. */
function asCsv(row: string[], moneyColumns: number[]) {
  return row.map((cell, column) => {
    if (column === 0) return cell
    const value = figureOf(cell)
    if (value === null) return ''
    return moneyColumns.includes(column) ? value.toFixed(2) : cell.replace(/,/g, '')
  })
}

describe('reports', { timeout: 300_000 }, () => {
  it('a team manager opens the dashboard and a quarterly report for one local authority, and downloads it', async () => {
    const { context, page, problems } = await openPage(browser, baseURL)
    const home = await signedInAs(page, demoEmail('manager'), 'totp')
    await home.main.getByRole('link', { name: 'Reports', exact: true }).click()
    await page.waitForURL('**/reports')
    const dashboard = new ReportsDashboardPage(page)
    await dashboard.heading.filter({ hasText: 'Reports' }).waitFor()
    // The navigation leaves the reports to the support line, which links to them.
    await page
      .getByRole('navigation', { name: 'Menu' })
      .locator('a[aria-current="true"]', { hasText: 'Support line' })
      .waitFor()
    const open = await rowsOf(dashboard.table('Open requests by status and tier'))
    expect(open.length).toBeGreaterThan(2)
    expectTotalsToAddUp(open, () => true)
    // Each status's total is the sum of its tiers.
    for (const row of open.slice(1)) {
      const cells = row.slice(1).map((cell) => figureOf(cell) ?? 0)
      expect(cells.at(-1)).toBe(cells.slice(0, -1).reduce((a, b) => a + b, 0))
    }
    expect(
      await dashboard.figure('Fund money applied for this financial year').textContent(),
    ).toMatch(/^£[\d,]+(\.\d\d)?$/)
    await expectNoAxeViolations(page)

    const report = await dashboard.openReport('Contacts to the support and advice line')
    // Before a period is chosen: this financial year, every local authority.
    expect(await report.periodHeading.textContent()).toBe(`Financial year ${financialYear}`)
    await expectNoAxeViolations(page)
    const [area] = await report.localAuthorities()
    expect(area).toBeTruthy()
    await report.chooseQuarter(financialYear, quarter)
    const areaId = await report.chooseLocalAuthority(area!)
    await report.show()
    expect(new URL(page.url()).search).toBe(
      `?period=quarter&financialYear=${String(yearStarts)}&quarter=${String(quarterNumber)}&localAuthorityId=${areaId}`,
    )
    expect(await report.periodHeading.textContent()).toMatch(
      new RegExp(`^Quarter ${String(quarterNumber)} of ${financialYear}: `),
    )
    await expectNoAxeViolations(page)

    const caption = 'Contacts by local authority and month'
    const before = await rowsOf(report.table(caption))
    const [header] = before
    const thisMonth = header!.indexOf(monthName)
    const totalColumn = header!.indexOf('Total')
    expect(thisMonth).toBeGreaterThan(0)
    expect(before[1]![0]).toBe(area)
    expectTotalsToAddUp(before, (column) => !header![column]!.startsWith('Average'))
    const rolling = `${caption}: rolling 12 months`
    const rollingBefore = await rowsOf(report.table(rolling))
    expect(rollingBefore.map((row) => row[0])).toEqual([
      'Period',
      expect.stringMatching(/^Rolling 12 months to /),
      expect.stringMatching(/^Rolling 12 months to .* \(previous quarter\)$/),
    ])

    // A call from someone not yet known to the service, for this local authority: one more
    // contact this month, in the quarter and in the rolling 12 months.
    const logged = await page.request.post('/api/contacts', {
      data: {
        idempotencyKey: randomUUID(),
        channel: 'phone',
        classification: 'seeking_information',
        enquirerName: 'Jordan Ellis',
        localAuthorityId: areaId,
        summary: 'Asked what support there is for a special guardian. Sent the leaflet.',
      },
    })
    expect(logged.status(), await logged.text()).toBeLessThan(300)
    await page.reload()
    await report.results.waitFor()
    const after = await rowsOf(report.table(caption))
    const figure = (rows: string[][], row: number, column: number) =>
      figureOf(rows[row]?.[column] ?? '') ?? 0
    expect(figure(after, 1, thisMonth)).toBe(figure(before, 1, thisMonth) + 1)
    expect(figure(after, 1, totalColumn)).toBe(figure(before, 1, totalColumn) + 1)
    expect(figure(after, 2, totalColumn)).toBe(figure(before, 2, totalColumn) + 1)
    const rollingAfter = await rowsOf(report.table(rolling))
    expect(figure(rollingAfter, 1, 1)).toBe(figure(rollingBefore, 1, 1) + 1)
    expectTotalsToAddUp(after, (column) => !header![column]!.startsWith('Average'))

    // The CSV holds the page's figures: the table, its total and the rolling 12 months.
    const csv = await report.downloadCsv()
    expect(csv.fileName).toMatch(/^contacts-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/)
    const lines = parseCsv(csv.text)
    expect(lines[0]).toEqual([
      'Contacts to the support and advice line',
      (await report.periodHeading.textContent()) ?? '',
      area,
    ])
    const at = lines.findIndex((line) => line[0] === caption)
    expect(at).toBeGreaterThan(0)
    expect(lines.slice(at + 1, at + 1 + after.length)).toEqual(after.map((row) => asCsv(row, [])))
    // The rolling 12 months under it, in the table's columns (blank for the months).
    const rollingLines = rollingAfter.slice(1).map((row) => [
      row[0]!,
      ...header!.slice(1).map((label) => {
        const index = rollingAfter[0]!.indexOf(label)
        return index < 0 ? '' : asCsv(row, [])[index]!
      }),
    ])
    const rollingAt = at + 1 + after.length
    expect(lines.slice(rollingAt, rollingAt + rollingLines.length)).toEqual(rollingLines)

    // For publication: the same table with counts from 1 to 4 as [c].
    const publication = parseCsv((await report.downloadCsv(true)).text)
    const published = publication.slice(at + 1, at + 1 + after.length)
    for (const [row, cells] of after.entries()) {
      for (const [column, cell] of cells.entries()) {
        const value = figureOf(cell)
        if (row === 0 || column === 0 || header![column]!.startsWith('Average')) continue
        expect(published[row]![column], `${cells[0]!}, ${header![column]!}`).toBe(
          value !== null && value > 0 && value < 5 ? '[c]' : value === null ? '' : String(value),
        )
      }
    }
    expect(publication.at(-1)?.[0]).toMatch(/^\[c\] /)

    // Printed, the report is its tables: no navigation, form, buttons or charts.
    await page.emulateMedia({ media: 'print' })
    expect(await report.form.isVisible()).toBe(false)
    expect(await report.results.isVisible()).toBe(false)
    expect(await page.getByRole('navigation', { name: 'Menu' }).isVisible()).toBe(false)
    expect(await page.locator('.app-report-chart').first().isVisible()).toBe(false)
    expect(await report.table(caption).isVisible()).toBe(true)
    await page.emulateMedia({ media: 'screen' })

    // The address is the report: the back button goes to the one before.
    await page.goBack()
    await page.waitForURL((url) => url.search === '')
    await report.periodHeading.filter({ hasText: /^Financial year / }).waitFor()
    expect(problems.pageErrors).toEqual([])
    await context.close()
  })

  it('the data analyst reaches the dashboard and a report, and nothing else', async () => {
    const { context, page, problems } = await openPage(browser, baseURL)
    const home = await signedInAs(page, demoEmail('analyst'), 'totp')
    const menu = page.getByRole('navigation', { name: 'Menu' })
    // The navigation is drawn with the signed-in chrome, a moment after the page.
    await menu.getByRole('link', { name: 'Reports', exact: true }).waitFor()
    expect(await menu.getByRole('link').allTextContents()).toEqual([
      'Your account',
      'Reports',
      'Sign out',
    ])
    await expectNoAxeViolations(page)
    await home.main.getByRole('link', { name: 'Reports', exact: true }).click()
    await page.waitForURL('**/reports')
    const dashboard = new ReportsDashboardPage(page)
    await dashboard.table('Open requests by status and tier').waitFor()
    await expectNoAxeViolations(page)

    const report = await dashboard.openReport('Caseload')
    const rows = await rowsOf(report.table('Caseload by local authority'))
    expect(rows.length).toBeGreaterThan(2)
    const header = rows[0]!
    expectTotalsToAddUp(rows, (column) => !header[column]!.startsWith('Families supported'))
    await expectNoAxeViolations(page)

    // A data analyst opens no case: the pages say so, as the BFF does.
    await page.goto('/people')
    await page
      .getByRole('heading', { level: 1, name: 'You do not have permission to view this page' })
      .waitFor()
    expect((await page.request.get('/api/people?q=Mistry')).status()).toBe(403)
    expect(problems.pageErrors).toEqual([])
    await context.close()
  })
})
