import { createHash, randomBytes } from 'node:crypto'
import type { Db, Reader } from '@asp/db'
import type { z } from 'zod'
import {
  staffRoles,
  type createInvitationSchema,
  type InvitationSummary,
  type Role,
} from '../../contract/index.ts'
import type { Actor } from '../../platform/actor.ts'
import { auditContextOf, recordAudit, type AuditContext } from '../../platform/audit.ts'
import { hashPassword } from '../../platform/auth/password-hashing.ts'
import type { Clock } from '../../platform/clock.ts'
import { AppError } from '../../platform/errors.ts'
import { enqueueEmail } from '../../platform/outbox/outbox.ts'
import { assertAcceptablePassword } from '../account/index.ts'
import { addStaffLocalAuthorities, findOwnLocalAuthorityIds } from '../administration/index.ts'
import {
  claimInvitation,
  createInvitation,
  createUserWithPassword,
  findOpenInvitation,
  findReachableBirthRelative,
  findReachableParent,
  findUserByEmail,
  linkBirthRelativeToUser,
  linkFamilyParentToUser,
} from './invitations.repository.ts'

type CreateInvitationBody = z.output<typeof createInvitationSchema>
/** Where an invitation was accepted from; nobody is signed in yet. */
export type RequestContext = Pick<AuditContext, 'ipAddress' | 'userAgent' | 'requestId'>

export const invitationDays = 7

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

const expiredLink = () =>
  new AppError('NOT_FOUND', {
    message: 'This invitation link has expired or has already been used',
  })

const isStaff = (role: Role) => (staffRoles as readonly Role[]).includes(role)

/** Who may invite whom: administrators invite staff; support workers and managers invite families. */
function mayInvite(actor: Actor, role: Role) {
  if (isStaff(role)) return actor.role === 'administrator'
  return actor.role === 'support_worker' || actor.role === 'team_manager'
}

export function invitationService(db: Db, clock: Clock, publicUrl: string) {
  async function getOpenInvitation(reader: Reader, token: string) {
    const found = await findOpenInvitation(reader, hashToken(token), clock())
    if (!found) throw expiredLink()
    return found
  }

  /** The field errors of an invitation that cannot be sent, if any. */
  async function checkInvitation(actor: Actor, body: CreateInvitationBody) {
    const fieldErrors: Record<string, string> = {}
    if (isStaff(body.role)) {
      if (body.localAuthorityIds.length === 0 && body.role !== 'administrator') {
        fieldErrors.localAuthorityIds = 'Select the local authorities they work for'
      }
      const found = body.localAuthorityIds.length
        ? await findOwnLocalAuthorityIds(db, actor.organisationId, body.localAuthorityIds)
        : []
      if (found.length !== body.localAuthorityIds.length) {
        fieldErrors.localAuthorityIds = 'Select the local authorities they work for'
      }
    } else if (body.role === 'adopter') {
      const parent = body.familyParentId
        ? await findReachableParent(db, actor, body.familyParentId)
        : undefined
      if (!parent) fieldErrors.familyParentId = 'Select the adoptive parent to invite'
      if (parent?.userId) fieldErrors.familyParentId = 'This person already has an account'
    } else {
      const relative = body.birthRelativeId
        ? await findReachableBirthRelative(db, actor, body.birthRelativeId)
        : undefined
      if (!relative) fieldErrors.birthRelativeId = 'Select the birth relative to invite'
      if (relative?.userId) fieldErrors.birthRelativeId = 'This person already has an account'
    }
    if (await findUserByEmail(db, body.email)) {
      fieldErrors.email = 'An account already exists for this email address'
    }
    return fieldErrors
  }

  return {
    async create(actor: Actor, body: CreateInvitationBody) {
      if (!mayInvite(actor, body.role)) throw new AppError('FORBIDDEN')
      const fieldErrors = await checkInvitation(actor, body)
      if (Object.keys(fieldErrors).length > 0) {
        throw new AppError('VALIDATION_FAILED', { fieldErrors })
      }

      const token = randomBytes(32).toString('base64url')
      const expiresAt = new Date(clock().getTime() + invitationDays * 24 * 60 * 60 * 1000)
      return db.transaction(async (tx) => {
        const created = await createInvitation(tx, {
          organisationId: actor.organisationId,
          email: body.email,
          name: body.name,
          role: body.role,
          tokenHash: hashToken(token),
          expiresAt,
          invitedByUserId: actor.userId,
          familyParentId: body.role === 'adopter' ? (body.familyParentId ?? null) : null,
          birthRelativeId: body.role === 'birth_relative' ? (body.birthRelativeId ?? null) : null,
          localAuthorityIds: isStaff(body.role) ? body.localAuthorityIds : [],
        })
        await enqueueEmail(tx, {
          recipient: body.email,
          template: 'invitation',
          subject: 'Create your account for Adoption support',
          body: [
            `You have been invited to create an account for Adoption support.`,
            '',
            `Create your account: ${publicUrl}/create-account/${token}`,
            '',
            `This link works once and expires in ${invitationDays} days. If you were not expecting it, you can ignore this email.`,
          ].join('\n'),
        })
        await recordAudit(tx, auditContextOf(actor), {
          action: 'invitation-created',
          recordType: 'invitation',
          recordId: created.id,
          details: { role: body.role },
        })
        return { id: created.id, email: body.email, expiresAt: expiresAt.toISOString() }
      })
    },

    async get(token: string): Promise<InvitationSummary> {
      const { invitation, organisationName } = await getOpenInvitation(db, token)
      return {
        name: invitation.name,
        email: invitation.email,
        organisationName,
        role: invitation.role,
      }
    },

    /** Creates the invited person's account, linked to their record, once only. */
    async accept(token: string, password: string, from: RequestContext) {
      assertAcceptablePassword(password, 'password')
      const passwordHash = await hashPassword(password)
      await db.transaction(async (tx) => {
        const { invitation } = await getOpenInvitation(tx, token)
        if (!(await claimInvitation(tx, invitation.id, clock()))) throw expiredLink()
        const user = await createUserWithPassword(
          tx,
          {
            organisationId: invitation.organisationId,
            role: invitation.role,
            name: invitation.name,
            email: invitation.email,
            emailVerified: true,
          },
          passwordHash,
        )
        if (invitation.familyParentId) {
          await linkFamilyParentToUser(tx, invitation.familyParentId, user.id)
        }
        if (invitation.birthRelativeId) {
          await linkBirthRelativeToUser(tx, invitation.birthRelativeId, user.id)
        }
        if (invitation.localAuthorityIds.length > 0) {
          await addStaffLocalAuthorities(tx, user.id, invitation.localAuthorityIds)
        }
        await recordAudit(
          tx,
          { ...from, organisationId: invitation.organisationId },
          { action: 'invitation-accepted', recordType: 'user', recordId: user.id },
        )
      })
      return { ok: true as const }
    },
  }
}
