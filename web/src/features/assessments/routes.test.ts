import { describeLazyFeature } from '../../test/lazy-routes.ts'
import { assessmentRoutes } from './index.ts'
import { allAssessmentRoutes } from './routes.tsx'

describeLazyFeature('assessments', assessmentRoutes, allAssessmentRoutes)
