// Families find groups and training, book places, add them to their calendar and cancel; a full
// event's waiting list gives the place to the next family. Axe runs on every page visited.
import { randomUUID } from 'node:crypto'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { GroupEventPage, GroupsPage, YourBookingsPage } from './pages/group-pages.ts'
import { demoEmail } from './support/accounts.ts'
import { expectNoAxeViolations, launchBrowser, openPage } from './support/browser.ts'
import { signedInAs } from './support/flows.ts'

const baseURL = inject('baseURL')
let browser: Browser

/** Two events made for this run by a team manager: one with room, one with a single place. */
const forum = { id: '', title: `Adopters’ forum: life story work ${randomUUID().slice(0, 8)}` }
const small = { id: '', title: `Parents’ wellbeing circle ${randomUUID().slice(0, 8)}` }
/** The UK month (`yyyy-mm`) the forum meets in, for the filter. */
let forumMonth = ''

/** A session `weeks` from now, 10am to 12pm in London (summer or winter time). */
function sessionIn(weeks: number) {
  const day = new Date(Date.now() + weeks * 7 * 24 * 60 * 60 * 1000)
  const londonDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(day)
  const offset = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    timeZoneName: 'longOffset',
  })
    .formatToParts(day)
    .find((part) => part.type === 'timeZoneName')
    ?.value.replace('GMT', '')
  const zone = offset === '' || offset === undefined ? '+00:00' : offset
  return {
    londonDate,
    startsAt: `${londonDate}T10:00:00${zone}`,
    endsAt: `${londonDate}T12:00:00${zone}`,
  }
}

async function createEvent(page: Page, title: string, capacity: number, weeks: number) {
  const session = sessionIn(weeks)
  const response = await page.request.post('/api/group-programme/events', {
    data: {
      kind: capacity === 1 ? 'parents_wellbeing' : 'adopter_forum',
      title,
      description: 'A morning with other adoptive parents and the adoption support team.',
      audience: ['adopters', 'special_guardians'],
      delivery: 'in_person',
      venueName: 'Central Shires Adoption Hub',
      venueAddress: 'Orchard Close\nLower Ashby',
      capacity,
      localAuthorityId: null,
      status: 'published',
      sessions: [{ startsAt: session.startsAt, endsAt: session.endsAt }],
    },
  })
  expect(response.status(), await response.text()).toBe(201)
  const created = (await response.json()) as { id: string }
  return { id: created.id, month: session.londonDate.slice(0, 7) }
}

beforeAll(async () => {
  browser = await launchBrowser()
  const staff = await openPage(browser, baseURL)
  await signedInAs(staff.page, demoEmail('manager'), 'totp')
  const made = await createEvent(staff.page, forum.title, 20, 5)
  forum.id = made.id
  forumMonth = made.month
  small.id = (await createEvent(staff.page, small.title, 1, 6)).id
  await staff.context.close()
})
afterAll(() => browser.close())

async function mainText(page: Page) {
  return (await page.locator('main').textContent()) ?? ''
}

// Whole journeys with axe on each page: longer than the suite's default minute on a busy machine.
describe('groups and training: families', { timeout: 300_000 }, () => {
  it('a family finds an event, books, downloads the calendar file, sees the booking and cancels it', async () => {
    const { context, page, problems } = await openPage(browser, baseURL)
    await signedInAs(page, demoEmail('adopter'), 'email')

    await page
      .getByRole('navigation', { name: 'Menu' })
      .getByRole('link', { name: 'Groups and training' })
      .click()
    await page.waitForURL('**/groups')
    const groups = new GroupsPage(page)
    await groups.heading.filter({ hasText: 'Groups and training' }).waitFor()
    expect(await page.title()).toBe('Groups and training – Adoption support')
    await expectNoAxeViolations(page)

    await groups.filter({ kind: 'adopter_forum', month: forumMonth })
    await expectNoAxeViolations(page)
    const event = await groups.openEvent(forum.title)
    expect(await event.summaryValue('Who it is for').textContent()).toContain('Adoptive parents')
    expect(await event.summaryValue('Places').textContent()).toBe('20 places left')
    await expectNoAxeViolations(page)

    // Nothing chosen: the error summary, which passes axe too.
    await page.getByRole('button', { name: 'Book places' }).click()
    await page.locator('.govuk-error-summary').waitFor()
    expect(await page.locator('.govuk-error-summary').textContent()).toContain(
      'Select who is coming',
    )
    await expectNoAxeViolations(page)

    const person = await event.tickFirstEligible()
    await event.waitOutDoubleClickGuard()
    await event.book('Book places')
    expect(await event.heading.textContent()).toBe('Booking confirmed')
    expect(await mainText(page)).toContain(person)
    await expectNoAxeViolations(page)

    // "Add to calendar" downloads an iCalendar file of the event.
    const href = await event.calendarLink.getAttribute('href')
    expect(href).toMatch(/^\/api\/my\/group-bookings\/[0-9a-f-]{36}\/calendar$/)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      event.calendarLink.click(),
    ])
    expect(download.suggestedFilename()).toMatch(/\.ics$/)
    const chunks: Buffer[] = []
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer)
    const ics = Buffer.concat(chunks).toString('utf8')
    expect(ics).toContain('BEGIN:VCALENDAR')
    expect(ics.replace(/\r\n[ \t]/g, '')).toContain(forum.title.replace(/,/g, '\\,'))
    const file = await page.request.get(href ?? '')
    expect(file.headers()['content-type']).toMatch(/^text\/calendar/)
    expect(await file.text()).toContain('BEGIN:VCALENDAR')

    await page.locator('main').getByRole('link', { name: 'Your bookings' }).click()
    const bookings = new YourBookingsPage(page)
    await bookings.card(forum.title).waitFor()
    expect(await bookings.status(forum.title).textContent()).toBe('Booked')
    expect(await bookings.card(forum.title).textContent()).toContain(person)
    await expectNoAxeViolations(page)

    // The event's page now shows the booking instead of the form.
    await bookings.card(forum.title).getByRole('link', { name: forum.title, exact: true }).click()
    await page.waitForURL(`**/groups/${forum.id}`)
    const booked = new GroupEventPage(page, `/groups/${forum.id}`)
    await page.getByRole('heading', { level: 2, name: 'Your booking' }).waitFor()
    expect(await booked.whoIsComing.count()).toBe(0)
    await expectNoAxeViolations(page)
    await page.goBack()
    await bookings.card(forum.title).waitFor()

    await bookings.cancel(forum.title, 'Cancel booking')
    expect(await bookings.heading.textContent()).toBe(
      `Are you sure you want to cancel your booking for ${forum.title}?`,
    )
    await expectNoAxeViolations(page)
    await bookings.confirmCancel('Yes, cancel booking')
    expect(await bookings.successBanner.textContent()).toContain('Booking cancelled')
    expect(
      await bookings
        .card(forum.title)
        .getByRole('link', { name: /^Cancel booking/ })
        .count(),
    ).toBe(0)
    await expectNoAxeViolations(page)

    // The list fits a phone.
    await groups.open()
    await page.setViewportSize({ width: 320, height: 700 })
    expect(await groups.scrollsSideways()).toBe(false)
    expect(problems.pageErrors).toEqual([])
    await context.close()
  })

  it('a full event: the next family on the waiting list gets the place when one is cancelled', async () => {
    const a = await openPage(browser, baseURL)
    await signedInAs(a.page, demoEmail('adopter'), 'email')
    const b = await openPage(browser, baseURL)
    await signedInAs(b.page, demoEmail('adopter-b'), 'email')

    // Family A books the only place.
    const eventA = await new GroupEventPage(a.page, `/groups/${small.id}`).open()
    expect(await eventA.summaryValue('Places').textContent()).toBe('1 place left')
    await expectNoAxeViolations(a.page)
    await eventA.tickFirstEligible()
    await eventA.book('Book places')
    expect(await eventA.heading.textContent()).toBe('Booking confirmed')

    // Family B finds it full and joins the waiting list.
    const eventB = await new GroupEventPage(b.page, `/groups/${small.id}`).open()
    expect(await eventB.summaryValue('Places').textContent()).toBe('Full – join the waiting list')
    expect(await mainText(b.page)).toContain('This event is full.')
    await expectNoAxeViolations(b.page)
    await eventB.tickFirstEligible()
    await eventB.book('Join the waiting list')
    expect(await eventB.heading.textContent()).toBe('You are on the waiting list')
    expect(await b.page.locator('.govuk-panel__body').textContent()).toContain(
      'You are number 1 on the list',
    )
    expect(await mainText(b.page)).toContain('We will email you if a place becomes free.')
    await expectNoAxeViolations(b.page)
    const bookingsB = await new YourBookingsPage(b.page).open()
    expect(await bookingsB.status(small.title).textContent()).toBe('On the waiting list')
    await expectNoAxeViolations(b.page)

    // Family A cancels.
    const bookingsA = await new YourBookingsPage(a.page).open()
    await bookingsA.cancel(small.title, 'Cancel booking')
    await expectNoAxeViolations(a.page)
    await bookingsA.confirmCancel('Yes, cancel booking')
    expect(await bookingsA.successBanner.textContent()).toContain('Booking cancelled')
    await expectNoAxeViolations(a.page)

    // Family B now has the place.
    await bookingsB.open()
    await bookingsB.card(small.title).waitFor()
    expect(await bookingsB.status(small.title).textContent()).toBe('Booked')
    await expectNoAxeViolations(b.page)
    const promoted = await new GroupEventPage(b.page, `/groups/${small.id}`).open()
    expect(await promoted.calendarLink.count()).toBe(1)
    await expectNoAxeViolations(b.page)

    expect(a.problems.pageErrors).toEqual([])
    expect(b.problems.pageErrors).toEqual([])
    await a.context.close()
    await b.context.close()
  })
})
