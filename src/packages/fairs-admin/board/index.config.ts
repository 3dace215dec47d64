export default definePageConfig({ navigationBarTitleText: '大集现场' });
