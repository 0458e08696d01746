import type { RowSpec } from '../schema';

/** Row specs whose label pattern fits each label, in schema order: each pattern tested once per label text. */
const specsByLabel = new WeakMap<RowSpec[], Map<string, RowSpec[]>>();

export function specsFitting(specs: RowSpec[], label: string): RowSpec[] {
  let byLabel = specsByLabel.get(specs);
  if (!byLabel) specsByLabel.set(specs, (byLabel = new Map()));
  let fit = byLabel.get(label);
  if (!fit) {
    fit = specs.filter((s) => s.label.test(label));
    if (byLabel.size >= 10_000) byLabel.clear();
    byLabel.set(label, fit);
  }
  return fit;
}
