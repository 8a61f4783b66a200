import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../app';
import { apiError, installFakeApi, signedIn } from '../../test/fake-api';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function wordReport(url: URL) {
  // a ZIP file starts with „PK“; jsdom's Blob cannot be a Response body
  return new Response(new TextEncoder().encode('PK'), {
    headers: {
      'Content-Type': DOCX,
      'Content-Disposition': `attachment; filename="Sachbericht_${url.searchParams.get('from')}.docx"; filename*=UTF-8''Sachbericht_${url.searchParams.get('from')}.docx`,
    },
  });
}

let saved: string[];
beforeEach(() => {
  saved = [];
  // jsdom does not download; the anchor's name is what the browser would save the file as.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
});
afterEach(() => vi.restoreAllMocks());

async function renderWith(handler: (url: URL) => Response) {
  signedIn();
  const api = installFakeApi({ '/api/report.docx': handler });
  render(<App />);
  const user = userEvent.setup();
  await user.selectOptions(await screen.findByLabelText('Zeitraum'), 'py1');
  return { api, user, button: await screen.findByRole('button', { name: 'Word-Bericht (.docx)' }) };
}

describe('Word report download', () => {
  it('asks for the selected period and saves the file under the service’s name', async () => {
    const { api, user, button } = await renderWith(wordReport);
    await user.click(button);
    await waitFor(() => expect(saved).toEqual(['Sachbericht_2021-11-01.docx']));
    const [request] = api.to('/api/report.docx');
    expect([request!.searchParams.get('from'), request!.searchParams.get('to')]).toEqual(['2021-11-01', '2022-10-31']);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the service’s German reason when the report cannot be made', async () => {
    const { user, button } = await renderWith(() => apiError(400, 'Unbekannter Zeitraum „x“.'));
    await user.click(button);
    expect(await screen.findByRole('alert')).toHaveTextContent('Der Bericht konnte nicht erstellt werden. Unbekannter Zeitraum „x“.');
    expect(saved).toEqual([]);
  });
});
