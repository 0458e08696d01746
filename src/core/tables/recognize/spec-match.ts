import type { RowSpec } from '../schema';
import { rowLabelKey } from '../labels';

/** A printed row label as compared with row specs, and the specs (in schema order) whose pattern fits it. */
export interface LabelFit {
  label: string;
  fits: RowSpec[];
}

/** Per spec list, by printed text: each pattern is tested once per distinct label of a batch. */
const fitsByText = new WeakMap<RowSpec[], Map<string, LabelFit>>();

/** How printed labels fit these specs; take it once per table, then call it per row. */
export function labelFitter(specs: RowSpec[]): (text: string) => LabelFit {
  let byText = fitsByText.get(specs);
  if (!byText) fitsByText.set(specs, (byText = new Map()));
  const cache = byText;
  return (text) => {
    let fit = cache.get(text);
    if (!fit) {
      const label = rowLabelKey(text);
      fit = { label, fits: specs.filter((s) => s.label.test(label)) };
      if (cache.size >= 10_000) cache.clear();
      cache.set(text, fit);
    }
    return fit;
  };
}
