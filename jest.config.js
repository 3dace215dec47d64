// One jest run, several projects: each kind of test has its own environment and folder.
// Function logs stay quiet in tests unless asked for (LINLI_LOG=verbose).
process.env.LINLI_LOG = process.env.LINLI_LOG || 'silent';
const tsTransform = {
  '^.+\\.(t|j)sx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }],
};
const aliases = {
  '^@contracts/(.*)$': '<rootDir>/contracts/$1',
  '^@server/(.*)$': '<rootDir>/server/$1',
};
const node = (displayName, testMatch, extra = {}) => ({
  displayName,
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: tsTransform,
  moduleNameMapper: aliases,
  testMatch,
  ...extra,
});

module.exports = {
  projects: [
    node('localcloud', ['<rootDir>/localcloud/**/*.test.ts']),
    node('contracts', ['<rootDir>/contracts/**/*.test.ts']),
    node('usecases', ['<rootDir>/server/**/*.test.ts', '<rootDir>/cloudfunctions/**/*.test.ts'], {
      setupFilesAfterEnv: ['<rootDir>/test/support/jest-setup.ts'],
    }),
    node('components', ['<rootDir>/src/**/*.test.tsx', '<rootDir>/src/**/*.test.ts'], {
      testEnvironment: 'jsdom',
      moduleNameMapper: {
        ...aliases,
        '^@tarojs/components$': '<rootDir>/test/stubs/taro-components.tsx',
        '^@tarojs/taro$': '<rootDir>/test/stubs/taro.ts',
        '\\.(css|scss)$': '<rootDir>/test/stubs/style.ts',
      },
    }),
    node('weapp', ['<rootDir>/test/weapp/**/*.test.ts'], { testEnvironment: 'jsdom' }),
    node('e2e', ['<rootDir>/test/e2e/**/*.test.ts'], { setupFilesAfterEnv: ['<rootDir>/test/e2e/support/setup.ts'] }),
  ],
};
