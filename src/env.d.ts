/// <reference types="@tarojs/taro" />

/** The CloudBase environment id, set at build time from LINLI_CLOUD_ENV (config/index.ts). */
declare const LINLI_CLOUD_ENV: string;

declare module '*.png' {
  const src: string;
  export default src;
}
declare module '*.css';
declare module '*.scss';

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV?: 'weapp' | 'h5';
  }
}
