import type { Db, GroupEventRow, Reader } from '@asp/db'
import type { z } from 'zod'
import type { addWalkInSchema, GroupRegister, markAttendanceSchema } from '../../contract/index.ts'
import type { Actor } from '../../platform/actor.ts'
import { auditContextOf, recordAudit } from '../../platform/audit.ts'
import type { Clock } from '../../platform/clock.ts'
import { AppError } from '../../platform/errors.ts'
import { toLondonDate } from '../../platform/working-days/working-days.ts'
import { findEventRow, findSessions, staffGroupEventScope } from './groups.repository.ts'
import {
  findAttendance,
  findAttendeesOnRegister,
  findFamilyInScope,
  findFamilyMemberByName,
  findRegisterAttendees,
  findRegisterBookings,
  findSession,
  insertWalkIn,
  upsertAttendance,
} from './register.repository.ts'
import { registerCsv, toRegister } from './register.views.ts'

type MarkAttendance = z.output<typeof markAttendanceSchema>
type AddWalkIn = z.output<typeof addWalkInSchema>

const notFound = () => new AppError('NOT_FOUND')
const invalid = (field: string, message: string) =>
  new AppError('VALIDATION_FAILED', { fieldErrors: { [field]: message } })
const cancelled = () =>
  new AppError('CONFLICT', { message: 'You cannot change the register of a cancelled event' })

/** The register as the contract has it: booked people with attendance, then the waiting list. */
async function readRegister(db: Reader, actor: Actor, event: GroupEventRow) {
  // One query after another, never at once: callers may pass a transaction (one connection).
  const sessions = await findSessions(db, [event.id])
  const bookings = await findRegisterBookings(db, actor, event.id)
  const attendees = await findRegisterAttendees(
    db,
    bookings.map((b) => b.booking.id),
  )
  const marks = await findAttendance(db, event.id)
  return toRegister(event, sessions, bookings, attendees, marks)
}

/** The session to mark, from the day it is on (or the hour before it starts). */
async function sessionToMark(db: Reader, event: GroupEventRow, sessionId: string, now: Date) {
  const session = await findSession(db, event.id, sessionId)
  if (!session) throw invalid('sessionId', 'Select the session')
  // From the day of the session, or the hour before it starts (people arrive early, and a session
  // just after midnight is still marked by the people who open the room).
  const hourBefore = session.startsAt.getTime() - 60 * 60 * 1000
  if (toLondonDate(session.startsAt) > toLondonDate(now) && now.getTime() < hourBefore) {
    throw invalid('sessionId', 'You can mark attendance from the day of the session')
  }
  return session
}

export function groupRegisterService(db: Db, clock: Clock) {
  /** An event this member of staff runs (their areas, or every area). */
  async function eventInScope(actor: Actor, eventId: string, tx: Reader = db) {
    const event = await findEventRow(tx, eventId, staffGroupEventScope(actor))
    if (!event) throw notFound()
    return event
  }

  async function register(actor: Actor, eventId: string) {
    const event = await eventInScope(actor, eventId)
    return { event, register: await readRegister(db, actor, event) }
  }

  return {
    async getRegister(actor: Actor, eventId: string): Promise<GroupRegister> {
      const { event, register: result } = await register(actor, eventId)
      await recordAudit(db, auditContextOf(actor), {
        action: 'read',
        recordType: 'group-event',
        recordId: event.id,
        localAuthorityId: event.localAuthorityId,
        details: { register: true, booked: result.booked.length, waiting: result.waiting.length },
      })
      return result
    },

    async downloadRegister(actor: Actor, eventId: string) {
      const { event, register: result } = await register(actor, eventId)
      const file = registerCsv(result)
      await recordAudit(db, auditContextOf(actor), {
        action: 'read',
        recordType: 'group-event',
        recordId: event.id,
        localAuthorityId: event.localAuthorityId,
        details: { export: 'register.csv', fileName: file.fileName, booked: result.booked.length },
      })
      return file
    },

    async markAttendance(actor: Actor, eventId: string, body: MarkAttendance) {
      const now = clock()
      // The last mark for a person wins, as if each had been sent in turn.
      const marks = [...new Map(body.marks.map((m) => [m.attendeeId, m.present])).entries()]
      return db.transaction(async (tx) => {
        const event = await eventInScope(actor, eventId, tx)
        if (event.status === 'cancelled') throw cancelled()
        const session = await sessionToMark(tx, event, body.sessionId, now)
        const onRegister = await findAttendeesOnRegister(
          tx,
          actor,
          event.id,
          marks.map(([id]) => id),
        )
        if (onRegister.length !== marks.length) {
          throw invalid('marks', 'Mark only people who are on the register')
        }
        await upsertAttendance(tx, session.id, marks, actor.userId, now)
        await recordAudit(tx, auditContextOf(actor), {
          action: 'update',
          recordType: 'group-event',
          recordId: event.id,
          localAuthorityId: event.localAuthorityId,
          details: {
            attendance: session.id,
            present: marks.filter(([, present]) => present).length,
            absent: marks.filter(([, present]) => !present).length,
          },
        })
        return { marked: marks.length }
      })
    },

    async addWalkIn(actor: Actor, eventId: string, body: AddWalkIn) {
      const now = clock()
      return db.transaction(async (tx) => {
        const event = await eventInScope(actor, eventId, tx)
        if (event.status === 'cancelled') throw cancelled()
        const session = await sessionToMark(tx, event, body.sessionId, now)
        let member = { familyParentId: null as string | null, childId: null as string | null }
        if (body.familyId) {
          const family = await findFamilyInScope(tx, actor, body.familyId)
          if (!family) throw invalid('familyId', 'Select the family')
          member = await findFamilyMemberByName(tx, family.id, body.name, body.isChild)
        }
        const walkIn = await insertWalkIn(tx, {
          eventId: event.id,
          sessionId: session.id,
          familyId: body.familyId ?? null,
          member,
          name: body.name,
          userId: actor.userId,
          now,
        })
        await recordAudit(tx, auditContextOf(actor), {
          action: 'create',
          recordType: 'group-booking',
          recordId: walkIn.bookingId,
          localAuthorityId: event.localAuthorityId,
          details: { walkIn: true, eventId: event.id, sessionId: session.id },
        })
        return walkIn
      })
    },
  }
}
