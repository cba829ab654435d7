/** Progress of a bundle step: a bar with a value when the total is known, else a busy bar. */
export function BundleProgressView({
  label,
  done,
  total,
}: {
  label: string;
  done?: number;
  total?: number | null;
}) {
  const determinate = done !== undefined && total !== undefined && total !== null && total > 0;
  return (
    <div className="progress bundle-progress" role="status">
      <span>{label}</span>
      {determinate ? (
        <progress max={total} value={Math.min(done, total)} aria-label={label} />
      ) : (
        <progress aria-label={label} />
      )}
    </div>
  );
}
