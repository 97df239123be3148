// `safeParse` for the long articles a reader brings, where the schema's own parse is slow: a compiled
// check (compiled-check.ts) answers for a valid value, the usual case, and returns it as it is; anything
// else goes to the schema's parse, which finds the same value valid or says what is wrong with it.

import type * as v from 'valibot';

import { compileCheck, type Check } from './compiled-check';
import { Article, type SafeParseResult, type Schema } from './schema';

export function fastSafeParse<S extends v.GenericSchema>(
  schema: Schema<S>,
): (value: unknown) => SafeParseResult<v.InferOutput<S>> {
  // Compiled on first use: the importer's worker and the storage chunk need it, the first screen does not.
  let check: Check | null | undefined;
  return (value) => {
    if (check === undefined) check = compileCheck(schema.schema);
    if (check?.(value)) {
      // The field checks passed, so the value has the output's shape: valibot's output is a copy of it,
      // with its keys in the schema's order. The value keeps the order it was built in, which is what
      // JSON.stringify writes (the engine and toArticleInput build them in the schema's order).
      const data = value as v.InferOutput<S>;
      if (schema.crossCheck(data).length === 0) return { success: true, data };
    }
    return schema.safeParse(value);
  };
}

/**
 * An Article, as the importer's worker makes one (compile-article.ts) and storage reads one back
 * (local-articles.ts): one check, compiled once, for both.
 */
export const safeParseArticle = fastSafeParse(Article);
