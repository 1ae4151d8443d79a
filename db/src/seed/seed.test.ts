import { and, count, desc, eq, isNull, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../client.ts'
import {
  assessmentChildren,
  assessmentSections,
  birthRelatives,
  children,
  contactAgreementParties,
  contactAgreements,
  families,
  familyParents,
  groupEvents,
  letterDecisions,
  letterboxExchanges,
  letters,
  letterVersions,
  needsAssessments,
  supportPlans,
  supportRequests,
  twoFactors,
  users,
} from '../schema/index.ts'
import { createTestDatabase, standInSeedPlatform as platform } from '../testing.ts'
import { demoEmail, demoFamilyCount, demoStaff, seedDemoPeople } from './index.ts'

let database: Database

beforeAll(async () => {
  database = await createTestDatabase({ seed: 'always' })
})
afterAll(() => database.close())

describe('the demo people', () => {
  it('are seeded once, with the platform’s hashing and encryption', async () => {
    const accounts = await seedDemoPeople(database.db, platform)
    expect(accounts).toEqual(
      expect.arrayContaining([
        { email: demoEmail('manager'), role: 'team_manager', secondFactor: 'authenticator app' },
        { email: demoEmail('adopter'), role: 'adopter', secondFactor: 'email code' },
        { email: demoEmail('birth-relative'), role: 'birth_relative', secondFactor: 'email code' },
        {
          email: demoEmail('birth-relative-b'),
          role: 'birth_relative',
          secondFactor: 'email code',
        },
      ]),
    )
    expect(accounts).toHaveLength(demoStaff.length + 4)
    const db = database.db
    const [familyCount] = await db.select({ n: count() }).from(families)
    expect(familyCount?.n).toBe(demoFamilyCount)
    const [manager] = await db
      .select({ secret: twoFactors.secret })
      .from(twoFactors)
      .innerJoin(users, eq(users.id, twoFactors.userId))
      .where(eq(users.email, demoEmail('manager')))
    expect(manager?.secret).toMatch(/^encrypted:[0-9a-f]{32}$/)
    const [requests] = await db.select({ n: count() }).from(supportRequests)
    expect(requests?.n).toBeGreaterThan(600)
    const [events] = await db.select({ n: count() }).from(groupEvents)
    expect(events?.n).toBeGreaterThan(20)

    const [agreementCount] = await db.select({ n: count() }).from(contactAgreements)
    const [letterCount] = await db.select({ n: count() }).from(letters)

    expect(await seedDemoPeople(db, platform)).toBe('already-seeded')
    const [again] = await db.select({ n: count() }).from(families)
    expect(again?.n).toBe(demoFamilyCount)
    const [agreementsAgain] = await db.select({ n: count() }).from(contactAgreements)
    const [lettersAgain] = await db.select({ n: count() }).from(letters)
    expect([agreementsAgain?.n, lettersAgain?.n]).toEqual([agreementCount?.n, letterCount?.n])
  })
})

describe('the demo support requests', () => {
  it('have a status history that ends as each request stands, in time order, never in the future', async () => {
    const db = database.db
    // Each request's latest history row (by time, then write order) beside the request itself.
    const latest = await db.execute(sql`
      select r.reference, r.status, r.tier, r.worker_id,
        h.status as history_status, h.tier as history_tier, h.worker_id as history_worker_id
      from support_requests r
      left join lateral (
        select status, tier, worker_id from support_request_status_history
        where support_request_id = r.id
        order by changed_at desc, position desc
        limit 1
      ) h on true`)
    const rows = (latest as unknown as { rows: Record<string, unknown>[] }).rows
    expect(rows.length).toBeGreaterThan(600)
    const differing = rows.filter(
      (r) =>
        r.status !== r.history_status ||
        r.tier !== r.history_tier ||
        r.worker_id !== r.history_worker_id,
    )
    expect(differing).toEqual([])

    const [wrong] = await db
      .select({
        beforeReceived: sql<number>`(count(*) filter (where h.changed_at < r.received_at))::int`,
        inFuture: sql<number>`(count(*) filter (where h.changed_at > now()))::int`,
        outOfOrder: sql<number>`(count(*) filter (where h.changed_at < h.previous))::int`,
      })
      .from(
        sql`(select *, lag(changed_at) over (partition by support_request_id order by position)
            as previous from support_request_status_history) h
          join support_requests r on r.id = h.support_request_id`,
      )
    expect(wrong).toEqual({ beforeReceived: 0, inFuture: 0, outOfOrder: 0 })

    // What happened, not only where it ended: every request came in new, and some went through
    // duty support or an advice call before they were allocated or closed.
    const paths = await db.execute(sql`
      select string_agg(status, ' > ' order by position) as path, count(*)::int as n
      from (select support_request_id, status, position from support_request_status_history) h
      group by support_request_id`)
    const counts = new Map<string, number>()
    for (const { path } of (paths as unknown as { rows: { path: string }[] }).rows) {
      counts.set(path, (counts.get(path) ?? 0) + 1)
    }
    for (const path of [
      'new',
      'new > closed',
      'new > duty_support > closed',
      'new > allocated > closed',
      'new > advice_call_booked > allocated',
      'new > duty_support > allocated',
      'new > awaiting_allocation',
    ]) {
      expect(counts.get(path), path).toBeGreaterThan(0)
    }
    expect([...counts.keys()].every((path) => path.startsWith('new'))).toBe(true)
  })
})

describe('the demo letterbox', () => {
  const day = 24 * 60 * 60 * 1000
  const db = () => database.db

  /** The agreement a demo birth relative is party to, with the child's family beside it. */
  async function agreementOf(email: string) {
    const [row] = await db()
      .select({
        agreement: contactAgreements,
        party: contactAgreementParties,
        relativeLa: birthRelatives.localAuthorityId,
        familyLa: families.localAuthorityId,
      })
      .from(contactAgreementParties)
      .innerJoin(contactAgreements, eq(contactAgreements.id, contactAgreementParties.agreementId))
      .innerJoin(birthRelatives, eq(birthRelatives.id, contactAgreementParties.birthRelativeId))
      .innerJoin(users, eq(users.id, birthRelatives.userId))
      .innerJoin(families, eq(families.id, contactAgreements.familyId))
      .where(eq(users.email, email))
    return row!
  }

  const lettersUnder = (agreementId: string) =>
    db()
      .select()
      .from(letters)
      .where(eq(letters.agreementId, agreementId))
      .orderBy(letters.submittedAt)

  it('puts every birth relative in one agreement for their child, under the child’s family', async () => {
    const rows = await db()
      .select({
        relativeId: birthRelatives.id,
        agreements: sql<number>`(select count(*)::int from ${contactAgreementParties}
          where ${contactAgreementParties.birthRelativeId} = ${birthRelatives.id})`,
        childId: contactAgreements.childId,
        relativeChildId: birthRelatives.childId,
        familyId: contactAgreements.familyId,
        childFamilyId: children.familyId,
        localAuthorityId: contactAgreements.localAuthorityId,
        familyLa: families.localAuthorityId,
        startsOn: contactAgreements.startsOn,
        adoptionOrderDate: children.adoptionOrderDate,
      })
      .from(birthRelatives)
      .innerJoin(
        contactAgreementParties,
        eq(contactAgreementParties.birthRelativeId, birthRelatives.id),
      )
      .innerJoin(contactAgreements, eq(contactAgreements.id, contactAgreementParties.agreementId))
      .innerJoin(children, eq(children.id, contactAgreements.childId))
      .innerJoin(families, eq(families.id, children.familyId))
    const [relatives] = await db().select({ n: count() }).from(birthRelatives)
    expect(rows).toHaveLength(relatives!.n)
    for (const row of rows) {
      expect(row.agreements).toBe(1)
      expect(row.childId).toBe(row.relativeChildId)
      expect(row.familyId).toBe(row.childFamilyId)
      expect(row.localAuthorityId).toBe(row.familyLa)
      expect(row.startsOn >= (row.adoptionOrderDate ?? '')).toBe(true)
    }
    const directions = await db()
      .select({ direction: contactAgreements.direction, n: count() })
      .from(contactAgreements)
      .groupBy(contactAgreements.direction)
    const share = (d: string) => (directions.find((x) => x.direction === d)?.n ?? 0) / rows.length
    expect(share('two_way')).toBeGreaterThan(0.55)
    expect(share('from_family')).toBeGreaterThan(0.15)
    expect(share('to_family')).toBeGreaterThan(0)
  })

  it('keeps a history: most letters released, some returned first, words taken out of some, a few withheld', async () => {
    const statuses = await db()
      .select({ status: letters.status, channel: letters.channel, n: count() })
      .from(letters)
      .groupBy(letters.status, letters.channel)
    const n = (status: string, channel = 'portal') =>
      statuses.find((s) => s.status === status && s.channel === channel)?.n ?? 0
    const portal = statuses.filter((s) => s.channel === 'portal').reduce((a, s) => a + s.n, 0)
    expect(n('released') / portal).toBeGreaterThan(0.9)
    expect(n('withheld')).toBeGreaterThan(0)
    expect(n('withheld') / portal).toBeLessThan(0.05)
    expect(n('draft')).toBeGreaterThan(2)
    expect(n('released', 'paper')).toBeGreaterThan(50)
    // Paper letters are records staff logged; nobody wrote them in the portal.
    const [paper] = await db()
      .select({ n: count() })
      .from(letters)
      .where(and(eq(letters.channel, 'paper'), isNull(letters.loggedByUserId)))
    expect(paper?.n).toBe(0)

    const decisions = await db()
      .select({ decision: letterDecisions.decision, n: count() })
      .from(letterDecisions)
      .groupBy(letterDecisions.decision)
    expect(decisions.find((d) => d.decision === 'returned')?.n).toBeGreaterThan(10)
    const [twice] = await db()
      .select({ n: count() })
      .from(letterVersions)
      .where(eq(letterVersions.number, 2))
    expect(twice?.n).toBeGreaterThan(10)
    const redacted = await db()
      .select({ releasedBody: letters.releasedBody, redactions: letterDecisions.redactions })
      .from(letterDecisions)
      .innerJoin(letters, eq(letters.id, letterDecisions.letterId))
      .where(sql`jsonb_array_length(${letterDecisions.redactions}) > 0`)
    expect(redacted.length).toBeGreaterThan(10)
    for (const { releasedBody, redactions } of redacted) {
      expect(releasedBody).toContain('[removed by the agency]')
      for (const r of redactions) expect(releasedBody).not.toContain(r.text)
    }
  })

  it('has about 8 letters waiting to be checked, sent over the last two weeks', async () => {
    const waiting = await db()
      .select({ submittedAt: letters.submittedAt, versions: letters.submittedVersions })
      .from(letters)
      .where(eq(letters.status, 'submitted'))
    expect(waiting.length).toBeGreaterThanOrEqual(6)
    expect(waiting.length).toBeLessThanOrEqual(12)
    for (const letter of waiting) {
      expect(Date.now() - letter.submittedAt!.getTime()).toBeLessThan(16 * day)
      expect(letter.versions).toBe(1)
    }
  })

  it('answers each exchange with at most one letter, and leaves some past months overdue', async () => {
    const answered = await db()
      .select({ exchangeId: letterboxExchanges.id, letterExchangeId: letters.exchangeId })
      .from(letterboxExchanges)
      .innerJoin(letters, eq(letters.id, letterboxExchanges.letterId))
    expect(answered.length).toBeGreaterThan(500)
    for (const row of answered) expect(row.letterExchangeId).toBe(row.exchangeId)
    const [overdue] = await db()
      .select({ n: count() })
      .from(letterboxExchanges)
      .innerJoin(contactAgreements, eq(contactAgreements.id, letterboxExchanges.agreementId))
      .where(
        and(
          isNull(letterboxExchanges.letterId),
          eq(contactAgreements.status, 'active'),
          sql`${letterboxExchanges.dueMonth} + interval '1 month' <= current_date`,
        ),
      )
    expect(overdue?.n).toBeGreaterThan(0)
    const [tooFar] = await db()
      .select({ n: count() })
      .from(letterboxExchanges)
      .where(sql`${letterboxExchanges.dueMonth} > current_date + interval '12 months'`)
    expect(tooFar?.n).toBe(0)
  })

  it('gives Jordan Pike and the demo adopter two-way letters, Jordan in another council', async () => {
    const { agreement, party, relativeLa, familyLa } = await agreementOf(
      demoEmail('birth-relative'),
    )
    expect(agreement).toMatchObject({
      direction: 'two_way',
      exchangeMonths: [3, 9],
      photosAllowed: true,
      status: 'active',
    })
    expect(party.exchangeName).toBe('Birth mum, Jordan')
    expect(relativeLa).not.toBe(familyLa)
    const under = await lettersUnder(agreement.id)
    const fromFamily = under.filter((l) => l.fromSide === 'adoptive_family')
    const fromJordan = under.filter((l) => l.fromSide === 'birth_relative' && l.authorUserId)
    expect(fromFamily.at(-1)).toMatchObject({ status: 'released' })
    expect(fromFamily.at(-1)?.firstReadAt).not.toBeNull()
    expect(fromJordan.at(-1)).toMatchObject({ status: 'released', firstReadAt: null })
    expect(fromFamily.map((l) => l.id)).toContain(fromJordan.at(-1)?.replyToLetterId)
  })

  it('gives Casey Morgan one letter from the second demo family, not yet read', async () => {
    const { agreement, party, relativeLa, familyLa } = await agreementOf(
      demoEmail('birth-relative-b'),
    )
    expect(agreement.direction).toBe('from_family')
    expect(party).toMatchObject({ relationship: 'father', exchangeName: 'Birth dad, Casey' })
    expect(relativeLa).not.toBe(familyLa)
    const [adopterB] = await db()
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, demoEmail('adopter-b')))
    const under = await lettersUnder(agreement.id)
    expect(under.map((l) => [l.fromSide, l.status, l.authorUserId, l.firstReadAt])).toEqual([
      ['adoptive_family', 'released', adopterB!.id, null],
    ])
    const [mine] = await db()
      .select({ n: count() })
      .from(letterboxExchanges)
      .where(
        and(
          eq(letterboxExchanges.agreementId, agreement.id),
          eq(letterboxExchanges.writerSide, 'birth_relative'),
        ),
      )
    expect(mine?.n).toBe(0)
  })

  it('names the family and the child as agreed', async () => {
    const rows = await db()
      .select({
        child: contactAgreements.childExchangeName,
        family: contactAgreements.familyExchangeName,
        firstName: children.firstName,
      })
      .from(contactAgreements)
      .innerJoin(children, eq(children.id, contactAgreements.childId))
      .orderBy(desc(contactAgreements.startsOn))
    for (const row of rows) {
      expect(row.child).toBe(row.firstName)
      expect(row.family).toMatch(new RegExp(`^${row.firstName}’s (mum and dad|mums|dads|mum|dad)$`))
    }
  })
})

describe('the demo assessments of need', () => {
  it('has assessments in every status, most decided with a plan', async () => {
    const db = database.db
    const byStatus = await db
      .select({ status: needsAssessments.status, n: count() })
      .from(needsAssessments)
      .groupBy(needsAssessments.status)
    const counts = Object.fromEntries(byStatus.map((row) => [row.status, row.n]))
    for (const status of [
      'waiting',
      'in_progress',
      'awaiting_sign_off',
      'returned',
      'signed_off',
      'proposal_sent',
      'response_received',
      'decided',
      'withdrawn',
    ]) {
      expect(counts[status], status).toBeGreaterThan(0)
    }
    const plans = await db
      .select({ status: supportPlans.status, n: count() })
      .from(supportPlans)
      .groupBy(supportPlans.status)
    expect(plans.find((row) => row.status === 'active')?.n).toBeGreaterThan(5)
    expect(plans.find((row) => row.status === 'closed')?.n).toBeGreaterThan(0)
    // A decided assessment's sections are all finished; a waiting one has none.
    const unfinished = await db
      .select({ n: count() })
      .from(assessmentSections)
      .innerJoin(needsAssessments, eq(needsAssessments.id, assessmentSections.assessmentId))
      .where(and(eq(needsAssessments.status, 'decided'), eq(assessmentSections.finished, false)))
    expect(unfinished[0]?.n).toBe(0)
  })

  it('gives the demo adopter a proposal to answer, and the birth relative their own assessment', async () => {
    const db = database.db
    const [adopter] = await db
      .select({ familyId: familyParents.familyId })
      .from(familyParents)
      .innerJoin(users, eq(users.id, familyParents.userId))
      .where(eq(users.email, demoEmail('adopter')))
    const theirs = await db
      .select()
      .from(needsAssessments)
      .where(eq(needsAssessments.familyId, adopter!.familyId))
    expect(theirs.map((a) => a.status)).toContain('proposal_sent')
    const proposal = theirs.find((a) => a.status === 'proposal_sent')!
    expect(proposal.responseDueOn! >= new Date().toISOString().slice(0, 10)).toBe(true)
    const assessed = await db
      .select({ childId: assessmentChildren.childId })
      .from(assessmentChildren)
      .where(eq(assessmentChildren.assessmentId, proposal.id))
    expect(assessed.length).toBeGreaterThan(0)

    const [relative] = await db
      .select({ id: birthRelatives.id })
      .from(birthRelatives)
      .innerJoin(users, eq(users.id, birthRelatives.userId))
      .where(eq(users.email, demoEmail('birth-relative')))
    const own = await db
      .select()
      .from(needsAssessments)
      .where(eq(needsAssessments.birthRelativeId, relative!.id))
    expect(own).toHaveLength(1)
    expect(own[0]).toMatchObject({ subject: 'birth_relative', familyId: null })
  })
})
