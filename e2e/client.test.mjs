// Browser tests of the optional checkout form fields: the client-area password and the file
// attachments. The built Api runs in Development with the demo tenants and the EFI sandbox. In each
// test the admin (laptop viewport) creates a plan with the field shown, and the customer (phone
// viewport) contracts it.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startApi } from './support/apiServer.mjs';
import { launchChromium } from './support/browser.mjs';

const resultsDirectory = join(dirname(fileURLToPath(import.meta.url)), 'test-results');

const proPlan = { tenant: 'Demo Coworking', plan: 'Estação fixa' };
const adminEmail = 'admin@demo.local';
const adminPassword = 'Demo#2026!';

const laptopViewport = { width: 1280, height: 800 };
const phoneViewport = { width: 375, height: 812 };
const phoneOptions = { isMobile: true, hasTouch: true };

/** Maximum wait for a single page step (a click, a field, a heading), in milliseconds. */
const stepTimeoutMs = 15_000;

/** Maximum wait for a payment status to reach the page. The checkout SPA polls every 3 s. */
const paymentTimeoutMs = 30_000;

// The quota every plan of these tests includes, and the text the SPA shows for it (formatQuota).
const quota = { amount: '6', unit: 'horas', resource: 'Sala de reunião' };
const quotaText = '6 horas de sala de reunião';

// The server's message for a file whose content is not PDF, PNG, JPEG or WebP (UploadAttachmentCommandHandler).
const wrongContentMessage = 'O conteúdo do arquivo não é de um tipo aceito. Envie um arquivo PDF, PNG, JPEG ou WebP.';

let api;
let browser;

/**
 * Runs `body(page)` in a new browser context with the given viewport. On failure it saves a
 * screenshot as test-results/<name>-failure.png before rethrowing, and it fails on uncaught page errors.
 */
async function withPage(name, viewport, body, contextOptions = {}) {
  const context = await browser.newContext({ viewport, locale: 'pt-BR', ...contextOptions });
  context.setDefaultTimeout(stepTimeoutMs);
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  try {
    await body(page);
    assert.deepEqual(pageErrors, [], 'The page threw uncaught errors.');
  } catch (error) {
    mkdirSync(resultsDirectory, { recursive: true });
    await page.screenshot({ path: join(resultsDirectory, `${name}-failure.png`), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
}

/** Fails when the page is wider than the viewport, which on a phone means sideways scrolling. */
async function assertNoHorizontalScroll(page) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= phoneViewport.width, `The page is ${scrollWidth} px wide on a ${phoneViewport.width} px screen.`);
}

async function signInAsAdmin(page) {
  await page.goto(`${api.baseUrl}/admin`);
  await page.getByLabel('E-mail').fill(adminEmail);
  await page.getByLabel('Senha').fill(adminPassword);
  await page.getByRole('button', { name: 'Entrar' }).click();
  await page.getByRole('heading', { name: 'Início' }).waitFor();
}

/**
 * Creates a plan in the admin SPA with the quota above and the checkout form fields named in
 * `shownFields` switched on (labels of the plan editor, such as "Anexos"), and returns its checkout link.
 */
async function createPlan(planName, shownFields) {
  let checkoutLink;
  await withPage(
    'client-admin-plan',
    laptopViewport,
    async (page) => {
      await signInAsAdmin(page);
      await page.getByRole('navigation', { name: 'Painel' }).getByRole('link', { name: 'Planos' }).click();
      await page.getByRole('link', { name: 'Novo plano' }).click();
      await page.getByLabel('Nome', { exact: true }).fill(planName);
      const unit = page.getByLabel('Unidade', { exact: true });
      if ((await unit.inputValue()) === '') {
        await unit.selectOption({ index: 1 });
      }
      await page.getByLabel('Mensalidade (R$)').fill('380,00');
      await page.getByRole('button', { name: 'Adicionar cota' }).click();
      await page.getByLabel('Quantidade').fill(quota.amount);
      await page.getByLabel('Unidade de medida').fill(quota.unit);
      await page.getByLabel('Recurso').fill(quota.resource);
      for (const field of shownFields) {
        await page.getByRole('checkbox', { name: `Mostrar ${field}`, exact: true }).check();
      }
      await page.getByRole('button', { name: 'Criar plano' }).click();

      await page.getByRole('heading', { name: 'Editar plano' }).waitFor();
      for (const field of shownFields) {
        assert.ok(
          await page.getByRole('checkbox', { name: `Mostrar ${field}`, exact: true }).isChecked(),
          `The saved plan does not show the form field "${field}".`,
        );
      }
      await page.getByRole('button', { name: 'Copiar link' }).click();
      await page.getByText('Link copiado.').waitFor();
      checkoutLink = await page.evaluate(() => navigator.clipboard.readText());
    },
    { permissions: ['clipboard-read', 'clipboard-write'] },
  );
  assert.match(checkoutLink, /^http:\/\/127\.0\.0\.1:\d+\/checkout\/[A-Za-z0-9_-]{22}$/);
  return checkoutLink;
}

async function fillPersonCustomer(page, customer) {
  await page.getByLabel('Pessoa física').check();
  await page.getByLabel('Nome completo').fill(customer.name);
  await page.getByLabel('E-mail', { exact: true }).fill(customer.email);
  await page.getByLabel('CPF', { exact: true }).fill(customer.cpf);
  await page.getByLabel('Telefone').fill(customer.phone);
}

/** Chooses Pix, accepts the terms, submits and waits for the result page. */
async function contractByPix(page) {
  await page.getByLabel('Pix', { exact: true }).check();
  await page.getByLabel('Li e aceito os termos').check();
  await page.getByRole('button', { name: 'Contratar e pagar' }).click();
  await page.waitForURL(/\/checkout\/[^/]+\/result\/[^/]+$/);
  await page.getByRole('heading', { name: 'Contratação registrada' }).waitFor();
}

/**
 * Builds a one-page PDF with a correct cross-reference table and returns its bytes, so the upload is
 * a real PDF and not only the "%PDF-" signature that the server checks.
 */
function minimalPdf() {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let text = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((body, index) => {
    offsets.push(text.length);
    text += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefOffset = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) {
    text += `${String(offset).padStart(10, '0')} 00000 n \n`;
  }
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.from(text, 'latin1');
}

describe('client area and checkout attachments', () => {
  before(
    async () => {
      api = await startApi({ requiredLinks: [proPlan] });
      browser = await launchChromium();
    },
    { timeout: 180_000 },
  );

  after(async () => {
    await browser?.close();
    await api?.stop();
  });

  test('customer signs in to client area', { timeout: 120_000 }, async () => {
    const planName = `Sala Cliente E2E ${Date.now()}`;
    const customer = {
      name: 'Carla Cliente Teste',
      email: 'carla.cliente.e2e@example.com',
      cpf: '529.982.247-25',
      phone: '(11) 97654-3210',
      password: 'Carla2026segura',
    };
    const checkoutLink = await createPlan(planName, ['Senha da Área do Cliente']);

    await withPage(
      'client-area',
      phoneViewport,
      async (page) => {
        await page.goto(checkoutLink);
        await page.getByRole('heading', { name: 'Contratar' }).waitFor();
        await fillPersonCustomer(page, customer);
        await page.getByLabel('Senha').fill(customer.password);
        await assertNoHorizontalScroll(page);
        await contractByPix(page);
        const resultUrl = page.url();

        await page.getByRole('link', { name: 'Acessar a área do cliente' }).click();
        await page.waitForURL(/\/client$/);
        await page.getByRole('heading', { name: 'Área do Cliente' }).waitFor();
        await assertNoHorizontalScroll(page);
        await page.getByLabel('E-mail').fill(customer.email);
        await page.getByLabel('Senha').fill(customer.password);
        await page.getByRole('button', { name: 'Entrar' }).click();

        await page.getByText(`Olá, ${customer.name}. Seus contratos com ${proPlan.tenant}:`).waitFor();
        const contract = page.getByRole('region', { name: planName });
        await contract.getByRole('heading', { name: planName }).waitFor();
        await contract.getByText(/^Aguardando o primeiro pagamento · desde /).waitFor();
        await contract.getByText('O acesso ao espaço e as cotas começam quando o primeiro pagamento for confirmado.').waitFor();
        assert.equal(await contract.getByRole('heading', { name: 'Cotas do período atual' }).count(), 0, 'Quotas show before the first payment.');
        await contract.getByText('R$ 380,00 (Em aberto)').waitFor();
        const pixCode = await contract.getByLabel('Pix copia e cola').inputValue();
        assert.ok(pixCode.startsWith('000201'), `The Pix code does not start with the EMV header 000201: ${pixCode}`);
        await assertNoHorizontalScroll(page);
        mkdirSync(resultsDirectory, { recursive: true });
        await page.screenshot({ path: join(resultsDirectory, 'client-area-open-charge.png'), fullPage: true });

        // The customer pays through the sandbox, and the client area then shows the paid charge.
        await page.goto(resultUrl);
        await page.getByRole('button', { name: 'Simular pagamento (sandbox)' }).click();
        await page.getByText('Pagamento confirmado').waitFor({ timeout: paymentTimeoutMs });
        await page.goto(`${api.baseUrl}/client`);
        await contract.getByText(/^Ativo · desde /).waitFor();
        await contract.getByText('R$ 380,00 (Paga)').waitFor();
        await contract.getByRole('heading', { name: 'Cotas do período atual' }).waitFor();
        await contract.getByRole('listitem').filter({ hasText: quotaText }).waitFor();
        assert.equal(await contract.getByLabel('Pix copia e cola').count(), 0, 'A paid charge still shows its Pix code.');
        await assertNoHorizontalScroll(page);
      },
      phoneOptions,
    );
  });

  test('attachment uploaded and downloaded by admin', { timeout: 120_000 }, async () => {
    const planName = `Sala Anexos E2E ${Date.now()}`;
    const customer = {
      name: 'Rui Anexo Teste',
      email: 'rui.anexo.e2e@example.com',
      cpf: '111.444.777-35',
      phone: '(21) 98888-7777',
    };
    // Accents and spaces cross the multipart upload and the download's Content-Disposition unchanged.
    const pdfName = 'Comprovante de endereço março 2026.pdf';
    const pdfBytes = minimalPdf();
    const wrongName = 'contrato-social.pdf';
    const checkoutLink = await createPlan(planName, ['Anexos']);

    await withPage(
      'client-attachments',
      phoneViewport,
      async (page) => {
        await page.goto(checkoutLink);
        await page.getByRole('heading', { name: 'Contratar' }).waitFor();
        const fileInput = page.getByLabel('Adicionar arquivos');
        const fileList = page.getByRole('list', { name: 'Arquivos enviados' });

        await fileInput.setInputFiles({ name: pdfName, mimeType: 'application/pdf', buffer: pdfBytes });
        await fileList.getByRole('button', { name: `Remover ${pdfName}` }).waitFor();
        await fileList.getByText(pdfName, { exact: true }).waitFor();

        await fileInput.setInputFiles({
          name: wrongName,
          mimeType: 'application/pdf',
          buffer: Buffer.from('Este texto não é um PDF.\n', 'utf8'),
        });
        const rejection = fileList.getByRole('listitem').filter({ hasText: wrongName });
        await rejection.getByRole('alert').waitFor();
        assert.equal(await rejection.getByRole('alert').textContent(), wrongContentMessage);
        assert.equal(
          await fileList.getByRole('button', { name: `Remover ${wrongName}` }).count(),
          0,
          'The rejected file is listed as uploaded.',
        );
        await assertNoHorizontalScroll(page);
        mkdirSync(resultsDirectory, { recursive: true });
        await page.screenshot({ path: join(resultsDirectory, 'checkout-attachments-phone.png'), fullPage: true });

        await fillPersonCustomer(page, customer);
        await contractByPix(page);
      },
      phoneOptions,
    );

    let contractUrl;
    await withPage('client-attachments-admin', laptopViewport, async (page) => {
      await signInAsAdmin(page);
      await page.getByRole('navigation', { name: 'Painel' }).getByRole('link', { name: 'Contratos' }).click();
      await page.getByLabel('Plano', { exact: true }).selectOption({ label: planName });
      await page.getByRole('button', { name: 'Pesquisar' }).click();
      await page.getByText('1 contrato encontrado.').waitFor();
      await page.getByRole('link', { name: customer.name }).click();
      await page.getByRole('heading', { name: `${customer.name} · ${planName}` }).waitFor();
      contractUrl = page.url();

      const documents = page.getByRole('region', { name: 'Arquivos anexados' });
      await documents.getByText(pdfName, { exact: true }).waitFor();
      assert.equal(await documents.getByRole('listitem').count(), 1, 'The contract lists more files than the one accepted.');
      assert.equal(await documents.getByText(wrongName).count(), 0, 'The rejected file is listed on the contract.');

      const downloadStarted = page.waitForEvent('download');
      await documents.getByRole('button', { name: `Baixar ${pdfName}` }).click();
      const download = await downloadStarted;
      assert.equal(download.suggestedFilename(), pdfName);
      const downloadedBytes = readFileSync(await download.path());
      assert.ok(downloadedBytes.equals(pdfBytes), `The downloaded file has ${downloadedBytes.length} bytes that differ from the ${pdfBytes.length} uploaded.`);
      await documents.getByText(`Arquivo ${pdfName} baixado.`).waitFor();
    });

    await withPage(
      'client-attachments-admin-phone',
      phoneViewport,
      async (page) => {
        await signInAsAdmin(page);
        await page.goto(contractUrl);
        const documents = page.getByRole('region', { name: 'Arquivos anexados' });
        await documents.getByRole('button', { name: `Baixar ${pdfName}` }).waitFor();
        await assertNoHorizontalScroll(page);
      },
      phoneOptions,
    );
  });
});
