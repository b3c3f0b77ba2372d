// First contentful paint and LCP on a throttled "Chromebook": Debian's Chromium, headless, CPU slowed down 4x,
// 10 Mbit/s down, 40 ms latency, cache disabled (a first visit). Median of N runs per URL.
//
//   (mkdir -p /tmp/paint-pw && cd /tmp/paint-pw && npm i playwright-core)
//   node bench/fcp.mjs [-n RUNS] [--warm VISITS] [--login user:password] [--base http://host:port] URL [URL ...]
//
// (playwright-core is loaded from the project's node_modules, else from /tmp/paint-pw.) Before the runs of a URL it
// opens it --warm times (default 2) without throttling, so that the server is not measured cold.
//
// A URL may be the word "gradebook": after signing in (--login, a teacher) the script opens /teach, the first class
// and the first assignment link there, and measures that gradebook. Every run opens a fresh browser context; with
// --login it signs in first (at BASE/login, BASE taken from the first real URL or --base) and measures with that
// session's cookies. Prints each run and the median, with the 1-minute load before and after.
import { createRequire } from 'node:module';
import { execSync } from 'node:child_process';
import os from 'node:os';

const require = createRequire(import.meta.url);
let chromium;
try {
  ({ chromium } = require('playwright-core'));
} catch {
  ({ chromium } = require('/tmp/paint-pw/node_modules/playwright-core'));
}

const args = process.argv.slice(2);
let runs = 5, warm = 2, login = null, base = null, cpu = 4, mbit = 10, latency = 40;
const urls = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '-n') runs = +args[++i];
  else if (a === '--login') login = args[++i];
  else if (a === '--warm') warm = +args[++i];
  else if (a === '--base') base = args[++i];
  else if (a === '--cpu') cpu = +args[++i];
  else urls.push(a);
}
if (!urls.length) {
  console.error('usage: node bench/fcp.mjs [-n RUNS] [--login user:password] [--base http://host:port] URL|gradebook ...');
  process.exit(2);
}
base = base || new URL(urls.find(u => u.startsWith('http')) || 'http://127.0.0.1:8080/').origin;
const load = () => os.loadavg().map(x => x.toFixed(2)).join(' ');
const chromeVersion = (() => { try { return execSync('/usr/bin/chromium --version 2>/dev/null').toString().trim(); } catch { return '?'; } })();
console.log(`# ${new Date().toISOString()} ${chromeVersion}; CPU ${cpu}x, ${mbit} Mbit/s, ${latency} ms; runs ${runs}; load ${load()}`);

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});

async function signIn(context) {
  const [user, password] = login.split(':');
  const page = await context.newPage();
  await page.goto(base + '/login');
  await page.locator('input[name="username"]').fill(user);
  await page.locator('input[name="password"]').fill(password);
  await Promise.all([page.waitForURL(u => !u.pathname.startsWith('/login'), { timeout: 60000 }),
    page.locator('input[name="password"]').press('Enter')]);
  await page.close();
}

async function findGradebook(context) {
  const page = await context.newPage();
  await page.goto(base + '/teach');
  const cls = page.locator('a[href*="teach/classes/"]').first();
  await cls.waitFor({ timeout: 60000 });
  await page.goto(new URL(await cls.getAttribute('href'), base + '/').href);
  const asg = page.locator('a[href*="teach/assignments/"]').first();
  await asg.waitFor({ timeout: 60000 });
  const href = new URL(await asg.getAttribute('href'), base + '/').href;
  await page.close();
  return href;
}

async function measure(context, url) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency, downloadThroughput: mbit * 1e6 / 8, uploadThroughput: mbit * 1e6 / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await page.addInitScript(() => {
    window.__lcp = 0;
    new PerformanceObserver(l => { for (const e of l.getEntries()) window.__lcp = e.startTime; })
      .observe({ type: 'largest-contentful-paint', buffered: true });
    window.__cls = 0;
    new PerformanceObserver(l => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; })
      .observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load', timeout: 120000 });
  // the view is there once Vaadin has rendered the layout; then let late paints settle
  await page.waitForSelector('.lectern-shell:not(#lectern-prerender)', { timeout: 120000 }).catch(() => {});
  await page.waitForTimeout(1500);
  const r = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    const nav = performance.getEntriesByType('navigation')[0];
    return { fcp: fcp ? fcp.startTime : NaN, lcp: window.__lcp, cls: window.__cls, dcl: nav.domContentLoadedEventEnd };
  });
  await page.close();
  return r;
}

const med = xs => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
for (const spec of urls) {
  const rows = [];
  let url = spec;
  // unthrottled visits first, so that the server's JIT has compiled the page's code paths (not a cold JVM)
  for (let i = 0; i < warm; i++) {
    const context = await browser.newContext();
    if (login) await signIn(context);
    if (spec === 'gradebook') url = await findGradebook(context);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 120000 });
    await page.waitForSelector('.lectern-shell:not(#lectern-prerender)', { timeout: 120000 }).catch(() => {});
    await context.close();
  }
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    if (login) await signIn(context);
    if (spec === 'gradebook') url = await findGradebook(context);
    const r = await measure(context, url);
    rows.push(r);
    console.log(`  run ${i + 1}: FCP ${r.fcp.toFixed(0)} ms, LCP ${r.lcp.toFixed(0)} ms, CLS ${r.cls.toFixed(3)}, DCL ${r.dcl.toFixed(0)} ms (load ${load()})`);
    await context.close();
  }
  console.log(`${url.padEnd(60)} FCP ${med(rows.map(r => r.fcp)).toFixed(0)} ms  LCP ${med(rows.map(r => r.lcp)).toFixed(0)} ms  CLS ${med(rows.map(r => r.cls)).toFixed(3)}  (median of ${rows.length}; FCP ${rows.map(r => r.fcp.toFixed(0)).join(',')})`);
}
console.log(`# load after ${load()}`);
await browser.close();
