import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { IndicatorValue } from '../../api/types';
import { IndicatorCard } from './indicator-card';

const partners: IndicatorValue = {
  id: 'partners',
  name: 'Netzwerkpartner',
  kind: 'stock',
  unit: 'Organisationen',
  value: 124,
  target: 150,
  progress: 124 / 150,
  previousValue: 112,
};

const NBSP = '\u00a0';
const valueOf = (id: string) => document.querySelector(`[data-indicator="${id}"]`)?.textContent;

describe('IndicatorCard', () => {
  it('shows value, target, progress and the change against the previous period', () => {
    render(<IndicatorCard primary={partners} against="Projektjahr 1" onOpenDetails={() => {}} />);
    expect(screen.getByRole('heading', { name: 'Netzwerkpartner' })).toBeInTheDocument();
    expect(valueOf('partners')).toBe('124');
    expect(screen.getByText(/Ziel:/)).toHaveTextContent('Ziel: 150 · 83 % erreicht');
    const bar = screen.getByRole('progressbar', { name: 'Zielerreichung Netzwerkpartner' });
    expect(bar).toHaveAttribute('aria-valuenow', '83');
    expect(bar).toHaveAttribute('aria-valuetext', `83${NBSP}% des Ziels`);
    expect(screen.getByText('▲ +12')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByText('Anstieg um 12')).toHaveClass('sr-only');
    expect(screen.getByText(/gegenüber Projektjahr 1 \(112\)/)).toBeInTheDocument();
  });

  it('keeps the bar full and says so when the target is exceeded', () => {
    render(<IndicatorCard primary={{ ...partners, value: 162, progress: 1.08 }} against="Projektjahr 1" onOpenDetails={() => {}} />);
    const bar = screen.getByRole('progressbar');
    expect(bar).toHaveAttribute('aria-valuenow', '100');
    expect(bar).toHaveAttribute('aria-valuetext', `108${NBSP}% des Ziels`);
  });

  it('shows a share with an empty denominator as a dash with the reason', () => {
    const share: IndicatorValue = {
      id: 'needs_matched_share',
      name: 'Bedarfe mit passendem Angebot',
      kind: 'share',
      unit: 'Anteil',
      value: null,
      target: 0.6,
      progress: null,
      previousValue: 0.55,
    };
    render(<IndicatorCard primary={share} against="Projektjahr 1" onOpenDetails={() => {}} />);
    expect(valueOf('needs_matched_share')).toBe('–');
    expect(screen.getByText('Im Zeitraum wurden keine Weiterbildungsbedarfe identifiziert.')).toBeInTheDocument();
    expect(screen.getByText(/Ziel:/)).toHaveTextContent(/^Ziel: 60 %$/);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByText('Kein Vergleichswert für Projektjahr 1')).toBeInTheDocument();
  });

  it('shows a second indicator with its own figures, a fall in percentage points and no target', () => {
    const needs: IndicatorValue = { ...partners, id: 'needs_identified', name: 'Identifizierte Weiterbildungsbedarfe', kind: 'flow' };
    const matched: IndicatorValue = {
      id: 'needs_matched_share',
      name: 'Bedarfe mit passendem Angebot',
      kind: 'share',
      unit: 'Anteil',
      value: 0.684,
      target: null,
      progress: null,
      previousValue: 0.712,
    };
    render(<IndicatorCard primary={needs} secondary={matched} against="Projektjahr 1" onOpenDetails={() => {}} />);
    expect(valueOf('needs_matched_share')).toBe(`68,4${NBSP}%`);
    const second = screen.getByRole('heading', { name: 'Bedarfe mit passendem Angebot' }).parentElement!;
    expect(within(second).getByText('Kein Ziel für diesen Zeitraum festgelegt')).toBeInTheDocument();
    expect(within(second).getByText('▼ -2,8 %-Punkte')).toBeInTheDocument();
    expect(within(second).getByText('Rückgang um 2,8 Prozentpunkte')).toBeInTheDocument();
    expect(within(second).getByText(/gegenüber Projektjahr 1 \(71,2 %\)/)).toBeInTheDocument();
  });

  it('shows no change where the period has no comparison period, even with a value', () => {
    render(<IndicatorCard primary={partners} against={null} onOpenDetails={() => {}} />);
    expect(screen.queryByText(/▲|gegenüber|Vergleich/)).not.toBeInTheDocument();
  });

  it('opens the details from a button named after the indicator and links to its development', async () => {
    const onOpenDetails = vi.fn();
    render(<IndicatorCard primary={partners} against="Projektjahr 1" onOpenDetails={onOpenDetails} />);
    await userEvent.click(screen.getByRole('button', { name: 'Definition und Aufschlüsselung zu Netzwerkpartner' }));
    expect(onOpenDetails).toHaveBeenCalledOnce();
    expect(screen.getByRole('link', { name: 'Verlauf von Netzwerkpartner' })).toHaveAttribute(
      'href',
      '#/entwicklung?kennzahl=partners',
    );
  });
});
