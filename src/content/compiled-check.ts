// A valibot schema turned into a plain predicate, for the long articles a reader brings. Valibot checks a
// value by building a copy of it, with a result object for every field on the way: on a megabyte article
// (6,000 quotations, 7,000 paragraphs and mentions) that is a tenth of a second in the importer's worker,
// and as long again each time the article is read back from this browser's storage. The predicate walks
// the same schema and allocates nothing.
//
// It only ever says yes to a value the schema accepts: a node it does not know makes the whole schema
// uncompilable (null), and where it is unsure it says no. A no is not an error message; the caller then
// asks valibot, which says yes as well or tells what is wrong (test/content/compiled-check.test.ts holds
// the two to that on valid and broken articles).

import type * as v from 'valibot';

export type Check = (value: unknown) => boolean;

/** The shape of the schema and action objects valibot builds: their `type`, and what each type carries. */
interface SchemaNode {
  readonly kind: string;
  readonly type: string;
  readonly pipe?: readonly SchemaNode[];
  readonly entries?: Readonly<Record<string, SchemaNode>>;
  readonly items?: readonly SchemaNode[];
  readonly item?: SchemaNode;
  readonly wrapped?: SchemaNode;
  readonly options?: readonly unknown[];
  readonly literal?: unknown;
  readonly default?: unknown;
  readonly fallback?: unknown;
  readonly requirement?: unknown;
}

/** The predicate for `schema`, or null when the schema holds something this compiler does not know. */
export function compileCheck(schema: v.GenericSchema): Check | null {
  try {
    return compile(schema);
  } catch {
    return null;
  }
}

class Unsupported extends Error {}

function compile(node: SchemaNode): Check {
  // A fallback turns a failure into a value of its own rather than an issue.
  if (node.fallback !== undefined) throw new Unsupported();
  if (node.pipe) {
    const [base, ...actions] = node.pipe;
    if (!base) throw new Unsupported();
    // The base may be a pipe of its own (valibot does not flatten them): compiled whole, its actions kept.
    return withActions(compile(base), actions);
  }
  return compileSchema(node);
}

function compileSchema(node: SchemaNode): Check {
  switch (node.type) {
    case 'string':
      return (x) => typeof x === 'string';
    case 'number':
      return (x) => typeof x === 'number' && !Number.isNaN(x);
    case 'boolean':
      return (x) => typeof x === 'boolean';
    case 'literal': {
      // `===` where valibot takes SameValueZero: they differ only for a NaN literal, which then passes
      // nothing here and goes to valibot.
      const { literal } = node;
      return (x) => x === literal;
    }
    case 'picklist': {
      const options = node.options ?? [];
      return (x) => options.includes(x);
    }
    case 'nullable':
    case 'optional': {
      // A default would change the value rather than check it.
      if (node.default !== undefined || !node.wrapped) throw new Unsupported();
      const wrapped = compile(node.wrapped);
      return node.type === 'nullable'
        ? (x) => x === null || wrapped(x)
        : (x) => x === undefined || wrapped(x);
    }
    case 'array': {
      if (!node.item) throw new Unsupported();
      const item = compile(node.item);
      return (x) => {
        if (!Array.isArray(x)) return false;
        for (let i = 0; i < x.length; i++) if (!item(x[i])) return false;
        return true;
      };
    }
    case 'strict_tuple': {
      const items = (node.items ?? []).map(compile);
      return (x) => {
        if (!Array.isArray(x) || x.length !== items.length) return false;
        for (let i = 0; i < items.length; i++) if (!items[i]?.(x[i])) return false;
        return true;
      };
    }
    case 'strict_object':
      return strictObject(node.entries ?? {});
    default:
      throw new Unsupported();
  }
}

function strictObject(entries: Readonly<Record<string, SchemaNode>>): Check {
  const keys = Object.keys(entries);
  const checks = keys.map((key) => compile(entries[key] as SchemaNode));
  // Valibot lets a key be absent only when its schema is optional; absent or present, the value is checked.
  const required = keys.map((key) => entries[key]?.type !== 'optional');
  const known = new Set(keys);
  return (x) => {
    if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
    const record = x as Record<string, unknown>;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      if (!(key in record)) {
        if (required[i]) return false;
      } else if (!checks[i]?.(record[key])) return false;
    }
    // No key the schema does not name (valibot's test: every enumerable key, own or inherited).
    for (const key in record) if (!known.has(key)) return false;
    return true;
  };
}

function withActions(base: Check, actions: readonly SchemaNode[]): Check {
  const tests: Check[] = [];
  for (const action of actions) {
    const test = compileAction(action);
    if (test) tests.push(test);
  }
  return (x) => {
    if (!base(x)) return false;
    for (let i = 0; i < tests.length; i++) if (!tests[i]?.(x)) return false;
    return true;
  };
}

/** The test of a pipe's action; null for the ones that leave the value as it is (readonly, brand). */
function compileAction(action: SchemaNode): Check | null {
  if (action.kind === 'transformation' && (action.type === 'readonly' || action.type === 'brand'))
    return null;
  if (action.kind === 'metadata') return null;
  if (action.kind !== 'validation') throw new Unsupported();
  const { requirement } = action;
  switch (action.type) {
    case 'integer':
      return (x) => Number.isInteger(x);
    case 'min_value':
      return (x) => (x as number) >= (requirement as number);
    case 'max_value':
      return (x) => (x as number) <= (requirement as number);
    case 'min_length':
      return (x) => (x as { length: number }).length >= (requirement as number);
    case 'max_length':
      return (x) => (x as { length: number }).length <= (requirement as number);
    case 'regex': {
      const pattern = requirement as RegExp;
      // A global or sticky pattern keeps its place between tests; valibot's test would then differ.
      if (pattern.global || pattern.sticky) throw new Unsupported();
      return (x) => pattern.test(x as string);
    }
    case 'check': {
      const test = requirement as (x: unknown) => unknown;
      return (x) => Boolean(test(x));
    }
    default:
      throw new Unsupported();
  }
}
