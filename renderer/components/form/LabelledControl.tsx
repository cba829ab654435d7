import { useId } from 'react';
import type { ReactNode } from 'react';

/**
 * A label tied to its control by id rather than by wrapping it. A wrapping label would make
 * the control's accessible name include its own value ("Fact Birth date"), so names would
 * change as people type or choose; this keeps each name exactly the label text.
 */
export function LabelledControl({
  label,
  className = 'field',
  labelClassName = 'field-label',
  children,
}: {
  label: string;
  className?: string;
  labelClassName?: string;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      {children(id)}
    </div>
  );
}
