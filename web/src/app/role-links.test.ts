import { roles } from '@asp/bff/contract'
import { describe, expect, it } from 'vitest'
import { administrationPageRoles } from '../features/administration/routes/administration-roles.ts'
import { administrationLinks, isInSection, navigationLinks, roleLinks } from './role-links.ts'

const administration = ['/invitations/new', '/staff', '/local-authorities']

describe('where each role can go', () => {
  it.each(roles)(
    'gives the %s role every place on the home page, each in a navigation item’s section',
    (role) => {
      const everyPlace = roleLinks(role).map((link) => link.href)
      const navigation = navigationLinks(role)

      for (const href of everyPlace) {
        expect(navigation.filter((link) => isInSection(link, href))).toHaveLength(1)
      }
      expect(navigation.filter((link) => administration.includes(link.href))).toEqual([])
      expect(administrationLinks(role).map((link) => link.href)).toEqual(
        everyPlace.filter((href) => administration.includes(href)),
      )
    },
  )

  it.each(roles)(
    'opens the Administration page to the %s role only if it has something there',
    (role) => {
      const hasAdministration = administrationLinks(role).length > 0
      expect((administrationPageRoles as readonly string[]).includes(role)).toBe(hasAdministration)
      expect(navigationLinks(role).some((link) => link.href === '/administration')).toBe(
        hasAdministration,
      )
    },
  )
})
