// What the rest of the app may use of families: its routes, and which families and birth
// relatives staff may reach.
export { familyRoutes } from './families.routes.ts'
export { staffBirthRelativeScope, staffFamilyScope } from './families.repository.ts'
