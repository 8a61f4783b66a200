import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../app';
import { fixtureDefinition, fixtures, installFakeApi, signedIn } from '../../test/fake-api';

async function openNeedsDialog() {
  signedIn();
  const api = installFakeApi();
  render(<App />);
  const user = userEvent.setup();
  const opener = await screen.findByRole('button', { name: 'Definition und Aufschlüsselung zu Identifizierte Weiterbildungsbedarfe' });
  await user.click(opener);
  const dialog = await screen.findByRole('dialog', { name: 'Identifizierte Weiterbildungsbedarfe' });
  return { api, user, opener, dialog };
}

describe('indicator details dialog', () => {
  it('shows the definitions from the catalogue and the breakdown for the chosen period', async () => {
    const { api, user, dialog } = await openNeedsDialog();
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(within(dialog).getByText(fixtureDefinition('needs_identified'))).toBeInTheDocument();
    expect(within(dialog).getByText(fixtureDefinition('needs_matched_share'))).toBeInTheDocument();
    // The dimension is named as the service names it (the same wording as the report).
    const table = await within(dialog).findByRole('table', { name: `Identifizierte Weiterbildungsbedarfe nach ${fixtures.breakdown.byLabel}` });
    const [firstRow] = fixtures.breakdown.rows;
    expect(within(table).getByRole('row', { name: `${firstRow.label} ${firstRow.value.toLocaleString('de-DE')}` })).toBeInTheDocument();

    await user.click(within(dialog).getByRole('radio', { name: 'Thema' }));
    await waitFor(() => expect(api.to('/api/breakdown').at(-1)!.searchParams.get('by')).toBe('topic'));
    const request = api.to('/api/breakdown').at(-1)!;
    expect(Object.fromEntries(request.searchParams)).toEqual({
      indicator: 'needs_identified',
      by: 'topic',
      from: fixtures.periods.term.from,
      to: fixtures.periods.term.to,
    });
  });

  it('keeps focus inside, makes the page behind inert, closes on Esc and returns focus', async () => {
    const { user, opener, dialog } = await openNeedsDialog();
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(opener.closest('[inert]')).not.toBeNull();

    const close = within(dialog).getByRole('button', { name: 'Schließen' });
    await user.tab();
    expect(close).toHaveFocus();
    await user.tab({ shift: true });
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(close).not.toHaveFocus();
    for (let step = 0; step < 8; step += 1) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener.closest('[inert]')).toBeNull();
    expect(opener).toHaveFocus();
  });

  it('closes with its button', async () => {
    const { user, opener, dialog } = await openNeedsDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Schließen' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });
});
