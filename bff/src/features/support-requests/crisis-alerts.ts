import type { Db } from '@asp/db'
import { recordAudit } from '../../platform/audit.ts'
import { systemClock, type Clock } from '../../platform/clock.ts'
import { startRepeating } from '../../platform/jobs.ts'
import { enqueueEmail } from '../../platform/outbox/outbox.ts'
import { formatLondonDate, toLondonDate } from '../../platform/working-days/working-days.ts'
import {
  claimCrisisAlert,
  findTeamManagerEmails,
  findUnannouncedCrises,
} from './support-line.repository.ts'

/**
 * Tells the team managers of its local authority (those without a conflict of interest with the
 * family), once, by email, of each crisis or safeguarding concern still without a worker past the
 * agency's standard (ADR 0013). The request is marked in the same transaction as the emails are
 * queued, and only while it is still open and without a worker, so a request is announced once
 * however many BFF processes run this. The email names the reference only, never the family or
 * what the request is about (ASVS 14.2.1). Returns the requests announced.
 */
export async function sendCrisisAlerts(db: Db, now: Date, publicUrl: string): Promise<number> {
  const today = toLondonDate(now)
  const crises = await findUnannouncedCrises(db, today)
  let announced = 0
  for (const crisis of crises) {
    const claimed = await db.transaction(async (tx) => {
      // With nobody to tell (no team manager without a conflict of interest works for the
      // council), the crisis stays unannounced and the next run looks again.
      const managers = await findTeamManagerEmails(tx, crisis)
      if (managers.length === 0) return false
      if (!(await claimCrisisAlert(tx, crisis.id, today, now))) return false
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
  /** The time the job sees; the real time unless a test sets it. */
  clock?: Clock
}) {
  const clock = options.clock ?? systemClock
  return startRepeating(() => sendCrisisAlerts(options.db, clock(), options.publicUrl), {
    intervalMs: options.intervalMs ?? 5 * 60_000,
    logger: options.logger,
    failure: 'Crisis alerts failed',
  })
}
