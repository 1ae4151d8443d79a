import type { Session } from '@asp/bff/contract'
import { useLocation } from 'react-router'
import { ServiceNavigation } from '../../components/service-navigation.tsx'
import { paths } from '../paths.ts'
import { roleLinks } from '../role-links.ts'

/**
 * The service navigation of a signed-in reader: their home page and their role's places, then
 * "Sign out". A session still setting up its second factor gets "Sign out" alone.
 */
export function SignedInNavigation({ session }: { session: Session }) {
  const { pathname } = useLocation()
  const places =
    session.stage === 'active'
      ? [
          { href: paths.home, text: 'Your account' },
          ...roleLinks(session.user.role).map((link) => ({ href: link.href, text: link.text })),
        ]
      : []
  return (
    <ServiceNavigation
      items={[
        ...places.map((place) => ({
          ...place,
          current: pathname === place.href,
          active: pathname.startsWith(`${place.href}/`),
        })),
        { href: paths.signOut, text: 'Sign out' },
      ]}
    />
  )
}
