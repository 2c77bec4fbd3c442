/** The English of a title or body: a secondary line, shown when the reader asked for it. */
export function EnglishLine({ text }: { text: string | undefined }) {
  if (!text) return null;
  return (
    <div class="en" lang="en" data-testid="card-english">
      {text}
    </div>
  );
}
