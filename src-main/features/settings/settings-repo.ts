// Counter settings (owns counter_settings): small JSON values by key (mode, mail, printer...).
import type { Db } from '../../infra/db/open-database'

export async function readSetting<T>(db: Db, key: string): Promise<T | undefined> {
  const row = await db('counter_settings').where({ key }).first('value_json')
  return row ? (JSON.parse(row.value_json) as T) : undefined
}

export async function writeSetting(db: Db, key: string, value: unknown, at: Date): Promise<void> {
  await db('counter_settings')
    .insert({ key, value_json: JSON.stringify(value), updated_at: at.toISOString() })
    .onConflict('key')
    .merge()
}

export async function deleteSetting(db: Db, key: string): Promise<void> {
  await db('counter_settings').where({ key }).delete()
}
