// A small copy of the portal's header, ornament band and a card, drawn with a theme's CSS
// variables, and the theme's contrast failures beside it. The wizard re-renders it on each
// submit, and as the organizer types when scripts run.
import type { CSSProperties } from 'react';
import type { ThemePreview as Preview } from '../lib/theme-preview.js';
import { useConsole } from '../lib/use-console.js';

export function ThemePreview({ preview, seriesName }: { preview: Preview; seriesName: string }) {
  const { t } = useConsole();
  const style = preview.variables as CSSProperties;
  return (
    <section className="theme-preview" aria-labelledby="theme-preview-title">
      <h2 id="theme-preview-title">{t('theme.preview')}</h2>
      <div role="status" aria-live="polite" className="theme-preview__status">
        {preview.problems.length === 0 ? (
          <p className="notice notice--success">{t('theme.passes')}</p>
        ) : (
          <>
            <p className="field__error">{t('theme.problems', { count: preview.problems.length })}</p>
            <ul className="theme-preview__problems">
              {preview.problems.map((problem, index) => (
                <li key={index}>
                  <code>{problem.path}</code> {problem.message}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      {preview.variables ? (
        <div className="theme-preview__page" style={style} aria-hidden="true">
          <div className="theme-preview__header">
            <span className="theme-preview__brand">{seriesName || t('theme.sampleSeries')}</span>
            <span className="theme-preview__nav">{t('theme.sampleNav')}</span>
          </div>
          <div className="theme-preview__band" />
          <div className="theme-preview__card">
            <p className="theme-preview__title">{t('theme.sampleTitle')}</p>
            <p className="theme-preview__muted">{t('theme.sampleMeta')}</p>
            <p>
              <span className="theme-preview__link">{t('theme.sampleLink')}</span>
            </p>
          </div>
        </div>
      ) : null}
    </section>
  );
}
