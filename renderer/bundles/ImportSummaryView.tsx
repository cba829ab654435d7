import type { ApplyRevisionsResult } from '../db';
import { t } from '../i18n/t';
import { href } from '../router/navigation';
import type { PreparedImport } from './importBundle';

/** After Apply: what changed, and where conflicts now wait to be resolved. */
export function ImportSummaryView({
  prepared,
  result,
  onLeave,
}: {
  prepared: PreparedImport;
  result: ApplyRevisionsResult;
  onLeave: () => void;
}) {
  const conflicted = prepared.preview.byEntity.case.conflicting;
  const totals = prepared.preview.totals;
  return (
    <div className="import-summary">
      <p role="status">
        <strong>
          {result.added === 0
            ? t('bundle.summary.nothing')
            : t('bundle.summary.imported', {
                count: result.added,
                records: result.touchedRecords,
              })}
        </strong>
      </p>
      {result.added > 0 ? (
        <p>
          {t('bundle.summary.totals', {
            added: totals.added,
            updated: totals.updated,
            deleted: totals.deleted,
            conflicting: totals.conflicting,
          })}
        </p>
      ) : null}
      {conflicted.length > 0 ? (
        <>
          <p>{t('bundle.summary.resolveIn')}</p>
          <ul>
            {conflicted.map((item) => (
              <li key={item.recordId}>
                <a href={href.caseFile(item.recordId)} onClick={onLeave}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
