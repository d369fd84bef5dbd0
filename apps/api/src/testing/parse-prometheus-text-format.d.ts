// The parser ships no types; the shape is declared where it is used (prometheus-text.ts).
declare module 'parse-prometheus-text-format' {
  const parsePrometheusTextFormat: (text: string) => unknown[];
  export default parsePrometheusTextFormat;
}
