import {
  asc,
  birthRelatives,
  demoEmail,
  eq,
  familyParents,
  needsAssessments,
  organisations,
  type Db,
} from '@asp/db'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { assessmentSectionNames, assessmentSections } from '../../contract/index.ts'
import { readPdf } from '../../testing/pdf.ts'
import { expectStatus, signInAs, type Browser } from '../../testing/sign-in.ts'
import { createTestApp, type TestApp } from '../../testing/test-app.ts'
import { formatPence } from './plan-pdf.ts'
import {
  auditOf,
  findDemoBirthRelative,
  findDemoFamily,
  findUserId,
  seedPlan,
  type DemoFamilyForAssessment,
} from './testing.ts'

// The assessment, the decision notice and the support plan as PDFs: an assessment of family A
// carried from the request to a shared plan through HTTP, each PDF read back as a screen reader
// gets it (text, tags, title, language), and who may download which.

// Wednesday 25 November 2026, 10am in London.
let now = new Date('2026-11-25T10:00:00Z')
const clock = () => now

let t: TestApp
let db: Db
let worker: Browser
let manager: Browser
let duty: Browser
let administrator: Browser
let workerWyvern: Browser
let adopter: Browser
let adopterB: Browser
let relative: Browser
let family: DemoFamilyForAssessment
let parentNames: string[] = []
let agencyName = ''
let workerId = ''

const staff = '/api/staff/assessments'
const education = 'Maisie’s school says she is settling. Zażółć gęślą jaźń.'
const analysis = 'Maisie needs help with her feelings about school.\n\nHer parents need a break.'
const comments = 'MANAGER-ONLY: add what the SENCO said.'
const proposal = 'We propose a therapeutic parenting course, paid for by the Adoption Support Fund.'
const representations = 'We would rather the course were in the evenings, after work.'
const decision = 'We will provide the course in the evenings.\n\nWe have listened to what you said.'

/** A download's status, headers and bytes. */
async function download(as: Browser, path: string) {
  const res = await request(t.app)
    .get(path)
    .set('Cookie', as.cookieHeader())
    .buffer(true)
    .parse((stream, done) => {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => done(null, Buffer.concat(chunks)))
    })
  return { status: res.status, headers: res.headers, bytes: res.body as Buffer }
}

/** A download that must succeed, read back. */
async function pdfOf(as: Browser, path: string) {
  const res = await download(as, path)
  expect(res.status, `GET ${path}`).toBe(200)
  expect(res.headers['content-type']).toBe('application/pdf')
  return { ...(await readPdf(res.bytes)), disposition: res.headers['content-disposition'] }
}

/** A download that must fail: its status and the API's words. */
async function refused(as: Browser, path: string) {
  const res = await as.get(path)
  return { status: res.status, message: (res.body as { message?: string }).message }
}

beforeAll(async () => {
  t = await createTestApp({ accounts: true, clock })
  db = t.database.db
  ;[worker, manager, duty, administrator, workerWyvern, adopter, adopterB, relative] =
    await Promise.all([
      signInAs(t.app, db, demoEmail('worker'), 'totp'),
      signInAs(t.app, db, demoEmail('manager'), 'totp'),
      signInAs(t.app, db, demoEmail('duty'), 'totp'),
      signInAs(t.app, db, demoEmail('administrator'), 'totp'),
      signInAs(t.app, db, demoEmail('worker-wyvern'), 'totp'),
      signInAs(t.app, db, demoEmail('adopter'), 'email'),
      signInAs(t.app, db, demoEmail('adopter-b'), 'email'),
      signInAs(t.app, db, demoEmail('birth-relative'), 'email'),
    ])
  family = await findDemoFamily(db, 'adopter')
  workerId = await findUserId(db, 'worker')
  // In the order they were added, as the assessment names them.
  const parents = await db
    .select({ fullName: familyParents.fullName })
    .from(familyParents)
    .where(eq(familyParents.familyId, family.id))
    .orderBy(asc(familyParents.createdAt), asc(familyParents.id))
  parentNames = parents.map((parent) => parent.fullName)
})
afterAll(() => t.close())

describe('an assessment, its decision notice and its plan as PDFs', () => {
  let id = ''
  let version = 0
  let planId = ''

  it('staff print an assessment being written: every section, "Not written" for the rest', async () => {
    const started = expectStatus(
      await worker.post(staff, {
        subject: 'adoptive_family',
        familyId: family.id,
        childIds: family.childIds,
        parentIds: family.parentIds,
        reason: 'School has become hard for Maisie since she moved up a year.',
        requestedOn: '2026-11-20',
        workerUserId: workerId,
      }),
      201,
    ).body as { id: string; version: number }
    id = started.id
    const [row] = await db
      .select({ name: organisations.name })
      .from(needsAssessments)
      .innerJoin(organisations, eq(organisations.id, needsAssessments.organisationId))
      .where(eq(needsAssessments.id, id))
    agencyName = row!.name
    expectStatus(
      await worker.put(`${staff}/${id}/sections/education`, {
        version: 0,
        content: education,
        finished: false,
      }),
      200,
    )

    const pdf = await pdfOf(duty, `${staff}/${id}/pdf`)
    expect(pdf.disposition).toBe(`attachment; filename="assessment-${family.reference}.pdf"`)
    expect(pdf.marked).toBe(true)
    expect(pdf.language).toBe('en-GB')
    expect(pdf.title).toBe('Assessment of adoption support needs')
    expect(pdf.text.startsWith(agencyName)).toBe(true)
    expect(pdf.text).toContain(`Family reference: ${family.reference}`)
    expect(pdf.text).toContain(`Council: ${family.localAuthorityName}`)
    expect(pdf.text).toContain('Worker: Sam Okafor')
    expect(pdf.text).toContain('Asked for on: 20 November 2026')
    expect(pdf.text).toContain(education)
    expect(pdf.text).toContain('This section is not finished.')
    for (const name of family.childFirstNames) expect(pdf.text).toContain(name)
    for (const name of parentNames) expect(pdf.text).toContain(name)
    for (const section of assessmentSections) {
      expect(pdf.text).toContain(assessmentSectionNames[section])
    }
    // Eleven sections with nothing in them yet.
    expect(pdf.text.match(/Not written/g)).toHaveLength(11)
    expect(pdf.text).toContain('Proposed decision Not sent yet.')
    expect(pdf.text).toContain('Decision Not decided yet.')
  })

  it('the decision notice is refused until the assessment is decided', async () => {
    const res = await refused(manager, `${staff}/${id}/decision-notice`)
    expect(res).toEqual({
      status: 409,
      message: 'There is no decision notice until the assessment has been decided',
    })
  })

  it('the assessment goes through sign-off (returned once, with comments) to a proposal', async () => {
    for (const section of assessmentSections) {
      const content =
        section === 'education' ? education : section === 'analysis' ? analysis : `On ${section}.`
      const current = (await worker.get(`${staff}/${id}`)).body as {
        sections: { section: string; version: number }[]
      }
      const at = current.sections.find((s) => s.section === section)!.version
      expectStatus(
        await worker.put(`${staff}/${id}/sections/${section}`, {
          version: at,
          content,
          finished: true,
        }),
        200,
      )
    }
    const step = async (as: Browser, action: string, body: object = {}) => {
      const res = await as.post(`${staff}/${id}/${action}`, { version, ...body })
      version = (expectStatus(res, 200).body as { version: number }).version
    }
    version = ((await worker.get(`${staff}/${id}`)).body as { version: number }).version
    await step(worker, 'submit')
    await step(manager, 'return', { comments })
    await step(worker, 'submit')
    await step(manager, 'sign-off')
    await step(worker, 'proposal', { proposal })

    // The family may not have a notice of a decision not yet made.
    const early = await refused(adopter, `/api/assessments/${id}/decision-notice`)
    expect(early).toEqual({ status: 409, message: 'We have not made our decision yet' })

    now = new Date('2026-12-02T10:00:00Z')
    expectStatus(
      await adopter.post(`/api/assessments/${id}/response`, {
        response: 'representations',
        representations,
      }),
      200,
    )
    now = new Date('2026-12-07T10:00:00Z')
    version = ((await manager.get(`${staff}/${id}`)).body as { version: number }).version
    await step(manager, 'decision', { decision })
  })

  it('staff print the whole assessment, and never the manager’s comments', async () => {
    const pdf = await pdfOf(manager, `${staff}/${id}/pdf`)
    expect(pdf.text).toContain(education)
    expect(pdf.text).toContain('Her parents need a break.')
    expect(pdf.text).toContain(proposal)
    expect(pdf.text).toContain(representations)
    expect(pdf.text).toContain('We will provide the course in the evenings.')
    expect(pdf.text).toContain('Decided on 7 December 2026 by Priya Shah.')
    expect(pdf.text).toContain('Signed off: 25 November 2026 by Priya Shah')
    expect(pdf.text).not.toContain('MANAGER-ONLY')
    expect(pdf.text).not.toContain('SENCO')
    expect(pdf.text).not.toContain('Not written')
    const roles = pdf.roles.map((r) => r.role)
    expect(roles.filter((r) => r === 'H1')).toHaveLength(1)
    // Why it was asked for, the 12 sections, the proposal, the response and the decision.
    expect(roles.filter((r) => r === 'H2')).toHaveLength(16)
    expect(roles).toEqual(expect.arrayContaining(['Document', 'Sect', 'P']))
  })

  it('the decision notice is the same for staff and the family: the decision, what they said', async () => {
    const staffCopy = await pdfOf(worker, `${staff}/${id}/decision-notice`)
    expect(staffCopy.disposition).toBe(
      `attachment; filename="decision-notice-${family.reference}.pdf"`,
    )
    const familyCopy = await pdfOf(adopter, `/api/assessments/${id}/decision-notice`)
    expect(familyCopy.disposition).toBe('attachment; filename="decision-notice.pdf"')
    expect(familyCopy.text).toBe(staffCopy.text)

    const pdf = familyCopy
    expect(pdf.title).toBe('Our decision on your assessment of adoption support needs')
    expect(pdf.language).toBe('en-GB')
    expect(pdf.marked).toBe(true)
    expect(pdf.text.startsWith(agencyName)).toBe(true)
    expect(pdf.text).toContain('Date: 7 December 2026')
    expect(pdf.text).toContain(`For: ${parentNames.join(' and ')}`)
    expect(pdf.text).toContain('Your worker: Sam Okafor')
    expect(pdf.text).toContain(proposal)
    expect(pdf.text).toContain(
      'You told us on 2 December 2026 what you wanted us to think about before we decided:',
    )
    expect(pdf.text).toContain(representations)
    expect(pdf.text).toContain('We will provide the course in the evenings.')
    expect(pdf.text).toContain('We have listened to what you said.')
    // Never the sections, the reason, the manager's comments or who signed it off.
    expect(pdf.text).not.toContain('Zażółć')
    expect(pdf.text).not.toContain('Her parents need a break.')
    expect(pdf.text).not.toContain('School has become hard')
    expect(pdf.text).not.toContain('MANAGER-ONLY')
    expect(pdf.text).not.toContain('Priya Shah')
    const roles = pdf.roles.map((r) => r.role)
    expect(roles.filter((r) => r === 'H1')).toHaveLength(1)
    expect(roles.filter((r) => r === 'H2')).toHaveLength(4)
    expect(roles).toContain('P')
  })

  it('the plan prints for staff as a draft; the family’s copy waits until it is shared', async () => {
    const made = await worker.post(`${staff}/${id}/plan`, {
      namedWorkerUserId: workerId,
      nextReviewOn: '2027-06-07',
      services: [
        {
          description: 'Therapeutic parenting course',
          provider: 'Central Shires Adoption Support',
          frequency: 'Weekly for 10 weeks, in the evening',
          startsOn: '2027-01-11',
          endsOn: '2027-03-15',
          costPence: 123450,
          fundingSource: 'adoption_support_fund',
        },
        {
          description: 'Short breaks',
          provider: 'The agency',
          frequency: 'One weekend a month',
          startsOn: '2027-02-01',
          costPence: 0,
          fundingSource: 'agency',
        },
      ],
    })
    const plan = expectStatus(made, 201).body as { id: string; version: number }
    planId = plan.id

    const draft = await pdfOf(duty, `/api/staff/plans/${planId}/pdf`)
    expect(draft.disposition).toBe(`attachment; filename="support-plan-${family.reference}.pdf"`)
    expect(draft.title).toBe('Adoption support plan')
    expect(draft.text).toContain('Status: Draft')
    expect((await refused(adopter, `/api/assessments/${id}/plan-pdf`)).status).toBe(409)

    expectStatus(
      await worker.post(`/api/staff/plans/${planId}/share`, { version: plan.version }),
      200,
    )
    const pdf = await pdfOf(worker, `/api/staff/plans/${planId}/pdf`)
    expect(pdf.text.startsWith(agencyName)).toBe(true)
    expect(pdf.text).toContain(`Family reference: ${family.reference}`)
    expect(pdf.text).toContain('Named worker: Sam Okafor')
    expect(pdf.text).toContain('Status: Active')
    expect(pdf.text).toContain('Shared with the family on: 7 December 2026')
    expect(pdf.text).toContain('Next review by: 7 June 2027')
    expect(pdf.text).toContain('Therapeutic parenting course')
    expect(pdf.text).toContain('Provided by: Central Shires Adoption Support')
    expect(pdf.text).toContain('How often: Weekly for 10 weeks, in the evening')
    expect(pdf.text).toContain('When: From 11 January 2027 to 15 March 2027')
    expect(pdf.text).toContain('Cost: £1,234.50')
    expect(pdf.text).toContain('Paid for by: Adoption Support Fund')
    expect(pdf.text).toContain('When: From 1 February 2027 Cost: £0.00')
    expect(pdf.text).toContain('No reviews yet.')
    expect(pdf.language).toBe('en-GB')
    const roles = pdf.roles.map((r) => r.role)
    expect(roles.filter((r) => r === 'H1')).toHaveLength(1)
    expect(roles.filter((r) => r === 'H2')).toEqual(['H2', 'H2'])
    expect(roles.filter((r) => r === 'H3')).toHaveLength(2)
  })

  it('the family prints their own plan once shared, with the reviews and no staff names', async () => {
    now = new Date('2027-03-01T10:00:00Z')
    const { version: at } = expectStatus(await worker.get(`/api/staff/plans/${planId}`), 200)
      .body as { version: number }
    expectStatus(
      await worker.post(`/api/staff/plans/${planId}/reviews`, {
        version: at,
        reviewedOn: '2027-03-01',
        whatChanged: 'The course is going well; Maisie sleeps better.',
        nextReviewOn: '2027-09-01',
      }),
      200,
    )
    const pdf = await pdfOf(adopter, `/api/assessments/${id}/plan-pdf`)
    expect(pdf.disposition).toBe('attachment; filename="support-plan.pdf"')
    expect(pdf.title).toBe('Adoption support plan')
    expect(pdf.language).toBe('en-GB')
    expect(pdf.marked).toBe(true)
    expect(pdf.text.startsWith(agencyName)).toBe(true)
    expect(pdf.text).toContain(`For: ${parentNames.join(' and ')}`)
    expect(pdf.text).toContain('Cost: £1,234.50')
    expect(pdf.text).toContain('Review on 1 March 2027')
    expect(pdf.text).toContain('The course is going well; Maisie sleeps better.')
    expect(pdf.text).toContain('Next review by: 1 September 2027')
    // Staff's copy says who recorded the review; the family's does not, nor the family reference.
    expect(pdf.text).not.toContain('Recorded by')
    expect(pdf.text).not.toContain(family.reference)
    const staffCopy = await pdfOf(manager, `/api/staff/plans/${planId}/pdf`)
    expect(staffCopy.text).toContain('Recorded by: Sam Okafor')
  })

  it('nobody else downloads them: another family and the birth relative 404, staff out of scope 404', async () => {
    for (const path of [
      `/api/assessments/${id}/decision-notice`,
      `/api/assessments/${id}/plan-pdf`,
    ]) {
      expect((await refused(adopterB, path)).status, path).toBe(404)
      expect((await refused(relative, path)).status, path).toBe(404)
      expect((await refused(worker, path)).status, path).toBe(403)
    }
    for (const path of [
      `${staff}/${id}/pdf`,
      `${staff}/${id}/decision-notice`,
      `/api/staff/plans/${planId}/pdf`,
    ]) {
      expect((await refused(workerWyvern, path)).status, path).toBe(404)
      expect((await refused(administrator, path)).status, path).toBe(403)
      expect((await refused(adopter, path)).status, path).toBe(403)
    }
  })

  it('audits every download as a read of the record, and no refused one', async () => {
    const exports = (await auditOf(db, 'assessment', id)).filter(
      (event) => event.action === 'read' && (event.details as { export?: string } | null)?.export,
    )
    expect(exports.map((event) => event.details)).toEqual([
      { export: 'pdf', document: 'assessment' },
      { export: 'pdf', document: 'assessment' },
      { export: 'pdf', document: 'decision-notice' },
      { export: 'pdf', document: 'decision-notice', side: 'adoptive_family' },
    ])
    const planExports = (await auditOf(db, 'support-plan', planId)).filter(
      (event) => (event.details as { export?: string } | null)?.export,
    )
    expect(planExports.map((event) => event.details)).toEqual([
      { export: 'pdf', document: 'plan' },
      { export: 'pdf', document: 'plan' },
      { export: 'pdf', document: 'plan', side: 'adoptive_family' },
      { export: 'pdf', document: 'plan' },
    ])
  })
})

describe('a birth relative’s PDFs', () => {
  it('hold their own name and nothing of any family', async () => {
    const relativeRecord = await findDemoBirthRelative(db)
    const [row] = await db
      .select({
        organisationId: birthRelatives.organisationId,
        localAuthorityId: birthRelatives.localAuthorityId,
      })
      .from(birthRelatives)
      .where(eq(birthRelatives.id, relativeRecord.id))
    const [assessment] = await db
      .insert(needsAssessments)
      .values({
        organisationId: row!.organisationId,
        localAuthorityId: row!.localAuthorityId,
        subject: 'birth_relative',
        birthRelativeId: relativeRecord.id,
        status: 'decided',
        reason: 'Jordan asked for counselling.',
        workerUserId: workerId,
        requestedOn: '2026-06-01',
        startBy: '2026-06-15',
        proposal: 'We propose six sessions of counselling.',
        proposalSentAt: new Date('2026-08-03T10:00:00Z'),
        responseDueOn: '2026-08-31',
        decision: 'We will pay for six sessions of counselling.',
        decidedAt: new Date('2026-09-02T10:00:00Z'),
      })
      .returning({ id: needsAssessments.id })
    const id = assessment!.id
    await seedPlan(db, id, { status: 'active', nextReviewOn: '2027-03-01' })

    const notice = await pdfOf(relative, `/api/assessments/${id}/decision-notice`)
    expect(notice.text).toContain(`For: ${relativeRecord.fullName}`)
    expect(notice.text).toContain('We will pay for six sessions of counselling.')
    expect(notice.text).toContain(
      'We did not hear from you by 31 August 2026, the date we asked you to reply by.',
    )
    const plan = await pdfOf(relative, `/api/assessments/${id}/plan-pdf`)
    expect(plan.text).toContain(`For: ${relativeRecord.fullName}`)
    expect(plan.text).toContain(`Cost: ${formatPence(123450)}`)

    const identifying = [
      family.reference,
      family.localAuthorityName,
      family.surname,
      ...family.childFirstNames,
      ...parentNames,
    ]
    for (const text of [notice.text, plan.text]) {
      for (const value of identifying) expect(text).not.toContain(value)
      expect(text).not.toContain('Children')
    }

    // Staff's copies carry no name in the file's name.
    const record = await download(worker, `${staff}/${id}/pdf`)
    expect(record.headers['content-disposition']).toBe('attachment; filename="assessment.pdf"')
    const staffNotice = await pdfOf(worker, `${staff}/${id}/decision-notice`)
    expect(staffNotice.disposition).toBe('attachment; filename="decision-notice.pdf"')
    expect(staffNotice.text).toBe(notice.text)
    const staffRecord = await readPdf(record.bytes)
    expect(staffRecord.text).toContain(`Birth relative: ${relativeRecord.fullName}`)

    // A family never reaches a birth relative's.
    expect((await refused(adopter, `/api/assessments/${id}/decision-notice`)).status).toBe(404)
  })
})
