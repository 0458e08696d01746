/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { isolatedModules: true, tsconfig: 'tsconfig.json' }],
  },
  // Type errors are caught by `npm run typecheck`; transpile-only keeps the suite fast on 2 cores.
  maxWorkers: 2,
  testTimeout: 60000,
};
