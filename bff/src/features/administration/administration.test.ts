import { eq, families } from '@asp/db'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoEmail } from '@asp/db'
import { staffListSchema } from '../../contract/index.ts'
import { expectStatus, signInAs, type Browser } from '../../testing/sign-in.ts'
import { createTestApp, type TestApp } from '../../testing/test-app.ts'

let t: TestApp
let admin: Browser
let manager: Browser
beforeAll(async () => {
  t = await createTestApp({ accounts: true })
  admin = await signInAs(t.app, t.database.db, demoEmail('administrator'), 'totp')
  manager = await signInAs(t.app, t.database.db, demoEmail('manager'), 'totp')
})
afterAll(() => t.close())

type Staff = {
  id: string
  email: string
  version: number
  role: string
  localAuthorities: { id: string }[]
}

async function staffMember(email: string): Promise<Staff> {
  const list = expectStatus(await admin.get('/api/staff'), 200).body.staff as Staff[]
  const found = list.find((s) => s.email === email)
  if (!found) throw new Error(`no staff member ${email}`)
  return found
}

describe('managing staff accounts', () => {
  it('lists every staff account, in the contract’s shape, the finance officer included', async () => {
    const res = expectStatus(await admin.get('/api/staff'), 200)
    // The SPA parses every answer with the contract: a role missing from it breaks the page.
    expect(staffListSchema.safeParse(res.body).success).toBe(true)
    expect((res.body.staff as Staff[]).map((member) => member.role)).toContain('finance_officer')
  })

  it('moves a worker to another local authority, and their reach moves with it', async () => {
    const worker = await signInAs(t.app, t.database.db, demoEmail('worker-wyvern'), 'totp')
    const las = expectStatus(await admin.get('/api/local-authorities'), 200).body
      .localAuthorities as {
      id: string
      name: string
    }[]
    const ardenshire = las.find((la) => la.name.startsWith('Ardenshire'))!
    // A family the record itself places in Ardenshire, not the first one a search happens to list.
    const [inArdenshire] = await t.database.db
      .select({ id: families.id })
      .from(families)
      .where(eq(families.localAuthorityId, ardenshire.id))
      .limit(1)
    const familyInArdenshire = inArdenshire!.id
    const before = await worker.get(`/api/families/${familyInArdenshire}`)
    const target = await staffMember(demoEmail('worker-wyvern'))
    const res = await admin.patch(`/api/staff/${target.id}`, {
      version: target.version,
      role: 'support_worker',
      localAuthorityIds: [ardenshire.id],
      disabled: false,
    })
    expectStatus(res, 200)
    expect(res.body.localAuthorities).toEqual([{ id: ardenshire.id, name: ardenshire.name }])
    // The family in Ardenshire: out of reach before, within reach after (checked on each request).
    const after = await worker.get(`/api/families/${familyInArdenshire}`)
    expect([before.status, after.status]).toEqual([404, 200])
    const theirs = expectStatus(await worker.get('/api/local-authorities'), 200).body
      .localAuthorities as { id: string; worksFor: boolean }[]
    expect(theirs.filter((la) => la.worksFor).map((la) => la.id)).toEqual([ardenshire.id])

    const stale = await admin.patch(`/api/staff/${target.id}`, {
      version: target.version,
      role: 'support_worker',
      localAuthorityIds: [],
      disabled: false,
    })
    expect(stale.status).toBe(409)
  })

  it('disabling an account ends its sessions at once, and the administrator cannot disable themselves', async () => {
    const duty = await signInAs(t.app, t.database.db, demoEmail('duty'), 'totp')
    const target = await staffMember(demoEmail('duty'))
    expectStatus(
      await admin.patch(`/api/staff/${target.id}`, {
        version: target.version,
        role: 'duty_officer',
        localAuthorityIds: target.localAuthorities.map((la) => la.id),
        disabled: true,
      }),
      200,
    )
    expect((await duty.get('/api/session')).status).toBe(401)
    const self = await staffMember(demoEmail('administrator'))
    const refused = await admin.patch(`/api/staff/${self.id}`, {
      version: self.version,
      role: 'administrator',
      localAuthorityIds: [],
      disabled: true,
    })
    expect(refused.status).toBe(400)
    expect(refused.body.fieldErrors.role).toBe(
      'You cannot remove your own administrator role or disable your own account',
    )
  })

  it('adds a local authority, refusing a malformed or duplicate ONS code', async () => {
    const bad = await admin.post('/api/local-authorities', {
      name: 'Fenmarsh District Council',
      code: '123',
    })
    expect(bad.body.fieldErrors).toEqual({
      code: 'Enter the ONS code in the correct format, like E08000026',
    })
    expectStatus(
      await admin.post('/api/local-authorities', {
        name: 'Fenmarsh District Council',
        code: 'x99000005',
      }),
      201,
    )
    const again = await admin.post('/api/local-authorities', {
      name: 'Fenmarsh again',
      code: 'X99000005',
    })
    expect(again.body.fieldErrors).toEqual({
      code: 'A local authority with this ONS code already exists',
    })
  })
})

describe('conflicts of interest', () => {
  it('once recorded, block the member of staff from that family', async () => {
    const worker = await signInAs(t.app, t.database.db, demoEmail('worker'), 'totp')
    const people = expectStatus(await worker.get('/api/people?q=family-'), 200).body.people as {
      kind: string
      familyId: string | null
    }[]
    const familyId = people.find((p) => p.kind === 'adopter')!.familyId!
    expect((await worker.get(`/api/families/${familyId}`)).status).toBe(200)
    const staff = await staffMember(demoEmail('worker'))
    expectStatus(
      await manager.post('/api/conflicts-of-interest', {
        staffUserId: staff.id,
        familyId,
        reason: 'Knows the family personally',
      }),
      201,
    )
    expect((await worker.get(`/api/families/${familyId}`)).status).toBe(404)
  })
})

describe('children on a family record', () => {
  it('are added and changed with GOV.UK messages for bad dates', async () => {
    const people = expectStatus(await manager.get('/api/people?q=family-'), 200).body.people as {
      kind: string
      familyId: string | null
    }[]
    const familyId = people.find((p) => p.kind === 'adopter')!.familyId!
    const bad = await manager.post(`/api/families/${familyId}/children`, {
      firstName: '',
      lastName: 'Rowe',
      dateOfBirth: '2019-02-30',
    })
    expect(bad.status).toBe(400)
    expect(bad.body.fieldErrors).toEqual({
      firstName: 'Enter the child’s first name',
      dateOfBirth: 'Date of birth must be a real date',
    })
    const order = await manager.post(`/api/families/${familyId}/children`, {
      firstName: 'Ivy',
      lastName: 'Rowe',
      dateOfBirth: '2021-06-10',
      adoptionOrderDate: '2020-01-01',
    })
    expect(order.body.fieldErrors).toEqual({
      adoptionOrderDate: 'Date of the adoption order must be after the date of birth',
    })
    const created = expectStatus(
      await manager.post(`/api/families/${familyId}/children`, {
        firstName: 'Ivy',
        lastName: 'Rowe',
        dateOfBirth: '2021-06-10',
        adoptionOrderDate: '2023-03-14',
      }),
      201,
    )
    const family = expectStatus(await manager.get(`/api/families/${familyId}`), 200).body
    expect(family.children).toContainEqual({
      id: created.body.id,
      firstName: 'Ivy',
      lastName: 'Rowe',
      dateOfBirth: '2021-06-10',
      adoptionOrderDate: '2023-03-14',
      version: 1,
    })
  })
})

describe('parents on a family record', () => {
  it('have their details changed, with the fields named in the audit trail', async () => {
    const people = expectStatus(await manager.get('/api/people?q=family-'), 200).body.people as {
      kind: string
      familyId: string | null
      id: string
    }[]
    const person = people.find((p) => p.kind === 'adopter')!
    const family = expectStatus(await manager.get(`/api/families/${person.familyId}`), 200).body
    const parent = family.parents.find((p: { id: string }) => p.id === person.id)
    const bad = await manager.patch(`/api/families/${person.familyId}/parents/${person.id}`, {
      version: parent.version,
      fullName: '',
      kind: 'adopter',
      email: 'not-an-email',
    })
    expect(bad.body.fieldErrors).toEqual({
      fullName: 'Enter their full name',
      email: 'Enter an email address in the correct format, like name@example.com',
    })
    // Whichever parent the search finds first, their kind changes too.
    const kind = parent.kind === 'special_guardian' ? 'adopter' : 'special_guardian'
    const changed = expectStatus(
      await manager.patch(`/api/families/${person.familyId}/parents/${person.id}`, {
        version: parent.version,
        fullName: 'Alexis Rowe-Bennett',
        kind,
        email: parent.email ?? '',
      }),
      200,
    )
    expect(changed.body).toMatchObject({ fullName: 'Alexis Rowe-Bennett', kind })
    const trail = expectStatus(
      await manager.get(`/api/audit-events?recordType=family&recordId=${person.familyId}`),
      200,
    ).body.events as { action: string; changedFields: string[] }[]
    expect(trail.find((e) => e.action === 'update')?.changedFields).toEqual(['fullName', 'kind'])
    const stale = await manager.patch(`/api/families/${person.familyId}/parents/${person.id}`, {
      version: parent.version,
      fullName: 'Someone Else',
      kind: 'adopter',
    })
    expect(stale.status).toBe(409)
  })
})
