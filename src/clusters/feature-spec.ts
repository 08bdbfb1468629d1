/** Where one clustering input comes from and how it is prepared. Plain JSON: it is saved with the model. */
export interface FeatureSpec {
  /** Stable name: a profile column, `share:<category>`, `attribute:<name>`, or a CSV column. */
  name: string;
  /** What a shop owner reads. */
  label: string;
  kind: 'numeric' | 'categorical';
  source:
    | { type: 'profile'; column: string }
    | { type: 'share'; category: string }
    | { type: 'attribute'; attribute: string }
    | { type: 'csv'; column: string };
  /** log1p before winsorising (money and counts, which are skewed). */
  log: boolean;
  /** True when the input is a protected attribute the user added on purpose. */
  protected: boolean;
}
