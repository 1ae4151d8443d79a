// What the rest of the app may use of Adoption Support Fund applications: the routes app.ts mounts.
export { asfRoutes } from './asf.routes.ts'
