/** Jest runs the TypeScript sources directly as native ES modules (ts-jest ESM mode). */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }],
  },
  testTimeout: 60000,
  // Both cores: most suites wait on child processes (git, kubectl, the CLI), so two workers roughly halve the wall time.
  maxWorkers: 2,
};
