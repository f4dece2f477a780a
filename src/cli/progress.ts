/**
 * Progress of long work on stderr: done/total, rate and time left, at most once a second,
 * on one rewritten line when stderr is a terminal and as plain lines otherwise.
 */
export class Progress {
  private readonly started = Date.now();
  private last = 0;
  private done = 0;

  constructor(
    private readonly stream: NodeJS.WritableStream & { isTTY?: boolean },
    private readonly label: string,
    private readonly unit: string,
    private total?: number,
    private readonly everyMs = 1000,
  ) {}

  setTotal(total: number | undefined): void {
    this.total = total;
  }

  tick(n = 1): void {
    this.done += n;
    const now = Date.now();
    if (now - this.last >= this.everyMs) {
      this.last = now;
      this.write(false);
    }
  }

  /** Progress reported as "done of total so far" (a loader's onProgress), rather than as steps. */
  reach(done: number, total: number): void {
    this.total = total;
    this.tick(done - this.done);
  }

  /** The closing line. */
  finish(extra = ''): void {
    this.write(true, extra);
  }

  private write(final: boolean, extra = ''): void {
    const seconds = (Date.now() - this.started) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    let line = `${this.label}: ${this.done}${this.total ? `/${this.total}` : ''} ${this.unit}, ${rate.toFixed(1)}/s, ${seconds.toFixed(1)} s`;
    if (!final && this.total && rate > 0) line += `, ~${Math.ceil((this.total - this.done) / rate)} s left`;
    if (extra) line += `, ${extra}`;
    if (this.stream.isTTY) this.stream.write(`\r\x1b[K${line}${final ? '\n' : ''}`);
    else this.stream.write(`${line}\n`);
  }
}
