import { createHash, randomUUID } from 'node:crypto'
import { eq, invitations, organisations, users } from '@asp/db'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { demoEmail } from '@asp/db'
import { Browser, expectStatus, latestEmailTo, signInAs } from '../../testing/sign-in.ts'
import { createTestApp, type TestApp } from '../../testing/test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ accounts: true })
})
afterAll(() => t.close())

describe('invitations', () => {
  it('administrators invite staff; the link expires after 7 days', async () => {
    const admin = await signInAs(t.app, t.database.db, demoEmail('administrator'), 'totp')
    const las = expectStatus(await admin.get('/api/local-authorities'), 200).body.localAuthorities
    const missing = await admin.post('/api/invitations', {
      name: '',
      email: 'not-an-email',
      role: '',
    })
    expect(missing.body.fieldErrors).toEqual({
      name: 'Enter their full name',
      email: 'Enter an email address in the correct format, like name@example.com',
      role: 'Select a role',
    })
    expectStatus(
      await admin.post('/api/invitations', {
        name: 'Robin Hale',
        email: 'Robin.Hale@central-shires.invalid',
        role: 'support_worker',
        localAuthorityIds: [las[0].id],
      }),
      201,
    )
    const body =
      (await latestEmailTo(t.database.db, 'robin.hale@central-shires.invalid'))?.body ?? ''
    expect(body).toContain('expires in 7 days')
    const token = /create-account\/([A-Za-z0-9_-]+)/.exec(body)?.[1]
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 8 * 24 * 60 * 60 * 1000 })
    try {
      expect((await new Browser(t.app).get(`/api/invitations/${token}`)).status).toBe(404)
    } finally {
      vi.useRealTimers()
    }
    expect((await new Browser(t.app).get(`/api/invitations/${token}`)).status).toBe(200)
  })

  it('support workers cannot invite staff, and families cannot be invited twice', async () => {
    const worker = await signInAs(t.app, t.database.db, demoEmail('worker'), 'totp')
    const las = expectStatus(await worker.get('/api/local-authorities'), 200).body.localAuthorities
    const staff = await worker.post('/api/invitations', {
      name: 'Someone',
      email: 'someone@central-shires.invalid',
      role: 'team_manager',
      localAuthorityIds: [las[0].id],
    })
    expect(staff.status).toBe(403)
    const existing = await worker.post('/api/invitations', {
      name: 'Already Here',
      email: demoEmail('adopter'),
      role: 'adopter',
    })
    expect(existing.body.fieldErrors).toMatchObject({
      email: 'An account already exists for this email address',
    })
  })

  it('accepting is one transaction: a failure half way leaves nothing half written (ASVS 2.3.3)', async () => {
    const [organisation] = await t.database.db.select({ id: organisations.id }).from(organisations)
    const token = 'fault-injection-token-0123456789'
    // A local authority that does not exist: the last insert of the acceptance fails.
    await t.database.db.insert(invitations).values({
      organisationId: organisation!.id,
      email: 'half.written@central-shires.invalid',
      name: 'Half Written',
      role: 'support_worker',
      tokenHash: createHash('sha256').update(token).digest('hex'),
      expiresAt: new Date(Date.now() + 86_400_000),
      localAuthorityIds: [randomUUID()],
    })
    const res = await new Browser(t.app).post(`/api/invitations/${token}/accept`, {
      password: 'Lantern-harbour-meadow-8',
    })
    expect(res.status).toBe(500)
    expect(Object.keys(res.body).sort()).toEqual(['code', 'message', 'requestId'])
    const written = await t.database.db
      .select()
      .from(users)
      .where(eq(users.email, 'half.written@central-shires.invalid'))
    expect(written).toEqual([])
    const [invitation] = await t.database.db
      .select({ acceptedAt: invitations.acceptedAt })
      .from(invitations)
      .where(eq(invitations.email, 'half.written@central-shires.invalid'))
    expect(invitation?.acceptedAt).toBeNull()
  })
})
