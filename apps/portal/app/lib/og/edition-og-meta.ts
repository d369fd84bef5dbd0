// Where an edition's Open Graph image is and how big: shared by the edition page's meta (og:image)
// and the image route, which draws it at this size.
import { editionPath } from '../edition-frame.js';
import type { EditionFrameFragment } from '../page-data.js';

export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

export function editionOgImage(edition: Pick<EditionFrameFragment, 'number' | 'series'>, alt: string) {
  return { path: `${editionPath(edition)}/og.png`, ...OG_IMAGE_SIZE, alt };
}
