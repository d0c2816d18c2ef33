// Mutation testing of the domain rules (issue 15): `npm run test:mutation`. Incremental: the
// result file is committed, so a later run only tests mutants in code or tests that changed.
// Not part of `npm test` (it takes minutes); run it before closing an issue that touches
// shared/domain.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // The unit tests only (vitest.mutation.config.ts says why): minutes per file instead of half hours.
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['shared/domain/**/*.ts', '!shared/domain/**/*.d.ts'],
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: 'tests/mutation/stryker-incremental.json',
  reporters: ['json', 'progress'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  concurrency: 2,
  timeoutMS: 20000,
  tempDirName: '.stryker-tmp',
  ignorePatterns: [
    'dist',
    'release',
    'reports',
    'test-results',
    'playwright-report',
    'coverage',
    '.bench',
    'tests/e2e',
    'tests/electron',
  ],
  cleanTempDir: 'always',
};
