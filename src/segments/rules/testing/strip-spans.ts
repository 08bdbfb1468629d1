/**
 * A deep copy without `span` keys, to compare trees by shape alone.
 *
 * @example
 * stripSpans({ kind: 'field', name: 'city', span }) // => { kind: 'field', name: 'city' }
 */
export function stripSpans<T>(node: T): T {
  return JSON.parse(JSON.stringify(node, (key, value) => (key === 'span' ? undefined : value)));
}
