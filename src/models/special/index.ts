export { digamma } from './digamma.ts';
export { gammaln } from './gammaln.ts';
export { hyp2f1 } from './hyp2f1.ts';
export { logAddExp } from './log-add-exp.ts';
export { type LogHyp2f1, logHyp2f1Pareto } from './log-hyp2f1-pareto.ts';
