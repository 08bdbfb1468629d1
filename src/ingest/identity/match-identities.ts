import { UnionFind } from './union-find.ts';

export type IdentityKind = 'external' | 'email' | 'phone';

/** The identifiers one incoming record carries (external ids are already namespaced by source). */
export interface KeyRecord {
  external: string | null;
  email: string | null;
  phone: string | null;
}

export interface KnownIdentity {
  kind: IdentityKind;
  value: string;
  customerId: number;
}

export interface IdentityMerge {
  keptCustomerId: number;
  mergedCustomerId: number;
  rule: IdentityKind;
  matchedValue: string;
}

export interface IdentityMatch {
  /** The customer each key record belongs to (existing, or newly numbered from `nextId`). */
  customerOf: number[];
  newCustomerIds: number[];
  newIdentities: KnownIdentity[];
  merges: IdentityMerge[];
}

const RULES: readonly IdentityKind[] = ['external', 'email', 'phone'];

/**
 * Groups records that share an external id, then an email, then a phone, with the customers
 * already known. Two known customers that end up in one group are merged into the older one.
 */
export function matchIdentities(
  keys: readonly KeyRecord[],
  known: readonly KnownIdentity[],
  nextId: number,
): IdentityMatch {
  const customers = [...new Set(known.map((k) => k.customerId))];
  const customerNode = new Map(customers.map((c, i) => [c, keys.length + i]));
  const uf = new UnionFind(keys.length + customers.length);
  const owner = new Map<string, number>();
  const knownValues = new Set<string>();
  for (const k of known) {
    owner.set(`${k.kind}\u0000${k.value}`, customerNode.get(k.customerId) as number);
    knownValues.add(`${k.kind}\u0000${k.value}`);
  }
  const customerOfRoot = new Map<number, number>(customers.map((c) => [customerNode.get(c) as number, c]));
  const merges: IdentityMerge[] = [];
  for (const rule of RULES) {
    keys.forEach((key, i) => {
      const value = key[rule];
      if (value === null) return;
      const id = `${rule}\u0000${value}`;
      const other = owner.get(id);
      if (other === undefined) {
        owner.set(id, i);
        return;
      }
      const [ra, rb] = [uf.find(i), uf.find(other)];
      if (ra === rb) return;
      const [ca, cb] = [customerOfRoot.get(ra), customerOfRoot.get(rb)];
      uf.union(ra, rb);
      const root = uf.find(ra);
      const kept = ca === undefined ? cb : cb === undefined ? ca : Math.min(ca, cb);
      if (ca !== undefined && cb !== undefined && ca !== cb) {
        merges.push({
          keptCustomerId: kept as number,
          mergedCustomerId: Math.max(ca, cb),
          rule,
          matchedValue: value,
        });
      }
      customerOfRoot.delete(ra);
      customerOfRoot.delete(rb);
      if (kept !== undefined) customerOfRoot.set(root, kept);
    });
  }
  const newCustomerIds: number[] = [];
  let next = nextId;
  const customerOf = keys.map((_, i) => {
    const root = uf.find(i);
    let id = customerOfRoot.get(root);
    if (id === undefined) {
      id = next++;
      customerOfRoot.set(root, id);
      newCustomerIds.push(id);
    }
    return id;
  });
  const newIdentities: KnownIdentity[] = [];
  keys.forEach((key, i) => {
    for (const kind of RULES) {
      const value = key[kind];
      const id = `${kind}\u0000${value}`;
      if (value === null || knownValues.has(id)) continue;
      knownValues.add(id);
      newIdentities.push({ kind, value, customerId: customerOf[i] as number });
    }
  });
  return { customerOf, newCustomerIds, newIdentities, merges };
}
