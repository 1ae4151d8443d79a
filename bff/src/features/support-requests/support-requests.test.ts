import { randomUUID } from 'node:crypto'
import {
  and,
  auditEvents,
  contactLogs,
  count,
  desc,
  eq,
  inArray,
  families,
  familyParents,
  localAuthorities,
  outboxMessages,
  sql,
  staffLocalAuthorities,
  supportRequests,
  users,
  type SQL,
} from '@asp/db'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoEmail } from '@asp/db'
import { auditOf } from '../../testing/audit.ts'
import { expectStatus, signInAs, type Browser } from '../../testing/sign-in.ts'
import { sendCrisisAlerts } from './crisis-alerts.ts'
import { findRequestParts } from './support-requests.repository.ts'
import { createTestApp, type TestApp } from '../../testing/test-app.ts'

// The app's clock: Wednesday 25 November 2026, 10am in London (GMT), inside duty hours.
let now = new Date('2026-11-25T10:00:00Z')
let t: TestApp
let adopter: Browser
let adopterB: Browser
let relative: Browser
let duty: Browser
let manager: Browser
let worker: Browser
let otherWorker: Browser
let familyA = ''
let childA = ''

beforeAll(async () => {
  t = await createTestApp({ accounts: true, clock: () => now })
  const db = t.database.db
  ;[adopter, adopterB, relative, duty, manager, worker, otherWorker] = await Promise.all([
    signInAs(t.app, db, demoEmail('adopter'), 'email'),
    signInAs(t.app, db, demoEmail('adopter-b'), 'email'),
    signInAs(t.app, db, demoEmail('birth-relative'), 'email'),
    signInAs(t.app, db, demoEmail('duty'), 'totp'),
    signInAs(t.app, db, demoEmail('manager'), 'totp'),
    signInAs(t.app, db, demoEmail('worker'), 'totp'),
    signInAs(t.app, db, demoEmail('worker-wyvern'), 'totp'),
  ])
  const family = expectStatus(await adopter.get('/api/my/family'), 200).body
  familyA = family.id
  childA = family.children[0].id
})
afterAll(() => t.close())

const ask = (browser: Browser, overrides: object = {}) =>
  browser.post('/api/my/support-requests', {
    idempotencyKey: randomUUID(),
    categories: ['education'],
    childIds: [],
    description: 'School have excluded our son twice this term and we do not know what to do.',
    urgency: 'soon',
    contactMethod: 'phone',
    contactPhone: '01632 960 123',
    contactTimes: 'Weekday mornings',
    ...overrides,
  })

async function emailsTo(email: string) {
  return t.database.db
    .select()
    .from(outboxMessages)
    .where(eq(outboxMessages.recipient, email))
    .orderBy(desc(outboxMessages.createdAt))
}

describe('asking for support', () => {
  it('makes one request with a reference, however often the same submission is retried', async () => {
    const key = randomUUID()
    const first = expectStatus(await ask(adopter, { idempotencyKey: key, childIds: [childA] }), 201)
    expect(first.body.reference).toMatch(/^ASR-2026-\d{6}$/)
    // Wednesday 25 November, "soon" (3 working days): Monday 30 November.
    expect(first.body).toMatchObject({
      outsideDutyHours: false,
      dutyOpensAt: null,
      expectedReplyBy: '2026-11-30',
    })
    const again = expectStatus(await ask(adopter, { idempotencyKey: key, childIds: [childA] }), 201)
    expect(again.body.id).toBe(first.body.id)
    const made = await t.database.db
      .select()
      .from(supportRequests)
      .where(eq(supportRequests.idempotencyKey, key))
    expect(made).toHaveLength(1)
    expect(made[0]).toMatchObject({ queue: 'family', familyId: familyA, channel: 'portal' })
  })

  it('outside duty hours says when the line opens and counts working days past bank holidays', async () => {
    // Thursday 24 December 2026, 6pm: closed until Tuesday 29 December (Christmas, weekend, Boxing Day substitute).
    now = new Date('2026-12-24T18:00:00Z')
    try {
      const res = expectStatus(await ask(adopter, { urgency: 'routine' }), 201)
      expect(res.body.outsideDutyHours).toBe(true)
      expect(res.body.dutyOpensAt).toBe('2026-12-29T09:30:00.000Z')
      // Five working days after 24 December: 29, 30, 31 December, 4 and 5 January.
      expect(res.body.expectedReplyBy).toBe('2027-01-05')
    } finally {
      now = new Date('2026-11-25T10:00:00Z')
    }
  })

  it('answers bad input with GOV.UK messages and refuses another family’s child', async () => {
    const res = await adopter.post('/api/my/support-requests', {
      idempotencyKey: randomUUID(),
      categories: [],
      description: ' ',
      contactMethod: 'carrier pigeon',
    })
    expect(res.status).toBe(400)
    expect(res.body.fieldErrors).toEqual({
      categories: 'Select what you need help with',
      description: 'Enter what is happening',
      urgency: 'Select how urgent it is',
      contactMethod: 'Select how we should contact you',
    })
    const otherChild = expectStatus(await adopterB.get('/api/my/family'), 200).body.children[0].id
    const refused = await ask(adopter, { childIds: [otherChild] })
    expect(refused.status).toBe(400)
    expect(refused.body.fieldErrors).toEqual({
      childIds: 'Select which of your children it is about',
    })
  })

  it('refuses a control character in any text with a GOV.UK message, never a 500', async () => {
    const res = await ask(adopter, {
      description: 'School have excluded our son\u0000 twice',
      contactTimes: 'Mornings\u001b[31m',
    })
    expect(res.status).toBe(400)
    expect(res.body.fieldErrors).toEqual({
      description: 'What is happening must not include hidden control characters',
      contactTimes: 'When to contact you must not include hidden control characters',
    })
    // A draft's fields are not the shared text fields: the BFF refuses them all the same.
    const draft = await adopterB.put('/api/my/support-request-draft', {
      draft: { categories: ['financial'], description: 'Half\u0000 written' },
    })
    expect(draft.status).toBe(400)
    expect(draft.body.fieldErrors).toEqual({
      'draft.description': 'Remove the hidden control characters from this answer',
    })
    // Tabs and new lines are what people type: kept.
    expectStatus(await ask(adopter, { description: 'First line\n\tSecond line' }), 201)
  })

  it('keeps a draft until the request is sent', async () => {
    expectStatus(
      await adopterB.put('/api/my/support-request-draft', {
        draft: { categories: ['financial'], description: 'Half written' },
      }),
      200,
    )
    const kept = expectStatus(await adopterB.get('/api/my/support-request-draft'), 200)
    expect(kept.body.draft).toEqual({ categories: ['financial'], description: 'Half written' })
    // Nobody else sees it.
    expect((await adopter.get('/api/my/support-request-draft')).body.draft?.description).not.toBe(
      'Half written',
    )
    expectStatus(await ask(adopterB, { categories: ['financial'] }), 201)
    expect((await adopterB.get('/api/my/support-request-draft')).body.draft).toBeNull()
    // Drafts are what a family wrote about their case: reads and writes are audited.
    const audited = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.recordType, 'support-request-draft'))
    expect(audited.map((a) => a.action)).toEqual(expect.arrayContaining(['read', 'update']))
  })
})

describe('the support line', () => {
  it('triage queue: what needs the support line first, filtered, searched and paginated', async () => {
    const crisis = expectStatus(await ask(adopterB, { urgency: 'urgent' }), 201).body
    const queue = expectStatus(await duty.get('/api/support-requests'), 200).body
    expect(queue.pageSize).toBe(25)
    // The default view is what waits for the support line: nothing allocated to a worker.
    expect(queue.total).toBe(queue.views.waiting)
    expect(queue.views.open).toBeGreaterThan(queue.views.waiting)
    expect(queue.items.map((i: { status: string }) => i.status)).not.toContain('allocated')
    // The urgent request just asked for waits for triage: it is on the first page.
    expect(queue.items.map((i: { id: string }) => i.id)).toContain(crisis.id)
    const allOpen = expectStatus(await duty.get('/api/support-requests?status=open'), 200).body
    expect(allOpen.total).toBe(queue.views.open)
    const byReference = expectStatus(
      await duty.get(`/api/support-requests?q=${crisis.reference}`),
      200,
    ).body
    expect(byReference.items.map((i: { id: string }) => i.id)).toEqual([crisis.id])
    expect(byReference.items[0]).toMatchObject({
      urgency: 'urgent',
      status: 'new',
      due: { action: 'reply', dueOn: '2026-11-26', workingDaysLeft: 1, overdue: false },
    })
    const [parent] = await t.database.db
      .select({ name: familyParents.fullName })
      .from(familyParents)
      .innerJoin(users, eq(users.id, familyParents.userId))
      .where(eq(users.email, demoEmail('adopter-b')))
    const byName = expectStatus(
      await duty.get(`/api/support-requests?q=${encodeURIComponent(parent!.name)}`),
      200,
    ).body
    expect(byName.items.some((i: { id: string }) => i.id === crisis.id)).toBe(true)
    // Each row names its own family and council, and nobody else's.
    const [family] = await t.database.db
      .select({ id: families.id, localAuthorityName: localAuthorities.name })
      .from(familyParents)
      .innerJoin(users, eq(users.id, familyParents.userId))
      .innerJoin(families, eq(families.id, familyParents.familyId))
      .innerJoin(localAuthorities, eq(localAuthorities.id, families.localAuthorityId))
      .where(eq(users.email, demoEmail('adopter-b')))
    const parents = await t.database.db
      .select({ name: familyParents.fullName })
      .from(familyParents)
      .where(eq(familyParents.familyId, family!.id))
      .orderBy(familyParents.createdAt)
    expect(byReference.items[0]).toMatchObject({
      name: parents.map((p) => p.name).join(' and '),
      localAuthorityName: family!.localAuthorityName,
      workerName: null,
    })
    const staffView = expectStatus(await duty.get(`/api/support-requests/${crisis.id}`), 200).body
    expect(staffView.family.parentNames).toEqual(parents.map((p) => p.name))
    expect(staffView.localAuthority.name).toBe(family!.localAuthorityName)
    expect(staffView.worker).toBeNull()
    const page1 = expectStatus(await duty.get('/api/support-requests?status=all'), 200).body
    const page2 = expectStatus(await duty.get('/api/support-requests?status=all&page=2'), 200).body
    expect(page1.total).toBeGreaterThan(600)
    expect(page2).toMatchObject({ page: 2, total: page1.total })
    expect(page2.items).toHaveLength(25)
    const onBoth = page2.items.filter((i: { id: string }) =>
      page1.items.some((j: { id: string }) => j.id === i.id),
    )
    expect(onBoth).toEqual([])
    // The count comes with a page; past the last page it is still the whole count.
    expect(byReference.total).toBe(1)
    const lastPage = Math.ceil(page1.total / 25)
    const pastTheEnd = expectStatus(
      await duty.get(`/api/support-requests?status=all&page=${String(lastPage + 1)}`),
      200,
    ).body
    expect(pastTheEnd).toMatchObject({ items: [], total: page1.total })
    const financial = expectStatus(
      await duty.get('/api/support-requests?category=financial&status=all'),
      200,
    ).body
    expect(financial.items.length).toBeGreaterThan(0)
    for (const item of financial.items) expect(item.categories).toContain('financial')
    const bad = await duty.get('/api/support-requests?status=lost')
    expect(bad.status).toBe(400)
    // Another local authority's worker does not see family A's requests at all.
    const other = expectStatus(
      await otherWorker.get(`/api/support-requests?q=${crisis.reference}`),
      200,
    )
    expect(other.body.items).toEqual([])
  })

  it('triage, allocation and closure follow the state machine, with a reason, and the family is told', async () => {
    const request = expectStatus(await ask(adopter), 201).body
    const early = await manager.post(`/api/support-requests/${request.id}/allocation`, {
      version: 1,
      workerId: randomUUID(),
    })
    expect(early.status).toBe(409)
    expect(early.body.message).toBe('You cannot allocate a request that is new')

    const missing = await duty.post(`/api/support-requests/${request.id}/triage`, {
      version: 1,
      decision: 'book_advice_call',
      reason: '',
    })
    expect(missing.body.fieldErrors).toEqual({
      reason: 'Enter the reason for the decision',
      adviceCallAt: 'Enter the date and time of the call',
    })
    const triaged = expectStatus(
      await duty.post(`/api/support-requests/${request.id}/triage`, {
        version: 1,
        decision: 'allocate_for_assessment',
        reason: 'Repeated exclusions: needs an assessment of need',
      }),
      200,
    ).body
    expect(triaged).toMatchObject({ status: 'awaiting_allocation', tier: { level: 3 }, version: 2 })
    expect(triaged.allowedActions).toEqual(['close', 'message', 'note'])
    const managerView = expectStatus(await manager.get(`/api/support-requests/${request.id}`), 200)
    expect(managerView.body.allowedActions).toEqual(['allocate', 'close', 'message', 'note'])

    const workers = expectStatus(await manager.get('/api/workers'), 200).body.workers
    const sam = workers.find((w: { name: string }) => w.name === 'Sam Okafor')
    const jo = workers.find((w: { name: string }) => w.name === 'Jo Whitfield')
    expect(sam.openCases).toEqual(expect.any(Number))
    // Jo works only for Wyvern: not this family's local authority.
    const wrongLa = await manager.post(`/api/support-requests/${request.id}/allocation`, {
      version: 2,
      workerId: jo.id,
    })
    expect(wrongLa.body.fieldErrors).toEqual({
      workerId: 'Select a worker who works for this local authority',
    })
    const allocated = expectStatus(
      await manager.post(`/api/support-requests/${request.id}/allocation`, {
        version: 2,
        workerId: sam.id,
      }),
      200,
    ).body
    expect(allocated).toMatchObject({ status: 'allocated', worker: { name: 'Sam Okafor' } })
    const after = expectStatus(await manager.get('/api/workers'), 200).body.workers
    expect(after.find((w: { id: string }) => w.id === sam.id).openCases).toBe(sam.openCases + 1)
    const mine = expectStatus(await worker.get('/api/my/work'), 200).body
    expect(mine.items.map((i: { id: string }) => i.id)).toContain(request.id)

    const family = expectStatus(await adopter.get(`/api/my/support-requests/${request.id}`), 200)
    expect(family.body).toMatchObject({
      status: 'allocated',
      statusText: 'Your support worker is helping you',
      workerName: 'Sam Okafor',
    })
    expect(family.body.timeline.map((e: { summary: string }) => e.summary)).toEqual([
      'You asked for support',
      'Your request will be given to a support worker for an assessment of your needs',
      'Sam Okafor is your support worker',
    ])
    // The reason is the team's, not the family's.
    expect(JSON.stringify(family.body)).not.toContain('Repeated exclusions')
    const [email] = await emailsTo(demoEmail('adopter'))
    expect(email?.subject).toBe(`Your request ${request.reference} has been updated`)
    expect(email?.body).not.toContain('School')

    const closed = expectStatus(
      await worker.post(`/api/support-requests/${request.id}/close`, {
        version: allocated.version,
        outcome: 'needs_met',
        reason: 'Plan agreed with school',
      }),
      200,
    ).body
    expect(closed).toMatchObject({
      status: 'closed',
      outcome: 'needs_met',
      allowedActions: ['note'],
    })
    const reopen = await duty.post(`/api/support-requests/${request.id}/triage`, {
      version: closed.version,
      decision: 'duty_support',
      reason: 'Again',
    })
    expect(reopen.status).toBe(409)
  })

  it('two people changing one request at once: the second gets 409, nothing is overwritten', async () => {
    const request = expectStatus(await ask(adopter), 201).body
    const [a, b] = await Promise.all([
      duty.post(`/api/support-requests/${request.id}/triage`, {
        version: 1,
        decision: 'duty_support',
        reason: 'Duty will call back today',
      }),
      manager.post(`/api/support-requests/${request.id}/triage`, {
        version: 1,
        decision: 'advice_and_close',
        reason: 'Advice given on the phone',
      }),
    ])
    expect([a.status, b.status].sort()).toEqual([200, 409])
    const loser = a.status === 409 ? a : b
    expect(loser.body.message).toBe(
      'This request was changed by someone else. Check it and try again',
    )
    const events = expectStatus(await manager.get(`/api/support-requests/${request.id}`), 200).body
      .timeline
    expect(events.filter((e: { kind: string }) => e.kind === 'triaged')).toHaveLength(1)
  })

  it('books an advice call, counting the working days from enquiry to call', async () => {
    const request = expectStatus(await ask(adopter), 201).body
    const booked = expectStatus(
      await duty.post(`/api/support-requests/${request.id}/triage`, {
        version: 1,
        decision: 'book_advice_call',
        reason: 'A 2-hour support and advice call',
        adviceCallAt: '2026-12-03T10:00:00Z',
      }),
      200,
    ).body
    // Wednesday 25 November to Thursday 3 December: 6 working days.
    expect(booked).toMatchObject({ status: 'advice_call_booked', daysToAdviceCall: 6 })
    const family = expectStatus(await adopter.get(`/api/my/support-requests/${request.id}`), 200)
    expect(family.body.adviceCallAt).toBe('2026-12-03T10:00:00.000Z')
    expect(family.body.timeline.at(-1).summary).toBe(
      'We booked a support and advice call for 3 December 2026 at 10am',
    )
  })

  it('a safeguarding flag alerts the team managers at once and shows on their team view', async () => {
    const request = expectStatus(
      await ask(adopterB, {
        categories: ['crisis_or_child_to_parent_violence'],
        urgency: 'urgent',
      }),
      201,
    ).body
    expectStatus(
      await duty.post(`/api/support-requests/${request.id}/triage`, {
        version: 1,
        decision: 'refer_on',
        reason: 'Disclosure of harm: referred to the council’s front door',
        referredTo: 'Ardenshire children’s services front door',
        safeguarding: true,
      }),
      200,
    )
    const [alert] = await emailsTo(demoEmail('manager'))
    expect(alert?.subject).toBe(`Safeguarding concern flagged on ${request.reference}`)
    expect(alert?.body).not.toContain('harm')
    const team = expectStatus(await manager.get('/api/team'), 200).body
    expect(team.countsByStatus.closed).toBeGreaterThan(0)
    // Referred on and closed: no longer an open alert.
    expect(team.safeguardingAlerts.map((i: { id: string }) => i.id)).not.toContain(request.id)

    const open = expectStatus(await ask(adopterB, { urgency: 'urgent' }), 201).body
    expectStatus(
      await duty.post(`/api/support-requests/${open.id}/triage`, {
        version: 1,
        decision: 'duty_support',
        reason: 'Child-to-parent violence at home',
        safeguarding: true,
      }),
      200,
    )
    const later = expectStatus(await manager.get('/api/team'), 200).body
    expect(later.safeguardingAlerts.map((i: { id: string }) => i.id)).toContain(open.id)
  })

  it('a crisis still without a worker past the standard is overdue everywhere, and managers are told once', async () => {
    // Wednesday 25 November: a crisis the family thinks can wait; the duty team supports them.
    const request = expectStatus(
      await ask(adopterB, { categories: ['crisis_or_child_to_parent_violence'], urgency: 'soon' }),
      201,
    ).body
    const asked = expectStatus(await duty.get(`/api/support-requests?q=${request.reference}`), 200)
      .body.items[0]
    // Waiting for triage: the reply is due in three working days, but the worker by Thursday.
    expect(asked.due).toMatchObject({ action: 'allocation', dueOn: '2026-11-26' })
    expectStatus(
      await duty.post(`/api/support-requests/${request.id}/triage`, {
        version: 1,
        decision: 'duty_support',
        reason: 'Duty will call every day this week',
      }),
      200,
    )
    const before = now
    // Monday 30 November: two working days past Thursday.
    now = new Date('2026-11-30T10:00:00Z')
    try {
      const row = expectStatus(await duty.get(`/api/support-requests?q=${request.reference}`), 200)
        .body.items[0]
      expect(row.due).toEqual({
        action: 'allocation',
        dueOn: '2026-11-26',
        workingDaysLeft: -2,
        overdue: true,
      })
      const team = expectStatus(await manager.get('/api/team'), 200).body
      expect(team.crisisOverdue.map((i: { id: string }) => i.id)).toContain(request.id)
      expect(team.crisisOverdueCount).toBe(team.crisisOverdue.length)
      // The longest without a worker first, each overdue for a worker.
      const dues = team.crisisOverdue.map((i: { due: { action: string; dueOn: string } }) => i.due)
      expect(dues.map((d: { dueOn: string }) => d.dueOn)).toEqual(
        dues.map((d: { dueOn: string }) => d.dueOn).sort(),
      )
      expect(team.overdue).toBeGreaterThanOrEqual(team.crisisOverdueCount)

      const told = async () =>
        (await emailsTo(demoEmail('manager'))).filter(
          (e) => e.subject === `Request ${request.reference} needs a worker`,
        )
      // This crisis and any other still without a worker (the safeguarding one above, say).
      expect(
        await sendCrisisAlerts(t.database.db, now, 'https://portal.example.invalid'),
      ).toBeGreaterThanOrEqual(1)
      const [email] = await told()
      expect(email?.body).toContain(
        `https://portal.example.invalid/support-line/requests/${request.id}`,
      )
      expect(email?.body).toContain('26 November 2026')
      // What it is about stays in the portal (ASVS 14.2.1).
      expect(email?.body).not.toContain('excluded')
      // Once only, however often the job runs.
      expect(await sendCrisisAlerts(t.database.db, now, 'https://portal.example.invalid')).toBe(0)
      expect(await told()).toHaveLength(1)

      const workers = expectStatus(await manager.get('/api/workers'), 200).body.workers
      const sam = workers.find((w: { name: string }) => w.name === 'Sam Okafor')
      const current = expectStatus(await manager.get(`/api/support-requests/${request.id}`), 200)
      const allocated = expectStatus(
        await manager.post(`/api/support-requests/${request.id}/allocation`, {
          version: current.body.version,
          workerId: sam.id,
        }),
        200,
      ).body
      expect(allocated.due).toBeNull()
      const after = expectStatus(await manager.get('/api/team'), 200).body
      expect(after.crisisOverdue.map((i: { id: string }) => i.id)).not.toContain(request.id)
    } finally {
      now = before
    }
  })

  it('messages go both ways; case notes never reach the family; every read and change is audited', async () => {
    const request = expectStatus(await ask(adopter), 201).body
    const key = randomUUID()
    const sent = await duty.post(`/api/support-requests/${request.id}/messages`, {
      idempotencyKey: key,
      body: 'Thank you. Could you tell us which school it is?',
    })
    expect(sent.status).toBe(201)
    // The same message retried is sent once.
    await duty.post(`/api/support-requests/${request.id}/messages`, {
      idempotencyKey: key,
      body: 'Thank you. Could you tell us which school it is?',
    })
    expectStatus(
      await duty.post(`/api/support-requests/${request.id}/notes`, {
        body: 'Parent sounded exhausted; check in on Friday.',
      }),
      201,
    )
    const [email] = await emailsTo(demoEmail('adopter'))
    expect(email?.body).toContain('You have a new message')
    expect(email?.body).not.toContain('school')

    const list = expectStatus(await adopter.get('/api/my/support-requests'), 200).body.requests
    expect(list.find((r: { id: string }) => r.id === request.id).unreadMessages).toBe(1)
    // Every one of the family's requests, newest first.
    const received = list.map((r: { receivedAt: string }) => r.receivedAt)
    expect(received).toEqual([...received].sort().reverse())
    const [mine] = await t.database.db
      .select({ n: count() })
      .from(supportRequests)
      .where(eq(supportRequests.familyId, familyA))
    expect(list).toHaveLength(mine!.n)
    expect(mine!.n).toBeGreaterThan(1)
    const family = expectStatus(
      await adopter.get(`/api/my/support-requests/${request.id}`),
      200,
    ).body
    expect(family.messages).toEqual([
      expect.objectContaining({
        from: 'team',
        body: 'Thank you. Could you tell us which school it is?',
      }),
    ])
    expect(JSON.stringify(family)).not.toContain('exhausted')
    // Read now: the list no longer counts the message as unread, and reading again writes nothing.
    const readAt = async () =>
      (
        await t.database.db
          .select({ at: supportRequests.familyReadAt })
          .from(supportRequests)
          .where(eq(supportRequests.id, request.id))
      )[0]!.at
    const firstRead = await readAt()
    expect(firstRead).not.toBeNull()
    const relisted = expectStatus(await adopter.get('/api/my/support-requests'), 200).body.requests
    expect(relisted.find((r: { id: string }) => r.id === request.id).unreadMessages).toBe(0)
    const before = now
    now = new Date(now.getTime() + 60_000)
    expectStatus(await adopter.get(`/api/my/support-requests/${request.id}`), 200)
    now = before
    expect(await readAt()).toEqual(firstRead)
    expectStatus(
      await adopter.post(`/api/my/support-requests/${request.id}/messages`, {
        idempotencyKey: randomUUID(),
        body: 'It is Kingsmere Primary.',
      }),
      201,
    )
    const staff = expectStatus(await duty.get(`/api/support-requests/${request.id}`), 200).body
    expect(staff.messages.map((m: { from: string }) => m.from)).toEqual(['team', 'family'])
    expect(staff.notes).toEqual([
      expect.objectContaining({ body: 'Parent sounded exhausted; check in on Friday.' }),
    ])
    // The team has replied; the triage decision is still owed, by the same standard.
    expect(staff.due).toMatchObject({ action: 'triage', dueOn: request.expectedReplyBy })
    // A family's page does not so much as read the notes or who the family are.
    const forFamily = await findRequestParts(t.database.db, request, 'family')
    expect(forFamily.notes).toEqual([])
    expect(forFamily.family).toBeNull()
    expect(forFamily.messages.map((m) => m.message.sentAt)).toEqual([
      expect.any(Date),
      expect.any(Date),
    ])
    const forStaff = await findRequestParts(t.database.db, request, 'staff')
    expect(forStaff.notes.map((n) => n.note.body)).toEqual([
      'Parent sounded exhausted; check in on Friday.',
    ])
    expect(forStaff.family?.id).toBe(familyA)

    const events = await t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.recordType, 'support-request'), eq(auditEvents.recordId, request.id)),
      )
    const actions = events.map((e) => e.action)
    expect(actions).toContain('create')
    expect(actions).toContain('read')
    const trail = expectStatus(
      await manager.get(`/api/audit-events?recordType=support-request&recordId=${request.id}`),
      200,
    ).body.events
    expect(trail.length).toBe(events.length)
    expect(trail.some((e: { actorName: string }) => e.actorName === 'Chris Evans-Lloyd')).toBe(true)
  })

  it('a family withdraws an open request; a closed one cannot be withdrawn', async () => {
    const request = expectStatus(await ask(adopter), 201).body
    const withdrawn = expectStatus(
      await adopter.post(`/api/my/support-requests/${request.id}/withdraw`, {
        version: 1,
        reason: 'Things have settled down',
      }),
      200,
    ).body
    expect(withdrawn).toMatchObject({
      status: 'withdrawn',
      statusText: 'Withdrawn',
      canWithdraw: false,
    })
    const again = await adopter.post(`/api/my/support-requests/${request.id}/withdraw`, {
      version: withdrawn.version,
    })
    expect(again.status).toBe(409)
    expect(again.body.message).toBe('You cannot withdraw a request that is withdrawn')
  })

  it('a family says how satisfied they were once a request is closed, once, and it is audited', async () => {
    const request = expectStatus(await ask(adopter), 201).body
    const feedback = (browser: Browser, body: object) =>
      browser.post(`/api/my/support-requests/${request.id}/feedback`, body)
    const early = expectStatus(await feedback(adopter, { rating: 'satisfied' }), 409)
    expect(early.body.message).toBe(
      'You can say how satisfied you were once your request is closed',
    )
    expectStatus(
      await duty.post(`/api/support-requests/${request.id}/triage`, {
        version: 1,
        decision: 'advice_and_close',
        reason: 'Advice given on the phone',
      }),
      200,
    )
    const before = expectStatus(await adopter.get(`/api/my/support-requests/${request.id}`), 200)
    expect(before.body).toMatchObject({ status: 'closed', feedback: null, canLeaveFeedback: true })

    const wrong = expectStatus(await feedback(adopter, { rating: 'fine', comment: 'x' }), 400)
    expect(wrong.body.fieldErrors).toEqual({
      rating: 'Select how satisfied you were with the support',
    })
    expectStatus(await feedback(adopterB, { rating: 'satisfied' }), 404)

    const left = expectStatus(
      await feedback(adopter, { rating: 'very_satisfied', comment: '  The call helped a lot.  ' }),
      201,
    ).body
    expect(left).toMatchObject({
      canLeaveFeedback: false,
      feedback: {
        rating: 'very_satisfied',
        comment: 'The call helped a lot.',
        leftAt: now.toISOString(),
      },
    })
    const twice = expectStatus(await feedback(adopter, { rating: 'dissatisfied' }), 409)
    expect(twice.body.message).toBe(
      'You have already said how satisfied you were with this support',
    )
    const trail = await auditOf(t.database.db, 'support-request', request.id)
    // Once, for what was left: the refused attempts wrote nothing.
    expect(trail.filter((e) => e.details && 'feedback' in e.details).map((e) => e.details)).toEqual(
      [{ feedback: 'very_satisfied' }],
    )
  })
})

describe('logging contacts', () => {
  it('counts every call; new requests are made for known families and for new enquirers', async () => {
    const las = expectStatus(await duty.get('/api/local-authorities'), 200).body.localAuthorities
    const wrong = expectStatus(
      await duty.post('/api/contacts', {
        idempotencyKey: randomUUID(),
        channel: 'phone',
        classification: 'wrong_number',
        summary: 'Caller wanted the council tax office',
      }),
      201,
    ).body
    expect(wrong.supportRequest).toBeNull()

    const known = expectStatus(
      await duty.post('/api/contacts', {
        idempotencyKey: randomUUID(),
        channel: 'phone',
        classification: 'new_request_action',
        familyId: familyA,
        categories: ['therapeutic_support'],
        urgency: 'soon',
        summary: 'Mum asking about therapy for their daughter',
      }),
      201,
    ).body
    expect(known.supportRequest.reference).toMatch(/^ASR-2026-/)
    const made = expectStatus(
      await duty.get(`/api/support-requests/${known.supportRequest.id}`),
      200,
    )
    expect(made.body).toMatchObject({ channel: 'phone', family: { id: familyA } })
    // The family sees the request the duty officer logged for them.
    const theirs = expectStatus(await adopter.get('/api/my/support-requests'), 200).body.requests
    expect(theirs.map((r: { id: string }) => r.id)).toContain(known.supportRequest.id)

    const referral = expectStatus(
      await duty.post('/api/contacts', {
        idempotencyKey: randomUUID(),
        channel: 'referral',
        referralSource: 'school',
        classification: 'new_request_advice',
        enquirerName: 'Dana Whitlock',
        enquirerContact: '01632 960 555',
        localAuthorityId: las[0].id,
        categories: ['education'],
        summary: 'School SENCO asking about adoption-informed support',
      }),
      201,
    ).body
    const enquiry = expectStatus(
      await duty.get(`/api/support-requests/${referral.supportRequest.id}`),
      200,
    ).body
    expect(enquiry).toMatchObject({
      channel: 'referral',
      family: null,
      enquirer: { name: 'Dana Whitlock', contact: '01632 960 555' },
    })

    // Once the enquirer's family is known, the request is linked to its record.
    expect(enquiry.allowedActions).toContain('link-family')
    const linked = expectStatus(
      await duty.post(`/api/support-requests/${enquiry.id}/family`, {
        version: enquiry.version,
        familyId: familyA,
      }),
      200,
    ).body
    expect(linked).toMatchObject({ family: { id: familyA } })
    expect(linked.allowedActions).not.toContain('link-family')
    expect(linked.timeline.at(-1).summary).toMatch(/^Linked to family record CSA-/)

    const invalid = await duty.post('/api/contacts', {
      idempotencyKey: randomUUID(),
      channel: 'referral',
      classification: 'new_request_action',
      summary: 'Someone called',
    })
    expect(invalid.body.fieldErrors).toEqual({
      referralSource: 'Select who made the referral',
      enquirerName: 'Select a family, or enter the name of the person who got in touch',
      localAuthorityId: 'Select the local authority responsible',
      categories: 'Select what they need help with',
    })
    const logged = await t.database.db.select().from(contactLogs)
    expect(logged.map((c) => c.classification)).toEqual(
      expect.arrayContaining(['wrong_number', 'new_request_action', 'new_request_advice']),
    )
  })

  it('refuses a family the duty officer may not reach', async () => {
    const [wyvernFamily] = await t.database.db
      .select({ id: families.id })
      .from(families)
      .innerJoin(users, eq(users.email, demoEmail('worker-wyvern')))
      .limit(1)
    void wyvernFamily
    const res = await otherWorker.post('/api/contacts', {
      idempotencyKey: randomUUID(),
      channel: 'phone',
      classification: 'new_request_action',
      familyId: familyA,
      categories: ['advice'],
      summary: 'Asking for advice',
    })
    expect(res.body.fieldErrors).toEqual({ familyId: 'Select a family' })
  })
})

describe('birth relatives', () => {
  it('ask for their own support in their own queue, and never see the family', async () => {
    const request = expectStatus(
      await ask(relative, {
        categories: ['help_writing_a_letter'],
        childIds: [childA],
        contactMethod: 'portal',
      }),
      201,
    ).body
    const staff = expectStatus(await duty.get(`/api/support-requests/${request.id}`), 200).body
    expect(staff).toMatchObject({
      queue: 'birth_relative',
      family: null,
      children: [],
      birthRelative: { name: 'Jordan Pike', relationship: 'Birth mother' },
    })
    const queue = expectStatus(
      await duty.get('/api/support-requests?queue=birth_relative'),
      200,
    ).body
    expect(queue.items.map((i: { id: string }) => i.id)).toContain(request.id)
    const own = expectStatus(await relative.get(`/api/my/support-requests/${request.id}`), 200).body
    expect(own.children).toEqual([])
    // The family's requests are not theirs, and theirs are not the family's.
    expect((await adopter.get(`/api/my/support-requests/${request.id}`)).status).toBe(404)
  })
})

describe('the queue’s total', () => {
  /** Requests in the member of staff's councils that match, counted in the table itself. */
  async function counted(email: string, where: SQL | undefined, exceptFamily?: string) {
    const db = t.database.db
    const [staff] = await db.select().from(users).where(eq(users.email, email))
    const councils = db
      .select({ id: staffLocalAuthorities.localAuthorityId })
      .from(staffLocalAuthorities)
      .where(eq(staffLocalAuthorities.userId, staff!.id))
    const [row] = await db
      .select({ n: count() })
      .from(supportRequests)
      .where(
        and(
          eq(supportRequests.organisationId, staff!.organisationId),
          inArray(supportRequests.localAuthorityId, councils),
          where,
          exceptFamily
            ? sql`${supportRequests.familyId} is distinct from ${exceptFamily}`
            : undefined,
        ),
      )
    return row!.n
  }
  const open = sql`${supportRequests.status} not in ('closed', 'withdrawn')`

  it('is the number of matching requests, for every filter', async () => {
    const [council] = await t.database.db.select().from(localAuthorities).limit(1)
    const waiting = sql`${supportRequests.status} in ('new', 'duty_support', 'advice_call_booked', 'awaiting_allocation')`
    const cases: [string, SQL | undefined][] = [
      ['', waiting],
      ['status=open', open],
      ['status=all', undefined],
      ['status=new', eq(supportRequests.status, 'new')],
      ['status=all&queue=birth_relative', eq(supportRequests.queue, 'birth_relative')],
      [
        `localAuthorityId=${council!.id}`,
        and(waiting, eq(supportRequests.localAuthorityId, council!.id)),
      ],
      [
        'category=education',
        and(waiting, sql`${supportRequests.categories} @> array['education']`),
      ],
      [
        'status=open&category=education',
        and(open, sql`${supportRequests.categories} @> array['education']`),
      ],
    ]
    for (const [query, where] of cases) {
      const page = expectStatus(await manager.get(`/api/support-requests?${query}`), 200).body
      expect({ query, total: page.total }).toEqual({
        query,
        total: await counted(demoEmail('manager'), where),
      })
    }
    // Each view's count, beside any page, is the number of matching requests in that view.
    const views = {
      waiting: sql`${supportRequests.status} in ('new', 'duty_support', 'advice_call_booked', 'awaiting_allocation')`,
      open,
    }
    const filters: [string, SQL | undefined][] = [
      ['', undefined],
      [`&localAuthorityId=${council!.id}`, eq(supportRequests.localAuthorityId, council!.id)],
      ['&category=education', sql`${supportRequests.categories} @> array['education']`],
    ]
    for (const [filter, where] of filters) {
      const page = expectStatus(
        await manager.get(`/api/support-requests?status=all${filter}`),
        200,
      ).body
      for (const view of ['waiting', 'open'] as const) {
        expect({ filter, view, count: page.views[view] }).toEqual({
          filter,
          view,
          count: await counted(demoEmail('manager'), and(views[view], where)),
        })
      }
    }
  })

  it('leaves out the requests of a family the member of staff has a conflict of interest with', async () => {
    const before = expectStatus(await duty.get('/api/support-requests'), 200).body.total
    const [staff] = await t.database.db
      .select()
      .from(users)
      .where(eq(users.email, demoEmail('duty')))
    expectStatus(
      await manager.post('/api/conflicts-of-interest', {
        staffUserId: staff!.id,
        familyId: familyA,
        reason: 'Knows the family personally',
      }),
      201,
    )
    const conflicted = await signInAs(t.app, t.database.db, demoEmail('duty'), 'totp')
    const after = expectStatus(await conflicted.get('/api/support-requests'), 200).body.total
    expect(after).toBe(
      await counted(
        demoEmail('duty'),
        sql`${supportRequests.status} in ('new', 'duty_support', 'advice_call_booked', 'awaiting_allocation')`,
        familyA,
      ),
    )
    expect(after).toBeLessThan(before)
  })

  it('a team manager with a conflict of interest with the family hears of none of its crises', async () => {
    const [staff] = await t.database.db
      .select()
      .from(users)
      .where(eq(users.email, demoEmail('manager')))
    const family = expectStatus(await adopterB.get('/api/my/family'), 200).body
    expectStatus(
      await manager.post('/api/conflicts-of-interest', {
        staffUserId: staff!.id,
        familyId: family.id,
        reason: 'Their child’s godparent',
      }),
      201,
    )
    const request = expectStatus(
      await ask(adopterB, { categories: ['crisis_or_child_to_parent_violence'] }),
      201,
    ).body
    expectStatus(
      await duty.post(`/api/support-requests/${request.id}/triage`, {
        version: 1,
        decision: 'duty_support',
        reason: 'Child-to-parent violence at home',
        safeguarding: true,
      }),
      200,
    )
    const before = now
    now = new Date('2026-11-30T10:00:00Z')
    try {
      await sendCrisisAlerts(t.database.db, now, 'https://portal.example.invalid')
      const told = (await emailsTo(demoEmail('manager'))).filter((e) =>
        e.subject.includes(request.reference),
      )
      // Neither the safeguarding flag nor the crisis without a worker reaches them.
      expect(told).toEqual([])
      // Nobody else manages the council, so the crisis waits, unannounced, for someone to tell.
      const [row] = await t.database.db
        .select({ alertedAt: supportRequests.crisisAlertedAt })
        .from(supportRequests)
        .where(eq(supportRequests.id, request.id))
      expect(row?.alertedAt).toBeNull()
    } finally {
      now = before
    }
  })
})
