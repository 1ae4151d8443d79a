// Groups and training: what the app mounts and the server runs. Nothing else of this feature is
// for other features to import.
export { groupRoutes } from './groups.routes.ts'
export { groupRegisterRoutes } from './register.routes.ts'
export { startGroupReminderJob } from './reminders.ts'
