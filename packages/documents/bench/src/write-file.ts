// Renders into a file and resolves once the file is closed.
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';

export async function writeFileWith(destination: string, render: (stream: Writable) => Promise<unknown>): Promise<void> {
  const stream = createWriteStream(destination);
  const closed = new Promise<void>((resolve, reject) => stream.once('close', resolve).once('error', reject));
  await render(stream);
  await closed;
}

export const participantFile = (badgeNumber: number): string => `${String(badgeNumber).padStart(6, '0')}.pdf`;
