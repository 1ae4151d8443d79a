import type { Db, GroupEventRow, GroupEventSessionRow, Reader, Tx } from '@asp/db'
import type { z } from 'zod'
import type {
  GroupEventInput,
  cancelGroupEventSchema,
  managedGroupEventsQuerySchema,
  updateGroupEventSchema,
} from '../../contract/index.ts'
import type { Actor } from '../../platform/actor.ts'
import { auditContextOf, recordAudit } from '../../platform/audit.ts'
import type { Clock } from '../../platform/clock.ts'
import { AppError } from '../../platform/errors.ts'
import { formatLondonDateTime } from '../../platform/working-days/working-days.ts'
import { findLiveFamilyIds } from './bookings.repository.ts'
import { emailFamilies, promoteFromWaitingList } from './bookings.service.ts'
import { startOfLondonDay } from './dates.ts'
import {
  deleteSessions,
  findAreas,
  findEvent,
  findManagedEventMonths,
  findManagedEventPage,
  findMarkedSessionIds,
  findSessions,
  findSessionsOfEvent,
  insertEvent,
  insertSessions,
  lockEvent,
  markInterestNotified,
  staffGroupEventScope,
  updateEventAtVersion,
} from './groups.repository.ts'
import { portalLinks, toManagedEvent, toManagedSummary } from './groups.views.ts'

type ManagedQuery = z.output<typeof managedGroupEventsQuerySchema>
type UpdateGroupEvent = z.output<typeof updateGroupEventSchema>
type CancelGroupEvent = z.output<typeof cancelGroupEventSchema>

export const managedEventsPageSize = 20

const notFound = () => new AppError('NOT_FOUND')
const conflict = (message: string) => new AppError('CONFLICT', { message })
const changedBySomeoneElse = () =>
  conflict('This event was changed by someone else. Check it and try again')

const optional = (value: string | undefined) => value ?? null
const instantOrNull = (value: string | undefined) => (value ? new Date(value) : null)
const sessionKey = (startsAt: Date, endsAt: Date) => `${startsAt.getTime()}/${endsAt.getTime()}`

/** The event's columns from the form (everything but its status, dates and counts). */
function columnsOf(input: GroupEventInput) {
  return {
    kind: input.kind,
    title: input.title,
    description: input.description,
    audience: input.audience,
    minAge: input.minAge ?? null,
    maxAge: input.maxAge ?? null,
    delivery: input.delivery,
    venueName: input.delivery === 'in_person' ? optional(input.venueName) : null,
    venueAddress: input.delivery === 'in_person' ? optional(input.venueAddress) : null,
    onlineLink: input.delivery === 'online' ? optional(input.onlineLink) : null,
    capacity: input.capacity,
    localAuthorityId: input.localAuthorityId,
    bookingOpensAt: instantOrNull(input.bookingOpensAt),
    bookingClosesAt: instantOrNull(input.bookingClosesAt),
  }
}

/** Staff run the programme: create, edit (with sessions), publish and cancel events. */
export function groupProgrammeService(db: Db, clock: Clock, publicUrl: string) {
  /** The areas the actor may run events for: all of the agency's for administrators. */
  function allowedAreas(actor: Actor, reader: Reader = db) {
    return actor.role === 'administrator'
      ? findAreas(reader, actor.organisationId)
      : findAreas(reader, actor.organisationId, actor.localAuthorityIds)
  }

  async function view(actor: Actor, id: string) {
    const row = await findEvent(db, id, staffGroupEventScope(actor))
    if (!row) throw notFound()
    const sessions = await findSessions(db, [id])
    return toManagedEvent(row, sessions, clock())
  }

  /** Checks the form against what only the server knows; `prefix` is where the form sits. */
  async function check(
    reader: Reader,
    actor: Actor,
    input: GroupEventInput,
    newSessions: { index: number; startsAt: Date }[],
    now: Date,
    prefix: string,
    extra: Record<string, string> = {},
  ) {
    const fieldErrors: Record<string, string> = {}
    const areas = await allowedAreas(actor, reader)
    if (input.localAuthorityId !== null && !areas.some((a) => a.id === input.localAuthorityId)) {
      fieldErrors[`${prefix}localAuthorityId`] = 'Select an area'
    }
    if (input.status === 'planned' && input.sessions.length > 0) {
      fieldErrors[`${prefix}sessions`] =
        'A course with no dates yet has no sessions: remove them, or publish the dates'
    }
    for (const session of newSessions) {
      if (session.startsAt <= now) {
        fieldErrors[`${prefix}sessions.${session.index}.startsAt`] =
          'The session must be in the future'
      }
    }
    Object.assign(fieldErrors, extra)
    if (Object.keys(fieldErrors).length > 0) {
      throw new AppError('VALIDATION_FAILED', { fieldErrors })
    }
  }

  async function audit(tx: Tx, actor: Actor, event: GroupEventRow, details: object) {
    await recordAudit(tx, auditContextOf(actor), {
      action: 'update',
      recordType: 'group-event',
      recordId: event.id,
      localAuthorityId: event.localAuthorityId,
      details: details as Record<string, unknown>,
    })
  }

  /** Families who registered interest hear once that the dates are published. */
  async function notifyInterest(tx: Tx, event: GroupEventRow, now: Date) {
    const told = await markInterestNotified(tx, event.id, now)
    await emailFamilies(tx, told, {
      template: 'group-dates-published',
      subject: 'Dates are published for a course you are interested in',
      lines: [
        'You registered your interest in a course. Its dates are now published and you can book a place.',
      ],
      link: portalLinks.event(publicUrl, event.id),
    })
    return told.length
  }

  return {
    async findManaged(actor: Actor, query: ManagedQuery) {
      const now = clock()
      const { rows, total } = await findManagedEventPage(
        db,
        actor,
        query.when,
        startOfLondonDay(now),
        query,
        { page: query.page, pageSize: managedEventsPageSize },
      )
      return {
        items: rows.map((row) => toManagedSummary(row, now)),
        page: query.page,
        pageSize: managedEventsPageSize,
        total,
        areas: await allowedAreas(actor),
        // Every month of their events, past or to come, whatever the other filters: the list
        // covers any dates, and the filters are chosen together.
        months: await findManagedEventMonths(db, actor),
      }
    },

    get: view,

    async create(actor: Actor, input: GroupEventInput) {
      const now = clock()
      await check(
        db,
        actor,
        input,
        input.sessions.map((s, index) => ({ index, startsAt: new Date(s.startsAt) })),
        now,
        '',
      )
      const sessions = input.sessions
        .map((s) => ({ startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt) }))
        .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
      const published = input.status === 'published'
      const id = await db.transaction(async (tx) => {
        const created = await insertEvent(tx, {
          ...columnsOf(input),
          organisationId: actor.organisationId,
          status: input.status,
          startsAt: sessions[0]?.startsAt ?? null,
          endsAt: latestEnd(sessions),
          publishedAt: published ? now : null,
          createdByUserId: actor.userId,
        })
        await insertSessions(tx, created.id, sessions)
        await recordAudit(tx, auditContextOf(actor), {
          action: 'create',
          recordType: 'group-event',
          recordId: created.id,
          localAuthorityId: created.localAuthorityId,
          details: { status: input.status, sessions: sessions.length },
        })
        return created.id
      })
      return view(actor, id)
    },

    async updateEvent(actor: Actor, id: string, body: UpdateGroupEvent) {
      const now = clock()
      const input = body.event
      await db.transaction(async (tx) => {
        const event = await lockEvent(tx, id, staffGroupEventScope(actor))
        if (!event) throw notFound()
        if (event.version !== body.version) throw changedBySomeoneElse()
        if (event.status === 'cancelled') {
          throw conflict('You cannot change an event that has been cancelled')
        }
        // Sessions are replaced as a set: one with the same start and end is kept as it is.
        const existing = await findSessionsOfEvent(tx, id)
        const existingKeys = new Set(existing.map((s) => sessionKey(s.startsAt, s.endsAt)))
        const wanted = new Map<string, { index: number; startsAt: Date; endsAt: Date }>()
        input.sessions.forEach((s, index) => {
          const startsAt = new Date(s.startsAt)
          const endsAt = new Date(s.endsAt)
          const key = sessionKey(startsAt, endsAt)
          if (!wanted.has(key)) wanted.set(key, { index, startsAt, endsAt })
        })
        const added = [...wanted].filter(([key]) => !existingKeys.has(key)).map(([, s]) => s)
        const removed = existing.filter((s) => !wanted.has(sessionKey(s.startsAt, s.endsAt)))
        const extra: Record<string, string> = {}
        if (input.capacity < event.placesBooked) {
          extra['event.capacity'] =
            `The number of places cannot be fewer than the ${event.placesBooked} already booked`
        }
        if (event.status === 'published' && input.status === 'planned') {
          extra['event.status'] = 'An event with published dates cannot go back to planned'
        }
        await check(tx, actor, input, added, now, 'event.', extra)
        const marked = await findMarkedSessionIds(
          tx,
          removed.map((s) => s.id),
        )
        const markedSession = removed.find((s) => marked.has(s.id))
        if (markedSession) {
          throw conflict(
            `You cannot remove the session on ${formatLondonDateTime(markedSession.startsAt)} because attendance has been marked for it`,
          )
        }
        await deleteSessions(
          tx,
          removed.map((s) => s.id),
        )
        await insertSessions(tx, id, added)
        const sessions = [
          ...existing.filter((s) => !removed.includes(s)),
          ...added.map((s) => ({ startsAt: s.startsAt, endsAt: s.endsAt })),
        ].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
        const publishing = event.status === 'planned' && input.status === 'published'
        const updated = await updateEventAtVersion(
          tx,
          { id, version: body.version },
          {
            ...columnsOf(input),
            status: input.status,
            startsAt: sessions[0]?.startsAt ?? null,
            endsAt: latestEnd(sessions),
            publishedAt: event.publishedAt ?? (publishing ? now : null),
          },
          now,
        )
        if (!updated) throw changedBySomeoneElse()
        const datesChanged = added.length > 0 || removed.length > 0
        if (event.status === 'published' && datesChanged) {
          await emailFamilies(tx, await findLiveFamilyIds(tx, id), {
            template: 'group-event-changed',
            subject: 'The dates of your booking have changed',
            lines: ['The dates of a group or training event you booked have changed.'],
            link: portalLinks.myBookings(publicUrl),
          })
        }
        const notified = publishing ? await notifyInterest(tx, updated, now) : 0
        // More places (or the same): the waiting list is served in the same transaction.
        const promoted = await promoteFromWaitingList(tx, id, now, publicUrl)
        await audit(tx, actor, updated, {
          status: updated.status,
          sessionsAdded: added.length,
          sessionsRemoved: removed.length,
          interestNotified: notified,
          promoted: promoted.length,
        })
      })
      return view(actor, id)
    },

    async cancel(actor: Actor, id: string, body: CancelGroupEvent) {
      const now = clock()
      await db.transaction(async (tx) => {
        const event = await lockEvent(tx, id, staffGroupEventScope(actor))
        if (!event) throw notFound()
        if (event.version !== body.version) throw changedBySomeoneElse()
        if (event.status === 'cancelled') throw conflict('This event has already been cancelled')
        const updated = await updateEventAtVersion(
          tx,
          { id, version: body.version },
          { status: 'cancelled', cancelledAt: now, cancelReason: body.reason },
          now,
        )
        if (!updated) throw changedBySomeoneElse()
        // Bookings stay as they were: the event's status says they will not happen.
        const familyIds = await findLiveFamilyIds(tx, id)
        await emailFamilies(tx, familyIds, {
          template: 'group-event-cancelled',
          subject: 'An event you booked has been cancelled',
          lines: [
            `We are sorry: the group or training event you booked${event.startsAt ? ` on ${formatLondonDateTime(event.startsAt)}` : ''} has been cancelled.`,
          ],
          link: portalLinks.event(publicUrl, id),
        })
        await audit(tx, actor, updated, { status: 'cancelled', familiesTold: familyIds.length })
      })
      return view(actor, id)
    },
  }
}

function latestEnd(sessions: Pick<GroupEventSessionRow, 'endsAt'>[]): Date | null {
  if (sessions.length === 0) return null
  return new Date(Math.max(...sessions.map((s) => s.endsAt.getTime())))
}

export type GroupProgrammeService = ReturnType<typeof groupProgrammeService>
