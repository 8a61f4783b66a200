import { formatProgress } from '../lib/format';

/** Progress towards a target; a bar stays full once the target is exceeded. */
export function ProgressBar({ progress, label }: { progress: number; label: string }) {
  const percent = Math.max(0, Math.min(100, Math.round(progress * 100)));
  const reached = progress >= 1;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={`${formatProgress(progress)} des Ziels`}
      className="progress-track h-2 w-full overflow-hidden rounded-full bg-gray-200"
    >
      <div
        className={`progress-fill h-full rounded-full ${reached ? 'bg-emerald-600' : 'bg-blue-700'}`}
        style={{ width: `${percent}%` }}
      />
    </div>
  );
}
