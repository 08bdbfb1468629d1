/** One versioned schema change. Statements are program text, never user input. */
export interface Migration {
  version: number;
  name: string;
  statements: readonly string[];
}
