export default definePageConfig({ navigationBarTitleText: '楼栋与网格员' });
