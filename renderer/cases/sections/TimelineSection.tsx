import type {
  CaseFile,
  CaseStatus,
  StatusEntry,
  Stored,
  TimelineEvent,
} from '../../../shared/model/index.js';
import { formatPartialDate, newId } from '../../../shared/model/index.js';
import { t } from '../../i18n/t';
import { CASE_STATUSES } from '../../components/options';
import { DateField, SelectField, TextAreaField, TextField } from '../../components/form/fields';
import { StatusBadge } from '../../components/StatusBadge';
import { CitationMarkers } from '../citations/CitationMarkers';
import { timelineOf } from '../timelineOf';
import { CaseSection } from './CaseSection';
import { dateOrNull, describeEntryPath, removeAt, replaceAt } from './listDraft';
import { useSectionEditor } from './useSectionEditor';

type StatusDraft = Omit<StatusEntry, 'date'> & { date: string };
type EventDraft = Omit<TimelineEvent, 'date'> & { date: string };
interface TimelineDraft {
  statusHistory: StatusDraft[];
  events: EventDraft[];
}

const toDraft = (c: CaseFile): TimelineDraft => ({
  statusHistory: c.statusHistory.map((s) => ({ ...s, date: s.date ?? '' })),
  events: c.events.map((e) => ({ ...e, date: e.date ?? '' })),
});
const apply = (c: CaseFile, d: TimelineDraft): CaseFile => ({
  ...c,
  statusHistory: d.statusHistory.map((s) => ({
    ...s,
    date: dateOrNull(s.date),
    note: s.note.trim(),
  })),
  events: d.events.map((e) => ({ ...e, date: dateOrNull(e.date), text: e.text.trim() })),
});

/** Status changes and events on one time line: what happened to the person, in order. */
export function TimelineSection({ caseFile }: { caseFile: Stored<CaseFile> }) {
  const editor = useSectionEditor(caseFile, toDraft, apply);
  const items = timelineOf(caseFile);
  const statusOptions = CASE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }));
  const describe = (path: string) =>
    path.startsWith('statusHistory')
      ? describeEntryPath(
          path,
          (i) => `${t('timeline.statusKind')} ${i + 1}`,
          { status: t('timeline.status'), date: t('timeline.date'), note: t('timeline.note') },
          t('timeline.statusHistory'),
        )
      : describeEntryPath(
          path,
          (i) => `${t('timeline.eventKind')} ${i + 1}`,
          { date: t('timeline.date'), text: t('timeline.eventText') },
          t('timeline.events'),
        );
  return (
    <CaseSection
      title={t('section.timeline')}
      editor={editor}
      describe={describe}
      view={
        items.length === 0 ? (
          <p className="muted">{t('timeline.empty')}</p>
        ) : (
          <ol className="timeline">
            {items.map((item) => (
              <li key={item.entry.id} className={`timeline-item timeline-${item.kind}`}>
                <span className="timeline-date">
                  {item.entry.date ? (
                    formatPartialDate(item.entry.date)
                  ) : (
                    <span className="muted">{t('common.unknownDate')}</span>
                  )}
                </span>
                <span className="timeline-body">
                  {item.kind === 'status' ? (
                    <>
                      <StatusBadge status={item.entry.status} />
                      {item.entry.note ? (
                        <span className="timeline-note"> {item.entry.note}</span>
                      ) : null}
                      <CitationMarkers fact={{ field: 'statusHistory', entryId: item.entry.id }} />
                    </>
                  ) : (
                    <>
                      <span className="badge badge-event">{t('timeline.eventKind')}</span>{' '}
                      <span>{item.entry.text}</span>
                      <CitationMarkers fact={{ field: 'events', entryId: item.entry.id }} />
                    </>
                  )}
                </span>
              </li>
            ))}
          </ol>
        )
      }
      form={(d) => (
        <>
          <h3>{t('timeline.statusHistory')}</h3>
          {d.statusHistory.map((s, i) => (
            <fieldset key={s.id} className="entry-row">
              <legend className="visually-hidden">{`${t('timeline.statusKind')} ${i + 1}`}</legend>
              <SelectField<CaseStatus>
                label={t('timeline.status')}
                path={`statusHistory.${i}.status`}
                value={s.status}
                options={statusOptions}
                onChange={(status) =>
                  editor.setDraft((x) => ({
                    ...x,
                    statusHistory: replaceAt(x.statusHistory, i, (y) => ({ ...y, status })),
                  }))
                }
              />
              <DateField
                label={t('timeline.date')}
                path={`statusHistory.${i}.date`}
                value={s.date}
                onChange={(date) =>
                  editor.setDraft((x) => ({
                    ...x,
                    statusHistory: replaceAt(x.statusHistory, i, (y) => ({ ...y, date })),
                  }))
                }
              />
              <TextField
                label={t('timeline.note')}
                path={`statusHistory.${i}.note`}
                className="grow"
                value={s.note}
                maxLength={2000}
                onChange={(note) =>
                  editor.setDraft((x) => ({
                    ...x,
                    statusHistory: replaceAt(x.statusHistory, i, (y) => ({ ...y, note })),
                  }))
                }
              />
              <button
                type="button"
                className="small remove-entry"
                aria-label={t('timeline.removeStatus', { index: i + 1 })}
                onClick={() =>
                  editor.setDraft((x) => ({ ...x, statusHistory: removeAt(x.statusHistory, i) }))
                }
              >
                {t('common.remove')}
              </button>
            </fieldset>
          ))}
          <button
            type="button"
            className="small"
            onClick={() =>
              editor.setDraft((x) => ({
                ...x,
                statusHistory: [
                  ...x.statusHistory,
                  { id: newId(), status: 'detained', date: '', note: '' },
                ],
              }))
            }
          >
            {t('timeline.addStatus')}
          </button>
          <h3>{t('timeline.events')}</h3>
          {d.events.map((e, i) => (
            <fieldset key={e.id} className="entry-row">
              <legend className="visually-hidden">{`${t('timeline.eventKind')} ${i + 1}`}</legend>
              <DateField
                label={t('timeline.date')}
                path={`events.${i}.date`}
                value={e.date}
                onChange={(date) =>
                  editor.setDraft((x) => ({
                    ...x,
                    events: replaceAt(x.events, i, (y) => ({ ...y, date })),
                  }))
                }
              />
              <TextAreaField
                label={t('timeline.eventText')}
                path={`events.${i}.text`}
                className="grow"
                rows={2}
                maxLength={2000}
                value={e.text}
                onChange={(text) =>
                  editor.setDraft((x) => ({
                    ...x,
                    events: replaceAt(x.events, i, (y) => ({ ...y, text })),
                  }))
                }
              />
              <button
                type="button"
                className="small remove-entry"
                aria-label={t('timeline.removeEvent', { index: i + 1 })}
                onClick={() => editor.setDraft((x) => ({ ...x, events: removeAt(x.events, i) }))}
              >
                {t('common.remove')}
              </button>
            </fieldset>
          ))}
          <button
            type="button"
            className="small"
            onClick={() =>
              editor.setDraft((x) => ({
                ...x,
                events: [...x.events, { id: newId(), date: '', text: '' }],
              }))
            }
          >
            {t('timeline.addEvent')}
          </button>
        </>
      )}
    />
  );
}
