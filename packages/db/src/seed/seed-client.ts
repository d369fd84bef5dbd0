// What the record builders write through: the client, or the transaction the demo seed runs in.
import type { Prisma } from '../generated/prisma/client.js';

export type SeedClient = Prisma.TransactionClient;
