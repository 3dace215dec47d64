/**
 * One person and one notice: whether they were in its audience when it was published (with
 * where they lived then, for the grid worker's visits), and when they read and acknowledged it.
 * Its id is `<noticeId>_<userId>`, so a person has one receipt per notice however often they open it.
 */
export interface Receipt {
  id: string;
  noticeId: string;
  userId: string;
  /** In the audience snapshot taken at publish; false for people who joined the audience later. */
  inAudience: boolean;
  read: boolean;
  readAt?: Date;
  acked: boolean;
  ackAt?: Date;
  name: string;
  buildingId?: string;
  buildingName?: string;
  buildingOrder?: number;
  unit?: string;
  room?: string;
}

export const receiptId = (noticeId: string, userId: string): string => `${noticeId}_${userId}`;
