import { TZDate } from '@date-fns/tz'
import {
  and,
  eq,
  familyParents,
  groupBookingReminders,
  groupBookings,
  groupEventSessions,
  groupEvents,
  gt,
  isNotNull,
  isNull,
  lt,
  users,
  type Db,
} from '@asp/db'
import { startRepeating } from '../../platform/jobs.ts'
import { enqueueEmail } from '../../platform/outbox/outbox.ts'
import {
  addWorkingDays,
  formatLondonDateTime,
  loadBankHolidays,
  type BankHolidays,
} from '../../platform/working-days/working-days.ts'

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
  const candidates = await db
    .select({
      bookingId: groupBookings.id,
      familyId: groupBookings.familyId,
      sessionId: groupEventSessions.id,
      startsAt: groupEventSessions.startsAt,
    })
    .from(groupBookings)
    .innerJoin(groupEvents, eq(groupEvents.id, groupBookings.eventId))
    .innerJoin(groupEventSessions, eq(groupEventSessions.eventId, groupBookings.eventId))
    .leftJoin(
      groupBookingReminders,
      and(
        eq(groupBookingReminders.bookingId, groupBookings.id),
        eq(groupBookingReminders.sessionId, groupEventSessions.id),
      ),
    )
    .where(
      and(
        eq(groupBookings.status, 'booked'),
        eq(groupBookings.kind, 'booking'),
        isNotNull(groupBookings.familyId),
        eq(groupEvents.status, 'published'),
        gt(groupEventSessions.startsAt, now),
        lt(groupEventSessions.startsAt, horizon),
        isNull(groupBookingReminders.bookingId),
      ),
    )
  const due = candidates
    .filter((c) => reminderDueAt(c.startsAt, holidays).getTime() <= now.getTime())
    .sort((x, y) => x.startsAt.getTime() - y.startsAt.getTime())

  let sent = 0
  for (const reminder of due) {
    const recorded = await db.transaction(async (tx) => {
      // Still booked, on an event still running: a cancellation since the list was read wins.
      const [still] = await tx
        .select({ id: groupBookings.id })
        .from(groupBookings)
        .innerJoin(groupEvents, eq(groupEvents.id, groupBookings.eventId))
        .where(
          and(
            eq(groupBookings.id, reminder.bookingId),
            eq(groupBookings.status, 'booked'),
            eq(groupEvents.status, 'published'),
          ),
        )
      if (!still) return false
      const [claimed] = await tx
        .insert(groupBookingReminders)
        .values({ bookingId: reminder.bookingId, sessionId: reminder.sessionId, sentAt: now })
        .onConflictDoNothing()
        .returning({ bookingId: groupBookingReminders.bookingId })
      if (!claimed) return false
      const recipients = await tx
        .select({ email: users.email })
        .from(familyParents)
        .innerJoin(users, eq(users.id, familyParents.userId))
        .where(and(eq(familyParents.familyId, reminder.familyId!), isNull(users.disabledAt)))
      // What and when only: the event's name could say what the family needs help with.
      for (const { email } of recipients) {
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
  now?: () => Date
}

/** Runs `sendDueGroupReminders` every minute (or `intervalMs`) until the returned stop is called. */
export function startGroupReminderJob(options: GroupReminderJobOptions) {
  return startRepeating(
    () => sendDueGroupReminders(options.db, options.now?.() ?? new Date(), options),
    {
      intervalMs: options.intervalMs ?? 60_000,
      logger: options.logger,
      failure: 'Group reminders failed',
    },
  )
}
