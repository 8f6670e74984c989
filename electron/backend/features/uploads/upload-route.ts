import { contract } from '../../../../shared/contract';
import { AppError, type ApiErrorBody } from '../../../../shared/contract/errors';
import { maxUploadBytes } from '../../../../shared/domain/uploads';
import type { Backend } from '../../app';
import type { HttpRoute } from '../../transport/http-server';
import { saveUploadStream, UploadTooLarge } from './upload-store';

/** Roles that may upload files (the import screen's roles). */
const uploaders = new Set(['owner', 'service']);

/**
 * Browser transport: `POST /upload?name=…` with the raw file as body, streamed to disk. The answer has the
 * same shape as an API call: {ok, value: {uploadId, name, size}}.
 */
export const uploadRoute = (backend: Backend, limit = maxUploadBytes): HttpRoute => ({
  method: 'POST',
  path: /^\/upload$/,
  auth: 'token',
  handle: async ({ req, res, url, sessionKey, sendJson, sendError }) => {
    const status = await backend.dispatch('auth.status', {}, sessionKey);
    // The dispatcher answers untyped values; the contract's own schema reads this one.
    const user = status.ok ? contract['auth.status'].output.parse(status.value).user : null;
    const refuse = (error: ApiErrorBody, httpStatus?: number) => {
      sendError(error, httpStatus);
      // Do not read the rest of a refused body.
      res.on('finish', () => req.destroy());
    };
    if (!user) return refuse({ code: 'UNAUTHENTICATED', reason: 'login_required', message: 'Please log in first.' });
    if (!uploaders.has(user.role))
      return refuse({
        code: 'FORBIDDEN',
        reason: 'role_forbidden',
        params: { role: user.role },
        message: `The ${user.role} role may not upload files.`,
      });
    const name = url.searchParams.get('name') ?? '';
    if (!name.trim())
      return refuse({ code: 'VALIDATION', reason: 'upload_name_missing', message: 'Say the file name: POST /upload?name=<file name>.' });
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) return refuse(new UploadTooLarge(limit).toBody(), 413);
    try {
      const value = await saveUploadStream(backend.env.dataDir, req, name, backend.env.now(), limit);
      sendJson(200, { ok: true, value });
    } catch (error) {
      if (error instanceof UploadTooLarge) return refuse(error.toBody(), 413);
      if (error instanceof AppError) return sendError(error.toBody());
      throw error;
    }
  },
});
