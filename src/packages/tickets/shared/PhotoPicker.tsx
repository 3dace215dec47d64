import { Image, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { MAX_TICKET_PHOTOS } from '@contracts/tickets';
import { toCallError } from '../../../services/errors';
import { fileUrl, uploadFiles } from '../../../services/files';
import { AppButton } from '../../../ui/AppButton';
import { pickPhotos, wasCancelled } from './device';

/**
 * Photos for a form: picked, compressed (location data stripped) and uploaded at once as the
 * person's own files, with progress in words; each can be removed again.
 */
export function PhotoPicker({
  photos,
  onChange,
  max = MAX_TICKET_PHOTOS,
  label = '拍照或选照片',
  onBusy,
}: {
  photos: string[];
  onChange: (photos: string[]) => void;
  max?: number;
  label?: string;
  onBusy?: (busy: boolean) => void;
}) {
  const [progress, setProgress] = useState<number>();
  const [problem, setProblem] = useState('');

  const add = async () => {
    setProblem('');
    try {
      const picked = await pickPhotos(max - photos.length);
      if (!picked.length) return;
      setProgress(0);
      onBusy?.(true);
      const uploaded = await uploadFiles('ticket', picked, setProgress);
      onChange([...photos, ...uploaded].slice(0, max));
    } catch (error) {
      if (!wasCancelled(error)) setProblem(toCallError(error).message);
    } finally {
      setProgress(undefined);
      onBusy?.(false);
    }
  };

  return (
    <View>
      <View className="ticket-photos">
        {photos.map((fileID, i) => (
          <View key={fileID} className="ticket-photos__slot">
            <Image className="ticket-photos__item" src={fileUrl(fileID)} mode="aspectFill" aria-label={`照片${i + 1}`} />
            <View
              className="ticket-photos__remove"
              role="button"
              aria-label={`删除照片${i + 1}`}
              onClick={() => onChange(photos.filter((p) => p !== fileID))}
            >
              <Text>删除</Text>
            </View>
          </View>
        ))}
      </View>
      {progress !== undefined ? (
        <View className="ticket-progress" role="status">
          <View className="ticket-progress__bar" style={{ width: `${progress}%` }} />
          <Text className="ticket-progress__text">{`正在上传 ${progress}%`}</Text>
        </View>
      ) : null}
      {photos.length < max ? (
        <AppButton kind="plain" loading={progress !== undefined} onClick={() => void add()}>
          {`${label}（${photos.length}/${max}）`}
        </AppButton>
      ) : (
        <Text className="ll-muted">{`最多${max}张`}</Text>
      )}
      {problem ? (
        <View className="ll-error-text" role="alert">
          <Text>{problem}</Text>
        </View>
      ) : null}
    </View>
  );
}
