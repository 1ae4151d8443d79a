import { staffRoles, type Role, type SessionStage } from '../contract/index.ts'

/** Who is calling, as every service and repository sees it: the caller's scope. */
export interface Actor {
  userId: string
  role: Role
  organisationId: string
  name: string
  email: string
  stage: Exclude<SessionStage, 'second-factor-required'>
  secondFactorMethod: 'totp' | 'email' | 'sms' | null
  sessionId: string
  sessionToken: string
  sessionCreatedAt: Date
  sessionExpiresAt: Date
  /** For staff: the local authorities whose cases they may reach. */
  localAuthorityIds: string[]
  /** Families and birth relatives this member of staff must never reach (conflicts of interest). */
  conflictedFamilyIds: string[]
  conflictedBirthRelativeIds: string[]
  ipAddress: string | undefined
  userAgent: string | undefined
  requestId: string
}

/** What a member of staff's reach is made of. */
export type StaffScope = Pick<
  Actor,
  'organisationId' | 'localAuthorityIds' | 'conflictedFamilyIds' | 'conflictedBirthRelativeIds'
>

export { staffRoles }
export const caseStaffRoles = ['duty_officer', 'support_worker', 'team_manager'] as const
/**
 * Staff who run the service: everyone but the finance officer, whose part is the fund's money
 * (ADR 0020). They find people and run groups; the finance officer does neither.
 */
export const serviceStaffRoles = [...caseStaffRoles, 'administrator'] as const
export const allRoles = ['adopter', 'birth_relative', ...staffRoles] as const

export function isStaff(role: Role) {
  return (staffRoles as readonly Role[]).includes(role)
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** Set by the session middleware when a signed-in session came with the request. */
      actor?: Actor
    }
  }
}
