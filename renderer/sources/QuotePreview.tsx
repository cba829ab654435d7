/** The passage being cited or highlighted, shown as it will be stored. */
export function QuotePreview({ label, quote }: { label: string; quote: string }) {
  return (
    <figure className="quote-preview">
      <figcaption className="field-label">{label}</figcaption>
      <blockquote>{quote}</blockquote>
    </figure>
  );
}
