/** What the cancel page tells "Your bookings", in the history entry. */
export type BookingNotice = 'cancelled' | 'left-waiting-list'

export function bookingNoticeState(notice: BookingNotice): { groupBookingNotice: BookingNotice } {
  return { groupBookingNotice: notice }
}

export function readBookingNotice(state: unknown): BookingNotice | undefined {
  if (typeof state !== 'object' || state === null) {
    return undefined
  }
  const notice = (state as { groupBookingNotice?: unknown }).groupBookingNotice
  return notice === 'cancelled' || notice === 'left-waiting-list' ? notice : undefined
}
