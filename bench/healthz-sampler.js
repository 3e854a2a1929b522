// Samples GET <url> every 50 ms in a process of its own (so that the burst bench's own busy event
// loop does not add to what it measures) until SIGTERM, then prints the latencies (ms) as JSON.
const { performance } = require("node:perf_hooks");

const url = process.argv[2];
const samples = [];
let running = true;
process.on("SIGTERM", () => (running = false));
(async () => {
  while (running) {
    const start = performance.now();
    try {
      await fetch(url).then((response) => response.text());
      samples.push(performance.now() - start);
    } catch {
      samples.push(Number.POSITIVE_INFINITY);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  process.stdout.write(JSON.stringify(samples));
})();
