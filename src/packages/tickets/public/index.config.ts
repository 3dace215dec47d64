export default definePageConfig({ navigationBarTitleText: '邻居们反映的问题' });
