import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../app';
import { fixtures, fixtureValueText, indicatorsWith, installFakeApi, json, signedIn } from '../../test/fake-api';

const partnersShown = () => document.querySelector('[data-indicator="partners"]')?.textContent;

/** Answers each period with its own number of partners, so the test sees which one is shown. */
function perPeriod(url: URL) {
  const key = url.searchParams.get('period');
  if (key === 'py1') return json(indicatorsWith({ partners: { value: 61 } }, 'Projektjahr 1'));
  if (key === '2023-Q2') return json(indicatorsWith({ partners: { value: 97 } }, '2. Quartal 2023'));
  if (key === 'py2') return json(indicatorsWith({ partners: { value: 73 } }, 'Projektjahr 2'));
  if (key) return json(fixtures.indicators);
  return json({ ...indicatorsWith({ partners: { value: 88 } }), from: url.searchParams.get('from'), to: url.searchParams.get('to') });
}

async function renderSignedIn(expectedPartners = fixtureValueText('partners')) {
  signedIn();
  const api = installFakeApi({ '/api/indicators': perPeriod });
  render(<App />);
  await waitFor(() => expect(partnersShown()).toBe(expectedPartners));
  return { api, user: userEvent.setup(), select: screen.getByLabelText('Zeitraum') as HTMLSelectElement };
}

describe('period selection', () => {
  it('starts with the whole term and offers project years, calendar years and quarters', async () => {
    const { api, select } = await renderSignedIn();
    expect(select.value).toBe('term');
    expect(api.to('/api/indicators')[0].searchParams.get('period')).toBe('term');
    const groups = Array.from(select.querySelectorAll('optgroup')).map((group) => group.label);
    expect(groups).toEqual(['Projektjahre', 'Kalenderjahre', 'Quartale']);
    expect(screen.getByRole('option', { name: 'Projektjahr 1 (01.11.2021 – 31.10.2022)' })).toBeInTheDocument();
    expect(screen.getByText(/Zeitraum:/).parentElement).toHaveTextContent('Gesamtlaufzeit (01.11.2021 – 31.10.2024)');
    // The term is measured against its targets, never against the years before the project.
    expect(screen.getByText(/an ihren Zielwerten gemessen/)).toBeInTheDocument();
    expect(screen.queryByText(/gegenüber/)).not.toBeInTheDocument();
    // A quarter running over the term's end is cut there, and its option says so.
    expect(screen.getByRole('option', { name: 'Q4 2024 (bis Laufzeitende 31.10.2024)' })).toBeInTheDocument();
  });

  it('shows the figures of a chosen project year and quarter', async () => {
    const { user, select } = await renderSignedIn();
    await user.selectOptions(select, 'py1');
    await waitFor(() => expect(partnersShown()).toBe('61'));
    expect(screen.getByText(/Zeitraum:/).parentElement).toHaveTextContent('Projektjahr 1 (01.11.2021 – 31.10.2022)');
    await user.selectOptions(select, '2023-Q2');
    await waitFor(() => expect(partnersShown()).toBe('97'));
    expect(sessionStorage.getItem('verbund.dashboard.period')).toBe('{"kind":"named","key":"2023-Q2"}');
  });

  it('carries the period in the address: a link opens the same period, navigation keeps it', async () => {
    window.history.replaceState(null, '', '/#/?zeitraum=py2');
    const { api, user, select } = await renderSignedIn('73');
    expect(select.value).toBe('py2');
    expect(api.to('/api/indicators')[0].searchParams.get('period')).toBe('py2');
    await user.selectOptions(select, '2023-Q2');
    await waitFor(() => expect(window.location.hash).toBe('#/?zeitraum=2023-Q2'));
    const link = screen.getByRole('link', { name: 'Entwicklung' });
    expect(link).toHaveAttribute('href', '#/entwicklung?zeitraum=2023-Q2');
  });

  it('loads once when arrow keys step through the closed select', async () => {
    const { api, select } = await renderSignedIn();
    const before = api.to('/api/indicators').length;
    for (const key of ['py1', 'py2', 'py3', '2022']) fireEvent.change(select, { target: { value: key } });
    await waitFor(() => expect(api.to('/api/indicators').length).toBe(before + 1));
    expect(api.to('/api/indicators').at(-1)!.searchParams.get('period')).toBe('2022');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(api.to('/api/indicators').length).toBe(before + 1);
  });

  it('validates a custom range and asks for it by dates', async () => {
    const { api, user, select } = await renderSignedIn();
    await user.selectOptions(select, '__custom');
    const from = screen.getByLabelText('Von');
    const to = screen.getByLabelText('Bis');
    const apply = screen.getByRole('button', { name: 'Übernehmen' });

    fireEvent.change(from, { target: { value: '2023-05-01' } });
    fireEvent.change(to, { target: { value: '2023-04-01' } });
    await user.click(apply);
    expect(screen.getByRole('alert')).toHaveTextContent('Das Anfangsdatum darf nicht nach dem Enddatum liegen.');
    expect(from).toHaveAttribute('aria-invalid', 'true');

    fireEvent.change(from, { target: { value: '2021-10-01' } });
    await user.click(apply);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Der Zeitraum muss innerhalb der Laufzeit vom 01.11.2021 bis 31.10.2024 liegen.',
    );

    fireEvent.change(to, { target: { value: '' } });
    await user.click(apply);
    expect(screen.getByRole('alert')).toHaveTextContent('Bitte geben Sie ein Anfangs- und ein Enddatum ein.');
    expect(api.to('/api/indicators').some((url) => url.searchParams.has('from'))).toBe(false);

    fireEvent.change(from, { target: { value: '2023-01-15' } });
    fireEvent.change(to, { target: { value: '2023-04-30' } });
    await user.click(apply);
    await waitFor(() => expect(partnersShown()).toBe('88'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const request = api.to('/api/indicators').at(-1)!;
    expect([request.searchParams.get('from'), request.searchParams.get('to')]).toEqual(['2023-01-15', '2023-04-30']);
    expect(screen.getByText(/Zeitraum:/).parentElement).toHaveTextContent(/^Zeitraum: Eigener Zeitraum \(15\.01\.2023 – 30\.04\.2023\)$/);
  });
});
