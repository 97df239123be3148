// TEMPORARY shell placeholder: replaced by the search work this session.
export function SearchField() {
  return <input type="search" aria-label="Search" className="rounded border px-2" />;
}
