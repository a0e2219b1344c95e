import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mockApi, problemResponse } from '../../../test/fetchMock';
import { downloadFile, fileNameOf } from '../model/download';
import { signIn } from '../model/session';
import { ExportButtons } from './ExportButtons';

/** Builds a response whose body arrives in two chunks, as a streamed export does. */
function streamedFile(): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode('a'.repeat(2048)));
      controller.enqueue(encoder.encode('b'.repeat(1024)));
      controller.close();
    },
  });
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': "attachment; filename=contratos-20270207-1030.xlsx; filename*=UTF-8''contratos-20270207-1030.xlsx",
    },
  });
}

describe('contract export', () => {
  beforeEach(() => {
    signIn('token-abc');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:export'), revokeObjectURL: vi.fn() }));
  });

  it('downloads with the filters and names the file', async () => {
    const api = mockApi({ 'GET /api/contracts/export?status=active&format=xlsx': () => streamedFile() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const user = userEvent.setup();
    render(<ExportButtons query="?status=active" />);

    await user.click(screen.getByRole('button', { name: 'Exportar Excel' }));

    expect(await screen.findByText('Arquivo contratos-20270207-1030.xlsx baixado.')).toBeInTheDocument();
    expect(click).toHaveBeenCalledTimes(1);
    expect(api.requestsTo('GET', '/api/contracts/export?status=active&format=xlsx')[0].headers.get('Authorization')).toBe('Bearer token-abc');
  });

  it('shows the problem of a rejected export', async () => {
    mockApi({ 'GET /api/contracts/export?format=pdf': problemResponse({ title: 'Dados inválidos', detail: 'to deve ser igual ou posterior a from.' }, 400) });
    const user = userEvent.setup();
    render(<ExportButtons query="" />);

    await user.click(screen.getByRole('button', { name: 'Exportar PDF' }));

    expect(await screen.findByText('to deve ser igual ou posterior a from.')).toBeInTheDocument();
  });

  it('reports the bytes of each chunk', async () => {
    mockApi({ 'GET /api/contracts/export?format=xlsx': () => streamedFile() });
    const progress = vi.fn();

    const file = await downloadFile('/api/contracts/export?format=xlsx', 'contratos.xlsx', progress);

    expect(progress.mock.calls.map(([update]) => update.receivedBytes)).toEqual([2048, 3072]);
    expect(file.blob.size).toBe(3072);
    expect(file.fileName).toBe('contratos-20270207-1030.xlsx');
  });

  it('reads the UTF-8 file name first', () => {
    expect(fileNameOf("attachment; filename=a.xlsx; filename*=UTF-8''contratos%20maio.xlsx", 'x')).toBe('contratos maio.xlsx');
    expect(fileNameOf('attachment; filename="contratos.pdf"', 'x')).toBe('contratos.pdf');
    expect(fileNameOf(null, 'contratos.xlsx')).toBe('contratos.xlsx');
  });
});
