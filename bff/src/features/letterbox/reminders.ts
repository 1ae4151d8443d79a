import type { Db } from '@asp/db'
import type { AgreementDirection } from '../../contract/index.ts'
import { systemClock, type Clock } from '../../platform/clock.ts'
import { startRepeating } from '../../platform/jobs.ts'
import { enqueueEmail } from '../../platform/outbox/outbox.ts'
import { formatLondonDate } from '../../platform/working-days/working-days.ts'
import {
  claimReminder,
  findActiveAgreementsToSchedule,
  findBirthRelativeEmails,
  findExchangesToRemind,
  findFamilyEmails,
  insertExchanges,
} from './agreements.repository.ts'
import { londonToday, monthStart, scheduleTopUp } from './schedule.ts'

/**
 * Keeps every active agreement's schedule twelve months ahead. Exchanges already scheduled are left
 * as they are (the unique index), so any number of processes may run it. Returns the agreements
 * looked at.
 */
export async function topUpLetterboxSchedules(db: Db, today: string): Promise<number> {
  const agreements = await findActiveAgreementsToSchedule(db)
  for (const agreement of agreements) {
    const exchanges = scheduleTopUp(
      { ...agreement, direction: agreement.direction as AgreementDirection },
      today,
    )
    await insertExchanges(db, agreement, exchanges)
  }
  return agreements.length
}

const monthWords = (dueMonth: string) => formatLondonDate(dueMonth).replace(/^1 /, '')

/**
 * Reminds the writers of each open exchange once its reminder day has come: the family's parents
 * with accounts, or the birth relative if they have one. `reminded_at` is claimed in the same
 * transaction as the emails, so two processes never send one reminder twice. Returns reminders
 * sent.
 */
export async function sendDueLetterboxReminders(
  db: Db,
  now: Date,
  options: { publicUrl?: string } = {},
): Promise<number> {
  const today = londonToday(now)
  const due = await findExchangesToRemind(db, today, monthStart(today))
  let sent = 0
  for (const exchange of due) {
    const claimed = await db.transaction(async (tx) => {
      if (!(await claimReminder(tx, exchange.id, now))) return false
      const recipients =
        exchange.writerSide === 'birth_relative'
          ? await findBirthRelativeEmails(
              tx,
              exchange.birthRelativeId ? [exchange.birthRelativeId] : [],
            )
          : await findFamilyEmails(tx, exchange.familyId)
      // When, and where to write: no names, nothing of the agreement.
      for (const recipient of recipients) {
        await enqueueEmail(tx, {
          recipient,
          template: 'letterbox-letter-due',
          subject: 'Your next letterbox letter is due soon',
          body: [
            `This is a reminder that your next letterbox letter is due in ${monthWords(exchange.dueMonth)}.`,
            '',
            `Sign in to write it: ${options.publicUrl ?? ''}/letterbox`,
          ].join('\n'),
        })
      }
      return true
    })
    if (claimed) sent += 1
  }
  return sent
}

export interface LetterboxReminderJobOptions {
  db: Db
  logger: { error: (obj: object, msg: string) => void }
  publicUrl: string
  /** The time; the real time unless given. */
  now?: Clock
  intervalMs?: number
}

/**
 * Tops up the schedules once a London day and sends due reminders, every hour (or `intervalMs`),
 * until the returned stop is called.
 */
export function startLetterboxReminderJob(options: LetterboxReminderJobOptions) {
  const clock = options.now ?? systemClock
  let toppedUpOn = ''
  return startRepeating(
    async () => {
      const now = clock()
      const today = londonToday(now)
      if (today !== toppedUpOn) {
        await topUpLetterboxSchedules(options.db, today)
        toppedUpOn = today
      }
      return sendDueLetterboxReminders(options.db, now, { publicUrl: options.publicUrl })
    },
    {
      intervalMs: options.intervalMs ?? 60 * 60_000,
      logger: options.logger,
      failure: 'Letterbox reminders failed',
    },
  )
}
