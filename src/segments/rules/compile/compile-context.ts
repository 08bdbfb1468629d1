import type { Catalogue } from '../catalogue/field-spec.ts';

/** What compiling needs besides the rule: the fields, and the analysis date relative dates count from. */
export interface CompileContext {
  catalogue: Catalogue;
  /** `YYYY-MM-DD`; always bound as a parameter. */
  asOf: string;
}
