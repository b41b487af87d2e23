/** The machine a benchmark ran on, from the os module. */
import { cpus, loadavg, totalmem } from 'node:os';

/** CPU model, core count, RAM, Node version, date and load when the run started. */
export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly ramGb: number;
  readonly node: string;
  readonly platform: string;
  readonly date: string;
  /** 1-minute load average at the start and end of the run (other processes share the cores). */
  readonly load: number[];
}

/** Describes this machine now. */
export function describeMachine(): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    ramGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    load: [Math.round(loadavg()[0] * 100) / 100],
  };
}

/** The 1-minute load average now, rounded. */
export function loadNow(): number {
  return Math.round(loadavg()[0] * 100) / 100;
}
