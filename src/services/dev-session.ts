import { CallError } from './errors';

/**
 * Local sign-in (H5 local mode only): the local server stands in for WeChat's identity with a
 * signed HttpOnly cookie. None of this exists in the WeChat build.
 */
export interface DemoPerson {
  openid: string;
  name: string;
  /** e.g. 长者居民, 社区工作人员 */
  label: string;
}

const request = async <T>(path: string, init?: RequestInit): Promise<T> => {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'include', ...init });
  } catch {
    throw CallError.network();
  }
  if (!response.ok) throw response.status >= 500 ? CallError.network() : CallError.internal();
  try {
    return (await response.json()) as T;
  } catch {
    throw CallError.internal();
  }
};

const postJson = <T>(path: string, body: unknown) =>
  request<T>(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

export const listDemoPeople = () => request<DemoPerson[]>('/api/dev/people');
export const getSession = () => request<{ openid: string | null }>('/api/dev/session');
export const signIn = (openid: string) => postJson<unknown>('/api/dev/sign-in', { openid });
export const signOut = () => postJson<unknown>('/api/dev/sign-out', {});
