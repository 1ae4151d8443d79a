import type { Db } from '@asp/db'
import { endpoints } from '../../contract/index.ts'
import { access } from '../../platform/access.ts'
import { caseStaffRoles } from '../../platform/actor.ts'
import type { Clock } from '../../platform/clock.ts'
import { handle, type MountedEndpoint } from '../../platform/endpoint-router.ts'
import { sendPdf } from '../../platform/pdf/send-pdf.ts'
import { assessmentPdfsService } from './pdfs.service.ts'
import { plansService } from './plans.service.ts'

/** Case staff read plans; administrators have no part. */
const readers = caseStaffRoles
/** Support workers and team managers write, share, review and close them. */
const planners = ['support_worker', 'team_manager'] as const

/** Support plans, for staff. */
export function planRoutes(
  db: Db,
  options: { clock: Clock; publicUrl: string },
): MountedEndpoint[] {
  const plans = plansService(db, options.clock, options.publicUrl)
  const pdfs = assessmentPdfsService(db, options.clock)

  return [
    handle(endpoints.makePlan, access.signedIn(planners), ({ actor, params, body }) =>
      plans.make(actor, params.assessmentId, body),
    ),

    handle(endpoints.getPlan, access.signedIn(readers), ({ actor, params }) =>
      plans.get(actor, params.planId),
    ),

    handle(endpoints.downloadPlanPdf, access.signedIn(readers), async ({ actor, params, res }) =>
      sendPdf(res, await pdfs.plan(actor, params.planId)),
    ),

    handle(endpoints.changePlan, access.signedIn(planners), ({ actor, params, body }) =>
      plans.change(actor, params.planId, body),
    ),

    handle(endpoints.sharePlan, access.signedIn(planners), ({ actor, params, body }) =>
      plans.share(actor, params.planId, body),
    ),

    handle(endpoints.recordPlanReview, access.signedIn(planners), ({ actor, params, body }) =>
      plans.recordReview(actor, params.planId, body),
    ),

    handle(endpoints.closePlan, access.signedIn(planners), ({ actor, params, body }) =>
      plans.close(actor, params.planId, body),
    ),
  ]
}
