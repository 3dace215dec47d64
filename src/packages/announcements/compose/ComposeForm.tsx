import { Text, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import {
  AUDIENCE_GROUPS,
  CATEGORY_LABELS,
  GROUP_LABELS,
  NOTICE_CATEGORIES,
  NOTICE_LIMITS,
  type NoticeAdmin,
} from '@contracts/announcements';
import type { FieldErrors } from '@contracts/envelope';
import { parseNoticeBody } from '@contracts/notice-body';
import type { BuildingView } from '@contracts/users';
import { Button } from '../../../kit/button';
import { Input } from '../../../kit/input';
import { TextArea } from '../../../kit/textarea';
import { createNotice, updateNotice } from '../../../services/announcements';
import { toCallError } from '../../../services/errors';
import { Field } from '../../../ui/Field';
import { OptionGroup } from '../../../ui/OptionGroup';
import { Choices, Toggle } from '../shared/Choices';
import { NoticeBody } from '../shared/NoticeBody';
import { TIME_HINT } from '../shared/time-text';
import { draftFrom, newRequestId, toFields, type ComposeDraft } from './draft';
import { MediaFields } from './MediaFields';

const AUDIENCE_OPTIONS = [
  { value: 'all' as const, label: '全体居民' },
  { value: 'buildings' as const, label: '指定楼栋' },
  { value: 'groups' as const, label: '指定人群' },
];

const BODY_HINT = '空一行分段；## 开头是小标题；**文字** 加粗；[文字](/packages/fairs/index/index) 链接到小程序页面';

/** Writing or editing a notice; publishing happens on the notice's own page after saving. */
export function ComposeForm({
  buildings,
  notice,
  onSaved,
}: {
  buildings: BuildingView[];
  notice?: NoticeAdmin;
  onSaved: (notice: NoticeAdmin) => void;
}) {
  const [draft, setDraft] = useState<ComposeDraft>(() => draftFrom(notice));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState('');
  const [needsConfirm, setNeedsConfirm] = useState(false);
  const [saving, setSaving] = useState(false);
  const [preview, setPreview] = useState(false);
  const requestId = useRef(newRequestId());
  const set =
    <K extends keyof ComposeDraft>(key: K) =>
    (value: ComposeDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  const save = async (confirmReview = false) => {
    const checked = toFields(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setSaving(true);
    setMessage('');
    setErrors({});
    try {
      const saved = notice
        ? await updateNotice({ noticeId: notice.id, revision: notice.revision, ...checked.fields, confirmReview })
        : await createNotice({ requestId: requestId.current, ...checked.fields });
      setNeedsConfirm(false);
      onSaved(saved);
    } catch (error) {
      const failure = toCallError(error);
      setErrors(failure.fields);
      setNeedsConfirm(failure.code === 'CONTENT_NEEDS_REVIEW');
      setMessage(Object.keys(failure.fields).some((k) => k in draft || k === 'expiresAt') ? '' : failure.message);
    } finally {
      setSaving(false);
    }
  };

  const parsed = preview ? parseNoticeBody(draft.body, draft.images) : undefined;

  return (
    <View>
      {notice && notice.status !== 'draft' ? (
        <View className="ll-card" role="note">
          <Text>
            {notice.status === 'published'
              ? '这条通知已发布：修改后居民会看到“已更新”，修改记录会保留。'
              : '这条通知待发布：修改后会重新检查内容。'}
          </Text>
        </View>
      ) : null}
      <Field label="分类" error={errors.category}>
        <OptionGroup
          label="分类"
          options={NOTICE_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))}
          value={draft.category}
          onChange={set('category')}
        />
      </Field>
      <Field label="标题" hint={`最多${NOTICE_LIMITS.title}个字`} error={errors.title}>
        <Input name="title" placeholder="例如：3号楼停水通知" value={draft.title} maxLength={NOTICE_LIMITS.title} onChange={set('title')} />
      </Field>
      <Field label="正文" hint={BODY_HINT} error={errors.body}>
        <TextArea
          className="notice-compose__body"
          value={draft.body}
          maxLength={NOTICE_LIMITS.body}
          rows={10}
          placeholder="写清楚时间、地点、要做什么"
          onChange={set('body')}
        />
      </Field>
      <MediaFields draft={draft} onChange={setDraft} errors={errors} />
      <Field label="发送范围" error={errors.audience}>
        <OptionGroup label="发送范围" options={AUDIENCE_OPTIONS} value={draft.audience} onChange={set('audience')} />
      </Field>
      {draft.audience === 'buildings' ? (
        <Field label="楼栋" error={errors.buildingIds}>
          <Choices
            label="楼栋"
            options={buildings.map((b) => ({ value: b.id, label: b.name }))}
            value={draft.buildingIds}
            onChange={set('buildingIds')}
          />
        </Field>
      ) : null}
      {draft.audience === 'groups' ? (
        <Field label="人群" error={errors.groups}>
          <Choices
            label="人群"
            options={AUDIENCE_GROUPS.map((g) => ({ value: g, label: GROUP_LABELS[g] }))}
            value={draft.groups}
            onChange={set('groups')}
          />
        </Field>
      ) : null}
      <Field label="需要居民确认" error={errors.mustAck}>
        <Toggle
          label="需确认（居民要点“我已知晓”）"
          hint="停水停电、疫苗接种等不能错过的通知"
          on={draft.mustAck}
          onChange={set('mustAck')}
        />
      </Field>
      <Field label="结束时间（可不填）" hint={`到时自动下线。${TIME_HINT}`} error={errors.expiresAt}>
        <Input name="expires" placeholder="2026-11-25 18:00" value={draft.expires} maxLength={16} onChange={set('expires')} />
      </Field>
      <View className="notice-compose__preview">
        <Toggle label="预览正文" on={preview} onChange={setPreview} />
      </View>
      {parsed ? (
        parsed.ok ? (
          <View className="ll-card">
            <NoticeBody blocks={parsed.blocks} />
          </View>
        ) : (
          <View className="ll-error-text" role="alert">
            <Text>{parsed.message}</Text>
          </View>
        )
      ) : null}
      {message ? (
        <View className="ll-error-text" role="alert">
          <Text>{message}</Text>
        </View>
      ) : null}
      {needsConfirm ? (
        <Button type="primary" size="large" block loading={saving} onClick={() => void save(true)}>
          确认内容无误，仍然保存
        </Button>
      ) : (
        <Button type="primary" size="large" block loading={saving} onClick={() => void save()}>
          {notice ? '保存修改' : '保存草稿'}
        </Button>
      )}
    </View>
  );
}
