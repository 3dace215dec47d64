import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { taroTest } from '../../../../test/stubs/taro';
import { resetApp } from '../../../../test/components/reset';
import { buildings, resident, staff } from '../../../../test/components/fixtures';
import { createNotice, exportNoticeStats, getNotice, listNotices, noticeStats, publishNotice } from '../../../services/announcements';
import { CallError } from '../../../services/errors';
import { getMe, listBuildings } from '../../../services/users';
import AdminPage from '../admin/index';
import { withImages, withoutImage, draftFrom, toFields } from '../compose/draft';
import ComposePage from '../compose/index';
import ManagePage from '../manage/index';
import { admin, stats } from './fixtures';

jest.mock('../../../services/announcements');
jest.mock('../../../services/users');

const type = (placeholder: string, value: string) => fireEvent.change(screen.getByPlaceholderText(placeholder), { target: { value } });

beforeEach(() => {
  resetApp();
  jest.resetAllMocks();
  jest.mocked(getMe).mockResolvedValue(staff());
  jest.mocked(listBuildings).mockResolvedValue(buildings);
});

describe('管理通知', () => {
  it('is closed to residents, and asks the server nothing', async () => {
    jest.mocked(getMe).mockResolvedValue(resident());
    render(<ManagePage />);
    expect(await screen.findByText('只有社区工作人员可以管理通知')).toBeTruthy();
    expect(listNotices).not.toHaveBeenCalled();
  });

  it('lists notices with their state and how many have read them, filtered by state', async () => {
    jest.mocked(listNotices).mockResolvedValue({
      items: [{ ...admin({ status: 'published', publishedAt: '2026-11-19T02:00:00.000Z' }), audienceSize: 5, readCount: 1, ackCount: 1 }],
    });
    render(<ManagePage />);
    expect(await screen.findByText('已读 1/5 · 已确认 1/5')).toBeTruthy();
    expect(screen.getByText('发送范围：1号楼')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: '已撤回' }));
    await waitFor(() => expect(listNotices).toHaveBeenLastCalledWith({ status: 'withdrawn' }));
    fireEvent.click(screen.getByRole('button', { name: '写新通知' }));
    expect(taroTest.lastNavigation).toEqual({ type: 'navigateTo', url: '/packages/announcements/compose/index' });
  });
});

describe('写通知', () => {
  it('sends the form as the contract wants it and continues on the notice’s page', async () => {
    jest.mocked(createNotice).mockResolvedValue(admin({ id: 'new1' }));
    render(<ComposePage />);
    await screen.findByPlaceholderText('例如：3号楼停水通知');
    type('例如：3号楼停水通知', '1号楼停水');
    type('写清楚时间、地点、要做什么', '明天 **9点** 停水');
    fireEvent.click(screen.getByRole('radio', { name: '指定楼栋' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '1号楼' }));
    fireEvent.click(screen.getByRole('switch', { name: '需确认（居民要点“我已知晓”）' }));
    type('2026-11-25 18:00', '2026-11-25 18:00');
    fireEvent.click(screen.getByRole('button', { name: '保存草稿' }));
    await waitFor(() =>
      expect(taroTest.lastNavigation).toEqual({ type: 'redirectTo', url: '/packages/announcements/admin/index?id=new1' }),
    );
    expect(createNotice).toHaveBeenCalledWith(
      expect.objectContaining({
        title: '1号楼停水',
        body: '明天 **9点** 停水',
        audience: 'buildings',
        buildingIds: ['b1'],
        groups: [],
        mustAck: true,
        expiresAt: '2026-11-25T10:00:00.000Z',
        requestId: expect.stringMatching(/^[a-z0-9]{8,}$/),
      }),
    );
  });

  it('shows the server’s field messages under the fields, and a time it cannot read before sending', async () => {
    render(<ComposePage />);
    await screen.findByPlaceholderText('例如：3号楼停水通知');
    type('2026-11-25 18:00', '下周一');
    fireEvent.click(await screen.findByRole('button', { name: '保存草稿' }));
    expect(await screen.findByText('结束时间格式不对，格式：2026-11-25 18:00')).toBeTruthy();
    expect(createNotice).not.toHaveBeenCalled();

    type('2026-11-25 18:00', '');
    jest
      .mocked(createNotice)
      .mockRejectedValue(
        new CallError('INVALID_INPUT', '请填写标题', { title: '请填写标题', body: '正文里的[图片2]没有对应的图片，请先插入图片' }),
      );
    fireEvent.click(screen.getByRole('button', { name: '保存草稿' }));
    expect(await screen.findByText('请填写标题')).toBeTruthy();
    expect(screen.getByText('正文里的[图片2]没有对应的图片，请先插入图片')).toBeTruthy();
  });

  it('previews the body as readers will see it', async () => {
    render(<ComposePage />);
    await screen.findByPlaceholderText('例如：3号楼停水通知');
    type('写清楚时间、地点、要做什么', '## 时间\n明天');
    fireEvent.click(screen.getByRole('switch', { name: '预览正文' }));
    expect(await screen.findByText('时间')).toBeTruthy();
    type('写清楚时间、地点、要做什么', '[外链](https://x.example)');
    expect(await screen.findByText('链接“外链”只能指向小程序里的页面')).toBeTruthy();
  });

  it('keeps picture lines in step with the pictures', () => {
    let draft = withImages({ ...draftFrom(), body: '看图' }, ['f1', 'f2', 'f3']);
    expect(draft.body).toBe('看图\n\n[图片1]\n\n[图片2]\n\n[图片3]');
    draft = withoutImage(draft, 2);
    expect(draft).toMatchObject({ images: ['f1', 'f3'], body: '看图\n\n[图片1]\n\n[图片2]' });
    expect(toFields({ ...draft, audience: 'all', buildingIds: ['b1'] })).toMatchObject({ ok: true, fields: { buildingIds: [] } });
  });
});

describe('通知管理 (one notice)', () => {
  it('publishes a draft, and when the content check asks, the next press confirms', async () => {
    taroTest.setRouterParams({ id: 'n1' });
    jest.mocked(getNotice).mockResolvedValue(admin());
    jest.mocked(noticeStats).mockResolvedValue(stats());
    jest
      .mocked(publishNotice)
      .mockRejectedValueOnce(new CallError('CONTENT_NEEDS_REVIEW', '内容含有需要人工确认的词语，请确认无误后再发布'))
      .mockResolvedValueOnce(admin({ status: 'published' }));
    render(<AdminPage />);
    fireEvent.click(await screen.findByRole('button', { name: '立即发布' }));
    fireEvent.click(await screen.findByRole('button', { name: '确认内容无误，立即发布' }));
    await waitFor(() => expect(publishNotice).toHaveBeenLastCalledWith('n1', true));
    expect(jest.mocked(publishNotice).mock.calls[0]).toEqual(['n1', false]);
  });

  it('shows who has not read, building by building, one list at a time, and exports the CSV', async () => {
    taroTest.setRouterParams({ id: 'n1' });
    jest.mocked(getNotice).mockResolvedValue(admin({ status: 'published', publishedAt: '2026-11-19T02:00:00.000Z' }));
    jest.mocked(noticeStats).mockResolvedValue(stats());
    jest.mocked(exportNoticeStats).mockResolvedValue({ filename: '通知阅读情况.csv', csv: '\uFEFF楼栋\r\n' });
    const createObjectURL = jest.fn(() => 'blob:csv');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    render(<AdminPage />);
    expect(await screen.findByText('已读 1/3')).toBeTruthy();
    expect(screen.getByText('已确认 1/3')).toBeTruthy();
    expect(screen.queryByText('1单元 502 李明')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '1号楼' }));
    expect(screen.getByText('未读（2）')).toBeTruthy();
    expect(screen.getAllByText('1单元 502 李明')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: '导出名单（CSV）' }));
    expect(await screen.findByText('已导出')).toBeTruthy();
    expect(createObjectURL).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: '撤回通知' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '置顶' })).toBeTruthy();
  });
});
