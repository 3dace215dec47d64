import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { HOUSEHOLD_STATUS_LABELS, type UserRow } from '@contracts/users';
import { Button } from '../../../kit/button';
import { TextArea } from '../../../kit/textarea';
import { verifyHousehold } from '../../../services/users';
import { ActionResult } from '../../../ui/ActionResult';
import { Field } from '../../../ui/Field';
import { useAction } from '../../../ui/useAction';
import { householdLine } from '../shared/labels';

/** Staff confirm that the person lives where they say, or say why not (the person sees the note). */
export function HouseholdReview({ user, onChanged }: { user: UserRow; onChanged: (row: UserRow) => void }) {
  const action = useAction();
  const [note, setNote] = useState(user.household?.note ?? '');

  const decide = async (approve: boolean) => {
    const row = await action.run(() => verifyHousehold({ userId: user.id, approve, note }), approve ? '已核实通过' : '已标记为未通过');
    if (row) onChanged(row);
  };

  return (
    <View className="ll-card">
      <Text className="admin__section-title">房屋</Text>
      <Text className="admin__row">{householdLine(user)}</Text>
      {user.household ? (
        <View>
          <Text className="admin__row">{`状态：${HOUSEHOLD_STATUS_LABELS[user.household.status]}`}</Text>
          <Field label="说明（不通过时告诉居民原因）" error={action.error?.fields.note}>
            <TextArea value={note} maxLength={100} placeholder="例如：房号与登记不符" onChange={(value) => setNote(value)} />
          </Field>
          <View className="admin__actions">
            <Button block type="primary" disabled={action.busy} onClick={() => void decide(true)}>
              核实通过
            </Button>
          </View>
          <View className="admin__actions">
            <Button block type="danger" fill="outline" disabled={action.busy} onClick={() => void decide(false)}>
              不通过
            </Button>
          </View>
        </View>
      ) : null}
      <ActionResult error={action.error} notice={action.notice} />
    </View>
  );
}
