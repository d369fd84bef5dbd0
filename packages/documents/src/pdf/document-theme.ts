// The part of a series theme that documents draw with: five colours and the ornament tile.
// Kept structural and minimal so any stored theme shape maps onto it.
import { z } from 'zod';

export const ZHexColour = z.string().regex(/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i, 'must be a #RGB or #RRGGBB colour');

export const ZDocumentTheme = z.object({
  colours: z.object({
    /** Header band and headings. */
    primary: ZHexColour,
    /** Text on the primary colour. */
    onPrimary: ZHexColour,
    /** Rules and frames. */
    accent: ZHexColour,
    /** Page background. */
    background: ZHexColour,
    /** Body text on the background. */
    text: ZHexColour,
  }),
  /** A small SVG tile repeated as a band; without one the band is plain primary colour. */
  ornamentSvg: z.string().min(1).optional(),
});

export type DocumentTheme = z.input<typeof ZDocumentTheme>;
