import type { Backend } from '../app';
import type { HttpRoute } from './http-server';

/** HTTP-only routes that features own (file upload for imports, photo download for <img>). */
export const featureHttpRoutes = (_backend: Backend): HttpRoute[] => [];
