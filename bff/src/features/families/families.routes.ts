import {
  and,
  auditEvents,
  birthRelatives,
  children,
  desc,
  eq,
  families,
  familyParents,
  ilike,
  inArray,
  localAuthorities,
  or,
  sql,
  supportRequests,
  users,
  type ChildRow,
  type Db,
} from '@asp/db'
import { endpoints, roleNames, roles, type PersonResult, type Role } from '../../contract/index.ts'
import { access } from '../../platform/access.ts'
import { caseStaffRoles, staffRoles, type Actor } from '../../platform/actor.ts'
import { auditContextOf, recordAudit } from '../../platform/audit.ts'
import { handle } from '../../platform/endpoint-router.ts'
import { AppError } from '../../platform/errors.ts'
import { staffRequestScope } from '../support-requests/index.ts'
import {
  findFamily,
  findFamilyIdOfAdopter,
  staffBirthRelativeScope,
  staffFamilyScope,
} from './families.repository.ts'

// Another family's record answers 404, never 403, so that its existence does not leak.
const notFound = () => new AppError('NOT_FOUND')

function familyScopeOf(actor: Actor) {
  return actor.role === 'adopter'
    ? sql`${families.id} in (select ${familyParents.familyId} from ${familyParents} where ${familyParents.userId} = ${actor.userId})`
    : staffFamilyScope(actor)
}

function toChild(child: ChildRow) {
  return {
    id: child.id,
    firstName: child.firstName,
    lastName: child.lastName,
    dateOfBirth: child.dateOfBirth,
    adoptionOrderDate: child.adoptionOrderDate,
    version: child.version,
  }
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`)

export function familyRoutes(db: Db) {
  return [
    handle(endpoints.getMyFamily, access.signedIn(['adopter']), async ({ actor }) => {
      const familyId = await findFamilyIdOfAdopter(db, actor.userId)
      const found = familyId ? await findFamily(db, familyId, familyScopeOf(actor)) : undefined
      if (!found) throw notFound()
      await recordAudit(db, auditContextOf(actor), {
        action: 'read',
        recordType: 'family',
        recordId: found.family.id,
        localAuthorityId: found.localAuthorityId,
      })
      return found.family
    }),

    handle(
      endpoints.getFamily,
      access.signedIn(['adopter', ...caseStaffRoles]),
      async ({ actor, params, req }) => {
        const found = await findFamily(db, params.familyId, familyScopeOf(actor))
        if (!found) {
          req.log.warn(
            { event: 'access-refused', userId: actor.userId, recordType: 'family' },
            'Access refused',
          )
          await recordAudit(db, auditContextOf(actor), {
            action: 'access-refused',
            recordType: 'family',
            recordId: params.familyId,
            outcome: 'refused',
          })
          throw notFound()
        }
        await recordAudit(db, auditContextOf(actor), {
          action: 'read',
          recordType: 'family',
          recordId: found.family.id,
          localAuthorityId: found.localAuthorityId,
        })
        return found.family
      },
    ),

    handle(
      endpoints.updateFamily,
      access.signedIn(['support_worker', 'team_manager']),
      async ({ actor, params, body }) => {
        return db.transaction(async (tx) => {
          const current = await findFamily(tx, params.familyId, staffFamilyScope(actor))
          if (!current) throw notFound()
          if (!actor.localAuthorityIds.includes(body.localAuthorityId)) {
            throw new AppError('VALIDATION_FAILED', {
              fieldErrors: { localAuthorityId: 'Select a local authority you work for' },
            })
          }
          const changes = {
            addressLine1: body.addressLine1,
            addressLine2: body.addressLine2 || null,
            town: body.town,
            postcode: body.postcode.toUpperCase(),
            phone: body.phone || null,
            localAuthorityId: body.localAuthorityId,
          }
          const updated = await tx
            .update(families)
            .set({ ...changes, version: sql`${families.version} + 1`, updatedAt: new Date() })
            .where(and(eq(families.id, params.familyId), eq(families.version, body.version)))
            .returning({ id: families.id })
          if (updated.length === 0) {
            throw new AppError('CONFLICT', {
              message: 'Someone else changed this family’s details while you were working on them',
            })
          }
          const before = current.family
          const changed = Object.entries({
            addressLine1: before.address.line1,
            addressLine2: before.address.line2,
            town: before.address.town,
            postcode: before.address.postcode,
            phone: before.phone,
            localAuthorityId: before.localAuthority.id,
          })
            .filter(([key, value]) => changes[key as keyof typeof changes] !== value)
            .map(([key]) => key)
          await recordAudit(tx, auditContextOf(actor), {
            action: 'update',
            recordType: 'family',
            recordId: params.familyId,
            localAuthorityId: body.localAuthorityId,
            details: { fields: changed },
          })
          const after = await findFamily(tx, params.familyId, staffFamilyScope(actor))
          if (!after) throw notFound()
          return after.family
        })
      },
    ),

    handle(
      endpoints.updateFamilyParent,
      access.signedIn(['support_worker', 'team_manager']),
      async ({ actor, params, body }) => {
        return db.transaction(async (tx) => {
          const found = await findFamily(tx, params.familyId, staffFamilyScope(actor))
          const before = found?.family.parents.find((p) => p.id === params.parentId)
          if (!found || !before) throw notFound()
          const [parent] = await tx
            .update(familyParents)
            .set({
              fullName: body.fullName,
              kind: body.kind,
              email: body.email ? body.email.toLowerCase() : null,
              version: sql`${familyParents.version} + 1`,
              updatedAt: new Date(),
            })
            .where(
              and(eq(familyParents.id, params.parentId), eq(familyParents.version, body.version)),
            )
            .returning()
          if (!parent) {
            throw new AppError('CONFLICT', {
              message: 'Someone else changed this parent’s details while you were working on them',
            })
          }
          const after = { fullName: parent.fullName, kind: parent.kind, email: parent.email }
          await recordAudit(tx, auditContextOf(actor), {
            action: 'update',
            recordType: 'family',
            recordId: params.familyId,
            localAuthorityId: found.localAuthorityId,
            details: {
              parent: parent.id,
              fields: (['fullName', 'kind', 'email'] as const).filter(
                (field) => after[field] !== before[field],
              ),
            },
          })
          return {
            id: parent.id,
            fullName: parent.fullName,
            kind: parent.kind,
            email: parent.email,
            hasAccount: parent.userId !== null,
            version: parent.version,
          }
        })
      },
    ),

    handle(
      endpoints.addChild,
      access.signedIn(['support_worker', 'team_manager']),
      async ({ actor, params, body }) => {
        return db.transaction(async (tx) => {
          const found = await findFamily(tx, params.familyId, staffFamilyScope(actor))
          if (!found) throw notFound()
          const [child] = await tx
            .insert(children)
            .values({
              familyId: params.familyId,
              firstName: body.firstName,
              lastName: body.lastName,
              dateOfBirth: body.dateOfBirth,
              adoptionOrderDate: body.adoptionOrderDate ?? null,
            })
            .returning()
          if (!child) throw new Error('Child not written')
          await recordAudit(tx, auditContextOf(actor), {
            action: 'create',
            recordType: 'family',
            recordId: params.familyId,
            localAuthorityId: found.localAuthorityId,
            details: { child: child.id },
          })
          return toChild(child)
        })
      },
    ),

    handle(
      endpoints.updateChild,
      access.signedIn(['support_worker', 'team_manager']),
      async ({ actor, params, body }) => {
        return db.transaction(async (tx) => {
          const found = await findFamily(tx, params.familyId, staffFamilyScope(actor))
          const before = found?.family.children.find((c) => c.id === params.childId)
          if (!found || !before) throw notFound()
          const [child] = await tx
            .update(children)
            .set({
              firstName: body.firstName,
              lastName: body.lastName,
              dateOfBirth: body.dateOfBirth,
              adoptionOrderDate: body.adoptionOrderDate ?? null,
              version: sql`${children.version} + 1`,
              updatedAt: new Date(),
            })
            .where(and(eq(children.id, params.childId), eq(children.version, body.version)))
            .returning()
          if (!child) {
            throw new AppError('CONFLICT', {
              message: 'Someone else changed this child’s details while you were working on them',
            })
          }
          await recordAudit(tx, auditContextOf(actor), {
            action: 'update',
            recordType: 'family',
            recordId: params.familyId,
            localAuthorityId: found.localAuthorityId,
            details: {
              child: child.id,
              fields: (
                ['firstName', 'lastName', 'dateOfBirth', 'adoptionOrderDate'] as const
              ).filter((field) => (body[field] ?? null) !== before[field]),
            },
          })
          return toChild(child)
        })
      },
    ),

    handle(endpoints.findPeople, access.signedIn(staffRoles), async ({ actor, query }) => {
      const pattern = `%${escapeLike(query.q)}%`
      const people: PersonResult[] = []
      if (actor.role !== 'administrator') {
        const parents = await db
          .select({
            id: familyParents.id,
            name: familyParents.fullName,
            email: familyParents.email,
            userId: familyParents.userId,
            familyId: families.id,
            reference: families.reference,
            localAuthorityName: localAuthorities.name,
          })
          .from(familyParents)
          .innerJoin(families, eq(families.id, familyParents.familyId))
          .innerJoin(localAuthorities, eq(localAuthorities.id, families.localAuthorityId))
          .where(
            and(
              staffFamilyScope(actor),
              or(ilike(familyParents.fullName, pattern), ilike(familyParents.email, pattern)),
            ),
          )
          .limit(50)
        people.push(
          ...parents.map((p) => ({
            kind: 'adopter' as const,
            id: p.id,
            name: p.name,
            email: p.email,
            familyId: p.familyId,
            detail: `${p.reference}, ${p.localAuthorityName}`,
            hasAccount: p.userId !== null,
          })),
        )
        const relatives = await db
          .select({
            id: birthRelatives.id,
            name: birthRelatives.fullName,
            email: birthRelatives.email,
            userId: birthRelatives.userId,
            relationship: birthRelatives.relationship,
          })
          .from(birthRelatives)
          .where(
            and(
              staffBirthRelativeScope(actor),
              or(ilike(birthRelatives.fullName, pattern), ilike(birthRelatives.email, pattern)),
            ),
          )
          .limit(50)
        people.push(
          ...relatives.map((r) => ({
            kind: 'birth_relative' as const,
            id: r.id,
            name: r.name,
            email: r.email,
            familyId: null,
            detail: r.relationship,
            hasAccount: r.userId !== null,
          })),
        )
      }
      const staff = await db
        .select({ id: users.id, name: users.name, email: users.email, role: users.role })
        .from(users)
        .where(
          and(
            eq(users.organisationId, actor.organisationId),
            inArray(users.role, [...staffRoles]),
            or(ilike(users.name, pattern), ilike(users.email, pattern)),
          ),
        )
        .limit(50)
      people.push(
        ...staff.map((s) => ({
          kind: 'staff' as const,
          id: s.id,
          name: s.name,
          email: s.email,
          familyId: null,
          detail: roleNames[s.role],
          hasAccount: true,
        })),
      )
      await recordAudit(db, auditContextOf(actor), {
        action: 'read',
        recordType: 'people-search',
        details: { results: people.length },
      })
      return { people }
    }),

    handle(endpoints.getAuditTrail, access.signedIn(['team_manager']), async ({ actor, query }) => {
      const found =
        query.recordType === 'family'
          ? await findFamily(db, query.recordId, staffFamilyScope(actor))
          : await db
              .select({ localAuthorityId: supportRequests.localAuthorityId })
              .from(supportRequests)
              .where(and(eq(supportRequests.id, query.recordId), staffRequestScope(actor)))
              .then((rows) => rows[0])
      if (!found) throw notFound()
      const events = await db
        .select({
          id: auditEvents.id,
          occurredAt: auditEvents.occurredAt,
          actorName: users.name,
          actorRole: auditEvents.actorRole,
          action: auditEvents.action,
          recordType: auditEvents.recordType,
          recordId: auditEvents.recordId,
          ipAddress: auditEvents.ipAddress,
          details: auditEvents.details,
        })
        .from(auditEvents)
        .leftJoin(users, eq(users.id, auditEvents.actorUserId))
        .where(
          and(
            eq(auditEvents.recordType, query.recordType),
            eq(auditEvents.recordId, query.recordId),
            eq(auditEvents.organisationId, actor.organisationId),
          ),
        )
        .orderBy(desc(auditEvents.occurredAt))
        .limit(500)
      await recordAudit(db, auditContextOf(actor), {
        action: 'read',
        recordType: 'audit-trail',
        recordId: query.recordId,
        localAuthorityId: found.localAuthorityId,
      })
      return {
        events: events.map(({ details, actorRole, ...event }) => ({
          ...event,
          actorRole: (roles as readonly string[]).includes(actorRole ?? '')
            ? (actorRole as Role)
            : null,
          occurredAt: event.occurredAt.toISOString(),
          changedFields: Array.isArray(details?.fields) ? details.fields.map(String) : [],
        })),
      }
    }),
  ]
}
