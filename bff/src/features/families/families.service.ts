import type { Db, Tx } from '@asp/db'
import type { Logger } from 'pino'
import type { z } from 'zod'
import {
  roleNames,
  type addChildSchema,
  type BirthRelativeSummary,
  type Family,
  type PersonResult,
  type updateChildSchema,
  type updateFamilyParentSchema,
  type updateFamilySchema,
} from '../../contract/index.ts'
import type { Actor } from '../../platform/actor.ts'
import { auditContextOf, recordAudit } from '../../platform/audit.ts'
import type { Clock } from '../../platform/clock.ts'
import { AppError } from '../../platform/errors.ts'
import type { VersionedTarget } from '../../platform/versioned-update.ts'
import {
  containing,
  createChild,
  familyScopeOf,
  findBirthRelative,
  findBirthRelativesMatching,
  findFamily,
  findFamilyIdOfAdopter,
  findParentsMatching,
  findStaffMatching,
  staffFamilyScope,
  updateChild,
  updateFamily,
  updateFamilyParent,
} from './families.repository.ts'
import { toChild, toFamily, toParent, type FamilyRecord } from './families.views.ts'

type UpdateFamily = z.output<typeof updateFamilySchema>
type UpdateFamilyParent = z.output<typeof updateFamilyParentSchema>
type AddChild = z.output<typeof addChildSchema>
type UpdateChild = z.output<typeof updateChildSchema>

// Another family's record answers 404, never 403, so that its existence does not leak.
const notFound = () => new AppError('NOT_FOUND')
const conflict = (message: string) => new AppError('CONFLICT', { message })

/** The names of the fields whose new value differs from the record's (never the values). */
function changedFields<C extends object>(changes: C, before: Record<keyof C, unknown>) {
  return (Object.keys(changes) as (keyof C & string)[]).filter(
    (field) => changes[field] !== before[field],
  )
}

/** A change to a family's record, in the audit trail with the family's local authority. */
function recordChange(
  tx: Tx,
  actor: Actor,
  familyId: string,
  localAuthorityId: string,
  action: 'create' | 'update',
  details: Record<string, unknown>,
) {
  return recordAudit(tx, auditContextOf(actor), {
    action,
    recordType: 'family',
    recordId: familyId,
    localAuthorityId,
    details,
  })
}

export function familyService(db: Db, clock: Clock) {
  /** A record the caller may not reach (or that is not there): logged, audited, and 404. */
  async function refuse(
    actor: Actor,
    recordType: 'family' | 'birth-relative',
    recordId: string,
    log: Pick<Logger, 'warn'>,
  ): Promise<never> {
    log.warn({ event: 'access-refused', userId: actor.userId, recordType }, 'Access refused')
    await recordAudit(db, auditContextOf(actor), {
      action: 'access-refused',
      recordType,
      recordId,
      outcome: 'refused',
    })
    throw notFound()
  }

  /** Runs `change` in one transaction on a family the member of staff may reach; 404 otherwise. */
  function changeFamily<T>(
    actor: Actor,
    familyId: string,
    change: (tx: Tx, found: FamilyRecord) => Promise<T>,
  ) {
    return db.transaction(async (tx) => {
      const found = await findFamily(tx, familyId, staffFamilyScope(actor))
      if (!found) throw notFound()
      return change(tx, found)
    })
  }

  async function recordRead(actor: Actor, found: FamilyRecord) {
    await recordAudit(db, auditContextOf(actor), {
      action: 'read',
      recordType: 'family',
      recordId: found.family.id,
      localAuthorityId: found.family.localAuthorityId,
    })
  }

  /**
   * Changes one of the family's parents or children at the version the caller read: 404 if it is
   * not in a family they may reach, 409 if someone changed it first; audited with the fields.
   */
  function changeMember<
    Changes extends object,
    Row extends { id: string } & Record<keyof Changes, unknown>,
  >(
    actor: Actor,
    familyId: string,
    change: {
      member: 'parent' | 'child'
      target: VersionedTarget
      rowsOf: (found: FamilyRecord) => Row[]
      changes: Changes
      update: (
        tx: Tx,
        target: VersionedTarget,
        changes: Changes,
        at: Date,
      ) => Promise<Row | undefined>
    },
  ) {
    const { member, target, changes } = change
    return changeFamily(actor, familyId, async (tx, found) => {
      const before = change.rowsOf(found).find((row) => row.id === target.id)
      if (!before) throw notFound()
      const row = await change.update(tx, target, changes, clock())
      if (!row) {
        throw conflict(
          `Someone else changed this ${member}’s details while you were working on them`,
        )
      }
      await recordChange(tx, actor, familyId, found.family.localAuthorityId, 'update', {
        [member]: row.id,
        fields: changedFields(changes, before),
      })
      return row
    })
  }

  return {
    /** An adoptive parent's own family. */
    async getMine(actor: Actor): Promise<Family> {
      const familyId = await findFamilyIdOfAdopter(db, actor.userId)
      const found = familyId ? await findFamily(db, familyId, familyScopeOf(actor)) : undefined
      if (!found) throw notFound()
      await recordRead(actor, found)
      return toFamily(found)
    },

    /** A family the caller may reach; any other is logged and audited as refused. */
    async get(actor: Actor, familyId: string, log: Pick<Logger, 'warn'>): Promise<Family> {
      const found = await findFamily(db, familyId, familyScopeOf(actor))
      if (!found) return refuse(actor, 'family', familyId, log)
      await recordRead(actor, found)
      return toFamily(found)
    },

    /**
     * Who a birth relative is, for a member of staff who may reach them (their name on a form
     * about them); any other is logged and audited as refused. The read is audited.
     */
    async getBirthRelative(
      actor: Actor,
      birthRelativeId: string,
      log: Pick<Logger, 'warn'>,
    ): Promise<BirthRelativeSummary> {
      const found = await findBirthRelative(db, actor, birthRelativeId)
      if (!found) return refuse(actor, 'birth-relative', birthRelativeId, log)
      await recordAudit(db, auditContextOf(actor), {
        action: 'read',
        recordType: 'birth-relative',
        recordId: found.id,
        localAuthorityId: found.localAuthorityId,
      })
      return {
        id: found.id,
        fullName: found.fullName,
        relationship: found.relationship,
        localAuthorityName: found.localAuthorityName,
        hasAccount: found.userId !== null,
      }
    },

    updateFamily(actor: Actor, familyId: string, body: UpdateFamily): Promise<Family> {
      return changeFamily(actor, familyId, async (tx, current) => {
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
        const target = { id: familyId, version: body.version }
        if (!(await updateFamily(tx, target, changes, clock()))) {
          throw conflict(
            'Someone else changed this family’s details while you were working on them',
          )
        }
        await recordChange(tx, actor, familyId, body.localAuthorityId, 'update', {
          fields: changedFields(changes, current.family),
        })
        const after = await findFamily(tx, familyId, staffFamilyScope(actor))
        if (!after) throw notFound()
        return toFamily(after)
      })
    },

    updateParent(actor: Actor, familyId: string, parentId: string, body: UpdateFamilyParent) {
      return changeMember(actor, familyId, {
        member: 'parent',
        target: { id: parentId, version: body.version },
        rowsOf: (found) => found.parents,
        changes: {
          fullName: body.fullName,
          kind: body.kind,
          email: body.email ? body.email.toLowerCase() : null,
        },
        update: updateFamilyParent,
      }).then(toParent)
    },

    addChild(actor: Actor, familyId: string, body: AddChild) {
      return changeFamily(actor, familyId, async (tx, found) => {
        const child = await createChild(tx, {
          familyId,
          firstName: body.firstName,
          lastName: body.lastName,
          dateOfBirth: body.dateOfBirth,
          adoptionOrderDate: body.adoptionOrderDate ?? null,
        })
        await recordChange(tx, actor, familyId, found.family.localAuthorityId, 'create', {
          child: child.id,
        })
        return toChild(child)
      })
    },

    updateChild(actor: Actor, familyId: string, childId: string, body: UpdateChild) {
      return changeMember(actor, familyId, {
        member: 'child',
        target: { id: childId, version: body.version },
        rowsOf: (found) => found.children,
        changes: {
          firstName: body.firstName,
          lastName: body.lastName,
          dateOfBirth: body.dateOfBirth,
          adoptionOrderDate: body.adoptionOrderDate ?? null,
        },
        update: updateChild,
      }).then(toChild)
    },

    /** People whose name or email contains `text`: families and birth relatives, then staff. */
    async findPeople(actor: Actor, text: string) {
      const pattern = containing(text)
      const people: PersonResult[] = []
      // Administrators reach staff accounts only, never case records.
      if (actor.role !== 'administrator') {
        const parents = await findParentsMatching(db, actor, pattern)
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
        const relatives = await findBirthRelativesMatching(db, actor, pattern)
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
      const staff = await findStaffMatching(db, actor.organisationId, pattern)
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
    },
  }
}
