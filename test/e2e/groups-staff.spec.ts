// Groups and training, staff side: a team manager creates an event with two sessions through the
// form, a family books it, and on the day the manager takes the register (marks the family
// present, adds a walk-in, downloads the register) and reads the figures. Then each staff page,
// the form's errors and a cancellation pass axe.
import { randomUUID } from 'node:crypto'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import {
  EventFormPage,
  GroupFiguresPage,
  GroupProgrammePage,
  RegisterPage,
  StaffEventPage,
} from './pages/group-programme-pages.ts'
import { demoEmail } from './support/accounts.ts'
import { expectNoAxeViolations, launchBrowser, openPage } from './support/browser.ts'
import { signedInAs } from './support/flows.ts'

const baseURL = inject('baseURL')
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

const title = `Stay and play at the hub ${randomUUID().slice(0, 8)}`
const walkIn = 'Amir Khan'

/** What the journey made, for the next person's part of it. */
let event: { path: string; id: string } | undefined
/** The names the family booked. */
let booked: string[] = []

const pad = (value: number) => String(value).padStart(2, '0')

/** London's date (`yyyy-mm-dd`) and minutes past midnight at a moment. */
function inLondon(moment: Date) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(moment)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '00'
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    minutes: Number(part('hour')) * 60 + Number(part('minute')),
  }
}

const clock = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`
const minute = 60 * 1000

/**
 * The first session starts 20 to 25 minutes from now (booking closes when it starts; the register
 * can be marked from the session's day or the hour before it starts, so this works at any time,
 * even just before midnight); the second a week later. Each ends by 23:59 on its own date.
 */
function sessionTimes() {
  const start = new Date(Math.ceil((Date.now() + 20 * minute) / (5 * minute)) * 5 * minute)
  const first = inLondon(start)
  const second = inLondon(new Date(start.getTime() + 7 * 24 * 60 * minute))
  const end = Math.min(first.minutes + 60, 23 * 60 + 59)
  return {
    first: { date: first.date, start: clock(first.minutes), end: clock(end) },
    second: { date: second.date, start: clock(first.minutes), end: clock(end) },
  }
}

async function signInAsManager(page: Page) {
  await signedInAs(page, demoEmail('manager'), 'totp')
}

// Whole journeys with axe on each page: longer than the suite's default minute on a busy machine.
describe('groups and training: staff', { timeout: 300_000 }, () => {
  it('a team manager creates an event with two sessions', async () => {
    const { context, page, problems } = await openPage(browser, baseURL)
    await signInAsManager(page)

    await page
      .getByRole('navigation', { name: 'Menu' })
      .getByRole('link', { name: 'Groups and training' })
      .click()
    await page.waitForURL('**/group-programme')
    const list = new GroupProgrammePage(page)
    // The home page's heading shows until the list is drawn.
    await list.heading.filter({ hasText: 'Groups and training' }).waitFor()
    expect(await list.heading.textContent()).toBe('Groups and training')
    await expectNoAxeViolations(page)

    const form = await list.createAnEvent()
    await expectNoAxeViolations(page)
    // Nothing typed: the error summary passes axe too.
    await page.getByRole('button', { name: 'Create event' }).click()
    await page.locator('.govuk-error-summary').waitFor()
    expect(await page.title()).toMatch(/^Error: Create an event/)
    await expectNoAxeViolations(page)

    await form.chooseKind('Stay and play (under 5s)')
    await form.fill('Title', title)
    await form.fill('Description', 'Play, songs and a snack with other adoptive families.')
    await form.check('Adoptive parents')
    await form.check('Children and young people')
    await form.fill('Youngest age', '0')
    await form.fill('Oldest age', '17')
    await form.check('In person')
    await form.fill('Venue', 'Central Shires Adoption Hub')
    await form.fill('Number of places', '10')
    await form.check('Publish dates now')
    const times = sessionTimes()
    await form.fillSession(1, times.first)
    await form.addSession()
    // Focus moves to the new session's first field.
    expect((await form.focused())?.id).toBe('session-2-date-day')
    await form.fillSession(2, times.second)
    await expectNoAxeViolations(page)

    const created = await form.save('Create event', 'The event has been created')
    expect(await created.heading.textContent()).toBe(title)
    expect(await created.summaryValue('Status').textContent()).toBe('Published')
    expect(await created.summaryValue('Places booked').textContent()).toBe('0 of 10')
    expect(await created.summaryValue('Sessions').locator('li').count()).toBe(2)
    await expectNoAxeViolations(page)
    event = { path: created.path, id: created.path.split('/').pop() ?? '' }
    expect(problems.pageErrors).toEqual([])
    await context.close()
  })

  it('a family books it', async () => {
    expect(event).toBeDefined()
    const { context, page } = await openPage(browser, baseURL)
    await signedInAs(page, demoEmail('adopter'), 'email')
    const response = await page.request.get(`/api/group-events/${event!.id}`)
    expect(response.status()).toBe(200)
    const details = (await response.json()) as {
      bookingOpen: boolean
      household: { kind: 'parent' | 'child'; id: string; name: string; eligible: boolean }[]
    }
    expect(details.bookingOpen).toBe(true)
    const coming = details.household.filter((member) => member.eligible)
    expect(coming.length).toBeGreaterThan(0)
    const booking = await page.request.post(`/api/group-events/${event!.id}/bookings`, {
      data: {
        idempotencyKey: randomUUID(),
        attendees: coming.map((member) =>
          member.kind === 'parent' ? { familyParentId: member.id } : { childId: member.id },
        ),
      },
    })
    expect(booking.status(), await booking.text()).toBe(201)
    expect(((await booking.json()) as { status: string }).status).toBe('booked')
    booked = coming.map((member) => member.name)
    await context.close()
  })

  it('on the day the manager takes the register, adds a walk-in and downloads it', async () => {
    expect(event).toBeDefined()
    expect(booked.length).toBeGreaterThan(0)
    const { context, page, problems } = await openPage(browser, baseURL)
    await signInAsManager(page)

    const staffEvent = new StaffEventPage(page, event!.path)
    await staffEvent.open()
    expect(await staffEvent.summaryValue('Places booked').textContent()).toBe(
      `${String(booked.length)} of 10`,
    )
    await staffEvent.action('Register')
    const register = new RegisterPage(page, `${event!.path}/register`)
    expect(await register.heading.textContent()).toBe('Register')
    // Today's session is the one shown.
    await expect
      .poll(() => page.getByRole('radio', { name: /^Session 1: / }).isChecked())
      .toBe(true)
    for (const name of booked) {
      await register.present(name).waitFor()
    }
    await expectNoAxeViolations(page)

    const [family] = booked
    await register.present(family!).check()
    await register.saveAttendance()
    expect(await register.successBanner.textContent()).toContain(
      `Attendance saved: 1 present, ${String(booked.length - 1)} absent`,
    )
    await expectNoAxeViolations(page)

    await register.addWalkIn(walkIn, true)
    await expect.poll(() => register.present(walkIn).isChecked()).toBe(true)
    expect(await register.present(family!).isChecked()).toBe(true)
    await expectNoAxeViolations(page)

    const href = await register.csvLink.getAttribute('href')
    expect(href).toBe(`/api/group-programme/events/${event!.id}/register.csv`)
    const csv = await page.request.get(href!)
    expect(csv.status()).toBe(200)
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/)
    const text = await csv.text()
    for (const name of [...booked, walkIn]) {
      expect(text).toContain(name)
    }
    expect(text).toContain('Present')

    // The figures of this financial year count the event.
    await page
      .getByRole('navigation', { name: 'Menu' })
      .getByRole('link', { name: 'Groups and training' })
      .click()
    await page.waitForURL('**/group-programme')
    await page.getByRole('link', { name: 'See the figures' }).click()
    await page.waitForURL('**/group-programme/figures')
    const figures = new GroupFiguresPage(page)
    await page.getByRole('table', { name: 'Totals' }).waitFor()
    expect(Number(await figures.total('Attended').textContent())).toBeGreaterThanOrEqual(1)
    // Each column by local authority adds up to its total.
    for (const [column, total] of [
      ['Places offered', 'Places offered'],
      ['Booked', 'Places booked'],
      ['Attended', 'Attended'],
      ['No-shows', 'No-shows'],
      ['Families reached', 'Families reached'],
      ['Children reached', 'Children reached'],
    ] as const) {
      const rows = await figures.byAreaColumn(column)
      expect(
        rows.reduce((sum, value) => sum + value, 0),
        column,
      ).toBe(await figures.totalNumber(total))
    }
    await page
      .getByRole('table', { name: 'Figures by event' })
      .getByRole('link', { name: title })
      .waitFor()
    await expectNoAxeViolations(page)
    expect(problems.pageErrors).toEqual([])
    await context.close()
  })

  it('the register fits a tablet, and the events a 320 px wide screen', async () => {
    expect(event).toBeDefined()
    const { context, page } = await openPage(browser, baseURL, { width: 768, height: 1024 })
    await signInAsManager(page)
    const register = await new RegisterPage(page, `${event!.path}/register`).open()
    await register.table.waitFor()
    expect(await register.scrollsSideways()).toBe(false)

    await page.setViewportSize({ width: 320, height: 700 })
    const list = await new GroupProgrammePage(page).open()
    await list.table.waitFor()
    expect(await list.scrollsSideways()).toBe(false)
    await expectNoAxeViolations(page)
    await context.close()
  })

  it('each staff page passes axe: the list, an event, its form, cancelling it and the figures', async () => {
    expect(event).toBeDefined()
    const { context, page, problems } = await openPage(browser, baseURL)
    await signInAsManager(page)

    const list = await new GroupProgrammePage(page).open()
    await list.table.waitFor()
    await page.getByRole('combobox', { name: 'When' }).selectOption({ label: 'All dates' })
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await page.waitForURL('**/group-programme?when=all')
    await list.table.getByRole('link', { name: title }).waitFor()
    await expectNoAxeViolations(page)

    const staffEvent = await new StaffEventPage(page, event!.path).open()
    await expectNoAxeViolations(page)
    await staffEvent.action('Edit')
    const form = new EventFormPage(page, `${event!.path}/edit`)
    expect(await form.heading.textContent()).toBe('Change the event')
    expect(await page.getByRole('textbox', { name: 'Title', exact: true }).inputValue()).toBe(title)
    await expectNoAxeViolations(page)
    // A session that ends before it starts: the error passes axe, and nothing typed is lost.
    await form.session(2).getByRole('textbox', { name: 'End time' }).fill('00:01')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await page
      .locator('.govuk-error-summary')
      .getByRole('link', { name: 'The end time of session 2 must be after the start time' })
      .waitFor()
    await expectNoAxeViolations(page)

    await new StaffEventPage(page, event!.path).open()
    await staffEvent.action('Cancel event')
    expect(await staffEvent.heading.textContent()).toBe('Cancel the event')
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Cancel event' }).click()
    await page.locator('.govuk-error-summary').waitFor()
    await expectNoAxeViolations(page)
    await page
      .getByRole('textbox', { name: 'Why is the event cancelled?' })
      .fill('The hub is closed for repairs.')
    await staffEvent.waitOutDoubleClickGuard()
    await page.getByRole('button', { name: 'Cancel event' }).click()
    await page
      .locator('.govuk-notification-banner--success')
      .getByText('The event has been cancelled')
      .waitFor()
    expect(await staffEvent.summaryValue('Status').textContent()).toBe('Cancelled')
    await expectNoAxeViolations(page)

    await new GroupFiguresPage(page).open()
    await page.getByRole('table', { name: 'Totals' }).waitFor()
    await expectNoAxeViolations(page)
    expect(problems.pageErrors).toEqual([])
    await context.close()
  })
})
