import type { Db, Reader, Tx } from '@asp/db'
import type { z } from 'zod'
import type {
  createLocalAuthoritySchema,
  recordConflictSchema,
  updateStaffMemberSchema,
} from '../../contract/index.ts'
import type { Actor } from '../../platform/actor.ts'
import { auditContextOf, recordAudit } from '../../platform/audit.ts'
import type { Clock } from '../../platform/clock.ts'
import { AppError } from '../../platform/errors.ts'
import {
  createConflictOfInterest,
  createLocalAuthority,
  deleteSessionsOf,
  findLocalAuthorities,
  findLocalAuthorityByCode,
  findOrganisationFamily,
  findOwnLocalAuthorityIds,
  findStaffAccounts,
  replaceStaffLocalAuthorities,
  updateStaffAccount,
} from './administration.repository.ts'
import { toStaffMembers } from './administration.views.ts'

type CreateLocalAuthority = z.output<typeof createLocalAuthoritySchema>
type UpdateStaffMember = z.output<typeof updateStaffMemberSchema>
type RecordConflict = z.output<typeof recordConflictSchema>

const invalid = (field: string, message: string) =>
  new AppError('VALIDATION_FAILED', { fieldErrors: { [field]: message } })

/** Administrators manage staff accounts and local authorities; they never reach case records. */
export function administrationService(db: Db, clock: Clock) {
  async function findStaffMembers(reader: Reader, organisationId: string, userId?: string) {
    return toStaffMembers(await findStaffAccounts(reader, organisationId, userId))
  }

  async function assertOwnLocalAuthorities(actor: Actor, ids: string[], field: string) {
    if (ids.length === 0) return
    const found = await findOwnLocalAuthorityIds(db, actor.organisationId, ids)
    if (found.length !== new Set(ids).size) {
      throw invalid(field, 'Select local authorities the agency serves')
    }
  }

  /** Creates a record and its audit event in one transaction. */
  function createAudited<T extends { id: string }>(
    actor: Actor,
    recordType: string,
    create: (tx: Tx) => Promise<T>,
    details?: Record<string, unknown>,
  ) {
    return db.transaction(async (tx) => {
      const created = await create(tx)
      await recordAudit(tx, auditContextOf(actor), {
        action: 'create',
        recordType,
        recordId: created.id,
        details,
      })
      return created
    })
  }

  return {
    async findLocalAuthorities(actor: Actor) {
      const rows = await findLocalAuthorities(db, actor.organisationId)
      return {
        localAuthorities: rows.map((row) => ({
          ...row,
          worksFor: actor.localAuthorityIds.includes(row.id),
        })),
      }
    },

    async createLocalAuthority(actor: Actor, body: CreateLocalAuthority) {
      if (await findLocalAuthorityByCode(db, body.code)) {
        throw invalid('code', 'A local authority with this ONS code already exists')
      }
      return createAudited(actor, 'local-authority', (tx) =>
        createLocalAuthority(tx, {
          organisationId: actor.organisationId,
          name: body.name,
          code: body.code,
        }),
      )
    },

    async findStaff(actor: Actor) {
      return { staff: await findStaffMembers(db, actor.organisationId) }
    },

    async updateStaffMember(actor: Actor, userId: string, body: UpdateStaffMember) {
      if (userId === actor.userId && (body.disabled || body.role !== 'administrator')) {
        throw invalid(
          'role',
          'You cannot remove your own administrator role or disable your own account',
        )
      }
      await assertOwnLocalAuthorities(actor, body.localAuthorityIds, 'localAuthorityIds')
      return db.transaction(async (tx) => {
        const [current] = await findStaffMembers(tx, actor.organisationId, userId)
        if (!current) throw new AppError('NOT_FOUND')
        const now = clock()
        const updated = await updateStaffAccount(
          tx,
          { id: userId, version: body.version },
          {
            role: body.role,
            // An account already disabled keeps the time it was disabled (undefined: not set).
            disabledAt: body.disabled ? (current.disabled ? undefined : now) : null,
          },
          now,
        )
        if (!updated) {
          throw new AppError('CONFLICT', {
            message: 'Someone else changed this account while you were working on it',
          })
        }
        await replaceStaffLocalAuthorities(tx, userId, [...new Set(body.localAuthorityIds)])
        // A disabled account, or one whose role changed, signs in again (ASVS 7.4.2).
        if (body.disabled || body.role !== current.role) await deleteSessionsOf(tx, userId)
        await recordAudit(tx, auditContextOf(actor), {
          action: 'update',
          recordType: 'staff-account',
          recordId: userId,
          details: {
            role: body.role !== current.role ? body.role : undefined,
            disabled: body.disabled !== current.disabled ? body.disabled : undefined,
            localAuthorities: body.localAuthorityIds.length,
          },
        })
        const [after] = await findStaffMembers(tx, actor.organisationId, userId)
        if (!after) throw new AppError('NOT_FOUND')
        return after
      })
    },

    async recordConflictOfInterest(actor: Actor, body: RecordConflict) {
      const [staff] = await findStaffMembers(db, actor.organisationId, body.staffUserId)
      if (!staff) throw invalid('staffUserId', 'Select the member of staff')
      const family = await findOrganisationFamily(db, actor.organisationId, body.familyId)
      if (!family) throw invalid('familyId', 'Select the family')
      return createAudited(
        actor,
        'conflict-of-interest',
        (tx) =>
          createConflictOfInterest(tx, {
            staffUserId: body.staffUserId,
            familyId: body.familyId,
            reason: body.reason,
          }),
        { staffUserId: body.staffUserId, familyId: body.familyId },
      )
    },
  }
}
