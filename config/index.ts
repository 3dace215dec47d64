import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

const root = path.resolve(__dirname, '..');
const contractsDir = path.join(root, 'contracts');

/** The CloudBase environment the weapp build talks to (set LINLI_CLOUD_ENV when building for a real env). */
const cloudEnv = process.env.LINLI_CLOUD_ENV ?? 'linli-dev';

// Each platform has its own output folder: Taro empties the folder it builds into.
const platform = process.env.TARO_ENV === 'h5' ? 'h5' : 'weapp';

export default defineConfig<'webpack5'>(async (merge) => {
  const base: UserConfigExport<'webpack5'> = {
    projectName: 'linli',
    date: '2025-11-24',
    // NutUI's stylesheets are drawn on a 375-wide design, linli's on 750.
    designWidth: (input) => (typeof input === 'object' && input.file?.replace(/\\+/g, '/').includes('@nutui') ? 375 : 750),
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${platform}`,
    // NutUI's icons render HTML tags (<i>); the plugin maps them to mini-program components.
    plugins: ['@tarojs/plugin-html'],
    defineConstants: {
      LINLI_CLOUD_ENV: JSON.stringify(cloudEnv),
    },
    alias: {
      '@contracts': contractsDir,
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    // Webpack's persistent cache would make rebuilds take seconds, but with Taro 4.2.1 it was seen to
    // drop the app stylesheet and app code from cached weapp builds: keep it off.
    cache: { enable: false },
    mini: {
      // Component stylesheets use distinct class names, so their order across chunks is irrelevant.
      miniCssExtractPluginOption: { ignoreOrder: true },
      // The contracts live outside src/: compile them like app code.
      compile: { include: [contractsDir] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: [contractsDir] },
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  };
  return process.env.NODE_ENV === 'development' ? merge({}, base, devConfig) : merge({}, base, prodConfig);
});
