// The notice an action left for this page; for a new draft the api does not list yet, a button
// to publish it right away.
import type { Notice } from '../lib/notice.js';
import { useConsole } from '../lib/use-console.js';
import { ActionButton } from './form.js';

export function NoticeBanner({ notice, series }: { notice: Notice; series: string | null }) {
  const { t } = useConsole();
  return (
    <div className={`notice notice--${notice.kind}`} role="status">
      <p>{t(notice.message, notice.values)}</p>
      {notice.lines && notice.lines.length > 0 ? (
        <ul>
          {notice.lines.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      ) : null}
      {notice.draft && series ? (
        <>
          <p className="muted">{t('notice.draftHidden')}</p>
          <ActionButton
            id="publish-draft"
            intent="publish"
            label={t('notice.publishDraft', { label: notice.draft.label })}
            hidden={{ kind: notice.draft.kind, id: notice.draft.id }}
            action={`/series/${encodeURIComponent(series)}/drafts`}
          />
        </>
      ) : null}
    </div>
  );
}
