// Text produced by Intl (dates, language lists). Node and the visitor's browser ship different ICU
// versions that disagree on details such as which space precedes "г." in Russian dates; the server's
// rendering is kept as is instead of being treated as a hydration error.
export function IntlText({ children }: { children: string }) {
  return <span suppressHydrationWarning>{children}</span>;
}
