import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../app';
import { fixtures, installFakeApi, signedIn } from '../../test/fake-api';

describe('development page', () => {
  it('draws the series with its target and offers the values as a table', async () => {
    signedIn();
    window.location.hash = '#/entwicklung?kennzahl=course_runs';
    const api = installFakeApi();
    const { container } = render(<App />);

    // The page is a lazy chunk (recharts); on a busy machine its import alone can take a second.
    expect(await screen.findByRole('heading', { level: 2, name: 'Durchgeführte Kurse' }, { timeout: 10_000 })).toBeInTheDocument();
    await waitFor(() => expect(container.querySelector('.recharts-surface')).not.toBeNull());
    expect(container.querySelector('.chart')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByText('Durchgeführte Kurse (kumuliert)')).toBeInTheDocument();
    expect(screen.getAllByText('Ziel').length).toBeGreaterThan(0);

    const table = screen.getByRole('table', { name: 'Durchgeführte Kurse je Monat' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(fixtures.series.points.length + 1);
    const first = fixtures.series.points[0];
    expect(within(rows[1]).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      first.value!.toLocaleString('de-DE'),
      first.cumulative!.toLocaleString('de-DE'),
      fixtures.series.target!.toLocaleString('de-DE'),
    ]);
    expect(within(rows[1]).getByRole('rowheader')).toHaveTextContent(first.label);

    const request = api.to('/api/series').at(-1)!;
    expect(Object.fromEntries(request.searchParams)).toEqual({
      indicator: 'course_runs',
      from: fixtures.periods.term.from,
      to: fixtures.periods.term.to,
      granularity: 'month',
    });

    await userEvent.click(screen.getByRole('radio', { name: 'Quartale' }));
    await waitFor(() => expect(api.to('/api/series').at(-1)!.searchParams.get('granularity')).toBe('quarter'));
  });
});
