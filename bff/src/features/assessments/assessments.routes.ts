import type { Db } from '@asp/db'
import { assessmentWriterRoles, endpoints } from '../../contract/index.ts'
import { access } from '../../platform/access.ts'
import { caseStaffRoles } from '../../platform/actor.ts'
import type { Clock } from '../../platform/clock.ts'
import type { MountedEndpoint } from '../../platform/endpoint-router.ts'
import { handle } from '../../platform/endpoint-router.ts'
import { sendPdf } from '../../platform/pdf/send-pdf.ts'
import { assessmentsService } from './assessments.service.ts'
import { myAssessmentsService } from './my-assessments.service.ts'
import { assessmentPdfsService } from './pdfs.service.ts'

/** Families and birth relatives follow their own assessments and answer a proposal. */
const families = ['adopter', 'birth_relative'] as const
/** Case staff read assessments in their scope; administrators have no part in them. */
const readers = caseStaffRoles
/** Support workers write assessments and send proposals; team managers may too. */
const writers = assessmentWriterRoles
/** Returning, signing off and deciding are a team manager's. */
const managers = ['team_manager'] as const

/** Needs assessments: the family's and birth relative's view, and staff's. */
export function assessmentRoutes(
  db: Db,
  options: { clock: Clock; publicUrl: string },
): MountedEndpoint[] {
  const { clock, publicUrl } = options
  const staff = assessmentsService(db, clock, publicUrl)
  const mine = myAssessmentsService(db, clock)
  const pdfs = assessmentPdfsService(db, clock)

  return [
    // ---- Families and birth relatives ----
    handle(endpoints.getMyAssessments, access.signedIn(families), ({ actor }) => mine.find(actor)),

    handle(endpoints.respondToProposal, access.signedIn(families), ({ actor, params, body }) =>
      mine.respond(actor, params.assessmentId, body),
    ),

    handle(
      endpoints.downloadMyDecisionNotice,
      access.signedIn(families),
      async ({ actor, params, res }) =>
        sendPdf(res, await pdfs.myDecisionNotice(actor, params.assessmentId)),
    ),

    handle(endpoints.downloadMyPlanPdf, access.signedIn(families), async ({ actor, params, res }) =>
      sendPdf(res, await pdfs.myPlan(actor, params.assessmentId)),
    ),

    // ---- Staff ----
    handle(endpoints.findAssessments, access.signedIn(readers), ({ actor, query }) =>
      staff.find(actor, query),
    ),

    // Before getAssessment: '/timeliness' would otherwise be taken for an assessment's id.
    handle(endpoints.getAssessmentTimeliness, access.signedIn(readers), ({ actor }) =>
      staff.timeliness(actor),
    ),

    handle(endpoints.startAssessment, access.signedIn(writers), ({ actor, body }) =>
      staff.start(actor, body),
    ),

    handle(endpoints.getAssessment, access.signedIn(readers), ({ actor, params }) =>
      staff.get(actor, params.assessmentId),
    ),

    handle(
      endpoints.downloadAssessmentPdf,
      access.signedIn(readers),
      async ({ actor, params, res }) =>
        sendPdf(res, await pdfs.assessment(actor, params.assessmentId)),
    ),

    handle(
      endpoints.downloadDecisionNotice,
      access.signedIn(readers),
      async ({ actor, params, res }) =>
        sendPdf(res, await pdfs.decisionNotice(actor, params.assessmentId)),
    ),

    handle(endpoints.saveAssessmentSection, access.signedIn(writers), ({ actor, params, body }) =>
      staff.saveSection(actor, params.assessmentId, params.section, body),
    ),

    handle(endpoints.getSectionHistory, access.signedIn(readers), ({ actor, params }) =>
      staff.sectionHistory(actor, params.assessmentId, params.section),
    ),

    handle(endpoints.compareSectionVersions, access.signedIn(readers), ({ actor, params, query }) =>
      staff.compareVersions(actor, params.assessmentId, params.section, query),
    ),

    handle(endpoints.startAssessmentWork, access.signedIn(writers), ({ actor, params, body }) =>
      staff.startWork(actor, params.assessmentId, body.version),
    ),

    handle(endpoints.submitAssessment, access.signedIn(writers), ({ actor, params, body }) =>
      staff.submit(actor, params.assessmentId, body.version),
    ),

    handle(endpoints.returnAssessment, access.signedIn(managers), ({ actor, params, body }) =>
      staff.return(actor, params.assessmentId, body),
    ),

    handle(endpoints.signOffAssessment, access.signedIn(managers), ({ actor, params, body }) =>
      staff.signOff(actor, params.assessmentId, body.version),
    ),

    handle(endpoints.sendProposal, access.signedIn(writers), ({ actor, params, body }) =>
      staff.sendProposal(actor, params.assessmentId, body),
    ),

    handle(endpoints.recordProposalResponse, access.signedIn(writers), ({ actor, params, body }) =>
      staff.recordResponse(actor, params.assessmentId, body),
    ),

    handle(endpoints.decideAssessment, access.signedIn(managers), ({ actor, params, body }) =>
      staff.decide(actor, params.assessmentId, body),
    ),

    handle(endpoints.withdrawAssessment, access.signedIn(writers), ({ actor, params, body }) =>
      staff.withdraw(actor, params.assessmentId, body),
    ),
  ]
}
