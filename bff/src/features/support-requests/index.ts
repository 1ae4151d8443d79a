// What other features may use of support requests: which requests a caller may reach.
export { ownRequestScope, staffRequestScope } from './support-requests.repository.ts'
