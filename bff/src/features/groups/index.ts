// Groups and training: what the app mounts and the server runs, and the period's figures, which
// reporting shows beside the other features' (ADR 0022). Nothing else is for other features.
export { groupRoutes } from './groups.routes.ts'
export { groupRegisterRoutes } from './register.routes.ts'
export { startGroupReminderJob } from './reminders.ts'
export { findGroupFigures } from './figures.service.ts'
