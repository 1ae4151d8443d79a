// What the rest of the app may use of reporting: the routes app.ts mounts.
export { reportRoutes } from './reports.routes.ts'
