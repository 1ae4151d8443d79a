// What the rest of the app may use of families: its routes, which families and birth relatives
// staff may reach, and the family an adoptive parent belongs to.
export { familyRoutes } from './families.routes.ts'
export { findOwnFamily, staffBirthRelativeScope, staffFamilyScope } from './families.repository.ts'
