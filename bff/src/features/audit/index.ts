// The audit trail of a family or a support request. Nothing else uses it.
export { auditRoutes } from './audit.routes.ts'
