import { describeLazyFeature } from '../../test/lazy-routes.ts'
import { asfRoutes } from './index.ts'
import { allAsfRoutes } from './routes.tsx'

describeLazyFeature('fund applications', asfRoutes, allAsfRoutes)
