import type { ClusterProfile, DistinguishingFeature } from './cluster-profile.ts';
import { wordsFor } from './cluster-words.ts';
import { describeCluster } from './describe-cluster.ts';

/** Differences smaller than this (in standard deviations) do not name a group. */
const NOTABLE = 0.25;

/**
 * Gives each cluster a plain-language name from its distinguishing inputs ("Frequent high
 * spenders", "Lapsed one-time customers") and a one-sentence description. Names are unique
 * within the clustering.
 *
 * @example
 * nameClusters(profiles).map((p) => p.name) // => ['Frequent high spenders', 'Lapsed one-time customers', …]
 */
export function nameClusters(profiles: readonly ClusterProfile[], currency = ''): ClusterProfile[] {
  const used = new Set<string>();
  return profiles.map((profile) => {
    const notable = profile.distinguishing.filter((f) => {
      const words = wordsFor(f.feature, f.label, f.direction, f.value, f.cluster_value);
      return Math.abs(f.standardised_difference) >= NOTABLE && (words.adjective || words.noun);
    });
    let name = notable.length === 0 ? 'Typical customers' : composeName(notable.slice(0, 2));
    if (used.has(name.toLowerCase()) && notable.length > 2) name = composeName(notable.slice(0, 3));
    let unique = name;
    for (let i = 2; used.has(unique.toLowerCase()); i++) unique = `${name} ${i}`;
    used.add(unique.toLowerCase());
    return { ...profile, name: unique, description: describeCluster(profile, currency) };
  });
}

function composeName(features: readonly DistinguishingFeature[]): string {
  const adjectives: string[] = [];
  let noun: string | undefined;
  for (const f of features) {
    const words = wordsFor(f.feature, f.label, f.direction, f.value, f.cluster_value);
    if (words.noun && !noun) noun = words.noun;
    else if (words.adjective && !adjectives.includes(words.adjective)) adjectives.push(words.adjective);
    else if (words.noun) adjectives.push(words.noun.replace(/s$/, ''));
  }
  const text = [...adjectives, noun ?? 'customers'].join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
