export { serviceInfoRoutes } from './service-info.routes.ts'
