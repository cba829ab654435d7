import { IMPORT_CHANGES } from '../../shared/bundle/previewImport.js';
import type { ImportChange, ImportPreviewItem } from '../../shared/bundle/previewImport.js';
import { t } from '../i18n/t';
import { conflictPathLabel } from './fieldLabel';
import { entryLabelOf } from './describeValue';
import { ENTITY_ORDER, changeWord, entityWord, scopeWords } from './entityWords';
import { formatDateTime } from './formatDateTime';
import type { PreparedImport } from './importBundle';
import { SHOWN_PER_GROUP as SHOWN } from './importBundle';
const LISTED: readonly ImportChange[] = ['added', 'updated', 'conflicting', 'deleted'];

function itemText(item: ImportPreviewItem): string {
  const label = item.label || t('bundle.preview.unnamed');
  if (item.change !== 'conflicting' || item.conflicts.length === 0) return label;
  const fields = item.conflicts.map((c) =>
    conflictPathLabel(item.entity, c.path, entryLabelOf(c.versions.map((v) => v.value))),
  );
  return t('bundle.preview.conflictIn', { label, fields: fields.join(', ') });
}

/** What applying the bundle would do: who sent it, totals, and per kind the records that change. */
export function ImportPreviewView({ prepared }: { prepared: PreparedImport }) {
  const { preview, manifest } = prepared;
  const nothingNew = preview.newRevisions === 0;
  return (
    <div className="import-preview">
      <p>
        {t('bundle.preview.from', {
          name: manifest.exportedBy.name,
          date: formatDateTime(manifest.createdAt),
          scope: scopeWords(manifest.scope),
        })}
        {prepared.encrypted ? ` ${t('bundle.preview.wasEncrypted')}` : ''}
      </p>
      <dl className="import-totals" aria-label={t('bundle.preview.totals')}>
        {IMPORT_CHANGES.map((change) => (
          <div key={change} className={`import-total import-total-${change}`}>
            <dt>{changeWord(change)}</dt>
            <dd>{preview.totals[change]}</dd>
          </div>
        ))}
      </dl>
      {nothingNew ? (
        <p className="import-nothing" role="status">
          {t('bundle.preview.nothingNew')}
        </p>
      ) : (
        <p role="status">
          {t('bundle.preview.newRevisions', {
            count: preview.newRevisions,
            known: preview.knownRevisions,
          })}
          {preview.totals.conflicting > 0 ? ` ${t('bundle.preview.conflictsKept')}` : ''}
        </p>
      )}
      {preview.missingParents > 0 ? (
        <p className="muted">
          {t('bundle.preview.missingParents', { count: preview.missingParents })}
        </p>
      ) : null}
      {prepared.missingTexts.length > 0 ? (
        <p className="warning-text" role="alert">
          {t('bundle.preview.missingTexts', { count: prepared.missingTexts.length })}
        </p>
      ) : null}
      {ENTITY_ORDER.map((entity) => {
        const groups = preview.byEntity[entity];
        // Long lists come cut (importBundle); the counts stay exact.
        const sizes = prepared.groupSizes[entity];
        const listed = LISTED.filter((c) => sizes[c] > 0);
        if (listed.length === 0) return null;
        return (
          <section key={entity} className="import-kind" aria-label={entityWord(entity)}>
            <h3>{entityWord(entity)}</h3>
            {listed.map((change) => {
              const items = groups[change];
              const heading = `${changeWord(change)} (${sizes[change]})`;
              return (
                <div key={change} className={`import-group import-group-${change}`}>
                  <h4>{heading}</h4>
                  <ul aria-label={`${entityWord(entity)}: ${heading}`}>
                    {items.slice(0, SHOWN).map((item) => (
                      <li key={item.recordId}>{itemText(item)}</li>
                    ))}
                    {sizes[change] > SHOWN ? (
                      <li className="muted">
                        {t('bundle.preview.more', { count: sizes[change] - SHOWN })}
                      </li>
                    ) : null}
                  </ul>
                </div>
              );
            })}
            {sizes.unchanged > 0 ? (
              <p className="muted small-text">
                {t('bundle.preview.unchangedCount', { count: sizes.unchanged })}
              </p>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
