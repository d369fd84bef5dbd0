import { localeCookieOf, resolveLocale } from './locale.server.js';

const choose = (cookie: ReturnType<typeof localeCookieOf>) => resolveLocale(new Request('http://portal.test/?lang=kk'), cookie);

describe(resolveLocale.name, () => {
  it('remembers an explicit choice in a cookie that is Secure when cookies must go over HTTPS only, and HttpOnly always', async () => {
    const secure = await choose(localeCookieOf(true));
    expect(secure.locale).toBe('kk');
    expect(secure.setCookie).toMatch(/^caravan_lang=/);
    expect(secure.setCookie).toMatch(/; Secure/);
    expect(secure.setCookie).toMatch(/; HttpOnly/);
    // Negative control: a plain-HTTP development run sets it without Secure.
    const plain = await choose(localeCookieOf(false));
    expect(plain.setCookie).toMatch(/^caravan_lang=/);
    expect(plain.setCookie).not.toMatch(/; Secure/);
  });
});
