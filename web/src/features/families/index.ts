// What other features may use of families: a family's record, finding people, and the family's summary.
export {
  familyQueries,
  getChildById,
  getParentById,
  parseFamilyId,
  putChild,
  putParent,
} from './api/get-family.ts'
export { peopleQueries } from './api/find-people.ts'
export { FamilySummary, familyName } from './components/family-summary.tsx'
// The routes of families and people.
export { familiesRoutes } from './routes/families-routes.tsx'
