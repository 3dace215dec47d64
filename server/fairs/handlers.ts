import { fairs } from '@contracts/fairs';
import type { Handlers } from '../kernel/entry';
import type { Caller } from '../users/caller';
import type { FairsDeps } from './deps';
import { addShift, assignShift, leaveShift, listShifts, myShifts, signUpShift } from './use-cases/shifts/shifts';
import { addStall } from './use-cases/add-stall/add-stall';
import { book } from './use-cases/book/book';
import { bookingPass } from './use-cases/booking-pass/booking-pass';
import { fairBoard } from './use-cases/board/board';
import { cancelBooking } from './use-cases/cancel-booking/cancel-booking';
import { cancelFair } from './use-cases/cancel-fair/cancel-fair';
import { checkInByName, verifyCode } from './use-cases/check-in/check-in';
import { copyFair } from './use-cases/copy-fair/copy-fair';
import { createFair } from './use-cases/create-fair/create-fair';
import { findResidents, listVolunteers } from './use-cases/find-residents/find-residents';
import { getFair } from './use-cases/get-fair/get-fair';
import { correctHours, exportHours, hoursLedger } from './use-cases/hours/hours';
import { listAllFairs, listFairs } from './use-cases/list-fairs/list-fairs';
import { myBookings } from './use-cases/my-bookings/my-bookings';
import { publishFair } from './use-cases/publish-fair/publish-fair';
import { removeStall } from './use-cases/remove-stall/remove-stall';
import { createSeries, listSeries, stopSeries } from './use-cases/series/series';
import { shiftCheckIn, shiftCheckOut } from './use-cases/shift-presence/shift-presence';
import { stallCode } from './use-cases/stall-code/stall-code';
import { exportStats, fairStats } from './use-cases/stats/stats';
import { updateFair } from './use-cases/update-fair/update-fair';
import { recordWalkIn } from './use-cases/walk-in/walk-in';

/** Everything the `fairs` function answers: residents' bookings, volunteers' stalls and shifts, staff's fairs. */
export const fairsActions = fairs;

export const fairsHandlers: Handlers<typeof fairsActions, FairsDeps, Caller> = {
  listFairs: (input, { deps }) => listFairs(input, deps),
  getFair: (input, { caller, deps }) => getFair(input, caller, deps),
  book: (input, { caller, deps }) => book(input, caller, deps),
  cancelBooking: (input, { caller, deps }) => cancelBooking(input, caller, deps),
  myBookings: (input, { caller, deps }) => myBookings(input, caller, deps),
  bookingPass: (input, { caller, deps }) => bookingPass(input, caller, deps),
  listShifts: (input, { caller, deps }) => listShifts(input, caller, deps),
  myShifts: (_input, { caller, deps }) => myShifts(caller, deps),
  signUpShift: (input, { caller, deps }) => signUpShift(input, caller, deps),
  leaveShift: (input, { caller, deps }) => leaveShift(input, caller, deps),
  shiftCheckIn: (input, { caller, deps }) => shiftCheckIn(input, caller, deps),
  shiftCheckOut: (input, { caller, deps }) => shiftCheckOut(input, caller, deps),
  verifyCode: (input, { caller, deps }) => verifyCode(input, caller, deps),
  checkInByName: (input, { caller, deps }) => checkInByName(input, caller, deps),
  recordWalkIn: (input, { caller, deps }) => recordWalkIn(input, caller, deps),
  findResidents: (input, { deps }) => findResidents(input, deps),
  stallCode: (input, { caller, deps }) => stallCode(input, caller, deps),
  fairBoard: (input, { deps }) => fairBoard(input, deps),
  hoursLedger: (input, { caller, deps }) => hoursLedger(input, caller, deps),
  exportHours: (input, { caller, deps }) => exportHours(input, caller, deps),
  listAllFairs: (input, { deps }) => listAllFairs(input, deps),
  createFair: (input, { caller, deps }) => createFair(input, caller, deps),
  updateFair: (input, { caller, deps }) => updateFair(input, caller, deps),
  copyFair: (input, { caller, deps }) => copyFair(input, caller, deps),
  publishFair: (input, { caller, deps }) => publishFair(input, caller, deps),
  cancelFair: (input, { caller, deps }) => cancelFair(input, caller, deps),
  addStall: (input, { caller, deps }) => addStall(input, caller, deps),
  removeStall: (input, { caller, deps }) => removeStall(input, caller, deps),
  addShift: (input, { caller, deps }) => addShift(input, caller, deps),
  assignShift: (input, { caller, deps }) => assignShift(input, caller, deps),
  createSeries: (input, { caller, deps }) => createSeries(input, caller, deps),
  listSeries: (_input, { deps }) => listSeries(deps),
  stopSeries: (input, { caller, deps }) => stopSeries(input, caller, deps),
  fairStats: (input, { deps }) => fairStats(input, deps),
  exportStats: (input, { deps }) => exportStats(input, deps),
  correctHours: (input, { caller, deps }) => correctHours(input, caller, deps),
  listVolunteers: (_input, { deps }) => listVolunteers(deps),
};
