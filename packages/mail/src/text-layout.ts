// The plain-text part: the same content as the html part, written for a reader of plain text
// (links spelt out under their label, details as "label: value", a standard "-- " footer).
import { isolateText } from './escape.js';
import type { MailContent } from './mail-content.js';

export function renderText(content: MailContent): string {
  const blocks: string[] = [content.heading.text, content.greeting.text, ...content.paragraphs.map((p) => p.text)];
  if (content.details.length > 0) {
    blocks.push(content.details.map((detail) => `${detail.label}: ${isolateText(detail.value)}`).join('\n'));
  }
  for (const link of content.links) blocks.push(`${link.label.text}:\n${link.url}`);
  blocks.push(...content.notes.map((note) => note.text));
  blocks.push(...content.attachmentNotes.map((note) => note.text));
  blocks.push(content.signOff.map((line) => line.text).join('\n'));
  blocks.push(`-- \n${content.automated.text}`);
  return `${blocks.join('\n\n')}\n`;
}
