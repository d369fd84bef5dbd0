import { editionFeed } from './calendar-links.server.js';

describe(editionFeed.name, () => {
  it('links the api feed of the edition in the page language, to download or subscribe', () => {
    expect(editionFeed('china-central-asia', 11, 'zh-Hans', 'https://api.example.org')).toEqual({
      download: 'https://api.example.org/export/china-central-asia/11/programme.ics?lang=zh-Hans',
      subscribe: 'webcal://api.example.org/export/china-central-asia/11/programme.ics?lang=zh-Hans',
    });
  });
});
