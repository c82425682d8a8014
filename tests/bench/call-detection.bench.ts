/**
 * Cost of call detection while the user sits idle at the desk (no call): a private PulseAudio daemon
 * with a null sink and source, the real LinuxCallDetector with the user at the desk, measured over a
 * window and scaled to one hour: wake-ups of our process, processes spawned, CPU time of our process
 * and of the `pactl subscribe` child. Also the cost of one /proc scan for the camera (the check that
 * runs at the idle readings at the desk, at most every 30 s, on a machine that has a /dev/video*
 * device).
 *
 *   tsx tests/bench/call-detection.bench.ts [seconds]   (default 120)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cameraInUse, LinuxCallDetector } from '../../electron/main/call-detector.ts';
import { startSoundServer } from '../integration/helpers/sound-server.ts';

const seconds = Number(process.argv[2] ?? 120);
const sound = await startSoundServer();
const env = sound.env;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** User + system CPU seconds of a process, from /proc/<pid>/stat. */
function cpuOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

// Camera checks on this machine: it has no /dev/video*, so a check is one readdir of /dev. Time a
// /proc scan as well, for machines with a camera.
const scans = 20;
const scanStart = process.cpuUsage();
const scanWall = performance.now();
for (let i = 0; i < scans; i++) await cameraInUse(new Set([process.pid]));
const scanCpuMs = (process.cpuUsage(scanStart).user + process.cpuUsage(scanStart).system) / 1000;
const scanWallMs = performance.now() - scanWall;
const processes = (await import('node:fs')).readdirSync('/proc').filter((n) => /^\d+$/.test(n));

const detector = new LinuxCallDetector({ env });
detector.start(() => {});
detector.setAtDesk(true);
await sleep(2000); // the first listing
const base = { ...detector.cost };
const cpu0 = process.cpuUsage();
const sub = spawnSync('sh', ['-c', `pgrep -f -n "^pactl subscribe"`]).stdout.toString().trim();
const subPid = Number(sub);
const subCpu0 = subPid ? cpuOf(subPid) : 0;
await sleep(seconds * 1000);
const cpu = process.cpuUsage(cpu0);
const subCpu = subPid ? cpuOf(subPid) - subCpu0 : NaN;
const d = {
  wakeups: detector.cost.wakeups - base.wakeups,
  spawned: detector.cost.spawned - base.spawned,
  listings: detector.cost.listings - base.listings,
};
detector.stop();
await sound.stop();

const perHour = (n: number) => Math.round((n * 3600) / seconds);
console.log(
  JSON.stringify(
    {
      windowSeconds: seconds,
      perHour: {
        wakeups: perHour(d.wakeups),
        processesSpawned: perHour(d.spawned),
        listings: perHour(d.listings),
        ourCpuMs: Math.round(((cpu.user + cpu.system) / 1000) * (3600 / seconds)),
        pactlSubscribeCpuMs: Math.round(subCpu * 1000 * (3600 / seconds)),
      },
      longLivedChildren: 1,
      procScan: {
        processes: processes.length,
        cpuMsEach: +(scanCpuMs / scans).toFixed(2),
        wallMsEach: +(scanWallMs / scans).toFixed(2),
        perHourAt30s: 120,
      },
    },
    null,
    2,
  ),
);
