/**
 * A value made on its first use. Tables of an extractor that a run may not
 * ask for (places, for one) are built only when it runs, so start-up does
 * not pay for them.
 */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
