import { capEcho, MAX_ERROR_MESSAGE_LENGTH, stripSuggestion } from './format-graphql-error.js';

describe(capEcho.name, () => {
  it('keeps a short message and cuts a long one to the limit, saying so', () => {
    expect(capEcho('short')).toBe('short');
    const long = capEcho('x'.repeat(1_048_576));
    expect(long).toHaveLength(MAX_ERROR_MESSAGE_LENGTH);
    expect(long.endsWith('x … (truncated)')).toBe(true);
  });

  it('never splits a surrogate pair', () => {
    const emoji = '😀'.repeat(MAX_ERROR_MESSAGE_LENGTH);
    const cut = capEcho(emoji);
    expect(cut.endsWith('😀 … (truncated)')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_LENGTH);
  });
});

describe(stripSuggestion.name, () => {
  it('drops the trailing suggestion sentence only', () => {
    expect(stripSuggestion('Cannot query field "seriesLis" on type "Query". Did you mean "seriesList" or "series"?')).toBe(
      'Cannot query field "seriesLis" on type "Query".',
    );
    expect(stripSuggestion('Value "Did you mean " is not valid.')).toBe('Value "Did you mean " is not valid.');
  });

  it('handles a message made of the suggestion phrase repeated a million times', () => {
    const message = `Value "${'Did you mean '.repeat(80_000)}" does not exist.`;
    expect(stripSuggestion(message)).toBe(message);
    expect(stripSuggestion(`${message} Did you mean "a"?`)).toBe(message);
  });
});
