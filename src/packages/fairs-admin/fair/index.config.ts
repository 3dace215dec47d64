export default definePageConfig({ navigationBarTitleText: '大集安排' });
