// @caravan/documents/badge: A6 badge PDFs in a series design, one per participant or merged
// (A6 pages or A4 sheets of four). Node only.
export { createBadgeRenderer, type BadgeBatchOptions, type BadgeBatchResult, type BadgeRenderer } from './badge-renderer.js';
export { ZBadgeDesign, ZBadgeInput, type BadgeDesign, type BadgeInput } from './badge-input.schema.js';
export { BADGE_LAYOUTS, type BadgeLayout } from './badge-geometry.js';
export { DocumentInputError } from '../pdf/document-input.error.js';
export { ZDocumentTheme, type DocumentTheme } from '../pdf/document-theme.js';
