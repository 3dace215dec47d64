export default definePageConfig({ navigationBarTitleText: '摊位接待' });
