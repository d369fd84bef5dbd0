// The document's bytes are the text's bytes, wherever a character of several bytes falls against
// the renderer's buffers: no NUL and no broken character, in Cyrillic, Chinese and Georgian.
import { createElement } from 'react';
import { renderDocument } from './render-document.server.js';

/** A page of short texts (the renderer buffers them) after `pad` bytes that shift them along. */
function page(word: string, pad: number) {
  const items = Array.from({ length: 150 }, (_, i) => createElement('li', { key: i }, word));
  return createElement('main', null, createElement('p', null, 'x'.repeat(pad)), createElement('ul', null, items), createElement('input', { defaultValue: word }));
}

async function render(word: string, pad: number): Promise<Buffer> {
  const stream = await renderDocument(page(word, pad), {
    nonce: 'n',
    waitForAll: true,
    abortAfterMs: 5_000,
    onError: (error) => {
      throw error;
    },
  });
  return Buffer.from(await new Response(stream).arrayBuffer());
}

describe(renderDocument.name, () => {
  it('writes every character whole, wherever the buffers end', async () => {
    for (const word of ['Айгерим', '拜萨洛夫', 'ნინო']) {
      for (let pad = 0; pad < 6; pad += 1) {
        const html = await render(word, pad);
        expect(html.includes(0)).toBe(false);
        const text = html.toString('utf8');
        expect(text).not.toContain('\ufffd');
        expect(text.split(`<li>${word}</li>`)).toHaveLength(151);
        expect(text).toContain(`value="${word}"`);
      }
    }
  });

  it('lets its time limit pass after a page is complete without closing the page again', async () => {
    const crashes: unknown[] = [];
    const record = (error: unknown) => crashes.push(error);
    process.on('uncaughtException', record);
    try {
      for (const waitForAll of [true, false]) {
        const stream = await renderDocument(page('Айгерим', 0), { nonce: 'n', waitForAll, abortAfterMs: 30, onError: record });
        expect(Buffer.from(await new Response(stream).arrayBuffer()).toString('utf8')).toContain('value="Айгерим"');
      }
      await new Promise((resolve) => setTimeout(resolve, 120));
      expect(crashes).toEqual([]);
    } finally {
      process.off('uncaughtException', record);
    }
  });
});

