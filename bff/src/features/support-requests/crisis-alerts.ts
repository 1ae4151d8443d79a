import type { Db } from '@asp/db'
import { recordAudit } from '../../platform/audit.ts'
import { startRepeating } from '../../platform/jobs.ts'
import { enqueueEmail } from '../../platform/outbox/outbox.ts'
import { formatLondonDate, toLondonDate } from '../../platform/working-days/working-days.ts'
import {
  claimCrisisAlert,
  findTeamManagerEmails,
  findUnannouncedCrises,
} from './support-requests.repository.ts'

/**
 * Tells the team managers of its local authority, once, by email, of each crisis or safeguarding
 * concern still without a worker past the agency's standard (ADR 0013). The request is marked in
 * the same transaction as the emails are queued, and only while it still has no worker, so a
 * request is announced once however many BFF processes run this. The email names the reference
 * only, never the family or what the request is about. Returns the requests announced.
 */
export async function sendCrisisAlerts(db: Db, now: Date, publicUrl: string): Promise<number> {
  const crises = await findUnannouncedCrises(db, toLondonDate(now))
  let announced = 0
  for (const crisis of crises) {
    const claimed = await db.transaction(async (tx) => {
      if (!(await claimCrisisAlert(tx, crisis.id, now))) return false
      const managers = await findTeamManagerEmails(
        tx,
        crisis.organisationId,
        crisis.localAuthorityId,
      )
      for (const recipient of managers) {
        await enqueueEmail(tx, {
          recipient,
          template: 'crisis-without-worker',
          subject: `Request ${crisis.reference} needs a worker`,
          body: [
            `Request ${crisis.reference} is a crisis or safeguarding concern and has no worker.`,
            `A worker should have been named by ${formatLondonDate(crisis.allocationDueOn)}.`,
            '',
            `Sign in to allocate it: ${publicUrl}/support-line/requests/${crisis.id}`,
          ].join('\n'),
        })
      }
      await recordAudit(
        tx,
        { organisationId: crisis.organisationId },
        {
          action: 'update',
          recordType: 'support-request',
          recordId: crisis.id,
          localAuthorityId: crisis.localAuthorityId,
          details: { crisisAlert: true, managersTold: managers.length },
        },
      )
      return true
    })
    if (claimed) announced += 1
  }
  return announced
}

/** Runs `sendCrisisAlerts` every five minutes (or `intervalMs`) until the returned stop is called. */
export function startCrisisAlertJob(options: {
  db: Db
  publicUrl: string
  logger: { error: (obj: object, msg: string) => void }
  intervalMs?: number
  now?: () => Date
}) {
  return startRepeating(
    () => sendCrisisAlerts(options.db, options.now?.() ?? new Date(), options.publicUrl),
    {
      intervalMs: options.intervalMs ?? 5 * 60_000,
      logger: options.logger,
      failure: 'Crisis alerts failed',
    },
  )
}
