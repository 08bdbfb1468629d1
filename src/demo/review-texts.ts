// `{p}` stands for the product the customer bought, in lower case.
const POSITIVE = `
The {p} was perfect, and the staff were lovely.
Best {p} in town, hands down.
Absolutely delicious {p}; we will be back.
My kids now call this place "the good bakery".
Lovely {p}, friendly service, great coffee.
Ordered for a party, and everyone asked where it was from.
Reliable, fresh and always a smile at the counter.
The {p} was gone within minutes, which says it all.
Worth the queue on a Saturday morning.
Beautiful {p}, well packed and delivered on time.
Really good {p}, if a little dear.
Our weekend ritual: coffee, the papers, and the {p}.`;
const NEUTRAL = `
The {p} was fine, but a bit pricey for the size.
Good {p}, though the queue was long.
Nice enough, nothing special.
Decent {p}; the coffee was lukewarm, though.
OK, but they had run out of most things by lunchtime.
The {p} was "fine", I suppose.
Tasty, but the online order page kept timing out.`;
const NEGATIVE = `
The {p} was stale, and nobody seemed to care.
Delivery was two hours late and the {p} arrived squashed.
Overpriced, and the {p} tasted of nothing.
Waited 20 minutes for a coffee, then it was the wrong one.
Asked for "no nuts" and got an almond croissant. Not great.
Very disappointed with the {p}, will not order again.
Rude service at the till, which is a shame, as the {p} is good.`;

const lines = (text: string) => text.trim().split('\n');

/**
 * One-sentence review templates by star rating (index 1 … 5); some hold commas or quotes.
 *
 * @example
 * REVIEW_TEXTS[5]![0]!.replace('{p}', 'sourdough loaf'); // 'The sourdough loaf was perfect, and the staff were lovely.'
 */
export const REVIEW_TEXTS: readonly (readonly string[])[] = [
  [],
  lines(NEGATIVE),
  lines(NEGATIVE),
  lines(NEUTRAL),
  lines(POSITIVE),
  lines(POSITIVE),
];
