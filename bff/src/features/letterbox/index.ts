// Letterbox contact: what the app mounts and the server runs. Families and birth relatives write
// and read (`letterbox.routes.ts`); staff keep the agreements and check every letter
// (`letterbox-staff.routes.ts`). Nothing else of this feature is for other features to import.
export { letterboxRoutes, readLetterPhoto } from './letterbox.routes.ts'
export { letterboxStaffRoutes } from './letterbox-staff.routes.ts'
export { startLetterboxReminderJob } from './reminders.ts'
