import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { server } from '../../../../test/msw-server.ts'
import { renderRoute } from '../../../../test/render.tsx'
import { buildManagedGroupEvent, eventId } from '../test/factories.ts'
import { groupEventHandler, signedInAs } from '../test/handlers.ts'

const path = `/group-programme/${eventId}`

function valueOf(key: string) {
  return screen.getByText(key, { selector: 'dt' }).nextElementSibling
}

describe('an event, as staff see it', { timeout: 30_000 }, () => {
  it('shows everything about it, with its sessions and places, and what can be done', async () => {
    server.use(...signedInAs('team_manager'), groupEventHandler())
    renderRoute(path)

    await screen.findByRole('heading', { level: 1, name: 'Stay and play at Foleshill' })
    expect(document.title).toBe('Stay and play at Foleshill – Adoption support')
    expect(valueOf('Status')).toHaveTextContent('Published')
    expect(valueOf('Places booked')).toHaveTextContent('8 of 12')
    expect(valueOf('Waiting list')).toHaveTextContent('2')
    expect(valueOf('Registered interest')).toHaveTextContent('0')
    expect(valueOf('Who it is for')).toHaveTextContent('Adoptive parentsChildren and young people')
    expect(valueOf('Children’s ages')).toHaveTextContent('0 to 4 years old')
    expect(valueOf('Area')).toHaveTextContent('Coventry City Council')
    expect(valueOf('Venue')).toHaveTextContent('Foleshill Community Centre')
    expect(valueOf('Sessions')).toHaveTextContent(
      'Saturday 3 October 2026, 10am to middaySaturday 10 October 2026, 10am to midday',
    )
    expect(valueOf('Booking')).toHaveTextContent('Closes 2 October 2026 at 5:00pm')
    expect(screen.getByRole('button', { name: 'Register' })).toHaveAttribute(
      'href',
      `${path}/register`,
    )
    expect(screen.getByRole('button', { name: 'Edit' })).toHaveAttribute('href', `${path}/edit`)
    expect(screen.getByRole('button', { name: 'Cancel event' })).toHaveAttribute(
      'href',
      `${path}/cancel`,
    )
  })

  it('shows the online link, and gives administrators no register', async () => {
    server.use(
      ...signedInAs('administrator'),
      groupEventHandler(
        buildManagedGroupEvent({
          delivery: 'online',
          venueName: null,
          venueAddress: null,
          onlineLink: 'https://meet.example.org/stay-and-play',
          localAuthorityId: null,
          localAuthorityName: null,
          placesLeft: 0,
          placesBooked: 12,
        }),
      ),
    )
    renderRoute(path)

    await screen.findByRole('heading', { level: 1, name: 'Stay and play at Foleshill' })
    expect(valueOf('Status')).toHaveTextContent('Full')
    expect(valueOf('Area')).toHaveTextContent('All areas')
    expect(
      screen.getByRole('link', { name: 'https://meet.example.org/stay-and-play' }),
    ).toHaveAttribute('href', 'https://meet.example.org/stay-and-play')
    expect(screen.queryByRole('button', { name: 'Register' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Edit' })).toBeInTheDocument()
  })
})
