export default definePageConfig({ navigationBarTitleText: '大集管理' });
