// @caravan/documents/letter: visa-support letter PDFs (A4) with a verification QR code. Node only.
export { writeVisaLetter } from './visa-letter-renderer.js';
export { ZVisaLetterInput, type VisaLetterInput } from './visa-letter.schema.js';
export { DocumentInputError } from '../pdf/document-input.error.js';
export { ZDocumentTheme, type DocumentTheme } from '../pdf/document-theme.js';
