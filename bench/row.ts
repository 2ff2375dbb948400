/** One line of `npm run bench`: a figure beside its same-run baseline and its budget. */
export interface Row {
  figure: string;
  value: string;
  baseline: string;
  budget: string;
  pass: boolean;
}
