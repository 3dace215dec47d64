export default definePageConfig({ navigationBarTitleText: '长者食堂' });
