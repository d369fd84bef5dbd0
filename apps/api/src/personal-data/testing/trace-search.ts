// Searching for a person's traces everywhere the api keeps data: every text and JSON column of
// every table, every file of a storage folder (names and bytes), and every key of a Redis prefix.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type Redis from 'ioredis';
import type { PrismaClient } from '@caravan/db';

/** Every (table, column) of the database that can hold text: text, varchar, json, jsonb and arrays of text. */
export async function searchDatabase(prisma: PrismaClient, needle: string): Promise<string[]> {
  const columns = await prisma.$queryRaw<{ table_name: string; column_name: string }[]>`
    SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = 'public' AND (data_type IN ('text', 'character varying', 'json', 'jsonb') OR (data_type = 'ARRAY' AND udt_name IN ('_text', '_varchar')))`;
  if (columns.length < 50) throw new Error(`only ${columns.length} text columns found: the search would prove little`);
  const hits: string[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const rows = await prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${table}" WHERE "${column}"::text ILIKE $1`, `%${needle}%`);
    if (Number(rows[0]?.n ?? 0) > 0) hits.push(`${table}.${column}`);
  }
  return hits;
}

export async function searchFiles(root: string, needle: string): Promise<string[]> {
  const hits: string[] = [];
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const bytes = await readFile(file);
    if (file.includes(needle) || bytes.toString('latin1').toLowerCase().includes(needle.toLowerCase())) hits.push(path.relative(root, file));
  }
  return hits;
}

/** Every key of the api's Bull prefix, read whole by its type. */
export async function searchRedis(redis: Redis, prefix: string, needle: string): Promise<string[]> {
  const hits: string[] = [];
  const keys = await redis.keys(`${prefix}*`);
  for (const key of keys) {
    const type = await redis.type(key);
    const values =
      type === 'hash' ? Object.entries(await redis.hgetall(key)).flat()
      : type === 'list' ? await redis.lrange(key, 0, -1)
      : type === 'set' ? await redis.smembers(key)
      : type === 'zset' ? await redis.zrange(key, 0, -1)
      : type === 'string' ? [(await redis.get(key)) ?? '']
      : [];
    if (key.includes(needle) || values.some((value) => value.toLowerCase().includes(needle.toLowerCase()))) hits.push(key);
  }
  return hits;
}
