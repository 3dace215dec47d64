export default definePageConfig({ navigationBarTitleText: '管理通知' });
