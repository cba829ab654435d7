import type { TagWithCount } from '../db';
import { href } from '../router/navigation';

/** A case file's tags as small links to the case files that share them. */
export function TagChips({
  tagIds,
  tags,
}: {
  tagIds: readonly string[];
  tags: readonly TagWithCount[] | undefined;
}) {
  if (!tags || tagIds.length === 0) return null;
  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  return (
    <ul className="chips">
      {tagIds.map((id) => {
        const tag = byId.get(id);
        return tag ? (
          <li key={id}>
            <a className="chip" href={href.cases(id)}>
              {tag.name}
            </a>
          </li>
        ) : null;
      })}
    </ul>
  );
}
