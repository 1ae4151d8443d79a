import { describeLazyFeature } from '../../test/lazy-routes.ts'
import { supportRequestRoutes } from './index.ts'
import { allSupportRequestRoutes } from './routes.tsx'

describeLazyFeature('support requests', supportRequestRoutes, allSupportRequestRoutes)
