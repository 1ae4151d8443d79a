// Who a birth relative is, for staff (GET /api/birth-relatives/:birthRelativeId): the name on a
// form about them, within the caller's scope, every read audited.
import {
  and,
  auditEvents,
  birthRelatives,
  conflictsOfInterest,
  demoEmail,
  eq,
  localAuthorities,
  users,
  type Db,
} from '@asp/db'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectStatus, signInAs, type Browser } from '../../testing/sign-in.ts'
import { createTestApp, type TestApp } from '../../testing/test-app.ts'

let t: TestApp
let db: Db
let worker: Browser
let workerWyvern: Browser
/** The demo birth relative, who signs in to the portal. */
let relative = { id: '', fullName: '', localAuthorityId: '', localAuthorityName: '' }
/** A birth relative of the same child who writes on paper (no account). */
let paperRelativeId = ''

const path = (id: string) => `/api/birth-relatives/${id}`

beforeAll(async () => {
  t = await createTestApp({ accounts: true })
  db = t.database.db
  ;[worker, workerWyvern] = await Promise.all([
    signInAs(t.app, db, demoEmail('worker'), 'totp'),
    signInAs(t.app, db, demoEmail('worker-wyvern'), 'totp'),
  ])
  const [found] = await db
    .select({
      id: birthRelatives.id,
      fullName: birthRelatives.fullName,
      organisationId: birthRelatives.organisationId,
      childId: birthRelatives.childId,
      localAuthorityId: birthRelatives.localAuthorityId,
      localAuthorityName: localAuthorities.name,
    })
    .from(birthRelatives)
    .innerJoin(users, eq(users.id, birthRelatives.userId))
    .innerJoin(localAuthorities, eq(localAuthorities.id, birthRelatives.localAuthorityId))
    .where(eq(users.email, demoEmail('birth-relative')))
  relative = found!
  const [paper] = await db
    .insert(birthRelatives)
    .values({
      organisationId: found!.organisationId,
      localAuthorityId: found!.localAuthorityId,
      childId: found!.childId,
      fullName: 'Casey Pike',
      relationship: 'Birth father',
    })
    .returning({ id: birthRelatives.id })
  paperRelativeId = paper!.id
})
afterAll(() => t.close())

async function auditedFor(recordId: string, action: string) {
  return db
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.recordType, 'birth-relative'),
        eq(auditEvents.recordId, recordId),
        eq(auditEvents.action, action),
      ),
    )
}

describe('who a birth relative is, for staff', () => {
  it('answers a worker of their council with the name, relationship and council, and audits the read', async () => {
    const res = expectStatus(await worker.get(path(relative.id)), 200)
    expect(res.body).toEqual({
      id: relative.id,
      fullName: relative.fullName,
      relationship: expect.any(String),
      localAuthorityName: relative.localAuthorityName,
      hasAccount: true,
    })
    const [read] = await auditedFor(relative.id, 'read')
    expect(read).toMatchObject({ localAuthorityId: relative.localAuthorityId, outcome: 'success' })
  })

  it('says whether they can sign in', async () => {
    const res = expectStatus(await worker.get(path(paperRelativeId)), 200)
    expect(res.body).toMatchObject({
      fullName: 'Casey Pike',
      relationship: 'Birth father',
      hasAccount: false,
    })
  })

  it('answers 404 to staff of another council, with no name, and audits the refusal', async () => {
    const res = await workerWyvern.get(path(relative.id))
    expect(res.status).toBe(404)
    expect(JSON.stringify(res.body)).not.toContain(relative.fullName)
    const refused = await auditedFor(relative.id, 'access-refused')
    expect(refused.map((event) => event.outcome)).toEqual(['refused'])
  })

  it('answers 404 to a worker with a conflict of interest with them', async () => {
    const [me] = await db
      .select()
      .from(users)
      .where(eq(users.email, demoEmail('worker')))
    await db.insert(conflictsOfInterest).values({
      staffUserId: me!.id,
      birthRelativeId: paperRelativeId,
      reason: 'Knows the family socially',
    })
    try {
      expect((await worker.get(path(paperRelativeId))).status).toBe(404)
      expectStatus(await worker.get(path(relative.id)), 200)
    } finally {
      await db.delete(conflictsOfInterest).where(eq(conflictsOfInterest.staffUserId, me!.id))
    }
  })

  it('refuses an id that cannot be one, as any bad input', async () => {
    const res = await worker.get(path('not-an-id'))
    expect(res.status).toBe(400)
    expect(res.body.fieldErrors).toEqual({ birthRelativeId: 'Page not found' })
  })
})
