// The test set Stryker runs (issue 15; stryker.config.mjs). Only the unit tests of the domain
// rules and of the import pipeline: they run in seconds and call the rules inside each test, so
// Stryker knows which test reaches which mutant. The integration tests (fake-indexeddb, CLIs)
// build their data in beforeAll hooks, which Stryker cannot attribute to a test: every mutant
// those hooks reached was "static" and re-ran the whole suite, 17-32 min per file. They stay in
// `npm test`; a mutant only they would catch shows up here as a survivor to be answered with a
// unit test that states the rule.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'tests/unit/domain/**/*.test.ts',
      'tests/unit/import/pipeline.test.ts',
      'tests/unit/import/problem-columns.test.ts',
    ],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks',
    // One module cache for all the files of a run: 1,113 tests in 8 s instead of 33 s (each
    // file's fresh environment was three quarters of the time), and Stryker runs the tests
    // hundreds of times. The rule tests share no state between files.
    isolate: false,
  },
});
