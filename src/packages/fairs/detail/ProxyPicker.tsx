import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ResidentMatch } from '@contracts/fairs';
import { findResidents } from '../../../services/fairs';
import { toCallError } from '../../../services/errors';
import { AppButton } from '../../../ui/AppButton';
import { Field } from '../../../ui/Field';
import { TextInput } from '../shared/TextInput';

/** Staff and volunteers book for an elder without a phone: found by name (and room). */
export function ProxyPicker({
  chosen,
  onChoose,
}: {
  chosen?: { id: string; name: string };
  onChoose: (person?: { id: string; name: string }) => void;
}) {
  const [name, setName] = useState('');
  const [room, setRoom] = useState('');
  const [matches, setMatches] = useState<ResidentMatch[]>();
  const [error, setError] = useState('');
  const search = async () => {
    setError('');
    try {
      setMatches(await findResidents({ name, room }));
    } catch (e) {
      setError(toCallError(e).message);
    }
  };
  if (chosen)
    return (
      <View className="ll-card">
        <Text className="fairs__line">{`正在为 ${chosen.name} 代预约`}</Text>
        <AppButton kind="plain" onClick={() => onChoose(undefined)}>
          改为给自己预约
        </AppButton>
      </View>
    );
  return (
    <View className="ll-card">
      <Text className="ll-title">代老人预约</Text>
      <Field label="姓名">
        <TextInput name="proxyName" value={name} placeholder="老人的姓名" onChange={setName} maxLength={20} />
      </Field>
      <Field label="房号（可不填）">
        <TextInput name="proxyRoom" value={room} placeholder="例如 301" onChange={setRoom} maxLength={10} />
      </Field>
      <AppButton kind="plain" onClick={() => void search()}>
        查找居民
      </AppButton>
      {error ? <Text className="ll-error-text">{error}</Text> : null}
      {matches?.length === 0 ? <Text className="ll-muted">没有找到，请核对姓名</Text> : null}
      {matches?.map((m) => (
        <AppButton key={m.id} kind="plain" onClick={() => onChoose({ id: m.id, name: m.name })}>
          {`${m.name} ${m.home}${m.isElder ? ' 长者' : ''}`}
        </AppButton>
      ))}
    </View>
  );
}
