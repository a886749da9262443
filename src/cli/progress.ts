// Progress for long runs: files done / total, rate and ETA on a terminal; silent in CI and pipes.
export function makeProgress(label: string, enabled = process.stderr.isTTY && !process.env.CI) {
  const t0 = performance.now();
  let last = 0;
  return (done: number, total: number) => {
    if (!enabled) return;
    const now = performance.now();
    if (done < total && now - last < 200) return;
    last = now;
    const rate = done / Math.max(0.001, (now - t0) / 1000);
    const eta = rate > 0 ? (total - done) / rate : 0;
    process.stderr.write(`\r${label} ${done}/${total}  ${rate.toFixed(0)} ملف/ث  متبقٍ ~${eta.toFixed(0)} ث   ${done === total ? '\n' : ''}`);
  };
}
