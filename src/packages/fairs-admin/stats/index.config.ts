export default definePageConfig({ navigationBarTitleText: '大集统计' });
