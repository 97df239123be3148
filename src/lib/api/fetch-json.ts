// One way to load a content file: relative to the page (so any subfolder works), validated by its schema,
// and failing with a message a reader can act on rather than a stack trace.

/** What fetchJson needs of a schema (the `safeParse` of src/content/schema.ts). */
interface Schema<T> {
  safeParse(
    value: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: PropertyKey[]; message: string }[] } };
}

/** A content file that could not be loaded or is not what the app expects. */
export class ContentLoadError extends Error {
  override readonly name = 'ContentLoadError';
  constructor(
    message: string,
    /** What went wrong underneath, for the console. */
    readonly detail: string,
    /** False when retrying cannot help (the file is there but wrong). */
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

/** `content/catalog.json` resolved against the page, not the site root. */
export const contentUrl = (path: string): string => new URL(`content/${path}`, document.baseURI).href;

export async function fetchJson<T>(
  path: string,
  /** The schema, or a loader for it: loaded while the file downloads, so it costs the first paint nothing. */
  schema: Schema<T> | (() => Promise<Schema<T>>),
  what: string,
  signal?: AbortSignal,
): Promise<T> {
  const validator = typeof schema === 'function' ? schema() : Promise.resolve(schema);
  let response: Response;
  try {
    response = await fetch(contentUrl(path), { signal });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new ContentLoadError(
      `Could not load ${what}: the network is unavailable.`,
      e instanceof Error ? e.message : String(e),
      true,
    );
  }
  if (!response.ok) {
    throw new ContentLoadError(
      response.status === 404
        ? `${capitalise(what)} was not found.`
        : `Could not load ${what} (the server answered ${String(response.status)}).`,
      `${response.url}: HTTP ${String(response.status)}`,
      response.status !== 404,
    );
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (e) {
    throw new ContentLoadError(
      `${capitalise(what)} is damaged (not valid JSON, perhaps cut short).`,
      e instanceof Error ? e.message : String(e),
      true,
    );
  }
  const parsed = (await validator).safeParse(body);
  if (!parsed.success) {
    const versioned = typeof body === 'object' && body !== null && 'schemaVersion' in body;
    const issue = parsed.error.issues[0];
    const where = issue ? `${issue.path.map(String).join('.')}: ${issue.message}` : 'unknown problem';
    throw new ContentLoadError(
      versioned && parsed.error.issues.some((i) => i.path[0] === 'schemaVersion')
        ? `${capitalise(what)} was made for another version of Verbatim.`
        : `${capitalise(what)} is damaged and cannot be shown.`,
      where,
      false,
    );
  }
  return parsed.data;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
