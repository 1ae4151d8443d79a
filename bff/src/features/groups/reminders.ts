import { TZDate } from '@date-fns/tz'
import type { Db } from '@asp/db'
import { systemClock, type Clock } from '../../platform/clock.ts'
import { startRepeating } from '../../platform/jobs.ts'
import { enqueueEmail } from '../../platform/outbox/outbox.ts'
import {
  addWorkingDays,
  formatLondonDateTime,
  loadBankHolidays,
  type BankHolidays,
} from '../../platform/working-days/working-days.ts'
import { claimReminder, findSessionsToRemind, isStillBooked } from './bookings.repository.ts'
import { findFamilyRecipients } from './groups.repository.ts'

const englandAndWales = loadBankHolidays()

/**
 * Reminders before each session of a booked event: from 9am London on the working day that leaves
 * two clear working days before the session's date (a Thursday session: Monday 9am; a Wednesday
 * after Easter: the Wednesday before). Bank holidays are England and Wales's.
 */
export const reminderTime = { hours: 9, clearWorkingDays: 2 }

/** Far enough ahead to pass Christmas and a weekend, near enough to keep each run small. */
const lookAheadDays = 21

/** When the reminder for a session starting at `startsAt` is due. */
export function reminderDueAt(startsAt: Date, holidays: BankHolidays = englandAndWales): Date {
  const day = addWorkingDays(startsAt, -(reminderTime.clearWorkingDays + 1), holidays)
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  return new Date(
    new TZDate(year, month - 1, date, reminderTime.hours, 0, 0, 'Europe/London').getTime(),
  )
}

export interface ReminderOptions {
  /** The portal's address, for the link in the email. */
  publicUrl?: string
  holidays?: BankHolidays
}

/**
 * Emails each family with a booked place once per session when its reminder is due, through the
 * outbox. The reminder row (booking, session) is written in the same transaction as the email,
 * with `on conflict do nothing`, so two BFF processes never send one reminder twice. Not for
 * cancelled bookings or events, walk-ins, or sessions already started. Returns reminders sent.
 */
export async function sendDueGroupReminders(
  db: Db,
  now: Date,
  options: ReminderOptions = {},
): Promise<number> {
  const holidays = options.holidays ?? englandAndWales
  const publicUrl = options.publicUrl ?? ''
  const horizon = new Date(now.getTime() + lookAheadDays * 24 * 60 * 60 * 1000)
  const candidates = await findSessionsToRemind(db, now, horizon)
  const due = candidates
    .filter((c) => reminderDueAt(c.startsAt, holidays).getTime() <= now.getTime())
    .sort((x, y) => x.startsAt.getTime() - y.startsAt.getTime())

  let sent = 0
  for (const reminder of due) {
    const recorded = await db.transaction(async (tx) => {
      // Still booked, on an event still running: a cancellation since the list was read wins.
      if (!(await isStillBooked(tx, reminder.bookingId))) return false
      if (!(await claimReminder(tx, reminder.bookingId, reminder.sessionId, now))) return false
      // Only bookings with a family are reminded.
      const familyId = reminder.familyId!
      const recipients = await findFamilyRecipients(tx, [familyId])
      // What and when only: the event's name could say what the family needs help with.
      for (const email of recipients.get(familyId) ?? []) {
        await enqueueEmail(tx, {
          recipient: email,
          template: 'group-session-reminder',
          subject: 'Reminder: your group or training session',
          body: [
            `This is a reminder that you have a place booked at a group or training session on ${formatLondonDateTime(reminder.startsAt)}.`,
            '',
            `Sign in to see the details, or to cancel if you can no longer come: ${publicUrl}/groups/bookings`,
          ].join('\n'),
        })
      }
      return true
    })
    if (recorded) sent += 1
  }
  return sent
}

export interface GroupReminderJobOptions extends ReminderOptions {
  db: Db
  logger: { error: (obj: object, msg: string) => void }
  intervalMs?: number
  /** The time; the real time unless given. */
  now?: Clock
}

/** Runs `sendDueGroupReminders` every minute (or `intervalMs`) until the returned stop is called. */
export function startGroupReminderJob(options: GroupReminderJobOptions) {
  return startRepeating(
    () => sendDueGroupReminders(options.db, (options.now ?? systemClock)(), options),
    {
      intervalMs: options.intervalMs ?? 60_000,
      logger: options.logger,
      failure: 'Group reminders failed',
    },
  )
}
