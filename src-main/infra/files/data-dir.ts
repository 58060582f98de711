// Where the counter keeps its files: Electron's userData, or SPORTELLO_DATA_DIR when set.
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'

export function resolveDataDir(defaultDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const dir = resolve(env.SPORTELLO_DATA_DIR?.trim() || defaultDir)
  mkdirSync(dir, { recursive: true })
  return dir
}

export const databaseFile = (dataDir: string): string => join(dataDir, 'sportello.sqlite')
