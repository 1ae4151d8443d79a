import {
  and,
  asc,
  conflictsOfInterest,
  eq,
  families,
  inArray,
  localAuthorities,
  sessions,
  sql,
  staffLocalAuthorities,
  users,
  type Db,
} from '@asp/db'
import { endpoints, type StaffMember } from '../../contract/index.ts'
import { access } from '../../platform/access.ts'
import { staffRoles, type Actor } from '../../platform/actor.ts'
import { auditContextOf, recordAudit } from '../../platform/audit.ts'
import { handle } from '../../platform/endpoint-router.ts'
import { AppError } from '../../platform/errors.ts'

async function findStaffMembers(db: Pick<Db, 'select'>, organisationId: string, userId?: string) {
  const rows = await db
    .select({ user: users })
    .from(users)
    .where(
      and(
        eq(users.organisationId, organisationId),
        inArray(users.role, [...staffRoles]),
        userId ? eq(users.id, userId) : undefined,
      ),
    )
    .orderBy(asc(users.name))
  const ids = rows.map((row) => row.user.id)
  const links = ids.length
    ? await db
        .select({
          userId: staffLocalAuthorities.userId,
          id: localAuthorities.id,
          name: localAuthorities.name,
        })
        .from(staffLocalAuthorities)
        .innerJoin(
          localAuthorities,
          eq(localAuthorities.id, staffLocalAuthorities.localAuthorityId),
        )
        .where(inArray(staffLocalAuthorities.userId, ids))
        .orderBy(asc(localAuthorities.name))
    : []
  return rows.map(({ user }): StaffMember => ({
    id: user.id,
    name: user.name,
    email: user.email,
    // The query is limited to staff roles.
    role: user.role as StaffMember['role'],
    localAuthorities: links
      .filter((l) => l.userId === user.id)
      .map(({ id, name }) => ({ id, name })),
    disabled: user.disabledAt !== null,
    version: user.version,
  }))
}

async function assertOwnLocalAuthorities(
  db: Pick<Db, 'select'>,
  actor: Actor,
  ids: string[],
  field: string,
) {
  if (ids.length === 0) return
  const found = await db
    .select({ id: localAuthorities.id })
    .from(localAuthorities)
    .where(
      and(
        inArray(localAuthorities.id, ids),
        eq(localAuthorities.organisationId, actor.organisationId),
      ),
    )
  if (found.length !== new Set(ids).size) {
    throw new AppError('VALIDATION_FAILED', {
      fieldErrors: { [field]: 'Select local authorities the agency serves' },
    })
  }
}

/** Administrators manage staff accounts and local authorities; they never reach case records. */
export function administrationRoutes(db: Db) {
  return [
    handle(endpoints.findLocalAuthorities, access.signedIn(staffRoles), async ({ actor }) => {
      const rows = await db
        .select({
          id: localAuthorities.id,
          name: localAuthorities.name,
          code: localAuthorities.code,
        })
        .from(localAuthorities)
        .where(eq(localAuthorities.organisationId, actor.organisationId))
        .orderBy(asc(localAuthorities.name))
      return {
        localAuthorities: rows.map((row) => ({
          ...row,
          worksFor: actor.localAuthorityIds.includes(row.id),
        })),
      }
    }),

    handle(
      endpoints.createLocalAuthority,
      access.signedIn(['administrator']),
      async ({ actor, body }) => {
        const [existing] = await db
          .select({ id: localAuthorities.id })
          .from(localAuthorities)
          .where(eq(localAuthorities.code, body.code))
        if (existing) {
          throw new AppError('VALIDATION_FAILED', {
            fieldErrors: { code: 'A local authority with this ONS code already exists' },
          })
        }
        return db.transaction(async (tx) => {
          const [created] = await tx
            .insert(localAuthorities)
            .values({ organisationId: actor.organisationId, name: body.name, code: body.code })
            .returning({
              id: localAuthorities.id,
              name: localAuthorities.name,
              code: localAuthorities.code,
            })
          if (!created) throw new Error('Local authority not written')
          await recordAudit(tx, auditContextOf(actor), {
            action: 'create',
            recordType: 'local-authority',
            recordId: created.id,
          })
          return created
        })
      },
    ),

    handle(
      endpoints.findStaff,
      access.signedIn(['administrator', 'team_manager']),
      async ({ actor }) => ({
        staff: await findStaffMembers(db, actor.organisationId),
      }),
    ),

    handle(
      endpoints.updateStaffMember,
      access.signedIn(['administrator']),
      async ({ actor, params, body }) => {
        if (params.userId === actor.userId && (body.disabled || body.role !== 'administrator')) {
          throw new AppError('VALIDATION_FAILED', {
            fieldErrors: {
              role: 'You cannot remove your own administrator role or disable your own account',
            },
          })
        }
        await assertOwnLocalAuthorities(db, actor, body.localAuthorityIds, 'localAuthorityIds')
        return db.transaction(async (tx) => {
          const [current] = await findStaffMembers(tx, actor.organisationId, params.userId)
          if (!current) throw new AppError('NOT_FOUND')
          const updated = await tx
            .update(users)
            .set({
              role: body.role,
              disabledAt: body.disabled
                ? current.disabled
                  ? sql`${users.disabledAt}`
                  : new Date()
                : null,
              version: sql`${users.version} + 1`,
              updatedAt: new Date(),
            })
            .where(and(eq(users.id, params.userId), eq(users.version, body.version)))
            .returning({ id: users.id })
          if (updated.length === 0) {
            throw new AppError('CONFLICT', {
              message: 'Someone else changed this account while you were working on it',
            })
          }
          await tx
            .delete(staffLocalAuthorities)
            .where(eq(staffLocalAuthorities.userId, params.userId))
          if (body.localAuthorityIds.length > 0) {
            await tx.insert(staffLocalAuthorities).values(
              [...new Set(body.localAuthorityIds)].map((id) => ({
                userId: params.userId,
                localAuthorityId: id,
              })),
            )
          }
          // A disabled account, or one whose role changed, signs in again (ASVS 7.4.2).
          if (body.disabled || body.role !== current.role) {
            await tx.delete(sessions).where(eq(sessions.userId, params.userId))
          }
          await recordAudit(tx, auditContextOf(actor), {
            action: 'update',
            recordType: 'staff-account',
            recordId: params.userId,
            details: {
              role: body.role !== current.role ? body.role : undefined,
              disabled: body.disabled !== current.disabled ? body.disabled : undefined,
              localAuthorities: body.localAuthorityIds.length,
            },
          })
          const [after] = await findStaffMembers(tx, actor.organisationId, params.userId)
          if (!after) throw new AppError('NOT_FOUND')
          return after
        })
      },
    ),

    handle(
      endpoints.recordConflictOfInterest,
      access.signedIn(['administrator', 'team_manager']),
      async ({ actor, body }) => {
        const [staff] = await findStaffMembers(db, actor.organisationId, body.staffUserId)
        if (!staff)
          throw new AppError('VALIDATION_FAILED', {
            fieldErrors: { staffUserId: 'Select the member of staff' },
          })
        const [family] = await db
          .select({ id: families.id })
          .from(families)
          .where(
            and(eq(families.id, body.familyId), eq(families.organisationId, actor.organisationId)),
          )
        if (!family)
          throw new AppError('VALIDATION_FAILED', {
            fieldErrors: { familyId: 'Select the family' },
          })
        return db.transaction(async (tx) => {
          const [created] = await tx
            .insert(conflictsOfInterest)
            .values({ staffUserId: body.staffUserId, familyId: body.familyId, reason: body.reason })
            .returning({ id: conflictsOfInterest.id })
          if (!created) throw new Error('Conflict not written')
          await recordAudit(tx, auditContextOf(actor), {
            action: 'create',
            recordType: 'conflict-of-interest',
            recordId: created.id,
            details: { staffUserId: body.staffUserId, familyId: body.familyId },
          })
          return { id: created.id }
        })
      },
    ),
  ]
}
