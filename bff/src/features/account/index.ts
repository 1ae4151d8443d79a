// What the rest of the app uses of accounts: the routes, and the password policy check that
// creating an account from an invitation shares.
export { accountRoutes } from './account.routes.ts'
export { assertAcceptablePassword } from './account.service.ts'
