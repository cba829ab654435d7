import { useState } from 'react';
import type { FormEvent } from 'react';
import { useArchive, useTags } from '../db';
import type { TagWithCount } from '../db';
import { t } from '../i18n/t';
import { errorMessage } from '../app/errorMessage';
import { href } from '../router/navigation';
import { Loading } from '../components/Loading';
import { Dialog } from '../components/Dialog';
import { LabelledControl } from '../components/form/LabelledControl';

type Action = { kind: 'merge' | 'delete'; tag: TagWithCount } | null;

/** The tag vocabulary: create, rename, merge, delete; each tag links to its case files. */
export function TagsView() {
  const archive = useArchive();
  const tags = useTags();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [action, setAction] = useState<Action>(null);

  if (!tags) return <Loading />;

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    try {
      await archive.tags.create(name.trim());
      setName('');
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <div className="list-view tags-view">
      <div className="view-head">
        <h1>{t('tags.title')}</h1>
        <form className="inline-form" onSubmit={create}>
          <LabelledControl className="inline-field" label={t('tags.new')} labelClassName="">
            {(id) => (
              <>
                <input
                  id={id}
                  type="text"
                  value={name}
                  maxLength={100}
                  onChange={(e) => setName(e.target.value)}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? 'tag-create-error' : undefined}
                />
              </>
            )}
          </LabelledControl>
          <button type="submit" className="primary">
            {t('tags.create')}
          </button>
        </form>
      </div>
      {error ? (
        <p id="tag-create-error" className="error-text" role="alert">
          {error}
        </p>
      ) : null}
      {tags.length === 0 ? (
        <p className="empty-state muted">{t('tags.empty')}</p>
      ) : (
        <table className="data-table tags-table">
          <thead>
            <tr>
              <th scope="col">{t('tags.col.name')}</th>
              <th scope="col" className="col-num">
                {t('tags.col.count')}
              </th>
              <th scope="col">{t('tags.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {tags.map((tag) => (
              <tr key={tag.id}>
                <td>
                  {renaming === tag.id ? (
                    <RenameForm tag={tag} onDone={() => setRenaming(null)} />
                  ) : (
                    <a
                      href={href.cases(tag.id)}
                      aria-label={t('tags.showCases', { name: tag.name })}
                    >
                      {tag.name}
                    </a>
                  )}
                </td>
                <td className="col-num">{tag.caseCount}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="small"
                    aria-label={t('tags.renameTag', { name: tag.name })}
                    onClick={() => setRenaming(tag.id)}
                  >
                    {t('tags.rename')}
                  </button>
                  <button
                    type="button"
                    className="small"
                    aria-label={t('tags.mergeTag', { name: tag.name })}
                    disabled={tags.length < 2}
                    onClick={() => setAction({ kind: 'merge', tag })}
                  >
                    {t('tags.merge')}
                  </button>
                  <button
                    type="button"
                    className="small"
                    aria-label={t('tags.deleteTag', { name: tag.name })}
                    onClick={() => setAction({ kind: 'delete', tag })}
                  >
                    {t('tags.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {action?.kind === 'merge' ? (
        <MergeDialog tag={action.tag} tags={tags} onClose={() => setAction(null)} />
      ) : null}
      {action?.kind === 'delete' ? (
        <DeleteDialog tag={action.tag} onClose={() => setAction(null)} />
      ) : null}
    </div>
  );
}

function RenameForm({ tag, onDone }: { tag: TagWithCount; onDone: () => void }) {
  const archive = useArchive();
  const [name, setName] = useState(tag.name);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      if (name.trim() !== tag.name) await archive.tags.rename(tag.id, name.trim());
      onDone();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <form className="inline-form" onSubmit={submit}>
      <input
        type="text"
        aria-label={t('tags.newName', { name: tag.name })}
        value={name}
        maxLength={100}
        autoFocus
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onDone();
          }
        }}
        aria-invalid={error ? true : undefined}
      />
      <button type="submit" className="small primary">
        {t('common.save')}
      </button>
      <button type="button" className="small" onClick={onDone}>
        {t('common.cancel')}
      </button>
      {error ? (
        <span className="error-text" role="alert">
          {error}
        </span>
      ) : null}
    </form>
  );
}

function MergeDialog({
  tag,
  tags,
  onClose,
}: {
  tag: TagWithCount;
  tags: readonly TagWithCount[];
  onClose: () => void;
}) {
  const archive = useArchive();
  const targets = tags.filter((x) => x.id !== tag.id);
  // No default target: merging into the wrong tag re-tags case files, so the choice is made.
  const [into, setInto] = useState('');
  const [error, setError] = useState<string | null>(null);
  const merge = async () => {
    try {
      await archive.tags.merge(tag.id, into);
      onClose();
    } catch (e) {
      setError(t('common.saveFailed', { reason: errorMessage(e) }));
    }
  };
  return (
    <Dialog
      title={t('tags.mergeTitle', { name: tag.name })}
      description={t('tags.mergeBody', { name: tag.name })}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="primary" onClick={() => void merge()} disabled={!into}>
            {t('tags.mergeConfirm')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </>
      }
    >
      <LabelledControl className="field" label={t('tags.mergeTarget')}>
        {(id) => (
          <>
            <select id={id} value={into} onChange={(e) => setInto(e.target.value)} autoFocus>
              <option value="">{t('bulk.chooseTag')}</option>
              {targets.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name} ({x.caseCount})
                </option>
              ))}
            </select>
          </>
        )}
      </LabelledControl>
      {error ? (
        <p className="error-text" role="alert">
          {error}
        </p>
      ) : null}
    </Dialog>
  );
}

function DeleteDialog({ tag, onClose }: { tag: TagWithCount; onClose: () => void }) {
  const archive = useArchive();
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    try {
      await archive.tags.remove(tag.id);
      onClose();
    } catch (e) {
      setError(t('common.saveFailed', { reason: errorMessage(e) }));
    }
  };
  return (
    <Dialog
      title={t('tags.deleteTitle', { name: tag.name })}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="danger" onClick={() => void remove()}>
            {t('tags.deleteConfirm')}
          </button>
          <button type="button" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </button>
        </>
      }
    >
      <p>{t('tags.deleteBody', { count: tag.caseCount })}</p>
      {error ? (
        <p className="error-text" role="alert">
          {error}
        </p>
      ) : null}
    </Dialog>
  );
}
