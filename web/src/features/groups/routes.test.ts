import { describeLazyFeature } from '../../test/lazy-routes.ts'
import { groupRoutes } from './index.ts'
import { allGroupRoutes } from './routes.tsx'

describeLazyFeature('groups', groupRoutes, allGroupRoutes)
