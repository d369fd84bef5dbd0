// "China–Central Asia Cooperation Forum, edition 11" in the page's language, with the series name
// marked with its own language when the api had it only in another (the message decides where the
// name goes: "{series}第{number}届", "{series}: {number}-форум").
import type { LocalizedString } from '@caravan/sdk/schema-types';
import { usePortal } from '../lib/use-portal.js';
import { Localized } from './localized.js';

const SLOT = '\u0000';

export function EditionTitle({ series, number }: { series: Pick<LocalizedString, 'text' | 'language'>; number: number }) {
  const { t } = usePortal();
  const [before = '', after = ''] = t('edition.title', { series: SLOT, number }).split(SLOT);
  return (
    <>
      {before}
      <Localized value={series} />
      {after}
    </>
  );
}
