// The decision part of an accreditation form: the form's idempotency key, the reason, and one
// button per decision (approve, reject, waitlist), for the ticked applications or the one in view.
import { DECISIONS, DECISION_LABELS } from '../lib/accreditation-queue.js';
import { useConsole } from '../lib/use-console.js';
import { SubmitButton, TextField } from './form.js';

/** The reason and the three decisions, for the ticked applications (or the one in view). */
export function DecisionControls({ idempotencyKey }: { idempotencyKey: string }) {
  const { t } = useConsole();
  return (
    <>
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <TextField name="reason" label={t('accreditation.reason')} hint={t('accreditation.reasonHint')} />
      <div className="toolbar">
        {DECISIONS.map((decision) => (
          <SubmitButton key={decision} intent={decision} label={t(DECISION_LABELS[decision])} />
        ))}
      </div>
    </>
  );
}
