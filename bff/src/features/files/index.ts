// What the rest of the BFF may use of files: the endpoints app.ts mounts, and the upload reader
// it puts before them.
export { fileRoutes, readUpload } from './files.routes.ts'
