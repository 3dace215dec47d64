export default definePageConfig({ navigationBarTitleText: '便民集市' });
