// Real first visits for the memory figure: N Chromium visits, each in a new browser profile (no cookies), BATCH tabs
// per browser at a time. Each tab waits until the reader's question cards are there and the network is idle; then
// the browser is killed (no unload beacon), so the server keeps the tabs open as for learners who are still reading.
// Used to check that bench/memory.sh's driver costs what a browser costs:
//
//   npm i playwright-core   (in any folder on NODE_PATH)
//   bench/memory.sh-style: jcmd <pid> GC.run (twice); GC.heap_info; node bench/memory-browser.js <url> 50; GC again
//
// Arguments: <reader url> <N> [<batch>=5]; CHROMIUM=<path> (default /usr/bin/chromium).
const { chromium } = require('playwright-core');

(async () => {
  const [url, n, batch = '5'] = process.argv.slice(2);
  let ok = 0;
  for (let done = 0; done < +n; ) {
    const size = Math.min(+batch, +n - done);
    const server = await chromium.launchServer({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    const browser = await chromium.connect(server.wsEndpoint());
    await Promise.all(Array.from({ length: size }, async () => {
      const ctx = await browser.newContext({ viewport: { width: 375, height: 800 } });
      const page = await ctx.newPage();
      try {
        await page.goto(url, { waitUntil: 'networkidle', timeout: 180000 });
        await page.waitForSelector('.question-card', { timeout: 120000 });
        await page.waitForLoadState('networkidle');
        ok++;
      } catch (e) {
        console.error('visit failed: ' + e.message.split('\n')[0]);
      }
    }));
    server.process().kill('SIGKILL');
    await server.kill().catch(() => {});
    done += size;
  }
  console.log('OPEN ' + ok + ' browser visits');
})();
