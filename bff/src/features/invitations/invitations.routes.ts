import { createHash, randomBytes } from 'node:crypto'
import {
  and,
  birthRelatives,
  credentials,
  eq,
  families,
  familyParents,
  gt,
  inArray,
  invitations,
  isNull,
  localAuthorities,
  organisations,
  sql,
  staffLocalAuthorities,
  users,
  type Db,
} from '@asp/db'
import { endpoints, staffRoles, type Role } from '../../contract/index.ts'
import { access } from '../../platform/access.ts'
import type { Actor } from '../../platform/actor.ts'
import { auditContextOf, recordAudit } from '../../platform/audit.ts'
import { hashPassword } from '../../platform/auth/password-hashing.ts'
import { handle } from '../../platform/endpoint-router.ts'
import { AppError } from '../../platform/errors.ts'
import { enqueueEmail } from '../../platform/outbox/outbox.ts'
import { staffBirthRelativeScope, staffFamilyScope } from '../families/index.ts'
import { assertAcceptablePassword } from '../account/account.routes.ts'

export const invitationDays = 7

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

const expiredLink = () =>
  new AppError('NOT_FOUND', {
    message: 'This invitation link has expired or has already been used',
  })

/** Who may invite whom: administrators invite staff; support workers and managers invite families. */
function mayInvite(actor: Actor, role: Role) {
  if ((staffRoles as readonly Role[]).includes(role)) return actor.role === 'administrator'
  return actor.role === 'support_worker' || actor.role === 'team_manager'
}

export function invitationRoutes(db: Db, publicUrl: string, now: () => Date = () => new Date()) {
  async function findOpenInvitation(tx: Pick<Db, 'select'>, token: string) {
    const [found] = await tx
      .select({ invitation: invitations, organisationName: organisations.name })
      .from(invitations)
      .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
      .where(
        and(
          eq(invitations.tokenHash, hashToken(token)),
          isNull(invitations.acceptedAt),
          gt(invitations.expiresAt, now()),
        ),
      )
    if (!found) throw expiredLink()
    return found
  }

  return [
    handle(
      endpoints.createInvitation,
      access.signedIn(['support_worker', 'team_manager', 'administrator']),
      async ({ actor, body }) => {
        if (!mayInvite(actor, body.role)) throw new AppError('FORBIDDEN')
        const isStaffRole = (staffRoles as readonly Role[]).includes(body.role)
        const fieldErrors: Record<string, string> = {}

        if (isStaffRole) {
          if (body.localAuthorityIds.length === 0 && body.role !== 'administrator') {
            fieldErrors.localAuthorityIds = 'Select the local authorities they work for'
          }
          const found = body.localAuthorityIds.length
            ? await db
                .select({ id: localAuthorities.id })
                .from(localAuthorities)
                .where(
                  and(
                    inArray(localAuthorities.id, body.localAuthorityIds),
                    eq(localAuthorities.organisationId, actor.organisationId),
                  ),
                )
            : []
          if (found.length !== body.localAuthorityIds.length) {
            fieldErrors.localAuthorityIds = 'Select the local authorities they work for'
          }
        } else if (body.role === 'adopter') {
          const [parent] = body.familyParentId
            ? await db
                .select({ id: familyParents.id, userId: familyParents.userId })
                .from(familyParents)
                .innerJoin(families, eq(families.id, familyParents.familyId))
                .where(and(eq(familyParents.id, body.familyParentId), staffFamilyScope(actor)))
            : []
          if (!parent) fieldErrors.familyParentId = 'Select the adoptive parent to invite'
          if (parent?.userId) fieldErrors.familyParentId = 'This person already has an account'
        } else {
          const [relative] = body.birthRelativeId
            ? await db
                .select({ id: birthRelatives.id, userId: birthRelatives.userId })
                .from(birthRelatives)
                .where(
                  and(eq(birthRelatives.id, body.birthRelativeId), staffBirthRelativeScope(actor)),
                )
            : []
          if (!relative) fieldErrors.birthRelativeId = 'Select the birth relative to invite'
          if (relative?.userId) fieldErrors.birthRelativeId = 'This person already has an account'
        }
        const [existing] = await db
          .select({ id: users.id })
          .from(users)
          .where(sql`lower(${users.email}) = ${body.email}`)
        if (existing) fieldErrors.email = 'An account already exists for this email address'
        if (Object.keys(fieldErrors).length > 0) {
          throw new AppError('VALIDATION_FAILED', { fieldErrors })
        }

        const token = randomBytes(32).toString('base64url')
        const expiresAt = new Date(now().getTime() + invitationDays * 24 * 60 * 60 * 1000)
        return db.transaction(async (tx) => {
          const [created] = await tx
            .insert(invitations)
            .values({
              organisationId: actor.organisationId,
              email: body.email,
              name: body.name,
              role: body.role,
              tokenHash: hashToken(token),
              expiresAt,
              invitedByUserId: actor.userId,
              familyParentId: body.role === 'adopter' ? (body.familyParentId ?? null) : null,
              birthRelativeId:
                body.role === 'birth_relative' ? (body.birthRelativeId ?? null) : null,
              localAuthorityIds: isStaffRole ? body.localAuthorityIds : [],
            })
            .returning({ id: invitations.id })
          if (!created) throw new Error('Invitation not written')
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
    ),

    handle(endpoints.getInvitation, access.anyone, async ({ params }) => {
      const { invitation, organisationName } = await findOpenInvitation(db, params.token)
      return {
        name: invitation.name,
        email: invitation.email,
        organisationName,
        role: invitation.role,
      }
    }),

    handle(endpoints.acceptInvitation, access.anyone, async ({ params, body, req }) => {
      assertAcceptablePassword(body.password, 'password')
      const passwordHash = await hashPassword(body.password)
      await db.transaction(async (tx) => {
        const { invitation } = await findOpenInvitation(tx, params.token)
        const claimed = await tx
          .update(invitations)
          .set({ acceptedAt: now() })
          .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt)))
          .returning({ id: invitations.id })
        if (claimed.length === 0) throw expiredLink()
        const [user] = await tx
          .insert(users)
          .values({
            organisationId: invitation.organisationId,
            role: invitation.role,
            name: invitation.name,
            email: invitation.email,
            emailVerified: true,
          })
          .returning({ id: users.id })
        if (!user) throw new Error('User not written')
        await tx.insert(credentials).values({
          userId: user.id,
          accountId: user.id,
          providerId: 'credential',
          password: passwordHash,
        })
        if (invitation.familyParentId) {
          await tx
            .update(familyParents)
            .set({ userId: user.id })
            .where(eq(familyParents.id, invitation.familyParentId))
        }
        if (invitation.birthRelativeId) {
          await tx
            .update(birthRelatives)
            .set({ userId: user.id })
            .where(eq(birthRelatives.id, invitation.birthRelativeId))
        }
        if (invitation.localAuthorityIds.length > 0) {
          await tx
            .insert(staffLocalAuthorities)
            .values(
              invitation.localAuthorityIds.map((id) => ({ userId: user.id, localAuthorityId: id })),
            )
        }
        await recordAudit(
          tx,
          {
            organisationId: invitation.organisationId,
            ipAddress: req.ip,
            userAgent: req.get('user-agent'),
            requestId: String(req.id),
          },
          { action: 'invitation-accepted', recordType: 'user', recordId: user.id },
        )
      })
      return { ok: true as const }
    }),
  ]
}
