// What the rest of the app may use of administration: its routes; which of some local authorities
// are the organisation's own, and linking a member of staff to theirs (both used by invitations).
export { administrationRoutes } from './administration.routes.ts'
export { addStaffLocalAuthorities, findOwnLocalAuthorityIds } from './administration.repository.ts'
