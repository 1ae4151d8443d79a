// What the rest of the app may use of needs assessments and support plans: the routes app.ts mounts.
export { assessmentRoutes } from './assessments.routes.ts'
export { planRoutes } from './plans.routes.ts'
