import { describeLazyFeature } from '../../test/lazy-routes.ts'
import { letterboxRoutes } from './index.ts'
import { allLetterboxRoutes } from './routes.tsx'

describeLazyFeature('letterbox', letterboxRoutes, allLetterboxRoutes)
