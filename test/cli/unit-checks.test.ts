import { threadCount } from '../../src/cli/unit-checks';

describe('how many threads check unit files', () => {
  it.each([
    ['700 units on 2 cores: this thread alone (V8 keeps the second core busy)', 700, 2, undefined, 1],
    ['700 units on 4 cores', 700, 4, undefined, 2],
    ['700 units on 16 cores: one thread per 150 units', 700, 16, undefined, 4],
    ['100 units on 8 cores: too few to pay for a second thread', 100, 8, undefined, 1],
    ['3 300 units on 64 cores: at most 8', 3300, 64, undefined, 8],
    ['CHITIEU_THREADS=3', 700, 2, '3', 3],
    ['CHITIEU_THREADS=0 means this thread alone', 700, 16, '0', 1],
    ['CHITIEU_THREADS above the number of units', 2, 16, '6', 2],
    ['CHITIEU_THREADS that is not a number is ignored', 700, 4, 'many', 2],
  ])('%s', (_name, units, cores, asked, threads) => {
    expect(threadCount(units, cores, asked, true)).toBe(threads);
  });

  it('is this thread alone when the compiled worker script is missing (sources run directly)', () => {
    expect(threadCount(700, 16, '4', false)).toBe(1);
  });
});
