import Taro from '@tarojs/taro';
import { useState } from 'react';
import { SUBSCRIBE_TEMPLATES } from '@contracts/subscribe-templates';
import { recordNoticeSubscription } from '../../../services/announcements';
import { ActionResult } from '../../../ui/ActionResult';
import { AppButton } from '../../../ui/AppButton';

/**
 * WeChat lets a mini-program send one message per grant, asked for from a tap: this button asks
 * for the next notice. Declining changes nothing — every notice also lands in 消息.
 */
export function RemindMe() {
  const [notice, setNotice] = useState('');
  if (process.env.TARO_ENV !== 'weapp') return null;
  const ask = async () => {
    const id = SUBSCRIBE_TEMPLATES.noticePublished.id;
    try {
      const res = (await Taro.requestSubscribeMessage({ tmplIds: [id], entityIds: [] } as never)) as unknown as Record<string, string>;
      if (res[id] !== 'accept') return;
      await recordNoticeSubscription();
      setNotice('好的，下一条通知会用微信提醒您');
    } catch {
      // Declined, or templates not set up on this account: notices still reach 消息.
    }
  };
  return (
    <>
      <AppButton kind="plain" onClick={() => void ask()}>
        有新通知时微信提醒我
      </AppButton>
      <ActionResult notice={notice} />
    </>
  );
}
