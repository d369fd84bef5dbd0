// Shapes a field's text, turning "no font draws this" into an error that names the field.
import { DocumentInputError } from './document-input.error.js';
import { UnsupportedCharacterError, type FontLibrary, type FontWeight } from './font-library.js';
import type { ShapedText } from './shaped-text.js';

export async function shapeField(fonts: FontLibrary, text: string, weight: FontWeight, field: string): Promise<ShapedText> {
  try {
    return await fonts.shape(text, weight);
  } catch (error) {
    if (error instanceof UnsupportedCharacterError) throw new DocumentInputError(field, error.message);
    throw error;
  }
}
