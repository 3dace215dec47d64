import { Image, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { NOTICE_LIMITS } from '@contracts/announcements';
import { fileUrl, uploadFiles } from '../../../services/files';
import { toCallError } from '../../../services/errors';
import { AppButton } from '../../../ui/AppButton';
import { Field } from '../../../ui/Field';
import { pickImages, pickPdf, wasCancelled } from '../shared/files';
import { withImages, withoutImage, type ComposeDraft } from './draft';

/** Pictures for the body and PDF/picture attachments, uploaded as the staff member's own files. */
export function MediaFields({
  draft,
  onChange,
  errors,
}: {
  draft: ComposeDraft;
  onChange: (next: ComposeDraft) => void;
  errors: Record<string, string | undefined>;
}) {
  const [progress, setProgress] = useState<number>();
  const [problem, setProblem] = useState('');

  const upload = async (work: () => Promise<void>) => {
    setProblem('');
    try {
      await work();
    } catch (error) {
      if (!wasCancelled(error)) setProblem(toCallError(error).message);
    } finally {
      setProgress(undefined);
    }
  };

  const addImages = () =>
    upload(async () => {
      const picked = await pickImages(NOTICE_LIMITS.images - draft.images.length);
      setProgress(0);
      onChange(withImages(draft, await uploadFiles('notice', picked, setProgress)));
    });

  const addPdf = () =>
    upload(async () => {
      const picked = await pickPdf();
      if (!picked) return;
      setProgress(0);
      const [fileID] = await uploadFiles('notice', [picked.file], setProgress);
      if (fileID)
        onChange({ ...draft, attachments: [...draft.attachments, { fileID, name: Array.from(picked.name).slice(0, 40).join('') }] });
    });

  return (
    <View>
      <Field label="图片" hint="正文里的 [图片1] 表示图片放在那里，可以移动这一行" error={errors.images}>
        <View className="notice__thumbs">
          {draft.images.map((fileID, i) => (
            <View key={fileID} className="notice__thumb">
              <Image className="notice__thumb-image" src={fileUrl(fileID)} mode="aspectFill" />
              <Text className="notice__line">{`图片${i + 1}`}</Text>
              <AppButton kind="plain" onClick={() => onChange(withoutImage(draft, i + 1))}>
                移除
              </AppButton>
            </View>
          ))}
        </View>
        {draft.images.length < NOTICE_LIMITS.images ? (
          <AppButton kind="plain" loading={progress !== undefined} onClick={() => void addImages()}>
            插入图片
          </AppButton>
        ) : null}
      </Field>
      <Field label="附件（可不填）" hint="PDF文件，最多5个" error={errors.attachments}>
        {draft.attachments.map((a) => (
          <View key={a.fileID} className="notice__row">
            <Text>{`📄 ${a.name}`}</Text>
            <View
              role="button"
              aria-label={`移除${a.name}`}
              className="ll-muted"
              onClick={() => onChange({ ...draft, attachments: draft.attachments.filter((x) => x.fileID !== a.fileID) })}
            >
              <Text>移除</Text>
            </View>
          </View>
        ))}
        {draft.attachments.length < NOTICE_LIMITS.attachments ? (
          <AppButton kind="plain" loading={progress !== undefined} onClick={() => void addPdf()}>
            添加PDF附件
          </AppButton>
        ) : null}
      </Field>
      {progress !== undefined ? <Text className="ll-muted notice__line">{`正在上传 ${progress}%`}</Text> : null}
      {problem ? (
        <View className="ll-error-text" role="alert">
          <Text>{problem}</Text>
        </View>
      ) : null}
    </View>
  );
}
