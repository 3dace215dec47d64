import type { ReactNode } from 'react';
import type { MeView } from '@contracts/users';
import { StaffOnly as StaffFrame } from '../../ui/StaffOnly';
import '../fairs/shared/fairs.scss';

/** The fair pages' staff frame, with the fairs' styles. */
export function StaffOnly({ children }: { children: (me: MeView) => ReactNode }) {
  return <StaffFrame message="只有社区工作人员可以管理大集">{children}</StaffFrame>;
}
