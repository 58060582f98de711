import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Vitest's default is cores − 1: one worker on two cores. Every file has its own databases,
    // directories and ports, so two or more run side by side (on two cores: 167 s against 229 s).
    // Timings run alone (vitest.timing.config.mts).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
})
