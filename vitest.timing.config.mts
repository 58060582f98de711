// Timing-sensitive tests: one file at a time, nothing else running beside them.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/timing/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
  },
})
