/**
 * The floor under every socket: a process that only wakes up, `count` times at `perSecond`, and
 * does nothing else. On a loaded machine, being woken (the scheduler, cold caches) is most of what
 * a request at a few hundred a second costs a server. Prints its own CPU per wake-up in µs.
 * Run as: node --import tsx wake-floor.ts <perSecond> <count>
 */
export {};

const perSecond = Number(process.argv[2] ?? 200);
const count = Number(process.argv[3] ?? 2000);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mean = 1000 / perSecond;
// Warm, as the servers are: their first requests are not what is measured either.
for (let i = 0; i < 50; i++) await sleep(mean);
const before = process.cpuUsage();
for (let i = 0; i < count; i++) await sleep(mean * (0.5 + Math.random()));
const used = process.cpuUsage(before);
console.log(`wake ${(used.user + used.system) / count}`);
