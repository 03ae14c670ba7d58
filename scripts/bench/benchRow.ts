/** One line of the bench's table: a figure, its value, the peer's, their ratio and the budget's verdict. */
export interface BenchRow {
  figure: string;
  value: string;
  peer: string;
  ratio: string;
  budget: string;
  verdict: 'pass' | 'FAIL' | '';
}
