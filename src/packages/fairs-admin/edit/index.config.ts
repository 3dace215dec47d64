export default definePageConfig({ navigationBarTitleText: '编辑大集' });
