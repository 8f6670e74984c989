/**
 * The crash driver's side of the HTTP transport: what the browser client does (POST /api/<method> with the
 * bearer token, the session cookie the server set, its own Host; POST /upload?name=… streaming the file).
 * A call killed in flight rejects (ECONNRESET/ECONNREFUSED); only an answer with ok:true is an acknowledgement.
 */
import { Agent, request } from 'node:http';
import type { Readable } from 'node:stream';
import type { Input, MethodName, Output } from '../../shared/contract';

export interface ApiError {
  code: string;
  message: string;
  details?: unknown;
}
export type Answer<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** The call never got an answer (the process died under it, or the socket broke). */
export class NoAnswer extends Error {}

export class CallFailed extends Error {
  constructor(
    readonly method: string,
    readonly error: ApiError,
  ) {
    super(`${method} answered ${error.code}: ${error.message}`);
  }
}

export interface Endpoint {
  port: number;
  token: string;
}

export class HttpClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 16 });

  constructor(private readonly endpoint: Endpoint) {}

  get port(): number {
    return this.endpoint.port;
  }

  close(): void {
    this.agent.destroy();
  }

  private send(
    path: string,
    headers: Record<string, string | number>,
    body: string | Readable,
    onCookie?: (cookie: string) => void,
  ): Promise<{ status: number; json: unknown }> {
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: this.endpoint.port,
          method: 'POST',
          path,
          agent: this.agent,
          headers: { Authorization: `Bearer ${this.endpoint.token}`, ...headers },
        },
        (res) => {
          const setCookie = res.headers['set-cookie'];
          const cookie = setCookie?.map((c) => /rl_sid=[^;]+/.exec(c)?.[0]).find(Boolean);
          if (cookie && onCookie) onCookie(cookie);
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', (error) => reject(new NoAnswer(error.message)));
          res.on('aborted', () => reject(new NoAnswer('response aborted')));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            try {
              resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) });
            } catch {
              reject(new NoAnswer(`unparsable answer (${res.statusCode}): ${text.slice(0, 200)}`));
            }
          });
        },
      );
      req.on('error', (error) => reject(new NoAnswer(error.message)));
      if (typeof body === 'string') req.end(body);
      else {
        body.on('error', (error) => req.destroy(error));
        body.pipe(req);
      }
    });
  }

  /** The raw answer of one call made in `session`'s name. */
  async raw(method: string, input: unknown, session: Session): Promise<Answer<unknown>> {
    const { json } = await this.send(
      `/api/${method}`,
      { 'Content-Type': 'application/json', ...(session.cookie ? { Cookie: session.cookie } : {}) },
      JSON.stringify(input),
      (cookie) => (session.cookie = cookie),
    );
    return json as Answer<unknown>;
  }

  /** Calls and unwraps; an error answer throws CallFailed, no answer throws NoAnswer. */
  async call<M extends MethodName>(method: M, input: Input<M>, session: Session): Promise<Output<M>> {
    const answer = await this.raw(method, input, session);
    if (!answer.ok) throw new CallFailed(method, answer.error);
    return answer.value as Output<M>;
  }

  /** The import screen's upload: the file's bytes as the body of POST /upload?name=…. */
  async upload(name: string, body: Readable, size: number, session: Session): Promise<{ uploadId: string; name: string; size: number }> {
    const { json } = await this.send(
      `/upload?name=${encodeURIComponent(name)}`,
      { 'Content-Type': 'application/octet-stream', 'Content-Length': size, ...(session.cookie ? { Cookie: session.cookie } : {}) },
      body,
      (cookie) => (session.cookie = cookie),
    );
    const answer = json as Answer<{ uploadId: string; name: string; size: number }>;
    if (!answer.ok) throw new CallFailed('upload', answer.error);
    return answer.value;
  }
}

/** One browser tab's session: the cookie the server hands out on the first request. A restart logs everyone out. */
export interface Session {
  role: 'owner' | 'inspector' | 'service';
  cookie?: string;
}
