import { describe, expect, it } from 'vitest'
import { paths, pathTo, withQuery } from './paths.ts'

describe('paths', () => {
  it('has one entry for each page', () => {
    expect(paths).toEqual({
      start: '/',
      accessibility: '/accessibility',
      privacy: '/privacy',
      signIn: '/sign-in',
      securityCode: '/sign-in/security-code',
      signOut: '/sign-out',
      signedOut: '/signed-out',
      forgottenPassword: '/forgotten-password',
      resetPassword: '/reset-password',
      createAccount: '/create-account/:token',
      home: '/home',
      setUpSecurity: '/account/security/set-up',
      changePassword: '/account/password',
      myFamily: '/my-family',
      findPerson: '/people',
      family: '/families/:familyId',
      changeFamilyAddress: '/families/:familyId/address',
      familyAudit: '/families/:familyId/audit',
      addChild: '/families/:familyId/children/new',
      changeChild: '/families/:familyId/children/:childId',
      changeParent: '/families/:familyId/parents/:parentId',
      recordConflictOfInterest: '/families/:familyId/conflicts-of-interest/new',
      invitePerson: '/invitations/new',
      staffAccounts: '/staff',
      changeStaffAccount: '/staff/:userId',
      localAuthorities: '/local-authorities',
      devMailbox: '/dev/mailbox',
    })
  })

  it('fills in and encodes params', () => {
    expect(pathTo('/families/:familyId/letters/:letterId', { familyId: 'F/1', letterId: 7 })).toBe(
      '/families/F%2F1/letters/7',
    )
  })

  it('adds a query string, leaving out empty values', () => {
    expect(withQuery(paths.findPerson, { q: 'Sarah Philips', page: undefined, kind: '' })).toBe(
      '/people?q=Sarah+Philips',
    )
    expect(withQuery(paths.findPerson, {})).toBe('/people')
  })

  it('returns a pattern without params as it is', () => {
    expect(pathTo(paths.privacy)).toBe('/privacy')
  })
})
