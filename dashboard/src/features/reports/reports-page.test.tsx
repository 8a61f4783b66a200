import { reportVersion } from '@verbund/domain/contract';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../app';
import { apiError, fixtures, type Handler, installFakeApi, json, signedIn } from '../../test/fake-api';
import { diffWithChanges, diffWithoutChanges, reportsList, zwischennachweis } from '../../test/report-fixtures';

let saved: string[];
beforeEach(() => {
  saved = [];
  // jsdom does not download; the anchor's name is what the browser would save the file as.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
});
afterEach(() => vi.restoreAllMocks());

async function openReports(routes: Record<string, Handler>, hash = '#/berichte') {
  window.history.replaceState(null, '', `/${hash}`);
  signedIn();
  const api = installFakeApi(routes);
  render(<App />);
  await screen.findByRole('heading', { level: 1, name: 'Berichte' });
  return { api, user: userEvent.setup() };
}

/** The version the service stores for a POST: the figures of the fixture's indicators. */
function frozen(id: number, title: string) {
  return reportVersion.parse({
    ...zwischennachweis,
    id,
    title,
    period: fixtures.periods.periods.find((p) => p.key === 'py1'),
    createdAt: '2023-03-01T10:00:00.000Z',
    project: { name: 'Kooperative Weiterbildung Südostniedersachsen', fundingProgramme: null, funder: null, grantReference: 'WBV-0815', startsOn: '2021-11-01', endsOn: '2024-10-31' },
    comparison: null,
    indicators: fixtures.indicators.indicators.map(({ id: indicatorId, name, kind, unit, value, target, progress, previousValue }) => ({
      id: indicatorId,
      name,
      kind,
      unit,
      value,
      target,
      progress,
      previousValue,
      definition: 'Definition',
      contributions: [],
    })),
    breakdowns: [],
    quality: [],
  });
}

describe('Berichte page', () => {
  it('is in the navigation and designs the empty list', async () => {
    signedIn();
    installFakeApi({ '/api/reports': () => json({ reports: [] }) });
    render(<App />);
    await userEvent.setup().click(await screen.findByRole('link', { name: 'Berichte' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Berichte' })).toBeInTheDocument();
    expect(await screen.findByText('Noch keine eingefrorene Fassung')).toBeInTheDocument();
    expect(screen.getByText(/bevor Sie ihn beim Zuwendungsgeber einreichen/)).toBeInTheDocument();
  });

  it('lists the frozen versions with period, Stand, who and when, and downloads their files', async () => {
    const { api, user } = await openReports({
      '/api/reports': () => json(reportsList),
      '/api/reports/1.xlsx': () =>
        new Response(new TextEncoder().encode('PK'), { headers: { 'Content-Disposition': 'attachment; filename="Zwischennachweis-2022.xlsx"' } }),
    });
    const row = (await screen.findByRole('rowheader', { name: 'Zwischennachweis 2022' })).closest('tr')!;
    const cells = within(row).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent(/^202201\.01\.2022 – 31\.12\.2022$/);
    // 14:00 and 14:30 UTC in January are 15:00 and 15:30 in Berlin
    expect(row).toHaveTextContent('12.01.2023, 15:00 Uhr');
    expect(row).toHaveTextContent('am 12.01.2023, 15:30 Uhrvon Jana Koordination');
    await user.click(within(row).getByRole('button', { name: 'Excel (XLSX)' }));
    await waitFor(() => expect(saved).toEqual(['Zwischennachweis-2022.xlsx']));
    expect(api.to('/api/reports/1.xlsx')).toHaveLength(1);
  });

  it('explains the differences per indicator in plain German, with each record and its audit entries', async () => {
    const { user } = await openReports({ '/api/reports': () => json(reportsList), '/api/reports/1/diff': () => json(diffWithChanges) });
    await user.click(await screen.findByRole('button', { name: 'Abweichungen' }));
    const heading = await screen.findByRole('heading', { level: 2, name: 'Abweichungen: „Zwischennachweis 2022“' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(window.location.hash).toContain('fassung=1');
    expect(screen.getByText(/verglichen mit dem aktuellen Datenstand vom 10\.02\.2023, 09:00 Uhr/)).toBeInTheDocument();
    expect(screen.getByText(`Bei 3 von ${diffWithChanges.indicators.length} Kennzahlen hat sich seit dem Einfrieren etwas geändert.`)).toBeInTheDocument();

    const partners = screen.getByRole('article', { name: 'Netzwerkpartner' });
    expect(partners).toHaveTextContent('Eingefroren: 152 · heute: 150');
    const sentences = within(partners).getAllByRole('listitem').map((item) => item.textContent);
    // Jana's two edits on one day are one sentence about two organisations; the redacted note is „geändert“
    expect(sentences.slice(0, 2)).toEqual([
      '2 Organisationen nachträglich mit ‚Partner bis‘ 30.06.2022 versehen – geändert von Jana Koordination am 03.02.2023',
      '1 Organisation ‚Notizen‘ geändert – geändert von Jana Koordination am 03.02.2023',
    ]);
    await user.click(within(partners).getByText('Datensätze im Einzelnen (2)'));
    expect(partners).toHaveTextContent('Acme GmbH (Organisation): nicht mehr mitgezählt (−1)');
    expect(partners).toHaveTextContent("03.02.2023, 11:00 Uhr · Jana Koordination · Geändert: ‚Partner bis‘: leer → 30.06.2022; ‚Notizen‘: geändert");

    const consultations = screen.getByRole('article', { name: 'Beratungen' });
    expect(within(consultations).getAllByRole('listitem')[0]).toHaveTextContent('1 Beratung gelöscht von Max Beratung am 05.02.2023');
    const participants = screen.getByRole('article', { name: 'Teilnehmende an Weiterbildungen' });
    expect(within(participants).getAllByRole('listitem')[0]).toHaveTextContent('1 Kursteilnahme angelegt von System am 06.02.2023');
    expect(participants).toHaveTextContent('Big AG in „Excel für Einsteiger“ (Kursteilnahme): neu mitgezählt (+4)');
    expect(screen.getByText('Unverändert:').parentElement).toHaveTextContent('Partnerunternehmen');
  });

  it('says so when nothing changed since the freeze', async () => {
    await openReports({ '/api/reports': () => json(reportsList), '/api/reports/1/diff': () => json(diffWithoutChanges) }, '#/berichte?fassung=1');
    expect(await screen.findByText('Keine Abweichungen')).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`Alle ${diffWithoutChanges.indicators.length} Kennzahlen haben heute denselben Wert`))).toBeInTheDocument();
  });

  it('shows the service’s message for a version that does not exist', async () => {
    await openReports({ '/api/reports': () => json(reportsList), '/api/reports/9/diff': () => apiError(404, 'Die Fassung 9 gibt es nicht.') }, '#/berichte?fassung=9');
    expect(await screen.findByRole('alert')).toHaveTextContent('Die Fassung 9 gibt es nicht.');
  });
});

describe('freezing a report', () => {
  it('asks for a title, confirms that a frozen version cannot be changed, then freezes the selected period', async () => {
    let list = reportsList;
    let release: () => void = () => {};
    const posted: unknown[] = [];
    const { api, user } = await openReports({
      '/api/reports': async (_url, init) => {
        if (init.method !== 'POST') return json(list);
        posted.push(JSON.parse(String(init.body)));
        await new Promise<void>((resolve) => (release = resolve));
        const version = frozen(2, 'Zwischennachweis PJ 1');
        list = { reports: [...list.reports, version] };
        return json(version, 201);
      },
    });
    await user.selectOptions(await screen.findByLabelText('Zeitraum'), 'py1');
    await user.click(screen.getByRole('button', { name: 'Fassung einfrieren' }));
    expect(screen.getByText('Bitte geben Sie einen Titel ein, z. B. „Zwischennachweis 2022“.')).toBeInTheDocument();
    expect(screen.getByLabelText('Titel der Fassung')).toHaveAttribute('aria-invalid', 'true');

    await user.type(screen.getByLabelText('Titel der Fassung'), 'Zwischennachweis PJ 1');
    await user.click(screen.getByRole('button', { name: 'Fassung einfrieren' }));
    const dialog = await screen.findByRole('dialog', { name: 'Fassung endgültig einfrieren?' });
    expect(dialog).toHaveTextContent('Projektjahr 1 (01.11.2021 – 31.10.2022)');
    expect(dialog).toHaveTextContent('Eine eingefrorene Fassung kann danach weder geändert noch gelöscht werden.');
    expect(posted).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Endgültig einfrieren' }));

    expect(await screen.findByRole('button', { name: 'Wird eingefroren …' })).toBeDisabled();
    expect(posted).toEqual([{ period: 'py1', title: 'Zwischennachweis PJ 1' }]);
    release();
    expect(await screen.findByText('„Zwischennachweis PJ 1“ ist eingefroren und steht in der Liste.')).toBeInTheDocument();
    expect(await screen.findByRole('rowheader', { name: 'Zwischennachweis PJ 1' })).toBeInTheDocument();
    expect(screen.getByLabelText('Titel der Fassung')).toHaveValue('');
    expect(api.to('/api/reports').length).toBeGreaterThanOrEqual(3);
  });

  it('shows the service’s German reason when freezing fails, and nothing is sent when cancelled', async () => {
    let posts = 0;
    const { user } = await openReports({
      '/api/reports': (_url, init) => {
        if (init.method !== 'POST') return json(reportsList);
        posts += 1;
        return apiError(400, 'Der Titel „Zwischennachweis 2022“ ist schon vergeben.');
      },
    });
    const title = await screen.findByLabelText('Titel der Fassung');
    await user.type(title, 'Zwischennachweis 2022');
    await user.click(screen.getByRole('button', { name: 'Fassung einfrieren' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Abbrechen' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(posts).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Fassung einfrieren' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Endgültig einfrieren' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Die Fassung konnte nicht eingefroren werden. Der Titel „Zwischennachweis 2022“ ist schon vergeben.',
    );
    expect(posts).toBe(1);
    expect(title).toHaveValue('Zwischennachweis 2022');
  });
});
