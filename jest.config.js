/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }],
  },
  // tsconfig.jest.json sets isolatedModules: ts-jest then transpiles only; `npm run typecheck` catches type errors.
  reporters: ['default', '<rootDir>/test/helpers/summary-reporter.js'],
  maxWorkers: 2,
  testTimeout: 60000,
};
