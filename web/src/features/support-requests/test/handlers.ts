// The msw handlers other features' tests may use (lint lets them reach a feature's `test/`, not
// an audience's): the team view a team manager's home page shows the crisis alert from.
export { teamViewHandler } from '../staff/test/handlers.ts'
