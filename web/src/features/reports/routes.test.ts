import { describeLazyFeature } from '../../test/lazy-routes.ts'
import { reportRoutes } from './index.ts'
import { allReportRoutes } from './routes.tsx'

describeLazyFeature('reporting', reportRoutes, allReportRoutes)
