import { useState } from 'react';
import type { ReactNode } from 'react';
import type { AnnotationView, CitationView } from '../db';
import { useArchive } from '../db';
import { t } from '../i18n/t';
import { href } from '../router/navigation';
import { errorMessage } from '../app/errorMessage';
import { HighlightDialog } from './HighlightDialog';

const clip = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** What this source backs (citations, by case file) and the reader's highlights. */
export function SourceSidePanel({
  citations,
  annotations,
  activeId,
  onShow,
  mentions = null,
}: {
  citations: CitationView[] | undefined;
  annotations: AnnotationView[] | undefined;
  activeId: string | null;
  onShow: (id: string, kind: 'citation' | 'annotation') => void;
  /** The Mentions panel (renderer/sources/mentions), shown after the highlights. */
  mentions?: ReactNode;
}) {
  return (
    <aside className="source-side">
      <section aria-labelledby="source-citations-title">
        <h2 id="source-citations-title">{t('source.citationsTitle')}</h2>
        {citations && citations.length === 0 ? (
          <p className="muted">{t('source.noCitations')}</p>
        ) : null}
        <ul className="side-list">
          {citations?.map((c) => (
            <li key={c.id} className={`side-item${c.id === activeId ? ' active' : ''}`}>
              <a href={href.caseFile(c.caseId)} className="side-title">
                {c.caseName}
              </a>
              <span className="muted"> · {t(`fact.${c.fact.field}`)}</span>
              <blockquote className="side-quote">{clip(c.selector.exact)}</blockquote>
              {c.anchor.status === 'needs_review' ? (
                <span className="badge badge-review" title={t('common.needsReviewHint')}>
                  {t('common.needsReview')}
                </span>
              ) : (
                <button
                  type="button"
                  className="small subtle"
                  onClick={() => onShow(c.id, 'citation')}
                >
                  {t('source.goToPassage')}
                </button>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="source-annotations-title">
        <h2 id="source-annotations-title">{t('source.annotationsTitle')}</h2>
        {annotations && annotations.length === 0 ? (
          <p className="muted">{t('source.noAnnotations')}</p>
        ) : null}
        <ul className="side-list">
          {annotations?.map((a) => (
            <AnnotationItem
              key={a.id}
              annotation={a}
              active={a.id === activeId}
              onShow={() => onShow(a.id, 'annotation')}
            />
          ))}
        </ul>
      </section>
      {mentions}
    </aside>
  );
}

function AnnotationItem({
  annotation,
  active,
  onShow,
}: {
  annotation: AnnotationView;
  active: boolean;
  onShow: () => void;
}) {
  const archive = useArchive();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <li className={`side-item annotation${active ? ' active' : ''}`}>
      <blockquote className="side-quote">{clip(annotation.selector.exact)}</blockquote>
      {annotation.note ? <p className="annotation-note">{annotation.note}</p> : null}
      <div className="side-actions">
        {annotation.anchor.status === 'needs_review' ? (
          <span className="badge badge-review" title={t('common.needsReviewHint')}>
            {t('common.needsReview')}
          </span>
        ) : (
          <button type="button" className="small subtle" onClick={onShow}>
            {t('source.goToPassage')}
          </button>
        )}
        <button type="button" className="small subtle" onClick={() => setEditing(true)}>
          {t('source.editAnnotation')}
        </button>
        {confirming ? (
          <>
            <button
              type="button"
              className="small danger"
              onClick={() =>
                archive.annotations
                  .remove(annotation.id)
                  .catch((e: unknown) => setError(errorMessage(e)))
              }
            >
              {t('source.deleteAnnotation')}
            </button>
            <button type="button" className="small" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </>
        ) : (
          <button type="button" className="small subtle" onClick={() => setConfirming(true)}>
            {t('common.delete')}
          </button>
        )}
      </div>
      {error ? (
        <p className="error-text" role="alert">
          {t('common.saveFailed', { reason: error })}
        </p>
      ) : null}
      {editing ? (
        <HighlightDialog
          title={t('source.editAnnotation')}
          quote={annotation.selector.exact}
          initialNote={annotation.note}
          onClose={() => setEditing(false)}
          onSave={async (note) => {
            await archive.annotations.update(annotation.id, note);
            setEditing(false);
          }}
        />
      ) : null}
    </li>
  );
}
