import type { Backend } from '../app';
import type { HttpRoute } from './http-server';
import { uploadRoute } from '../features/uploads/upload-route';

/** HTTP-only routes that features own (file upload for imports, photo download for <img>). */
export const featureHttpRoutes = (backend: Backend): HttpRoute[] => [uploadRoute(backend)];
