// Opens an assignment's gradebook as its teacher in headless Chromium and sorts it by every sortable column,
// printing for each step the server's CPU time (utime+stime of the app process, from /proc: load does not move
// it much) and the summed duration of the step's requests to the server (document + UIDL round-trips: server
// time plus loopback; load moves it).
//
//   node bench/gradebook-measure.mjs <url> <app pid> <teacher login> <password> <assignment id> [rounds]
//
// Needs playwright-core (npm i playwright-core) and /usr/bin/chromium (CHROMIUM=... to change).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(process.cwd() + '/');
const { chromium } = require('playwright-core');

const [url, pid, login, password, assignment, roundsArg] = process.argv.slice(2);
const rounds = Number(roundsArg || 5);
const HZ = 100;
const cpuMs = () => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) * 1000 / HZ;
};
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
let requestMs = 0, started = 0, inflight = 0;
const ours = r => r.url().startsWith(url) && (r.url().includes('v-r=uidl') || r.resourceType() === 'document');
page.on('request', r => { if (ours(r)) { started++; inflight++; } });
page.on('requestfailed', r => { if (ours(r)) inflight--; });
page.on('requestfinished', r => {
  if (ours(r)) {
    inflight--;
    const t = r.timing();
    requestMs += t.responseEnd - t.requestStart;
  }
});
await page.goto(`${url}/login`);
await page.locator('vaadin-text-field[name="username"] input').fill(login);
await page.locator('vaadin-password-field[name="password"] input').fill(password);
await page.keyboard.press('Enter');
await page.waitForURL(u => !u.pathname.startsWith('/login'), { timeout: 30000 });

const firstName = () => page.locator('#gradebook-grid vaadin-grid-cell-content a').first().textContent();
// done: a request to the server was made since `since` and none has been in flight for 300 ms
const quiet = async (since = 0) => {
  const t0 = Date.now();
  let idleSince = null;
  while (Date.now() - t0 < 120000) {
    if (started > since && inflight === 0) {
      idleSince ??= Date.now();
      if (Date.now() - idleSince >= 300) return;
    } else idleSince = null;
    await page.waitForTimeout(20);
  }
  throw new Error('no quiet after 120 s');
};
const results = {};
const record = (step, cpu, req) => {
  (results[step] ||= []).push([cpu, req]);
  console.log(`  ${step.padEnd(16)} server CPU ms ${cpu.toFixed(0).padStart(6)}  request ms ${req.toFixed(0).padStart(6)}`);
};

console.log(`# gradebook ${url}/teach/assignments/${assignment} rounds=${rounds} load:${load()}`);
for (let r = 0; r < rounds; r++) {
  let c0 = cpuMs(); requestMs = 0;
  await page.goto(`${url}/teach/assignments/${assignment}`);
  await page.locator('#gradebook-grid vaadin-grid-cell-content a').first().waitFor({ timeout: 120000 });
  await quiet(0);
  record('open', cpuMs() - c0, requestMs);
  const sorters = page.locator('#gradebook-grid vaadin-grid-sorter');
  const names = ['name', 'status', 'score', 'time', 'submitted'];
  for (let i = 0; i < (await sorters.count()); i++) {
    const before = await firstName();
    c0 = cpuMs(); requestMs = 0; let n = started;
    await sorters.nth(i).click();
    await quiet(n);
    record(`sort-${names[i] || i}`, cpuMs() - c0, requestMs);
    // scroll to the middle (a page fetched from the middle of the order)
    c0 = cpuMs(); requestMs = 0; n = started;
    await page.locator('#gradebook-grid').evaluate(g => g.scrollToIndex(Math.floor(g.size / 2)));
    await quiet(n);
    record(`scroll-${names[i] || i}`, cpuMs() - c0, requestMs);
    n = started; await sorters.nth(i).click(); await quiet(n); // descending
    n = started; await sorters.nth(i).click(); await quiet(n); // off again
    await page.locator('#gradebook-grid').evaluate(g => g.scrollToIndex(0));
    await page.waitForTimeout(500);
    if (r === 0 && i === 2) console.log(`# first row before/after sorting by score: ${before} / ${await firstName()}`);
  }
}
const median = xs => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
for (const [step, xs] of Object.entries(results)) {
  console.log(`${step.padEnd(16)} server CPU ms median ${median(xs.map(x => x[0])).toFixed(0).padStart(6)}`
    + `  request ms median ${median(xs.map(x => x[1])).toFixed(0).padStart(6)}`
    + `  raw cpu [${xs.map(x => x[0].toFixed(0)).join(' ')}] req [${xs.map(x => x[1].toFixed(0)).join(' ')}]`);
}
console.log(`# load after:${load()}`);
await browser.close();
