// What the rest of the app may use of the account: the routes of a forgotten password, setting up
// the second factor, and changing the password.
export { accountPublicRoutes, accountRoutes, accountSetUpRoutes } from './routes/account-routes.tsx'
