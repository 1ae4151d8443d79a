import type { Session } from '@asp/bff/contract'
import { useLocation } from 'react-router'
import { ServiceNavigation } from '../../components/service-navigation.tsx'
import { paths } from '../paths.ts'
import { isInSection, navigationLinks } from '../role-links.ts'

/**
 * The service navigation of a signed-in reader: their home page and their role's places, with
 * staff administration under one "Administration" link, then "Sign out". A session still setting
 * up its second factor gets "Sign out" alone.
 */
export function SignedInNavigation({ session }: { session: Session }) {
  const { pathname } = useLocation()
  const places = session.stage === 'active' ? navigationLinks(session.user.role) : []
  return (
    <ServiceNavigation
      items={[
        ...places.map((place) => ({
          href: place.href,
          text: place.text,
          current: pathname === place.href,
          active: isInSection(place, pathname),
        })),
        { href: paths.signOut, text: 'Sign out' },
      ]}
    />
  )
}
