// Where each kind of file lives. Everything of one participant sits under one folder and
// everything of an edition under another, so that erasing a participant or an edition is one
// deletePrefix, and an officer's scope (an edition) maps to one prefix.
//
//   editions/<editionId>/participants/<applicationId>/photo.jpg
//   editions/<editionId>/participants/<applicationId>/badge.pdf
//   editions/<editionId>/participants/<applicationId>/visa-letter-<language>.pdf
//   editions/<editionId>/participants/<applicationId>/exports/<exportId>.zip
//   editions/<editionId>/exports/<exportId>.<extension>
//   editions/<editionId>/badges/<runId>.pdf
import { assertKeySegment } from './object-key.js';
import { StorageError, quoteForMessage } from './storage-errors.js';

export function editionPrefix(editionId: string): string {
  assertKeySegment('editionId', editionId);
  return `editions/${editionId}/`;
}

export function participantPrefix(editionId: string, applicationId: string): string {
  assertKeySegment('applicationId', applicationId);
  return `${editionPrefix(editionId)}participants/${applicationId}/`;
}

export function participantPhotoKey(editionId: string, applicationId: string): string {
  return `${participantPrefix(editionId, applicationId)}photo.jpg`;
}

export function participantBadgeKey(editionId: string, applicationId: string): string {
  return `${participantPrefix(editionId, applicationId)}badge.pdf`;
}

/** `language` is a BCP 47 tag of the letter's language (zh-Hans is stored as zh-hans). */
export function participantVisaLetterKey(editionId: string, applicationId: string, language: string): string {
  const tag = language.toLowerCase();
  assertKeySegment('language', tag);
  return `${participantPrefix(editionId, applicationId)}visa-letter-${tag}.pdf`;
}

/** The merged PDF of one rendering of an edition's badges (every participant's badge, in badge-number order). */
export function editionBadgeSheetKey(editionId: string, runId: string): string {
  assertKeySegment('runId', runId);
  return `${editionPrefix(editionId)}badges/${runId}.pdf`;
}

/** A participant's personal-data export (everything held about them, as one archive). */
export function participantExportKey(editionId: string, applicationId: string, exportId: string): string {
  assertKeySegment('exportId', exportId);
  return `${participantPrefix(editionId, applicationId)}exports/${exportId}.zip`;
}

/** An organizers' export of an edition (registry, check-in lists), e.g. extension "csv" or "zip". */
export function editionExportKey(editionId: string, exportId: string, extension: string): string {
  assertKeySegment('exportId', exportId);
  if (!/^[a-z0-9]{1,10}$/.test(extension)) {
    throw new StorageError('STORAGE_KEY_INVALID', `extension ${quoteForMessage(extension)} must be 1-10 of a-z and 0-9, without the dot (e.g. "csv").`);
  }
  return `${editionPrefix(editionId)}exports/${exportId}.${extension}`;
}
