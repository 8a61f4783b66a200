import { Button } from './button';

export function ErrorState({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <div role="alert" className="flex flex-col items-start gap-3 rounded-tremor-default border border-rose-200 bg-rose-50 p-4">
      <p className="text-sm text-rose-900">
        <span className="font-semibold">Die Daten konnten nicht geladen werden.</span> {message}
      </p>
      {onRetry && (
        <Button className="no-print" onClick={onRetry}>
          Erneut versuchen
        </Button>
      )}
    </div>
  );
}
