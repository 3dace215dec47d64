export default definePageConfig({ navigationBarTitleText: '大集详情' });
