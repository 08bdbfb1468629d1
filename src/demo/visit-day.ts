/** A day a customer buys something; `occasion` marks a birthday or holiday cake order. */
export interface VisitDay {
  day: number;
  occasion: boolean;
}
