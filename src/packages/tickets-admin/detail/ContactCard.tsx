import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { TicketDetail } from '@contracts/tickets';
import { revealContact } from '../../../services/tickets';
import { ActionResult } from '../../../ui/ActionResult';
import { AppButton } from '../../../ui/AppButton';
import { useAction } from '../../../ui/useAction';
import { callPhone } from '../../tickets/shared/device';

/**
 * The reporter's name and phone, shown only when asked for — each time is recorded in 操作记录 —
 * with a button to call them back.
 */
export function ContactCard({ ticket, canReveal }: { ticket: TicketDetail; canReveal: boolean }) {
  const action = useAction();
  const [contact, setContact] = useState<{ name: string; phone?: string; place: string }>();
  if (!ticket.reporter) return null;
  const reveal = async () => {
    const found = await action.run(() => revealContact(ticket.id), '');
    if (found) setContact(found);
  };
  return (
    <View className="ll-card">
      <Text className="ll-title">报告人</Text>
      {contact ? (
        <>
          <Text className="ticket__line">{`${contact.name} · ${contact.place}`}</Text>
          {contact.phone ? (
            <>
              <Text className="ticket__line">{`电话：${contact.phone}`}</Text>
              <AppButton onClick={() => callPhone(contact.phone ?? '')}>{`打电话给${contact.name}`}</AppButton>
            </>
          ) : (
            <Text className="ll-muted ticket__line">没有留电话</Text>
          )}
        </>
      ) : (
        <>
          <Text className="ticket__line">{`${ticket.reporter.name}${ticket.reporter.hasPhone ? '（留了电话）' : '（没有留电话）'}`}</Text>
          {canReveal ? (
            <AppButton kind="plain" loading={action.busy} onClick={() => void reveal()}>
              查看联系方式（会记录在操作记录里）
            </AppButton>
          ) : null}
        </>
      )}
      <ActionResult error={action.error} notice="" />
    </View>
  );
}
