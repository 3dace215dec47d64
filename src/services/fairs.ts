import type { ActionInput } from '@contracts/action';
import { fairs } from '@contracts/fairs';
import { call } from './call';

type In<K extends keyof typeof fairs> = ActionInput<(typeof fairs)[K]>;

/** One function per `fairs` action; pages import these, never `call` or the transport. */
export const listFairs = (input: NonNullable<In<'listFairs'>> = {}) => call(fairs.listFairs, input);
export const getFair = (fairId: string) => call(fairs.getFair, { fairId });
export const bookSlot = (input: In<'book'>) => call(fairs.book, input);
export const cancelBooking = (bookingId: string) => call(fairs.cancelBooking, { bookingId });
export const myBookings = (input: NonNullable<In<'myBookings'>> = {}) => call(fairs.myBookings, input);
export const bookingPass = (bookingId: string) => call(fairs.bookingPass, { bookingId });

export const listShifts = (fairId: string) => call(fairs.listShifts, { fairId });
export const myShifts = () => call(fairs.myShifts, {});
export const signUpShift = (shiftId: string) => call(fairs.signUpShift, { shiftId });
export const leaveShift = (shiftId: string) => call(fairs.leaveShift, { shiftId });
export const shiftCheckIn = (stallCode: string) => call(fairs.shiftCheckIn, { stallCode });
export const shiftCheckOut = (stallCode: string) => call(fairs.shiftCheckOut, { stallCode });
export const verifyCode = (input: In<'verifyCode'>) => call(fairs.verifyCode, input);
export const checkInByName = (input: In<'checkInByName'>) => call(fairs.checkInByName, input);
export const recordWalkIn = (input: In<'recordWalkIn'>) => call(fairs.recordWalkIn, input);
export const findResidents = (input: In<'findResidents'>) => call(fairs.findResidents, input);
export const stallCode = (stallId: string) => call(fairs.stallCode, { stallId });
export const fairBoard = (fairId: string) => call(fairs.fairBoard, { fairId });
export const hoursLedger = (input: In<'hoursLedger'>) => call(fairs.hoursLedger, input);
export const exportHours = (input: In<'exportHours'>) => call(fairs.exportHours, input);

export const listAllFairs = (input: NonNullable<In<'listAllFairs'>> = {}) => call(fairs.listAllFairs, input);
export const createFair = (input: In<'createFair'>) => call(fairs.createFair, input);
export const updateFair = (input: In<'updateFair'>) => call(fairs.updateFair, input);
export const copyFair = (input: In<'copyFair'>) => call(fairs.copyFair, input);
export const publishFair = (fairId: string) => call(fairs.publishFair, { fairId });
export const cancelFair = (input: In<'cancelFair'>) => call(fairs.cancelFair, input);
export const addStall = (input: In<'addStall'>) => call(fairs.addStall, input);
export const removeStall = (stallId: string) => call(fairs.removeStall, { stallId });
export const addShift = (input: In<'addShift'>) => call(fairs.addShift, input);
export const assignShift = (input: In<'assignShift'>) => call(fairs.assignShift, input);
export const createSeries = (input: In<'createSeries'>) => call(fairs.createSeries, input);
export const listSeries = () => call(fairs.listSeries, {});
export const stopSeries = (seriesId: string) => call(fairs.stopSeries, { seriesId });
export const fairStats = (input: In<'fairStats'>) => call(fairs.fairStats, input);
export const exportStats = (input: In<'exportStats'>) => call(fairs.exportStats, input);
export const correctHours = (input: In<'correctHours'>) => call(fairs.correctHours, input);
export const listVolunteers = () => call(fairs.listVolunteers, {});

/** A key for one intended change: kept across retries of the same tap, new for the next change. */
export const newRequestId = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
