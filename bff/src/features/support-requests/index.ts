// What the rest of the BFF may use of support requests: the endpoints app.ts mounts, the crisis
// alerts job the server runs, and which requests a caller may reach.
export { supportRequestRoutes } from './support-requests.routes.ts'
export { startCrisisAlertJob } from './crisis-alerts.ts'
export { ownRequestScope, staffRequestScope } from './support-requests.repository.ts'
