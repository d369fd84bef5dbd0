// Text produced by Intl (dates, language lists, counts, amounts). It must be written on the server,
// in the loader, and only printed here: React replaces server text with the client's during
// hydration, and browsers lack Intl data Node has (Kazakh dates, Georgian digit grouping).
// suppressHydrationWarning only quiets React about the rare ICU-version differences in spacing.
export function IntlText({ children }: { children: string }) {
  return <span suppressHydrationWarning>{children}</span>;
}
