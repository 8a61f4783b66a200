// What Linux reports in /proc about a process's memory and about how busy the machine is.
import { readFileSync, writeFileSync } from 'node:fs';

const MB = 1024;

/** A `kB` line of /proc/<pid>/status in MB (VmRSS: now, VmHWM: peak since start or the last reset). */
export const statusMb = (pid, field) => {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`/proc/${pid}/status has no ${field}`);
  return Number(match[1]) / MB;
};

/**
 * Resets the process's peak (VmHWM) to its current RSS, so that the peak read later belongs to
 * what happened in between; false where the kernel does not allow it.
 */
const resetPeak = (pid) => {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
};

/**
 * Watches a process's RSS while some work runs. The kernel's peak counter catches what sampling
 * between two ticks would miss; the samples show the course.
 */
export const watchMemory = (pid, intervalMs = 20) => {
  const exactPeak = resetPeak(pid);
  const baselineMb = statusMb(pid, 'VmRSS');
  let sampledPeakMb = baselineMb;
  let samples = 1;
  const timer = setInterval(() => {
    sampledPeakMb = Math.max(sampledPeakMb, statusMb(pid, 'VmRSS'));
    samples += 1;
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      const peakMb = exactPeak ? Math.max(sampledPeakMb, statusMb(pid, 'VmHWM')) : sampledPeakMb;
      return { baselineMb, peakMb, growthMb: peakMb - baselineMb, endMb: statusMb(pid, 'VmRSS'), samples, exactPeak };
    },
  };
};

/**
 * Time (ms, since boot) in which at least one task waited for CPU or for I/O (pressure stall
 * information), counting this benchmark's own processes too. Its growth over a measurement,
 * against that of a quiet run, shows whether other work on the machine got in the way; null where
 * the kernel does not report it.
 */
export const pressureMs = () => {
  const read = (resource) => {
    try {
      const match = /^some .*total=(\d+)$/m.exec(readFileSync(`/proc/pressure/${resource}`, 'utf8'));
      return match ? Number(match[1]) / 1000 : null;
    } catch {
      return null;
    }
  };
  return { cpu: read('cpu'), io: read('io') };
};
