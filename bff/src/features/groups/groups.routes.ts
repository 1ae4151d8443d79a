import type { Db } from '@asp/db'
import { endpoints } from '../../contract/index.ts'
import { access } from '../../platform/access.ts'
import { serviceStaffRoles } from '../../platform/actor.ts'
import type { Clock } from '../../platform/clock.ts'
import { handle } from '../../platform/endpoint-router.ts'
import { familyGroupService } from './bookings.service.ts'
import { groupProgrammeService } from './events.service.ts'

/** Adoptive parents and special guardians book; birth relatives have no part in these groups. */
const families = ['adopter'] as const
/** Staff who run the service run the programme, within their areas; not the finance officer. */
const eventStaff = serviceStaffRoles

export function groupRoutes(db: Db, options: { clock: Clock; publicUrl: string }) {
  const { clock, publicUrl } = options
  const mine = familyGroupService(db, clock, publicUrl)
  const programme = groupProgrammeService(db, clock, publicUrl)

  return [
    // ---- Families ----
    handle(endpoints.findGroupEvents, access.signedIn(families), ({ actor, query }) =>
      mine.findEvents(actor, query),
    ),

    handle(endpoints.getGroupEvent, access.signedIn(families), ({ actor, params }) =>
      mine.getEvent(actor, params.eventId),
    ),

    handle(endpoints.bookGroupEvent, access.signedIn(families), ({ actor, params, body }) =>
      mine.book(actor, params.eventId, body),
    ),

    handle(endpoints.registerGroupInterest, access.signedIn(families), ({ actor, params }) =>
      mine.registerInterest(actor, params.eventId),
    ),

    handle(endpoints.findMyGroupBookings, access.signedIn(families), ({ actor }) =>
      mine.findMine(actor),
    ),

    handle(endpoints.cancelMyGroupBooking, access.signedIn(families), ({ actor, params, body }) =>
      mine.cancel(actor, params.bookingId, body),
    ),

    handle(
      endpoints.getMyGroupBookingCalendar,
      access.signedIn(families),
      async ({ actor, params, res }) => {
        const file = await mine.calendar(actor, params.bookingId)
        const content = Buffer.from(file.content, 'utf8')
        res.setHeader('Content-Type', 'text/calendar; charset=utf-8')
        res.setHeader('Content-Length', String(content.length))
        res.setHeader(
          'Content-Disposition',
          `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        )
        res.status(200).end(content)
        return undefined
      },
    ),

    // ---- Staff ----
    handle(endpoints.findManagedGroupEvents, access.signedIn(eventStaff), ({ actor, query }) =>
      programme.findManaged(actor, query),
    ),

    handle(endpoints.createGroupEvent, access.signedIn(eventStaff), ({ actor, body }) =>
      programme.create(actor, body),
    ),

    handle(endpoints.getManagedGroupEvent, access.signedIn(eventStaff), ({ actor, params }) =>
      programme.get(actor, params.eventId),
    ),

    handle(endpoints.updateGroupEvent, access.signedIn(eventStaff), ({ actor, params, body }) =>
      programme.updateEvent(actor, params.eventId, body),
    ),

    handle(endpoints.cancelGroupEvent, access.signedIn(eventStaff), ({ actor, params, body }) =>
      programme.cancel(actor, params.eventId, body),
    ),
  ]
}
