import { createHmac, timingSafeEqual } from 'node:crypto';

/** Who calls a function or an open API: what the platform would tell the function about the caller. */
export interface Caller {
  openid?: string;
  appid?: string;
  unionid?: string;
  /** CloudBase's call source chain, e.g. `wx_client`, `wx_client,scf`, `wx_trigger`. */
  source?: string;
  clientIp?: string;
}

/** The identity behind one invocation: the caller, and the function that is running on its behalf. */
export interface InvocationIdentity {
  caller: Caller;
  functionName?: string;
}

const CALLER_KEYS = ['openid', 'appid', 'unionid', 'source', 'clientIp'] as const;

/** Keeps only the known string fields, so a token or a host call cannot smuggle anything else. */
export function normalizeCaller(value: unknown): Caller {
  const caller: Caller = {};
  if (value === null || typeof value !== 'object') return caller;
  const record = value as Record<string, unknown>;
  for (const key of CALLER_KEYS) {
    const field = record[key];
    if (typeof field === 'string' && field !== '') caller[key] = field;
  }
  return caller;
}

/**
 * Signed tokens that stand for an invocation's identity. Production gives each invocation a
 * `WX_API_TOKEN` that the SDK sends back as `wxCloudApiToken` on every call the function makes;
 * the platform reads the caller from it. The local cloud does the same with an HMAC token, so a
 * function can neither forge nor lose its caller's OPENID when it calls other services.
 */
export class IdentityTokens {
  constructor(private readonly secret: string | Buffer) {}

  issue(identity: InvocationIdentity): string {
    const payload = Buffer.from(JSON.stringify({ c: identity.caller, f: identity.functionName })).toString('base64url');
    return `lc1.${payload}.${this.sign(payload)}`;
  }

  /** The identity in a token, or undefined when it is absent, malformed or not signed by this server. */
  verify(token: unknown): InvocationIdentity | undefined {
    if (typeof token !== 'string') return undefined;
    const [version, payload, signature] = token.split('.');
    if (version !== 'lc1' || !payload || !signature) return undefined;
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    try {
      const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { c?: unknown; f?: unknown };
      return {
        caller: normalizeCaller(decoded.c),
        functionName: typeof decoded.f === 'string' ? decoded.f : undefined,
      };
    } catch {
      return undefined;
    }
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.secret).update(`identity:${payload}`).digest('base64url');
  }
}

/**
 * The SDK sends `X-TCB-Source: <its TCB_SOURCE>,<its run-env tag>` (e.g. `wx_client,scf` from a
 * function called by the mini-program). That chain becomes the callee's SOURCE.
 */
export function sourceFromHeader(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return undefined;
  const chain = value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return chain.length > 0 ? chain.join(',') : undefined;
}
