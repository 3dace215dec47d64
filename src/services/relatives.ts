import type { ActionInput } from '@contracts/action';
import { relatives } from '@contracts/relatives';
import { call } from './call';

/** Relatives who act for an elder, and elders without a phone registered by staff. */
export const myRelatives = () => call(relatives.myRelatives, {});
export const linksOf = (userId: string) => call(relatives.linksOf, { userId });
export const linkRelative = (input: ActionInput<typeof relatives.linkRelative>) => call(relatives.linkRelative, input);
export const unlinkRelative = (input: ActionInput<typeof relatives.unlinkRelative>) => call(relatives.unlinkRelative, input);
export const registerOffline = (input: ActionInput<typeof relatives.registerOffline>) => call(relatives.registerOffline, input);
