// Workers say that they consume a queue by writing a heartbeat into Redis: a sorted set per queue,
// member = worker id, score = time of the last beat. The api's health counts the workers heard
// from within HEARTBEAT_MISSES beats; a SIGKILLed worker drops out of the count on its own.

/** The Redis commands used (Bull's ioredis client has them). */
export interface HeartbeatClient {
  zadd(key: string, score: number, member: string): Promise<unknown>;
  zrem(key: string, member: string): Promise<unknown>;
  zcount(key: string, min: number | string, max: number | string): Promise<number>;
  zremrangebyscore(key: string, min: number | string, max: number | string): Promise<unknown>;
}

export const HEARTBEAT_MISSES = 3;

export function workerHeartbeatKey(prefix: string, queue: string): string {
  return `${prefix}:${queue}:caravan:workers`;
}

/** Records a beat of `workerId` on `queue`. */
export async function beat(client: HeartbeatClient, prefix: string, queue: string, workerId: string, now = Date.now()): Promise<void> {
  await client.zadd(workerHeartbeatKey(prefix, queue), now, workerId);
}

/** Removes `workerId` (a worker stopping cleanly). */
export async function silence(client: HeartbeatClient, prefix: string, queue: string, workerId: string): Promise<void> {
  await client.zrem(workerHeartbeatKey(prefix, queue), workerId);
}

/** How many workers beat on `queue` lately; forgets the ones long gone. */
export async function liveWorkers(client: HeartbeatClient, prefix: string, queue: string, everyMs: number, now = Date.now()): Promise<number> {
  const key = workerHeartbeatKey(prefix, queue);
  const since = now - everyMs * HEARTBEAT_MISSES;
  await client.zremrangebyscore(key, '-inf', `(${since - 60_000}`);
  return client.zcount(key, since, '+inf');
}
