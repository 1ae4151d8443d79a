// What other features may use of families: which families and birth relatives staff may reach.
export { staffBirthRelativeScope, staffFamilyScope } from './families.repository.ts'
