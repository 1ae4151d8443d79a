// What other features may use of administration: the agency's local authorities and who may change what.
export { localAuthorityQueries } from './api/find-local-authorities.ts'
export {
  administrationPageRoles,
  canChangeStaffAccounts,
  canRecordConflicts,
} from './routes/administration-roles.ts'
