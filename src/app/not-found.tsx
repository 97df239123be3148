export function NotFound({ what }: { what: string }) {
  return (
    <div className="mx-auto max-w-[66ch] px-4 py-16">
      <h1 className="font-serif text-2xl font-semibold">Not found</h1>
      <p className="mt-3 text-muted">{what} does not exist in this library.</p>
      <a href="#/" className="mt-6 inline-flex min-h-11 items-center underline">
        Back to the library
      </a>
    </div>
  );
}
