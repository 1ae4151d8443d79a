// An assessment of need's whole journey through the pages: a support worker records the request
// on the demo adopter's family record, starts it and writes its twelve sections; a team manager
// signs it off; the worker sends the proposed decision; the adopter answers it with what they want
// to tell us; the manager records the decision; the worker writes the support plan, shares it and
// records a review; the adopter reads the decision and the plan, and keeps the plan as a PDF. The
// demo birth relative sees only their own assessment. Axe runs on every page visited.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import {
  AssessmentPage,
  AssessmentsPage,
  FindPersonPage,
  MyAssessmentsPage,
} from './pages/assessment-pages.ts'
import { demoEmail } from './support/accounts.ts'
import { expectNoAxeViolations, launchBrowser, openPage } from './support/browser.ts'
import { signedInAs } from './support/flows.ts'
import { pdfText } from './support/pdf.ts'

const baseURL = inject('baseURL')
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

/** The twelve sections, in the task list's order, as the worker reads them. */
const sectionNames = [
  'Emotional and behavioural development',
  'Attachment',
  'Education',
  'Health',
  'Identity and contact',
  'Family relationships',
  'The parents’ needs',
  'The child’s views',
  'The adopters’ views',
  'Other professionals’ input',
  'Analysis',
  'Recommended services',
]

const reason =
  'The parents asked for help at home: evenings have become very hard since the move to a new school.'
const proposal =
  'We propose a place on the agency’s Nurturing Attachments course for both parents, and sensory integration sessions for the children at the Willowbrook Centre.'
const representations =
  'We would like the sessions to be on Saturdays, because both of us work during the week.'
const decision =
  'We will fund sensory integration sessions at the Willowbrook Centre on Saturday mornings, and a place on the Nurturing Attachments course.'
const service = {
  description: 'Sensory integration sessions',
  provider: 'Willowbrook Centre',
  frequency: 'Saturday mornings for 10 weeks',
  cost: '1,234.50',
  paidBy: 'Adoption Support Fund',
}
const whatChanged =
  'The first sessions went well. The children look forward to Saturdays, and the course starts next month.'

/** A London calendar date `days` from today, `yyyy-mm-dd`. */
function londonDate(days = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(
    new Date(Date.now() + days * 24 * 60 * 60 * 1000),
  )
}

/** A calendar date as the pages write it: "3 October 2026". */
function longDate(isoDate: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`))
}

/** The demo adopter's family, as staff read it: what identifies it, and whom to assess. */
interface AdoptiveFamily {
  id: string
  reference: string
  address: { line1: string; postcode: string }
  parents: { id: string; fullName: string }[]
  children: { id: string; firstName: string; lastName: string }[]
}
let family: AdoptiveFamily | undefined
/** The assessment this journey records, and its support plan. */
let assessmentId = ''
let planPath = ''
const today = londonDate()
const firstReview = londonDate(90)
const nextReview = londonDate(180)

async function openAssessment(page: Page) {
  const assessment = new AssessmentPage(page, `/needs-assessments/${assessmentId}`)
  await assessment.open()
  await assessment.heading.filter({ hasText: 'Assessment of need' }).waitFor()
  return assessment
}

async function openMyAssessments(page: Page) {
  await page.waitForURL('**/home')
  await expectNoAxeViolations(page)
  await page
    .locator('main#main-content')
    .getByRole('link', { name: 'Your assessment and plan', exact: true })
    .click()
  await page.waitForURL(/\/assessments$/)
  const mine = new MyAssessmentsPage(page)
  await mine.heading.filter({ hasText: 'Your assessment and plan' }).waitFor()
  return mine
}

// Whole journeys with axe on each page: longer than the suite's default minute on a busy machine.
describe('assessments of need: from the request to the support plan', { timeout: 300_000 }, () => {
  it('a support worker records the request, writes every section and sends it for sign-off', async () => {
    const { context, page, problems } = await openPage(browser, baseURL)
    await signedInAs(page, demoEmail('worker'), 'totp')
    await expectNoAxeViolations(page)

    // The family, found by the adopter's email address.
    await page
      .getByRole('navigation', { name: 'Menu' })
      .getByRole('link', { name: 'Find a person' })
      .click()
    await page.waitForURL(/\/people$/)
    const find = new FindPersonPage(page)
    await find.heading.filter({ hasText: 'Find a person' }).waitFor()
    await expectNoAxeViolations(page)
    await find.search(demoEmail('adopter'))
    expect(await find.person(demoEmail('adopter')).count()).toBe(1)
    await expectNoAxeViolations(page)

    const record = await find.openFamily(demoEmail('adopter'))
    family = (await (
      await page.request.get(`/api/families/${record.familyId}`)
    ).json()) as AdoptiveFamily
    const [child] = family.children
    const [adopter] = family.parents
    if (!child || !adopter) throw new Error('The demo adopter’s family has no child or parent')
    expect(await record.main.locator('.govuk-caption-l').textContent()).toBe(
      `Family ${family.reference}`,
    )
    await expectNoAxeViolations(page)

    // Nothing chosen or written: the error summary lists each question, and passes axe too.
    const start = await record.startAssessment()
    expect(await start.heading.textContent()).toBe('Start an assessment of need')
    expect(await start.caption.textContent()).toContain(family.reference)
    await expectNoAxeViolations(page)
    await start.recordWithErrors()
    expect(await start.errorMessages()).toEqual([
      'Select the children assessed',
      'Select the adopters assessed',
      'Enter why the assessment was asked for',
    ])
    expect(await page.title()).toMatch(/^Error: /)
    await expectNoAxeViolations(page)

    await start.tickChild(`${child.firstName} ${child.lastName}`)
    await start.tickAdopter(adopter.fullName)
    await start.writeReason(reason)
    await start.waitOutDoubleClickGuard()
    const assessment = await start.record()
    assessmentId = assessment.assessmentId
    expect(await assessment.caption.textContent()).toBe(family.reference)
    expect(await assessment.summaryValue('Status').textContent()).toBe('Waiting to start')
    expect(await assessment.summaryValue('Children').textContent()).toBe(
      `${child.firstName} ${child.lastName}`,
    )
    expect(await assessment.summaryValue('Adopters').textContent()).toBe(adopter.fullName)
    expect(await assessment.summaryValue('Why it was asked for').textContent()).toBe(reason)
    expect(await assessment.summaryValue('Asked for').textContent()).toBe(longDate(today))
    expect(await assessment.taskNames()).toEqual(sectionNames)
    expect(new Set(await assessment.taskStatuses())).toEqual(new Set(['Not yet started']))
    await expectNoAxeViolations(page)

    await assessment.act('Start the assessment', 'Assessment started')
    expect(await assessment.summaryValue('Status').textContent()).toBe('In progress')
    expect(await assessment.summaryValue('Started').textContent()).toBe(longDate(today))
    await expectNoAxeViolations(page)

    // Each section from the task list: written, finished, saved.
    for (const name of sectionNames) {
      const section = await assessment.openSection(name)
      expect(await section.heading.textContent()).toBe(name)
      await expectNoAxeViolations(page)
      await section.writeAndFinish(
        `${name}: what we found when we met the family, written for the assessment.`,
      )
      expect(
        (await assessment.task(name).locator('.govuk-task-list__status').textContent())?.trim(),
      ).toBe('Completed')
    }
    expect(await assessment.taskStatuses()).toEqual(sectionNames.map(() => 'Completed'))
    await expectNoAxeViolations(page)

    await assessment.act('Send for sign-off', 'Assessment sent for sign-off')
    expect(await assessment.summaryValue('Status').textContent()).toBe('Waiting for sign-off')
    // Sent: the worker can no longer change it, and only a manager signs it off.
    expect(await assessment.nextSteps()).not.toContain('Sign off')
    expect(
      await assessment.taskList.getByRole('link', { name: 'Analysis' }).getAttribute('href'),
    ).toBe(`/needs-assessments/${assessmentId}/sections/analysis/history`)
    await expectNoAxeViolations(page)

    expect(problems.pageErrors).toEqual([])
    await context.close()
  })

  it('the team manager finds it among the assessments and signs it off', async () => {
    expect(assessmentId).not.toBe('')
    const { context, page, problems } = await openPage(browser, baseURL)
    await signedInAs(page, demoEmail('manager'), 'totp')

    // From the support line's queue to "Assessments".
    await page
      .getByRole('navigation', { name: 'Menu' })
      .getByRole('link', { name: 'Support line' })
      .click()
    await page.waitForURL(/\/support-line\/queue$/)
    await page.getByRole('heading', { level: 1, name: 'Triage queue' }).waitFor()
    await expectNoAxeViolations(page)
    await page
      .locator('main#main-content')
      .getByRole('link', { name: 'Assessments', exact: true })
      .click()
    await page.waitForURL(/\/needs-assessments$/)
    const list = new AssessmentsPage(page)
    await list.heading.filter({ hasText: 'Assessments' }).waitFor()
    // A manager's list starts with all of them, under the figures on timeliness.
    expect(await list.view('All').evaluate((element) => element.tagName)).toBe('STRONG')
    expect(await list.rows().count()).toBeGreaterThan(0)
    await expectNoAxeViolations(page)

    await list.filterByStatus('Waiting for sign-off')
    expect(new URL(page.url()).searchParams.get('status')).toBe('awaiting_sign_off')
    const row = await list.findAssessment(assessmentId)
    expect(await row.textContent()).toContain(family?.reference ?? 'no family')
    expect(await row.textContent()).toContain('Waiting for sign-off')
    await expectNoAxeViolations(page)

    const assessment = await list.openAssessment(assessmentId)
    expect(await assessment.summaryValue('Status').textContent()).toBe('Waiting for sign-off')
    expect(await assessment.nextSteps()).toEqual(
      expect.arrayContaining(['Sign off', 'Return with comments']),
    )
    await expectNoAxeViolations(page)

    await assessment.act('Sign off', 'Assessment signed off')
    expect(await assessment.summaryValue('Status').textContent()).toBe('Signed off')
    expect(await assessment.summaryValue('Signed off').textContent()).toMatch(/ by /)
    await expectNoAxeViolations(page)

    expect(problems.pageErrors).toEqual([])
    await context.close()
  })

  it('the support worker sends the proposed decision', async () => {
    expect(assessmentId).not.toBe('')
    const { context, page, problems } = await openPage(browser, baseURL)
    await signedInAs(page, demoEmail('worker'), 'totp')

    const assessment = await openAssessment(page)
    expect(await assessment.summaryValue('Status').textContent()).toBe('Signed off')
    await expectNoAxeViolations(page)

    const form = await assessment.openForm('Send the proposed decision')
    expect(await form.heading.textContent()).toBe('Send the proposed decision')
    await expectNoAxeViolations(page)
    await form.write('The proposed decision', proposal)
    await form.submit('Send the proposed decision', 'Proposed decision sent')
    expect(await assessment.summaryValue('Status').textContent()).toBe('Proposed decision sent')
    expect(await assessment.summaryValue('Respond by').textContent()).not.toBe('Not set yet')
    expect(await assessment.mainText()).toContain(proposal)
    await expectNoAxeViolations(page)

    expect(problems.pageErrors).toEqual([])
    await context.close()
  })

  it('the adopter reads what we propose and tells us what they think', async () => {
    expect(assessmentId).not.toBe('')
    const { context, page, problems } = await openPage(browser, baseURL)
    await signedInAs(page, demoEmail('adopter'), 'email')

    const mine = await openMyAssessments(page)
    // The family's earlier assessment waits for an answer too: theirs is the one with our words.
    expect(await mine.sections().count()).toBeGreaterThan(1)
    const ours = mine.assessmentWith(proposal)
    expect(await ours.count()).toBe(1)
    expect(await mine.summaryValue('Status', ours).textContent()).toBe(
      'We have sent you what we propose: tell us what you think',
    )
    expect(await ours.getByRole('heading', { level: 2 }).textContent()).toContain(
      `asked for on ${longDate(today)}`,
    )
    await expectNoAxeViolations(page)

    const respond = await mine.respond(proposal)
    expect(await respond.heading.textContent()).toBe('Respond to what we propose')
    expect(await respond.mainText()).toContain(proposal)
    await expectNoAxeViolations(page)
    await respond.disagree(representations)
    await expectNoAxeViolations(page)

    const after = await respond.send()
    const answered = after.assessmentWith(representations)
    expect(await after.summaryValue('Status', answered).textContent()).toBe(
      'We have your response and will send you our decision',
    )
    expect(await answered.getByRole('button', { name: 'Respond to what we propose' }).count()).toBe(
      0,
    )
    await expectNoAxeViolations(page)

    expect(problems.pageErrors).toEqual([])
    await context.close()
  })

  it('the team manager records the decision', async () => {
    expect(assessmentId).not.toBe('')
    const { context, page, problems } = await openPage(browser, baseURL)
    await signedInAs(page, demoEmail('manager'), 'totp')

    const assessment = await openAssessment(page)
    expect(await assessment.summaryValue('Status').textContent()).toBe('Response received')
    expect(await assessment.mainText()).toContain('They made representations:')
    expect(await assessment.mainText()).toContain(representations)
    await expectNoAxeViolations(page)

    const form = await assessment.openForm('Record the decision')
    expect(await form.heading.textContent()).toBe('The decision and the reasons')
    await expectNoAxeViolations(page)
    await form.write('The decision and the reasons', decision)
    await form.submit('Record the decision', 'Decision recorded')
    expect(await assessment.summaryValue('Status').textContent()).toBe('Decided')
    expect(await assessment.mainText()).toContain(decision)
    await expectNoAxeViolations(page)

    expect(problems.pageErrors).toEqual([])
    await context.close()
  })

  it('the support worker writes the support plan, shares it and records a review', async () => {
    expect(assessmentId).not.toBe('')
    const { context, page, problems } = await openPage(browser, baseURL)
    await signedInAs(page, demoEmail('worker'), 'totp')

    const assessment = await openAssessment(page)
    await expectNoAxeViolations(page)

    const form = await assessment.writeSupportPlan()
    expect(await form.heading.textContent()).toBe('Write the support plan')
    // The worker writing it is named unless they choose a colleague.
    expect(await form.namedWorker.inputValue()).not.toBe('')
    await expectNoAxeViolations(page)
    await form.fillDate('Date of the first review', firstReview)
    await form.fillService(1, { ...service, startsOn: londonDate(7) })
    const plan = await form.save()
    planPath = plan.path
    expect(await plan.heading.textContent()).toBe('Support plan')
    expect(await plan.status.textContent()).toBe('Draft')
    expect(await plan.serviceCells()).toEqual([
      [
        service.description,
        service.provider,
        service.frequency,
        `From ${longDate(londonDate(7))}`,
        '£1,234.50',
        service.paidBy,
      ],
    ])
    expect(await plan.summaryValue('Next review').textContent()).toContain(longDate(firstReview))
    await expectNoAxeViolations(page)

    await plan.share()
    expect(await plan.status.textContent()).toBe('Active')
    expect(await plan.summaryValue('Shared with the family').textContent()).not.toBe(
      'Not shared yet',
    )
    await expectNoAxeViolations(page)

    const review = await plan.recordReview()
    expect(await review.heading.textContent()).toBe('Record a review')
    await expectNoAxeViolations(page)
    await review.fillDate('Date of the review', today)
    await review.writeWhatChanged(whatChanged)
    await review.fillDate('Date of the next review', nextReview)
    await review.record()
    const card = plan.review(`Review on ${longDate(today)}`)
    expect(await plan.summaryValue('What changed', card).textContent()).toBe(whatChanged)
    expect(await plan.summaryValue('Next review set for', card).textContent()).toBe(
      longDate(nextReview),
    )
    expect(await plan.summaryValue('Next review').textContent()).toContain(longDate(nextReview))
    await expectNoAxeViolations(page)

    // The assessment links to its plan.
    await openAssessment(page)
    expect(
      await page.getByRole('link', { name: 'See the support plan' }).getAttribute('href'),
    ).toBe(planPath)
    await expectNoAxeViolations(page)

    expect(problems.pageErrors).toEqual([])
    await context.close()
  })

  it('the adopter reads the decision and the support plan', async () => {
    expect(planPath).not.toBe('')
    const { context, page, problems } = await openPage(browser, baseURL)
    await signedInAs(page, demoEmail('adopter'), 'email')

    const mine = await openMyAssessments(page)
    const ours = mine.assessmentWith(decision)
    expect(await ours.count()).toBe(1)
    expect(await mine.summaryValue('Status', ours).textContent()).toBe('We have made our decision')
    expect(await ours.getByRole('heading', { level: 3, name: 'Our decision' }).count()).toBe(1)
    expect(await ours.getByRole('heading', { level: 3, name: 'Your support plan' }).count()).toBe(1)
    const services = ours.getByRole('table', { name: 'Services in your support plan' })
    const row = services.locator('tbody tr', { hasText: service.description })
    expect(await row.textContent()).toContain('£1,234.50')
    expect(await row.textContent()).toContain(service.provider)
    expect(await row.textContent()).toContain(service.paidBy)
    expect(await mine.summaryValue('Next review', ours).textContent()).toBe(longDate(nextReview))
    expect(await ours.textContent()).toContain(`Reviewed on ${longDate(today)}`)
    expect(await ours.textContent()).toContain(whatChanged)
    await expectNoAxeViolations(page)

    // The plan to keep, as a PDF, has the service and its cost.
    const href = await ours
      .getByRole('link', { name: 'Download your support plan (PDF)' })
      .getAttribute('href')
    expect(href).toBeTruthy()
    const pdf = await page.request.get(href ?? '')
    expect(pdf.status()).toBe(200)
    expect(pdf.headers()['content-type']).toMatch(/^application\/pdf/)
    const text = await pdfText(await pdf.body())
    expect(text).toContain(service.description)
    expect(text).toContain('£1,234.50')
    expect(text).toContain(whatChanged)

    expect(problems.pageErrors).toEqual([])
    await context.close()
  })
})

describe('assessments of need: a birth relative’s own', { timeout: 120_000 }, () => {
  it('a support worker finds a birth relative and starts an assessment of their needs', async () => {
    const { context, page, problems } = await openPage(browser, baseURL)
    await signedInAs(page, demoEmail('worker'), 'totp')
    const find = await new FindPersonPage(page).open()
    await find.search(demoEmail('birth-relative-b'))
    const found = (await (
      await page.request.get(`/api/people?q=${encodeURIComponent(demoEmail('birth-relative-b'))}`)
    ).json()) as { people: { kind: string; name: string }[] }
    const [relative] = found.people
    expect(relative?.kind).toBe('birth_relative')
    const start = await find.startAssessmentOf(demoEmail('birth-relative-b'))
    expect(await start.heading.textContent()).toBe('Start an assessment of need')
    // Whose it is, before anything is recorded.
    expect(await start.caption.textContent()).toContain(relative?.name)
    await expectNoAxeViolations(page)

    await start.writeReason('She asked for help to write to her son, and for counselling.')
    const assessment = await start.record()
    expect(await assessment.summaryValue('Status').textContent()).toBe('Waiting to start')
    expect(await assessment.caption.textContent()).toContain(relative?.name)
    await expectNoAxeViolations(page)
    expect(problems.pageErrors).toEqual([])
    await context.close()
  })

  it('the birth relative sees their assessment in progress, and nothing of the family', async () => {
    expect(family).toBeDefined()
    const { context, page, problems } = await openPage(browser, baseURL)
    await signedInAs(page, demoEmail('birth-relative'), 'email')

    const mine = await openMyAssessments(page)
    const sections = mine.sections()
    expect(await sections.count()).toBe(1)
    const own = sections.first()
    expect(await own.getByRole('heading', { level: 2 }).textContent()).toMatch(
      /^Assessment asked for on \d{1,2} \w+ \d{4}$/,
    )
    expect(await mine.summaryValue('Status', own).textContent()).toBe(
      'Your worker is carrying out the assessment',
    )
    await expectNoAxeViolations(page)

    const text = await mine.mainText()
    if (family) {
      const surnames = family.parents.map((parent) => parent.fullName.split(' ').at(-1) ?? '')
      for (const identifying of [
        family.reference,
        family.address.line1,
        family.address.postcode,
        ...surnames,
        ...family.children.map((child) => child.lastName),
      ]) {
        expect(identifying).not.toBe('')
        expect(text).not.toContain(identifying)
      }
    }

    expect(problems.pageErrors).toEqual([])
    await context.close()
  })
})
