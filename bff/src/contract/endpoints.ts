import { accountEndpoints } from './account.ts'
import { asfEndpoints } from './asf.ts'
import { assessmentEndpoints } from './assessments.ts'
import { auditEndpoints } from './audit.ts'
import { administrationEndpoints } from './administration.ts'
import { devMailboxEndpoints } from './dev-mailbox.ts'
import { familyEndpoints } from './families.ts'
import { fileEndpoints } from './files.ts'
import { groupEndpoints } from './groups.ts'
import { invitationEndpoints } from './invitations.ts'
import { letterboxEndpoints } from './letterbox.ts'
import { reportEndpoints } from './reports.ts'
import { serviceInfoEndpoints } from './service-info.ts'
import { sessionEndpoints } from './session.ts'
import { statusEndpoints } from './status.ts'
import { supportRequestEndpoints } from './support-requests.ts'

/** Every endpoint of the API, composed from each domain's own list (`contract/<domain>.ts`). */
export const endpoints = {
  ...statusEndpoints,
  ...serviceInfoEndpoints,
  ...sessionEndpoints,
  ...accountEndpoints,
  ...invitationEndpoints,
  ...familyEndpoints,
  ...auditEndpoints,
  ...administrationEndpoints,
  ...fileEndpoints,
  ...supportRequestEndpoints,
  ...groupEndpoints,
  ...letterboxEndpoints,
  ...assessmentEndpoints,
  ...asfEndpoints,
  ...reportEndpoints,
  ...devMailboxEndpoints,
} as const

export type EndpointName = keyof typeof endpoints
