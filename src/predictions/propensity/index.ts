export { type ScoredRow, type TrainTableOptions, type TrainTableReport, trainTable } from './train-table.ts';
