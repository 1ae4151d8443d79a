// What the rest of the app may use of the service's information: who provides the service.
export { ServiceProviders } from './components/service-providers.tsx'
