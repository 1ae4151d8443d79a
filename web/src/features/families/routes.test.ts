import { describeLazyFeature } from '../../test/lazy-routes.ts'
import { familiesRoutes } from './index.ts'
import { allFamilyRoutes } from './routes/families-routes.tsx'

describeLazyFeature('families', familiesRoutes, allFamilyRoutes)
