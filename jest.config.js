// Jest projects separate the kinds of test so a developer can run one:
//   npx jest --selectProjects unit | conformance | integration | e2e
// NestJS 12 ships ESM only, so @swc/jest also transforms @nestjs (see docs/adr/0001).
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
      target: 'es2023',
    },
    module: { type: 'commonjs' },
  },
];
const common = {
  transform: { '^.+\\.(t|j|mj)s$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|content-disposition)/)'],
  moduleNameMapper: { '^#tamga/(.*)$': '<rootDir>/libs/$1/src/index.ts' },
  testEnvironment: 'node',
};
module.exports = {
  reporters: ['default', '<rootDir>/tests/support/plain-summary.reporter.js'],
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'] },
    // Runs the built `tamga` command against ../shared/conformance (npm test builds first).
    { ...common, displayName: 'conformance', testMatch: ['<rootDir>/tests/conformance/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.spec.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
      globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.spec.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
      globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
    },
  ],
};
