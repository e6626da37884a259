// Local-first safety: only our own host names (DNS rebinding), only same-origin writes (no
// other website open in the browser may change the network), and an optional token for
// users who bind to a non-loopback address.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface SecurityOptions {
  /** The host the server binds to (HOST). */
  host: string;
  /** Extra origins allowed to write, e.g. the Vite dev server. */
  allowedOrigins: string[];
  /** When set, every /api request must carry it (Authorization: Bearer, or the cookie). */
  token?: string;
}

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]', '::1'];

export function isLoopback(host: string): boolean {
  return LOOPBACK_NAMES.includes(host) || host.startsWith('127.');
}

function hostname(hostHeader: string): string {
  const v = hostHeader.trim().toLowerCase();
  if (v.startsWith('[')) return v.slice(0, v.indexOf(']') + 1);
  return v.replace(/:\d+$/, '');
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookie(req: FastifyRequest, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k !== name) continue;
    // A malformed %-escape is not our cookie (and must not fail the request).
    try {
      return decodeURIComponent(v.join('='));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** An onRequest hook enforcing the rules above; answers 403 (or 401) and stops the request. */
export function securityHook(opts: SecurityOptions) {
  const allowedHosts = new Set(isLoopback(opts.host) ? LOOPBACK_NAMES : [opts.host.toLowerCase()]);
  const allowedOrigins = new Set(opts.allowedOrigins.map((o) => o.replace(/\/$/, '').toLowerCase()));

  return async function check(req: FastifyRequest, reply: FastifyReply): Promise<void> {
    const host = req.headers.host;
    if (!host || !allowedHosts.has(hostname(host))) {
      reply.code(403).send({ error: 'ForbiddenError', message: `requests for host '${host ?? ''}' are refused` });
      return reply;
    }

    if (WRITE_METHODS.has(req.method)) {
      const origin = req.headers.origin;
      if (origin !== undefined) {
        let sameOrigin = false;
        try {
          sameOrigin = new URL(origin).host.toLowerCase() === host.toLowerCase();
        } catch {
          sameOrigin = false;
        }
        if (!sameOrigin && !allowedOrigins.has(origin.toLowerCase())) {
          reply.code(403).send({ error: 'ForbiddenError', message: `cross-origin writes from '${origin}' are refused` });
          return reply;
        }
      } else if (req.headers['sec-fetch-site'] === 'cross-site') {
        reply.code(403).send({ error: 'ForbiddenError', message: 'cross-site writes are refused' });
        return reply;
      }
    }

    if (opts.token) {
      const url = new URL(req.url, 'http://x');
      const given = url.searchParams.get('token');
      if (given !== null && req.method === 'GET' && !url.pathname.startsWith('/api/')) {
        // Opening http://host:port/?token=... once sets the cookie the UI then sends.
        if (!sameToken(given, opts.token)) {
          reply.code(401).send({ error: 'UnauthorizedError', message: 'wrong token' });
          return reply;
        }
        reply
          .header('set-cookie', `orbit_token=${encodeURIComponent(given)}; HttpOnly; SameSite=Strict; Path=/`)
          .redirect('/');
        return reply;
      }
      if (url.pathname.startsWith('/api/')) {
        const auth = req.headers.authorization;
        const presented = auth?.startsWith('Bearer ') ? auth.slice(7) : cookie(req, 'orbit_token');
        if (!presented || !sameToken(presented, opts.token)) {
          reply.code(401).send({ error: 'UnauthorizedError', message: 'this server needs its access token' });
          return reply;
        }
      }
    }
  };
}
