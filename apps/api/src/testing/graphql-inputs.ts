// Values the tests send as GraphQL input, written once.

/** A LocalizedTextInput list holding one English text, as the organizer mutations take it. */
export const englishText = (text: string): { language: string; text: string }[] => [{ language: 'en', text }];
