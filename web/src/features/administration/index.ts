// What other features may use of administration: the agency's local authorities and staff, who may
// change what, and recording a conflict of interest (from a family's record).
export { localAuthorityQueries } from './api/find-local-authorities.ts'
export { staffQueries } from './api/find-staff.ts'
export { useRecordConflictOfInterest } from './api/record-conflict-of-interest.ts'
export {
  administrationPageRoles,
  canChangeStaffAccounts,
  canRecordConflicts,
  conflictRecorderRoles,
} from './routes/administration-roles.ts'
// The routes of administration.
export { administrationRoutes } from './routes/administration-routes.tsx'
