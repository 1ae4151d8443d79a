import type { Db } from '@asp/db'
import { endpoints } from '../../contract/index.ts'
import { access } from '../../platform/access.ts'
import { caseStaffRoles } from '../../platform/actor.ts'
import type { Clock } from '../../platform/clock.ts'
import { handle } from '../../platform/endpoint-router.ts'
import { familyRequestsService } from './family-requests.service.ts'
import { supportLineService } from './support-line.service.ts'

const families = ['adopter', 'birth_relative'] as const
/** Who triages, messages and writes notes: everyone on the support line. */
const supportLine = caseStaffRoles
/** Allocation is the team manager's decision (DOMAIN.md: "Team manager … allocates"). */
const managers = ['team_manager'] as const

export const queuePageSize = 25

export function supportRequestRoutes(db: Db, options: { clock: Clock; publicUrl: string }) {
  const { clock, publicUrl } = options
  const mine = familyRequestsService(db, clock)
  const line = supportLineService(db, clock, publicUrl)

  return [
    // ---- Families and birth relatives ----
    handle(endpoints.getSupportDraft, access.signedIn(families), ({ actor }) =>
      mine.getDraft(actor),
    ),

    handle(endpoints.saveSupportDraft, access.signedIn(families), ({ actor, body }) =>
      mine.saveDraft(actor, body.draft),
    ),

    handle(endpoints.askForSupport, access.signedIn(families), ({ actor, body }) =>
      mine.askForSupport(actor, body),
    ),

    handle(endpoints.findMySupportRequests, access.signedIn(families), ({ actor }) =>
      mine.findMine(actor),
    ),

    handle(endpoints.getMySupportRequest, access.signedIn(families), ({ actor, params }) =>
      mine.getMine(actor, params.supportRequestId),
    ),

    handle(endpoints.sendMyMessage, access.signedIn(families), ({ actor, params, body }) =>
      mine.sendMessage(actor, params.supportRequestId, body),
    ),

    handle(endpoints.leaveMyFeedback, access.signedIn(families), ({ actor, params, body }) =>
      mine.leaveFeedback(actor, params.supportRequestId, body),
    ),
    handle(
      endpoints.withdrawMySupportRequest,
      access.signedIn(families),
      ({ actor, params, body }) => mine.withdraw(actor, params.supportRequestId, body),
    ),

    // ---- Staff ----
    handle(endpoints.logContact, access.signedIn(supportLine), ({ actor, body }) =>
      line.logContact(actor, body),
    ),

    handle(endpoints.findSupportRequests, access.signedIn(supportLine), ({ actor, query }) =>
      line.queue(actor, query, queuePageSize),
    ),

    handle(endpoints.getSupportRequest, access.signedIn(supportLine), ({ actor, params }) =>
      line.get(actor, params.supportRequestId),
    ),

    handle(
      endpoints.triageSupportRequest,
      access.signedIn(supportLine),
      ({ actor, params, body }) => line.triage(actor, params.supportRequestId, body),
    ),

    handle(endpoints.allocateSupportRequest, access.signedIn(managers), ({ actor, params, body }) =>
      line.allocate(actor, params.supportRequestId, body),
    ),

    handle(
      endpoints.linkSupportRequestToFamily,
      access.signedIn(supportLine),
      ({ actor, params, body }) => line.linkFamily(actor, params.supportRequestId, body),
    ),

    handle(endpoints.addCaseNote, access.signedIn(supportLine), ({ actor, params, body }) =>
      line.addNote(actor, params.supportRequestId, body.body),
    ),

    handle(endpoints.sendTeamMessage, access.signedIn(supportLine), ({ actor, params, body }) =>
      line.sendMessage(actor, params.supportRequestId, body),
    ),

    handle(endpoints.closeSupportRequest, access.signedIn(supportLine), ({ actor, params, body }) =>
      line.close(actor, params.supportRequestId, body),
    ),

    handle(endpoints.findWorkers, access.signedIn(supportLine), ({ actor }) =>
      line.findWorkers(actor),
    ),

    handle(endpoints.getMyWork, access.signedIn(supportLine), ({ actor }) => line.myWork(actor)),

    handle(endpoints.getTeamView, access.signedIn(managers), ({ actor }) => line.teamView(actor)),

    handle(endpoints.getSupportSettings, access.signedIn(supportLine), ({ actor }) =>
      line.getSettings(actor),
    ),
  ]
}
