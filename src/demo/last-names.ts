const SURNAMES = `
  Smith Jones Williams Taylor Brown Davies Evans Wilson Johnson Roberts Robinson Wright Walker White Hughes
  Edwards Green Hall Wood Harris Lewis Martin Jackson Clarke Clark Turner Hill Scott Cooper Morris Ward Moore
  King Watson Baker Harrison Morgan Patel Young Allen Mitchell Anderson Lee Bell Kelly Parker Davis Bennett
  Miller Cook Shaw Price Griffiths Richardson Carter Phillips Murphy Bailey Cox Khan Richards Marshall Chapman
  Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight
  Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey Graham Pearson Ahmed Fletcher Walsh
  Kaur Gibson Howard Andrews Stewart Nowak`;

/** 100 common surnames in Britain; none is also a first name, which keeps generated emails unique. */
export const LAST_NAMES: readonly string[] = SURNAMES.trim().split(/\s+/);
