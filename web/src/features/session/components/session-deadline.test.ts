import { describe, expect, it } from 'vitest'
import { buildSession } from '../../../test/factories.ts'
import { sessionDeadline } from './session-deadline.ts'

const at = (time: string) => Date.parse(`2026-10-03T${time}Z`)

describe('sessionDeadline', () => {
  const session = buildSession({
    idleExpiresAt: '2026-10-03T09:30:00.000Z',
    absoluteExpiresAt: '2026-10-03T21:00:00.000Z',
  })

  it('is the idle end the API gave when nothing has happened since', () => {
    expect(sessionDeadline(session)).toEqual({ endsAt: at('09:30:00'), reason: 'inactive' })
    expect(sessionDeadline(session, at('09:00:00'))).toEqual({
      endsAt: at('09:30:00'),
      reason: 'inactive',
    })
  })

  it('moves on with later requests, a minute early to allow for how the BFF slides it', () => {
    expect(sessionDeadline(session, at('09:10:00'))).toEqual({
      endsAt: at('09:39:00'),
      reason: 'inactive',
    })
  })

  it('never goes past the absolute limit', () => {
    expect(sessionDeadline(session, at('20:45:00'))).toEqual({
      endsAt: at('21:00:00'),
      reason: 'time-limit',
    })
  })
})
