import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockApi, problemResponse } from '../../../test/fetchMock';
import { makeCheckout, makePlan } from '../../../test/fixtures';
import { renderRoute } from '../../../test/renderRoute';

const planUrl = '/api/public/plans/link-123';
const uploadUrl = '/api/public/plans/link-123/attachments';
const checkoutsUrl = '/api/public/plans/link-123/checkouts';

function planWithAttachments(required: boolean) {
  return makePlan({
    form: { ...makePlan().form, attachments: { enabled: true, required } },
  });
}

function pdfFile(name: string, size = 2048): File {
  return new File([new Uint8Array(size)], name, { type: 'application/pdf' });
}

async function renderCheckout() {
  // applyAccept: false lets a test choose a file that the picker's accept list would hide, as a drag and drop can.
  const rendered = renderRoute('/checkout/link-123', { applyAccept: false });
  await screen.findByRole('heading', { level: 1, name: 'Coworking Flex' });
  return rendered;
}

type User = Awaited<ReturnType<typeof renderCheckout>>['user'];

async function fillPerson(user: User) {
  await user.type(screen.getByLabelText('Nome completo'), 'Ana Souza');
  await user.type(screen.getByLabelText('CPF'), '52998224725');
  await user.type(screen.getByLabelText('E-mail'), 'ana@example.com');
  await user.click(screen.getByLabelText('Li e aceito os termos'));
}

describe('checkout attachments', () => {
  it('stays hidden when the form takes no files', async () => {
    mockApi({ [`GET ${planUrl}`]: jsonResponse(makePlan()) });
    await renderCheckout();

    expect(screen.queryByLabelText('Adicionar arquivos')).not.toBeInTheDocument();
  });

  it('uploads a file, lists it and sends its id', async () => {
    const api = mockApi({
      [`GET ${planUrl}`]: jsonResponse(planWithAttachments(false)),
      [`POST ${uploadUrl}`]: jsonResponse({ id: 'file-1', fileName: 'rg.pdf', contentType: 'application/pdf', size: 2048 }, 201),
      [`POST ${checkoutsUrl}`]: jsonResponse(makeCheckout(), 201),
    });
    const { user } = await renderCheckout();

    await user.upload(screen.getByLabelText('Adicionar arquivos'), pdfFile('rg.pdf'));
    const list = await screen.findByRole('list', { name: 'Arquivos enviados' });
    expect(within(list).getByText('rg.pdf')).toBeInTheDocument();
    expect(within(list).getByText('2 KB')).toBeInTheDocument();
    expect(api.requestsTo('POST', uploadUrl)).toHaveLength(1);

    await fillPerson(user);
    await user.click(screen.getByRole('button', { name: 'Contratar e pagar' }));
    await screen.findByRole('heading', { name: 'Contratação registrada' });
    const [request] = api.requestsTo('POST', checkoutsUrl);
    expect((request.body as { attachmentIds: string[] }).attachmentIds).toEqual(['file-1']);
  });

  it('removes a file before sending', async () => {
    const api = mockApi({
      [`GET ${planUrl}`]: jsonResponse(planWithAttachments(false)),
      [`POST ${uploadUrl}`]: jsonResponse({ id: 'file-1', fileName: 'rg.pdf', contentType: 'application/pdf', size: 2048 }, 201),
      [`POST ${checkoutsUrl}`]: jsonResponse(makeCheckout(), 201),
    });
    const { user } = await renderCheckout();

    await user.upload(screen.getByLabelText('Adicionar arquivos'), pdfFile('rg.pdf'));
    await user.click(await screen.findByRole('button', { name: 'Remover rg.pdf' }));
    expect(screen.queryByText('rg.pdf')).not.toBeInTheDocument();

    await fillPerson(user);
    await user.click(screen.getByRole('button', { name: 'Contratar e pagar' }));
    await screen.findByRole('heading', { name: 'Contratação registrada' });
    const [request] = api.requestsTo('POST', checkoutsUrl);
    expect((request.body as { attachmentIds: string[] }).attachmentIds).toEqual([]);
  });

  it("shows the server's reason for a rejected file", async () => {
    mockApi({
      [`GET ${planUrl}`]: jsonResponse(planWithAttachments(false)),
      [`POST ${uploadUrl}`]: problemResponse(
        {
          type: '/problems/storage-quota-exceeded',
          title: 'Espaço de armazenamento cheio',
          errors: { file: ['O espaço de armazenamento de arquivos deste estabelecimento está cheio.'] },
        },
        422,
      ),
    });
    const { user } = await renderCheckout();

    await user.upload(screen.getByLabelText('Adicionar arquivos'), pdfFile('grande.pdf'));

    expect(await screen.findByRole('alert')).toHaveTextContent('O espaço de armazenamento de arquivos deste estabelecimento está cheio.');
    expect(screen.getByText('grande.pdf')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remover grande.pdf' })).not.toBeInTheDocument();
  });

  it('shows the size limit in the hint', async () => {
    mockApi({ [`GET ${planUrl}`]: jsonResponse(planWithAttachments(false)) });
    await renderCheckout();

    expect(screen.getByLabelText('Adicionar arquivos')).toHaveAccessibleDescription('PDF, PNG, JPEG ou WebP, até 10 MB por arquivo.');
  });

  it.each([
    ['grande.pdf', 12.5 * 1024 * 1024, 'O arquivo tem 12,5 MB e o limite é 10 MB por arquivo.'],
    ['no-limite.pdf', 10 * 1024 * 1024 + 1, 'O arquivo tem 10.485.761 bytes e o limite é 10.485.760 bytes por arquivo.'],
    ['vazio.pdf', 0, 'O arquivo está vazio. Escolha outro arquivo.'],
  ])('rejects %s before uploading', async (name, size, message) => {
    const api = mockApi({ [`GET ${planUrl}`]: jsonResponse(planWithAttachments(false)) });
    const { user } = await renderCheckout();

    await user.upload(screen.getByLabelText('Adicionar arquivos'), pdfFile(name, size));

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByText(name)).toBeInTheDocument();
    expect(api.requestsTo('POST', uploadUrl)).toHaveLength(0);
  });

  it('follows the limit the offer sends', async () => {
    const api = mockApi({ [`GET ${planUrl}`]: jsonResponse({ ...planWithAttachments(false), maxAttachmentBytes: 2 * 1024 * 1024 }) });
    const { user } = await renderCheckout();

    expect(screen.getByLabelText('Adicionar arquivos')).toHaveAccessibleDescription('PDF, PNG, JPEG ou WebP, até 2 MB por arquivo.');
    await user.upload(screen.getByLabelText('Adicionar arquivos'), pdfFile('foto.pdf', 3 * 1024 * 1024));

    expect(await screen.findByRole('alert')).toHaveTextContent('O arquivo tem 3 MB e o limite é 2 MB por arquivo.');
    expect(api.requestsTo('POST', uploadUrl)).toHaveLength(0);
  });

  it('rejects a type not accepted before uploading', async () => {
    const api = mockApi({ [`GET ${planUrl}`]: jsonResponse(planWithAttachments(false)) });
    const { user } = await renderCheckout();

    const wordFile = new File([new Uint8Array(2048)], 'contrato.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    await user.upload(screen.getByLabelText('Adicionar arquivos'), wordFile);

    expect(await screen.findByRole('alert')).toHaveTextContent('Arquivos .docx não são aceitos. Envie um arquivo PDF, PNG, JPEG ou WebP.');
    expect(api.requestsTo('POST', uploadUrl)).toHaveLength(0);
  });

  it('uploads the accepted files of a mixed choice', async () => {
    const api = mockApi({
      [`GET ${planUrl}`]: jsonResponse(planWithAttachments(false)),
      [`POST ${uploadUrl}`]: jsonResponse({ id: 'file-1', fileName: 'rg.pdf', contentType: 'application/pdf', size: 2048 }, 201),
    });
    const { user } = await renderCheckout();

    await user.upload(screen.getByLabelText('Adicionar arquivos'), [pdfFile('rg.pdf'), pdfFile('grande.pdf', 11 * 1024 * 1024)]);

    expect(await screen.findByRole('button', { name: 'Remover rg.pdf' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('O arquivo tem 11 MB e o limite é 10 MB por arquivo.');
    expect(api.requestsTo('POST', uploadUrl)).toHaveLength(1);
  });

  it('requires a file when the form marks it required', async () => {
    const api = mockApi({ [`GET ${planUrl}`]: jsonResponse(planWithAttachments(true)) });
    const { user } = await renderCheckout();

    await fillPerson(user);
    await user.click(screen.getByRole('button', { name: 'Contratar e pagar' }));

    expect(screen.getByLabelText('Adicionar arquivos')).toHaveAccessibleDescription(/Envie pelo menos um arquivo\./);
    expect(api.requestsTo('POST', checkoutsUrl)).toHaveLength(0);
  });

  it('shows a checkout error about a file on the file field', async () => {
    mockApi({
      [`GET ${planUrl}`]: jsonResponse(planWithAttachments(false)),
      [`POST ${uploadUrl}`]: jsonResponse({ id: 'file-1', fileName: 'rg.pdf', contentType: 'application/pdf', size: 2048 }, 201),
      [`POST ${checkoutsUrl}`]: problemResponse(
        { title: 'Dados inválidos', errors: { 'attachmentIds[0]': ['Arquivo não encontrado, expirado ou já usado em outra contratação.'] } },
        400,
      ),
    });
    const { user } = await renderCheckout();

    await user.upload(screen.getByLabelText('Adicionar arquivos'), pdfFile('rg.pdf'));
    await screen.findByText('rg.pdf');
    await fillPerson(user);
    await user.click(screen.getByRole('button', { name: 'Contratar e pagar' }));

    expect(await screen.findByLabelText('Adicionar arquivos')).toHaveAccessibleDescription(/Arquivo não encontrado, expirado/);
  });
});
