import Taro from '@tarojs/taro';
import type { ActionEvent } from '@contracts/envelope';
import type { FunctionName } from '@contracts/functions';
import { CallError } from './errors';

/** Delivers one action event to a cloud function and resolves with its raw reply. */
export type Transport = (fn: FunctionName, event: ActionEvent) => Promise<unknown>;

/** WeChat: the platform calls the function and supplies the caller's OPENID itself. */
export const cloudTransport: Transport = async (fn, event) => {
  try {
    const reply = await Taro.cloud.callFunction({ name: fn, data: { ...event } });
    return reply.result;
  } catch (error) {
    // The function ran and crashed (or timed out) on the platform: not the person's network.
    const message = error instanceof Error ? error.message : String((error as { errMsg?: unknown })?.errMsg ?? '');
    if (/-50400[23]|execute fail|timeout/i.test(message)) throw CallError.internal();
    throw CallError.network();
  }
};

/** Browser (local mode): linli's gateway; the session cookie says who is calling. */
export const httpTransport: Transport = async (fn, event) => {
  let response: Response;
  try {
    response = await fetch(`/api/functions/${fn}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(event),
    });
  } catch {
    throw CallError.network();
  }
  try {
    return await response.json();
  } catch {
    // A proxy or a restarting server answers with something other than an envelope.
    throw response.status >= 500 || response.status === 0 ? CallError.network() : CallError.internal();
  }
};

export const platformTransport: Transport = process.env.TARO_ENV === 'weapp' ? cloudTransport : httpTransport;
