import { demoEmail, type Db } from '@asp/db'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { assessmentSections } from '../../contract/index.ts'
import { expectStatus, signInAs, type Browser } from '../../testing/sign-in.ts'
import { createTestApp, type TestApp } from '../../testing/test-app.ts'
import {
  auditBy,
  auditOf,
  findAssessmentRow,
  findDemoBirthRelative,
  findDemoFamily,
  findQueuedEmails,
  findSupportRequestOf,
  findUserId,
  seedPlan,
  setPlan,
  type DemoFamilyForAssessment,
} from './testing.ts'

// The app's clock: Wednesday 25 November 2026, 10am in London (GMT). Tests move it.
const start = new Date('2026-11-25T10:00:00Z')
let now = start
const clock = () => now
/** Friday 27 November 2026: 28 days on is Christmas Day, and the next working day is the 29th. */
const proposalDay = new Date('2026-11-27T10:00:00Z')

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
let familyB: DemoFamilyForAssessment
let birthRelative: { id: string; fullName: string }
let workerId = ''
let managerId = ''

const staff = '/api/staff/assessments'

interface SectionBody {
  section: string
  content: string
  finished: boolean
  version: number
  updatedByName: string | null
}
interface AssessmentBody {
  id: string
  status: string
  version: number
  subjectName: string
  childNames: string[]
  parentNames: string[]
  localAuthorityName: string
  workerName: string | null
  startBy: string
  startedOn: string | null
  completeBy: string | null
  responseDueOn: string | null
  late: boolean
  sections: SectionBody[]
  managerComments: string | null
  signedOffByName: string | null
  proposal: string | null
  response: string | null
  representations: string | null
  decision: string | null
  decidedByName: string | null
  planId: string | null
  allowedActions: string[]
}
interface MyAssessmentBody {
  id: string
  status: string
  stage: string
  childNames: string[]
  workerName: string | null
  proposal: string | null
  responseDueOn: string | null
  canRespond: boolean
  response: string | null
  representations: string | null
  decision: string | null
  plan: null | { status: string; services: { costPence: number }[] }
}

const reason = 'Maisie’s behaviour at home has become harder to manage since she moved school.'

async function startFamilyAssessment(overrides: object = {}, as: Browser = worker) {
  const res = await as.post(staff, {
    subject: 'adoptive_family',
    familyId: family.id,
    childIds: family.childIds,
    parentIds: family.parentIds,
    reason,
    requestedOn: '2026-11-20',
    workerUserId: workerId,
    ...overrides,
  })
  return expectStatus(res, 201).body as AssessmentBody
}

async function startRelativeAssessment() {
  const res = await worker.post(staff, {
    subject: 'birth_relative',
    birthRelativeId: birthRelative.id,
    reason: 'Jordan asked for help with the letterbox and with counselling.',
    requestedOn: '2026-11-23',
    workerUserId: workerId,
  })
  return expectStatus(res, 201).body as AssessmentBody
}

async function getAssessment(id: string, as: Browser = worker) {
  return expectStatus(await as.get(`${staff}/${id}`), 200).body as AssessmentBody
}

function saveSection(
  id: string,
  section: string,
  body: { version: number; content: string; finished: boolean },
  as: Browser = worker,
) {
  return as.put(`${staff}/${id}/sections/${section}`, body)
}

/** Finishes every section still unfinished, at the version each was read. */
async function finishSections(id: string, order: readonly string[] = assessmentSections) {
  const { sections } = await getAssessment(id)
  for (const name of order) {
    const section = sections.find((s) => s.section === name)!
    if (section.finished) continue
    const res = await saveSection(id, name, {
      version: section.version,
      content: section.content || `What we found about ${name.replace(/_/g, ' ')}.`,
      finished: true,
    })
    expectStatus(res, 200)
  }
}

async function act(id: string, action: string, body: object, as: Browser) {
  return as.post(`${staff}/${id}/${action}`, body)
}

/** Written, submitted and signed off by the manager: ready for the proposal. */
async function signedOff(assessment: AssessmentBody) {
  await finishSections(assessment.id)
  const submitted = await act(assessment.id, 'submit', { version: assessment.version }, worker)
  const { version } = expectStatus(submitted, 200).body as AssessmentBody
  const signed = await act(assessment.id, 'sign-off', { version }, manager)
  return expectStatus(signed, 200).body as AssessmentBody
}

async function sendProposal(assessment: AssessmentBody, proposal = 'We propose a course.') {
  const res = await act(
    assessment.id,
    'proposal',
    { version: assessment.version, proposal },
    worker,
  )
  return expectStatus(res, 200).body as AssessmentBody
}

async function myAssessments(as: Browser) {
  const res = await as.get('/api/assessments')
  return {
    text: res.text,
    assessments: (expectStatus(res, 200).body as { assessments: MyAssessmentBody[] }).assessments,
  }
}

async function timeliness(as: Browser = manager) {
  return expectStatus(await as.get(`${staff}/timeliness`), 200).body as Record<string, number>
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
  familyB = await findDemoFamily(db, 'adopter-b')
  birthRelative = await findDemoBirthRelative(db)
  workerId = await findUserId(db, 'worker')
  managerId = await findUserId(db, 'manager')
})
afterAll(() => t.close())

describe('an assessment from request to decision, through HTTP', () => {
  let assessment: AssessmentBody
  const comments = 'Add what the school’s SENCO told you to the education section.'
  const proposal =
    'We propose 10 sessions of therapeutic parenting support, paid by the Adoption Support Fund.'

  it('a worker records the request: waiting, with a date to start by from the standard', async () => {
    now = start
    assessment = await startFamilyAssessment()
    expect(assessment).toMatchObject({
      status: 'waiting',
      version: 1,
      subjectName: family.reference,
      localAuthorityName: family.localAuthorityName,
      workerName: 'Sam Okafor',
      // 10 working days after Friday 20 November 2026.
      startBy: '2026-12-04',
      startedOn: null,
      completeBy: null,
      late: false,
      planId: null,
      allowedActions: ['start', 'edit', 'withdraw'],
    })
    expect(assessment.childNames).toHaveLength(family.childIds.length)
    expect(assessment.childNames[0]).toContain(family.surname)
    expect(assessment.parentNames).toHaveLength(family.parentIds.length)
    expect(assessment.sections.map((s) => s.section)).toEqual([...assessmentSections])
    expect(
      assessment.sections.every((s) => s.version === 0 && !s.finished && s.content === ''),
    ).toBe(true)
    const audit = await auditOf(db, 'assessment', assessment.id)
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'create',
        actorUserId: workerId,
        localAuthorityId: (await findAssessmentRow(db, assessment.id)).localAuthorityId,
      }),
    ])
  })

  it('saving a first section starts the assessment without moving its version', async () => {
    const res = await saveSection(assessment.id, 'analysis', {
      version: 0,
      content: 'Maisie needs help to settle in her new school.',
      finished: true,
    })
    expect(expectStatus(res, 200).body).toMatchObject({
      section: 'analysis',
      version: 1,
      finished: true,
      updatedByName: 'Sam Okafor',
    })
    const read = await getAssessment(assessment.id)
    expect(read).toMatchObject({
      status: 'in_progress',
      version: 1,
      startedOn: '2026-11-25',
      // 40 working days from 25 November 2026, over Christmas and New Year's Day.
      completeBy: '2027-01-25',
    })
  })

  it('refuses sign-off until all 12 sections are finished, saved in any order', async () => {
    const refused = await act(assessment.id, 'submit', { version: 1 }, worker)
    expect(refused.status).toBe(409)
    expect(refused.body.message).toBe(
      'Finish every section before you send the assessment for sign-off',
    )
    await finishSections(assessment.id, [...assessmentSections].reverse())
    const submitted = await act(assessment.id, 'submit', { version: 1 }, worker)
    assessment = expectStatus(submitted, 200).body as AssessmentBody
    expect(assessment).toMatchObject({ status: 'awaiting_sign_off', version: 2 })
    expect(assessment.sections.every((s) => s.finished && s.version === 1)).toBe(true)
  })

  it('only a team manager signs off: a duty officer and a worker are refused', async () => {
    const byDuty = await act(assessment.id, 'sign-off', { version: 2 }, duty)
    expect(byDuty.status).toBe(403)
    const byWorker = await act(assessment.id, 'sign-off', { version: 2 }, worker)
    expect(byWorker.status).toBe(403)
    expect((await getAssessment(assessment.id)).status).toBe('awaiting_sign_off')
  })

  it('the manager returns it with comments; the worker changes a section and resubmits', async () => {
    const returned = await act(assessment.id, 'return', { version: 2, comments }, manager)
    assessment = expectStatus(returned, 200).body as AssessmentBody
    expect(assessment).toMatchObject({ status: 'returned', managerComments: comments })
    expect(assessment.allowedActions).toContain('edit')

    const education = assessment.sections.find((s) => s.section === 'education')!
    const saved = await saveSection(assessment.id, 'education', {
      version: education.version,
      content: `${education.content} The SENCO says Maisie is settling.`,
      finished: true,
    })
    expect(expectStatus(saved, 200).body.version).toBe(2)
    const resubmitted = await act(assessment.id, 'submit', { version: assessment.version }, worker)
    assessment = expectStatus(resubmitted, 200).body as AssessmentBody
    expect(assessment.status).toBe('awaiting_sign_off')

    // Once sent for sign-off, the sections are closed.
    const late = await saveSection(assessment.id, 'education', {
      version: 2,
      content: 'Too late',
      finished: true,
    })
    expect(late.status).toBe(409)
  })

  it('the manager signs off', async () => {
    const signed = await act(assessment.id, 'sign-off', { version: assessment.version }, manager)
    assessment = expectStatus(signed, 200).body as AssessmentBody
    expect(assessment).toMatchObject({ status: 'signed_off', signedOffByName: 'Priya Shah' })
  })

  it('the worker sends the proposal: 28 days on, moved past Christmas to a working day', async () => {
    now = proposalDay
    assessment = await sendProposal(assessment, proposal)
    // 28 days after Friday 27 November is Friday 25 December; the 26th and 27th are a weekend and
    // Monday 28 December is the Boxing Day holiday: the family has until Tuesday 29 December.
    expect(assessment).toMatchObject({
      status: 'proposal_sent',
      proposal,
      responseDueOn: '2026-12-29',
    })
    expect(assessment.allowedActions).not.toContain('decide')
  })

  it('emails each parent that a proposal is waiting, with the date, and no case details', async () => {
    const emails = await findQueuedEmails(db, 'assessment-proposal-sent')
    expect(emails.map((email) => email.recipient).sort()).toEqual([...family.parentEmails].sort())
    expect(family.parentEmails).toContain(demoEmail('adopter'))
    for (const email of emails) {
      expect(email.subject).toBe('We have sent you our proposed decision')
      expect(email.body).toContain('29 December 2026')
      expect(email.body).toContain(`${t.config.publicUrl}/assessments`)
      for (const name of family.childFirstNames) expect(email.body).not.toContain(name)
      expect(email.body).not.toContain(family.surname)
      expect(email.body).not.toContain(family.reference)
      expect(email.body).not.toContain(proposal)
    }
  })

  it('refuses a decision before the family has responded or the time has ended', async () => {
    const res = await act(
      assessment.id,
      'decision',
      { version: assessment.version, decision: 'Agreed.' },
      manager,
    )
    expect(res.status).toBe(409)
    expect(res.body.message).toBe(
      'You cannot record the decision until the family has responded or the time to respond has ended',
    )
  })

  it('the adopter sees the proposal, and nothing of the sections or the manager’s comments', async () => {
    const { text, assessments } = await myAssessments(adopter)
    // The demo family has its own assessments too: this one is among them.
    const mine = assessments.find((a) => a.id === assessment.id)
    expect(mine).toMatchObject({
      id: assessment.id,
      status: 'proposal_sent',
      proposal,
      responseDueOn: '2026-12-29',
      canRespond: true,
      decision: null,
      workerName: 'Sam Okafor',
      plan: null,
    })
    expect(mine!.childNames).toHaveLength(family.childIds.length)
    expect(text).not.toContain(comments)
    expect(text).not.toContain('The SENCO says')
    expect(text).not.toContain('"sections"')
    expect(text).not.toContain('managerComments')
    expect(text).not.toContain('Priya Shah')
  })

  it('the adopter makes representations', async () => {
    now = new Date('2026-12-02T15:00:00Z')
    const res = await adopter.post(`/api/assessments/${assessment.id}/response`, {
      response: 'representations',
      representations: 'We would like the sessions to be in the evening.',
    })
    expect(expectStatus(res, 200).body).toMatchObject({
      id: assessment.id,
      status: 'response_received',
      response: 'representations',
      representations: 'We would like the sessions to be in the evening.',
      canRespond: false,
    })
    const again = await adopter.post(`/api/assessments/${assessment.id}/response`, {
      response: 'agreed',
    })
    expect(again.status).toBe(409)
    expect(again.body.message).toBe('We are not waiting for your response to this assessment')
  })

  it('the manager decides, and the family sees the decision; the plan once it is shared', async () => {
    const read = await getAssessment(assessment.id, manager)
    expect(read.allowedActions).toContain('decide')
    const decided = await act(
      assessment.id,
      'decision',
      { version: read.version, decision: 'We will provide 10 evening sessions.' },
      manager,
    )
    assessment = expectStatus(decided, 200).body as AssessmentBody
    expect(assessment).toMatchObject({
      status: 'decided',
      decidedByName: 'Priya Shah',
      planId: null,
    })
    expect(assessment.allowedActions).toEqual(['makePlan'])
    expect((await getAssessment(assessment.id, duty)).allowedActions).toEqual([])

    const seen = (await myAssessments(adopter)).assessments[0]!
    expect(seen).toMatchObject({
      status: 'decided',
      stage: 'We have made our decision',
      decision: 'We will provide 10 evening sessions.',
      plan: null,
    })

    const planId = await seedPlan(db, assessment.id, {
      status: 'draft',
      nextReviewOn: '2027-03-01',
    })
    expect((await myAssessments(adopter)).assessments[0]!.plan).toBeNull()
    expect((await getAssessment(assessment.id, manager)).planId).toBe(planId)
    expect((await getAssessment(assessment.id, manager)).allowedActions).toEqual([])
    await setPlan(db, planId, { status: 'active' })
    expect((await myAssessments(adopter)).assessments[0]!.plan).toMatchObject({
      status: 'active',
      services: [expect.objectContaining({ costPence: 123450 })],
    })
  })
})

describe('the time to respond', () => {
  it('with no response, a decision waits until midnight in London after the last day', async () => {
    now = start
    const assessment = await signedOff(await startFamilyAssessment())
    now = proposalDay
    const sent = await sendProposal(assessment)
    expect(sent.responseDueOn).toBe('2026-12-29')
    const decide = () =>
      act(sent.id, 'decision', { version: sent.version, decision: 'No response: agreed.' }, manager)

    now = new Date('2026-12-29T23:59:00Z')
    expect((await decide()).status).toBe(409)
    expect((await getAssessment(sent.id, manager)).allowedActions).not.toContain('decide')

    now = new Date('2026-12-30T00:00:00Z')
    expect((await getAssessment(sent.id, manager)).allowedActions).toContain('decide')
    const decided = await decide()
    expect(expectStatus(decided, 200).body).toMatchObject({ status: 'decided', response: null })
  })

  it('a manager may not sign off or decide an assessment they carried out', async () => {
    now = start
    const own = await startFamilyAssessment({ workerUserId: managerId }, manager)
    await finishSections(own.id)
    const submitted = await act(own.id, 'submit', { version: own.version }, manager)
    const { version } = expectStatus(submitted, 200).body as AssessmentBody
    const res = await act(own.id, 'sign-off', { version }, manager)
    expect(res.status).toBe(409)
    expect(res.body.message).toBe('You cannot sign off an assessment you carried out')
    expect((await getAssessment(own.id, manager)).allowedActions).not.toContain('signOff')
  })
})

describe('two people at once', () => {
  it('two first saves of one section: one 200, one 409, and the winner’s text is kept', async () => {
    now = start
    const { id } = await startFamilyAssessment()
    const texts = ['Sam’s notes on health.', 'Priya’s notes on health.']
    const [first, second] = await Promise.all([
      saveSection(id, 'health', { version: 0, content: texts[0]!, finished: false }, worker),
      saveSection(id, 'health', { version: 0, content: texts[1]!, finished: false }, manager),
    ])
    expect([first!.status, second!.status].sort()).toEqual([200, 409])
    const loser = first!.status === 409 ? first! : second!
    expect(loser.body).toMatchObject({
      code: 'CONFLICT',
      message:
        'Someone else saved this section while you were working on it. Your changes have not been saved. Copy them, then reload the page.',
    })
    const winner = first!.status === 200 ? texts[0] : texts[1]
    const health = (await getAssessment(id)).sections.find((s) => s.section === 'health')!
    expect(health).toMatchObject({ content: winner, version: 1 })

    // From the same version later on: again one wins.
    const [third, fourth] = await Promise.all([
      saveSection(id, 'health', { version: 1, content: 'Third', finished: false }, worker),
      saveSection(id, 'health', { version: 1, content: 'Fourth', finished: false }, manager),
    ])
    expect([third!.status, fourth!.status].sort()).toEqual([200, 409])
  })

  it('two workers saving two different sections at once both succeed', async () => {
    const { id } = await startFamilyAssessment()
    const [first, second] = await Promise.all([
      saveSection(id, 'attachment', { version: 0, content: 'Attachment', finished: true }, worker),
      saveSection(id, 'education', { version: 0, content: 'Education', finished: true }, manager),
    ])
    expect(first!.status).toBe(200)
    expect(second!.status).toBe(200)
    const read = await getAssessment(id)
    expect(read.status).toBe('in_progress')
    expect(read.version).toBe(1)
  })

  it('a change at a version that has moved is refused', async () => {
    const { id } = await startFamilyAssessment()
    const started = await act(id, 'start', { version: 1 }, worker)
    expect(expectStatus(started, 200).body).toMatchObject({
      status: 'in_progress',
      version: 2,
      completeBy: '2027-01-25',
    })
    const stale = await act(id, 'withdraw', { version: 1, reason: 'Asked twice.' }, manager)
    expect(stale.status).toBe(409)
    expect(stale.body.message).toBe(
      'This assessment was changed by someone else. Check it and try again',
    )
    expect((await getAssessment(id)).status).toBe('in_progress')
    const withdrawn = await act(id, 'withdraw', { version: 2, reason: 'Asked twice.' }, manager)
    expect(expectStatus(withdrawn, 200).body.status).toBe('withdrawn')
  })
})

describe('a section’s versions', () => {
  it('keeps every save, newest first, and compares two word by word', async () => {
    now = start
    const { id } = await startFamilyAssessment()
    const contents = [
      'Maisie sees the GP for asthma checks.',
      'Maisie sees the GP for asthma checks every term.',
      'Maisie sees the school nurse for asthma checks every term.',
    ]
    for (const [index, content] of contents.entries()) {
      const as = index === 1 ? manager : worker
      expectStatus(
        await saveSection(id, 'health', { version: index, content, finished: false }, as),
        200,
      )
    }
    const history = await worker.get(`${staff}/${id}/sections/health/versions`)
    expect(expectStatus(history, 200).body).toMatchObject({
      section: 'health',
      versions: [
        { number: 3, changedByName: 'Sam Okafor' },
        { number: 2, changedByName: 'Priya Shah' },
        { number: 1, changedByName: 'Sam Okafor' },
      ],
    })

    const compared = await worker.get(`${staff}/${id}/sections/health/compare?from=1&to=3`)
    const { parts, from, to } = expectStatus(compared, 200).body as {
      parts: { kind: string; text: string }[]
      from: { number: number }
      to: { number: number }
    }
    expect([from.number, to.number]).toEqual([1, 3])
    const of = (kind: string) =>
      parts
        .filter((part) => part.kind === kind)
        .map((part) => part.text)
        .join('|')
    expect(of('removed')).toContain('GP')
    expect(of('added')).toContain('school nurse')
    expect(of('added')).toContain('every term')
    expect(of('same')).toContain('asthma checks')

    const missing = await worker.get(`${staff}/${id}/sections/health/compare?from=1&to=9`)
    expect(missing.status).toBe(404)
    const empty = await worker.get(`${staff}/${id}/sections/analysis/versions`)
    expect(expectStatus(empty, 200).body.versions).toEqual([])

    const reads = await auditOf(db, 'assessment', id)
    expect(reads.filter((event) => event.action === 'read').map((event) => event.details)).toEqual(
      expect.arrayContaining([
        { section: 'health', history: true },
        { section: 'health', compare: [1, 3] },
      ]),
    )
  })
})

describe('who may reach an assessment', () => {
  it('a worker of another council gets 404, and does not see it in a list', async () => {
    now = start
    const waitingBefore = (await timeliness(workerWyvern)).waitingToStart
    const { id } = await startFamilyAssessment()
    expect((await workerWyvern.get(`${staff}/${id}`)).status).toBe(404)
    expect((await workerWyvern.get(`${staff}/${id}/sections/health/versions`)).status).toBe(404)
    const save = await saveSection(
      id,
      'health',
      { version: 0, content: 'x', finished: false },
      workerWyvern,
    )
    expect(save.status).toBe(404)
    expect((await act(id, 'withdraw', { version: 1, reason: 'No' }, workerWyvern)).status).toBe(404)
    // Wyvern has assessments of its own in the demo; none of them is this one.
    const seen: string[] = []
    for (let page = 1; ; page += 1) {
      const list = expectStatus(await workerWyvern.get(`${staff}?page=${page}`), 200).body
      seen.push(...list.items.map((item: { id: string }) => item.id))
      if (page * list.pageSize >= list.total) break
    }
    expect(seen.length).toBeGreaterThan(0)
    expect(seen).not.toContain(id)
    // Every page says how many the list holds in all, and so does a page past its end.
    const first = expectStatus(await workerWyvern.get(`${staff}?page=1`), 200).body
    expect(first.total).toBe(seen.length)
    const pastEnd = Math.ceil(first.total / first.pageSize) + 1
    const past = expectStatus(await workerWyvern.get(`${staff}?page=${pastEnd}`), 200).body
    expect(past.items).toEqual([])
    expect(past.total).toBe(first.total)
    expect((await timeliness(workerWyvern)).waitingToStart).toBe(waitingBefore)
    // Nor can they start one for a family outside their councils.
    const res = await workerWyvern.post(staff, {
      subject: 'adoptive_family',
      familyId: family.id,
      childIds: family.childIds,
      parentIds: family.parentIds,
      reason,
      requestedOn: '2026-11-20',
    })
    expect(res.status).toBe(404)
  })

  it('another family sees nothing, and cannot respond to this family’s proposal', async () => {
    const { assessments } = await myAssessments(adopterB)
    const theirs = (await myAssessments(adopter)).assessments
    expect(theirs.length).toBeGreaterThan(0)
    // The second demo family has its own assessment and plan; none of the first family's.
    expect(assessments.length).toBeGreaterThan(0)
    const seenByB = assessments.map((a) => a.id)
    for (const { id } of theirs) expect(seenByB).not.toContain(id)
    for (const { id } of theirs) {
      const res = await adopterB.post(`/api/assessments/${id}/response`, { response: 'agreed' })
      expect(res.status).toBe(404)
    }
  })

  it('a birth relative sees their own assessment, and nothing that names the family', async () => {
    now = start
    const assessment = await signedOff(await startRelativeAssessment())
    expect(assessment.subjectName).toBe(birthRelative.fullName)
    expect(assessment.childNames).toEqual([])
    now = proposalDay
    await sendProposal(assessment, 'We propose six sessions of counselling.')
    const emails = await findQueuedEmails(db, 'assessment-proposal-sent')
    expect(emails.filter((email) => email.recipient === demoEmail('birth-relative'))).toHaveLength(
      1,
    )

    const { text, assessments } = await myAssessments(relative)
    // Their own assessment from the demo, and this one; never the family's.
    expect(assessments.every((a) => a.childNames.length === 0)).toBe(true)
    expect(assessments.find((a) => a.id === assessment.id)).toMatchObject({
      id: assessment.id,
      status: 'proposal_sent',
      childNames: [],
      workerName: 'Sam Okafor',
      proposal: 'We propose six sessions of counselling.',
      canRespond: true,
    })
    expect(text).not.toContain(family.surname)
    expect(text).not.toContain(family.reference)
    expect(text).not.toContain(family.localAuthorityName)
    for (const name of family.childFirstNames) expect(text).not.toContain(name)

    // The family does not see it either.
    const familySees = (await myAssessments(adopter)).assessments.map((a) => a.id)
    expect(familySees).not.toContain(assessment.id)

    const res = await relative.post(`/api/assessments/${assessment.id}/response`, {
      response: 'agreed',
    })
    expect(expectStatus(res, 200).body).toMatchObject({
      status: 'response_received',
      response: 'agreed',
    })
    expect(res.text).not.toContain(family.reference)
    const audit = await auditOf(db, 'assessment', assessment.id)
    expect(audit.filter((event) => event.actorRole === 'birth_relative')).toEqual([
      expect.objectContaining({ action: 'read' }),
      expect.objectContaining({ action: 'update' }),
    ])
  })

  it('administrators have no part in assessments; duty officers read but do not write', async () => {
    expect((await administrator.get(staff)).status).toBe(403)
    expect((await administrator.get(`${staff}/timeliness`)).status).toBe(403)
    expect((await administrator.get('/api/assessments')).status).toBe(403)
    expect((await worker.get('/api/assessments')).status).toBe(403)
    expect((await adopter.get(staff)).status).toBe(403)
    expect((await duty.get(staff)).status).toBe(200)
    const byDuty = await duty.post(staff, {
      subject: 'adoptive_family',
      familyId: family.id,
      childIds: family.childIds,
      parentIds: family.parentIds,
      reason,
      requestedOn: '2026-11-20',
    })
    expect(byDuty.status).toBe(403)
  })
})

describe('starting an assessment: what is checked', () => {
  it('a child of another family is refused with a field error in GOV.UK words', async () => {
    now = start
    const res = await worker.post(staff, {
      subject: 'adoptive_family',
      familyId: family.id,
      childIds: [family.childIds[0], familyB.childIds[0]],
      parentIds: [familyB.parentIds[0]],
      reason,
      requestedOn: '2026-11-20',
    })
    expect(res.status).toBe(400)
    expect(res.body.fieldErrors).toEqual({
      childIds: 'Select children from this family',
      parentIds: 'Select adopters from this family',
    })
  })

  it('says what is missing, and refuses a worker, a date or a request that do not fit', async () => {
    const empty = await worker.post(staff, { subject: 'adoptive_family' })
    expect(empty.status).toBe(400)
    expect(empty.body.fieldErrors).toMatchObject({
      familyId: 'Select a family',
      childIds: 'Select the children assessed',
      parentIds: 'Select the adopters assessed',
      reason: 'Enter why the assessment was asked for',
      requestedOn: 'Enter the date the assessment was asked for',
    })

    const otherRequest = await findSupportRequestOf(db, familyB.id)
    expect(otherRequest).toBeDefined()
    const res = await worker.post(staff, {
      subject: 'adoptive_family',
      familyId: family.id,
      childIds: family.childIds,
      parentIds: family.parentIds,
      reason,
      requestedOn: '2026-11-26',
      workerUserId: await findUserId(db, 'administrator'),
      supportRequestId: otherRequest,
    })
    expect(res.status).toBe(400)
    expect(res.body.fieldErrors).toEqual({
      requestedOn: 'The date the assessment was asked for must be today or in the past',
      workerUserId: 'Select a support worker or team manager',
      supportRequestId: 'Select a support request from this family',
    })

    // The family's own request is linked.
    const ownRequest = await findSupportRequestOf(db, family.id)
    const linked = await startFamilyAssessment({ supportRequestId: ownRequest })
    expect(linked).toMatchObject({ supportRequestId: ownRequest, status: 'waiting' })
  })
})

describe('lists and timeliness', () => {
  it('lists the late first, the caller’s own, and a status', async () => {
    now = start
    const recent = await startFamilyAssessment({ requestedOn: '2026-11-24' })
    const older = await startFamilyAssessment({
      requestedOn: '2026-11-02',
      workerUserId: managerId,
    })
    // 10 working days after 2 November is 16 November: already late to start.
    expect(older).toMatchObject({ startBy: '2026-11-16', late: true })
    expect(recent.late).toBe(false)

    const late = expectStatus(await manager.get(`${staff}?view=late`), 200).body as {
      items: { id: string; late: boolean }[]
      total: number
    }
    expect(late.items.map((item) => item.id)).toContain(older.id)
    expect(late.items.map((item) => item.id)).not.toContain(recent.id)
    expect(late.items.every((item) => item.late)).toBe(true)

    const all = expectStatus(await manager.get(`${staff}?view=all&status=waiting`), 200).body as {
      items: { id: string; status: string; late: boolean }[]
      pageSize: number
    }
    expect(all.pageSize).toBe(25)
    expect(all.items.every((item) => item.status === 'waiting')).toBe(true)
    // The late come first.
    const firstOnTime = all.items.findIndex((item) => !item.late)
    expect(all.items.slice(firstOnTime).every((item) => !item.late)).toBe(true)
    expect(all.items.findIndex((item) => item.id === older.id)).toBeLessThan(
      all.items.findIndex((item) => item.id === recent.id),
    )

    const mine = expectStatus(await manager.get(`${staff}?view=mine`), 200).body as {
      items: { id: string; workerName: string }[]
    }
    expect(mine.items.map((item) => item.id)).toContain(older.id)
    expect(mine.items.every((item) => item.workerName === 'Priya Shah')).toBe(true)

    const listed = await auditBy(db, managerId, 'assessment-list')
    expect(listed.at(-1)).toMatchObject({ action: 'read' })
  })

  it('counts an assessment as past its standard once the clock passes its start date', async () => {
    now = start
    const before = await timeliness()
    const assessment = await startFamilyAssessment({ requestedOn: '2026-11-25' })
    expect(assessment.startBy).toBe('2026-12-09')
    const after = await timeliness()
    expect(after.waitingToStart).toBe(before.waitingToStart! + 1)
    expect(after.waitingPastStandard).toBe(before.waitingPastStandard)

    now = new Date('2026-12-09T23:00:00Z')
    const onTheDay = await timeliness()
    now = new Date('2026-12-10T09:00:00Z')
    const dayAfter = await timeliness()
    // Every other waiting one was late by the 9th already, or is still on time on the 10th.
    await act(assessment.id, 'withdraw', { version: 1, reason: 'Counted.' }, worker)
    const withoutIt = await timeliness()
    expect(onTheDay.waitingPastStandard).toBe(withoutIt.waitingPastStandard)
    expect(dayAfter.waitingPastStandard).toBe(withoutIt.waitingPastStandard! + 1)
    expect(onTheDay.waitingToStart).toBe(withoutIt.waitingToStart! + 1)
    expect((await getAssessment(assessment.id)).status).toBe('withdrawn')
  })

  it('counts plans whose review is due within 20 working days, and overdue ones', async () => {
    now = start
    const decided = await signedOff(await startFamilyAssessment())
    now = proposalDay
    const sent = await sendProposal(decided)
    now = new Date('2026-12-30T09:00:00Z')
    const res = await act(sent.id, 'decision', { version: sent.version, decision: 'Yes' }, manager)
    expectStatus(res, 200)
    const planId = await seedPlan(db, sent.id, { status: 'draft', nextReviewOn: '2027-01-20' })

    const asDraft = await timeliness()
    await setPlan(db, planId, { status: 'active' })
    const asActive = await timeliness()
    expect(asActive.reviewsDueSoon).toBe(asDraft.reviewsDueSoon! + 1)
    expect(asActive.reviewsOverdue).toBe(asDraft.reviewsOverdue)

    now = new Date('2027-01-21T09:00:00Z')
    const overdue = await timeliness()
    await setPlan(db, planId, { status: 'closed' })
    const closed = await timeliness()
    expect(overdue.reviewsOverdue).toBe(closed.reviewsOverdue! + 1)
  })
})

describe('the audit trail', () => {
  it('records staff reads and writes, and the family’s reads, against the assessment', async () => {
    now = start
    const { id } = await startFamilyAssessment()
    await getAssessment(id, duty)
    await saveSection(id, 'health', { version: 0, content: 'Notes', finished: false })
    await myAssessments(adopter)
    const events = await auditOf(db, 'assessment', id)
    const dutyId = await findUserId(db, 'duty')
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'create', actorUserId: workerId }),
        expect.objectContaining({ action: 'read', actorUserId: dutyId, actorRole: 'duty_officer' }),
        expect.objectContaining({
          action: 'update',
          actorUserId: workerId,
          details: {
            section: 'health',
            version: 1,
            finished: false,
            status: 'in_progress',
            from: 'waiting',
          },
        }),
        expect.objectContaining({ action: 'read', actorRole: 'adopter' }),
      ]),
    )
  })
})

// Last: the family sees these assessments too, with the manager as the worker.
describe('who carries it out', () => {
  it('makes whoever records it the worker unless they name a colleague', async () => {
    now = start
    const byManager = await startFamilyAssessment({ workerUserId: undefined }, manager)
    expect(byManager.workerName).toBe('Priya Shah')
    const named = await startFamilyAssessment({ workerUserId: workerId }, manager)
    expect(named.workerName).toBe('Sam Okafor')
  })
})
