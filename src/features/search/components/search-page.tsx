// TEMPORARY shell placeholder: replaced by the search work this session.
export function SearchPage({ q }: { q: string }) {
  return <p className="mx-auto max-w-[66ch] px-4 py-16">Results for {q}</p>;
}
