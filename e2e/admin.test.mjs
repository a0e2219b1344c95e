// Browser tests of the admin SPA at /admin: the built Api runs in Development with the demo
// tenants and the EFI sandbox. The admin uses a laptop viewport and the customer a phone one.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startApi } from './support/apiServer.mjs';
import { launchChromium } from './support/browser.mjs';

const resultsDirectory = join(dirname(fileURLToPath(import.meta.url)), 'test-results');

const proPlan = { tenant: 'Demo Coworking', plan: 'Estação fixa' };
const lightPlan = { tenant: 'Light Offices', plan: 'Escritório virtual' };
const demoPassword = 'Demo#2026!';

const laptopViewport = { width: 1280, height: 800 };
const phoneViewport = { width: 375, height: 812 };

/** Maximum wait for a single page step (a click, a field, a heading), in milliseconds. */
const stepTimeoutMs = 15_000;

/** Maximum wait for a payment status to reach the page. The checkout SPA polls every 3 s. */
const paymentTimeoutMs = 30_000;

const planName = `Sala E2E ${Date.now()}`;
const customer = { name: 'Joana Admin Teste', email: 'joana.admin.e2e@example.com', cpf: '111.444.777-35', phone: '(11) 98765-4321' };

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
    await body(page, context);
    assert.deepEqual(pageErrors, [], 'The page threw uncaught errors.');
  } catch (error) {
    mkdirSync(resultsDirectory, { recursive: true });
    await page.screenshot({ path: join(resultsDirectory, `${name}-failure.png`), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
}

async function signIn(page, email) {
  await page.goto(`${api.baseUrl}/admin`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Senha').fill(demoPassword);
  await page.getByRole('button', { name: 'Entrar' }).click();
  await page.getByRole('heading', { name: 'Início' }).waitFor();
}

/** Fails when the page is wider than the viewport, which on a phone means sideways scrolling. */
async function assertNoHorizontalScroll(page) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= phoneViewport.width, `The page is ${scrollWidth} px wide on a ${phoneViewport.width} px screen.`);
}

/** Opens the link as a customer on a phone, contracts by Pix and pays through the sandbox button. */
async function contractByPix(link) {
  await withPage('admin-customer-pix', phoneViewport, async (page) => {
    await page.goto(link);
    await page.getByRole('heading', { name: 'Contratar' }).waitFor();
    await page.getByLabel('Pessoa física').check();
    await page.getByLabel('Nome completo').fill(customer.name);
    await page.getByLabel('E-mail', { exact: true }).fill(customer.email);
    await page.getByLabel('CPF', { exact: true }).fill(customer.cpf);
    await page.getByLabel('Telefone').fill(customer.phone);
    await page.getByLabel('Pix', { exact: true }).check();
    await page.getByLabel('Li e aceito os termos').check();
    await page.getByRole('button', { name: 'Contratar e pagar' }).click();
    await page.getByRole('heading', { name: 'Contratação registrada' }).waitFor();
    await page.getByRole('button', { name: 'Simular pagamento (sandbox)' }).click();
    await page.getByText('Pagamento confirmado').waitFor({ timeout: paymentTimeoutMs });
  }, { isMobile: true, hasTouch: true });
}

describe('admin SPA', () => {
  before(
    async () => {
      api = await startApi({ requiredLinks: [proPlan, lightPlan] });
      browser = await launchChromium();
    },
    { timeout: 180_000 },
  );

  after(async () => {
    await browser?.close();
    await api?.stop();
  });

  test('plan created, contracted by pix and found', { timeout: 180_000 }, async () => {
    let copiedLink;
    await withPage(
      'admin-plan',
      laptopViewport,
      async (page) => {
        await signIn(page, 'admin@demo.local');
        await page.getByRole('region', { name: 'Contratação online' }).waitFor();

        await page.getByRole('navigation', { name: 'Painel' }).getByRole('link', { name: 'Planos' }).click();
        await page.getByRole('link', { name: 'Novo plano' }).click();
        await page.getByLabel('Nome', { exact: true }).fill(planName);
        const unit = page.getByLabel('Unidade', { exact: true });
        if ((await unit.inputValue()) === '') {
          await unit.selectOption({ index: 1 });
        }
        await page.getByLabel('Mensalidade (R$)').fill('420,00');
        await page.getByRole('button', { name: 'Adicionar cota' }).click();
        await page.getByLabel('Quantidade').fill('6');
        await page.getByLabel('Unidade de medida').fill('horas');
        await page.getByLabel('Recurso').fill('Sala de reunião');
        await page.getByTestId('plan-preview').getByRole('heading', { name: planName }).waitFor();
        await page.getByRole('button', { name: 'Criar plano' }).click();

        await page.getByRole('heading', { name: 'Editar plano' }).waitFor();
        await page.getByRole('button', { name: 'Copiar link' }).click();
        await page.getByText('Link copiado.').waitFor();
        copiedLink = await page.evaluate(() => navigator.clipboard.readText());
      },
      { permissions: ['clipboard-read', 'clipboard-write'] },
    );
    assert.match(copiedLink, /^http:\/\/127\.0\.0\.1:\d+\/checkout\/[A-Za-z0-9_-]{22}$/);

    await contractByPix(copiedLink);

    await withPage('admin-contracts', laptopViewport, async (page) => {
      await signIn(page, 'admin@demo.local');
      await page.getByRole('navigation', { name: 'Painel' }).getByRole('link', { name: 'Contratos' }).click();
      await page.getByLabel('Cadastrado por').selectOption({ label: 'Contratação online' });
      await page.getByLabel('Plano', { exact: true }).selectOption({ label: planName });
      await page.getByRole('button', { name: 'Pesquisar' }).click();
      await page.getByText('1 contrato encontrado.').waitFor();
      await page.getByRole('link', { name: customer.name }).click();

      await page.getByRole('heading', { name: `${customer.name} · ${planName}` }).waitFor();
      const summary = page.getByRole('region', { name: 'Resumo do contrato' });
      await summary.getByText('Contratação online').waitFor();
      await summary.getByText('Ativo', { exact: true }).waitFor();
      await page.getByRole('region', { name: 'Cobranças' }).getByText('Paga').waitFor();
    });

    await withPage('admin-phone', phoneViewport, async (page) => {
      await signIn(page, 'admin@demo.local');
      await assertNoHorizontalScroll(page);
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('link', { name: 'Contratos' }).click();
      await page.getByRole('link', { name: customer.name }).waitFor();
      await assertNoHorizontalScroll(page);
      mkdirSync(resultsDirectory, { recursive: true });
      await page.screenshot({ path: join(resultsDirectory, 'admin-contracts-phone.png'), fullPage: true });

      await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('link', { name: 'Planos' }).click();
      await page.getByRole('link', { name: 'Novo plano' }).click();
      await page.getByRole('button', { name: 'Adicionar cota' }).click();
      await page.getByTestId('plan-preview').waitFor();
      await assertNoHorizontalScroll(page);
      await page.screenshot({ path: join(resultsDirectory, 'admin-plan-form-phone.png'), fullPage: true });
    }, { isMobile: true, hasTouch: true });
  });

  test('payment at the unit recorded, new tab signed in', { timeout: 180_000 }, async () => {
    const payer = { name: 'Caio Balcão Teste', email: 'caio.balcao.e2e@example.com', cpf: '529.982.247-25', phone: '(11) 91234-5678' };
    await withPage('admin-unpaid-pix', phoneViewport, async (page) => {
      await page.goto(api.links.get(`${proPlan.tenant} / ${proPlan.plan}`));
      await page.getByLabel('Pessoa física').check();
      await page.getByLabel('Nome completo').fill(payer.name);
      await page.getByLabel('E-mail', { exact: true }).fill(payer.email);
      await page.getByLabel('CPF', { exact: true }).fill(payer.cpf);
      await page.getByLabel('Telefone').fill(payer.phone);
      await page.getByLabel('Pix', { exact: true }).check();
      await page.getByLabel('Li e aceito os termos').check();
      await page.getByRole('button', { name: 'Contratar e pagar' }).click();
      await page.getByRole('heading', { name: 'Contratação registrada' }).waitFor();
    }, { isMobile: true, hasTouch: true });

    await withPage('admin-manual-payment', laptopViewport, async (page, context) => {
      await signIn(page, 'admin@demo.local');
      await page.getByRole('navigation', { name: 'Painel' }).getByRole('link', { name: 'Contratos' }).click();
      await page.getByLabel('Cliente, e-mail ou CPF/CNPJ completo').fill(payer.email);
      await page.getByRole('button', { name: 'Pesquisar' }).click();
      await page.getByRole('link', { name: payer.name }).click();
      await page.getByRole('heading', { name: new RegExp(payer.name) }).waitFor();

      // A second tab of the same browser opens the contract signed in, taking the sign-in from this one.
      const secondTab = await context.newPage();
      await secondTab.goto(page.url());
      await secondTab.getByRole('heading', { name: new RegExp(payer.name) }).waitFor();
      await secondTab.close();

      await page.getByRole('button', { name: /^Registrar pagamento: Mensalidade 1/ }).click();
      const panel = page.getByRole('region', { name: 'Registrar pagamento recebido' });
      await panel.getByLabel('Observação (opcional, fica no histórico)').fill('Pago em dinheiro na recepção.');
      await panel.getByRole('button', { name: /Confirmar pagamento de/ }).click();
      await page.getByRole('status').getByText(/registrado/).waitFor();
      await page.getByRole('region', { name: 'Cobranças' }).getByText('(fora do provedor)').waitFor();
      await page.getByRole('region', { name: 'Resumo do contrato' }).getByText('Ativo', { exact: true }).waitFor();
      await page.getByRole('region', { name: 'Histórico' }).getByText(/Pago em dinheiro na recepção\./).waitFor();
    });
  });

  test('light admin accepts the offer', { timeout: 60_000 }, async () => {
    await withPage('admin-light', laptopViewport, async (page) => {
      await signIn(page, 'light@demo.local');
      await page.getByRole('navigation', { name: 'Painel' }).getByRole('link', { name: 'Planos' }).click();
      await page.getByRole('button', { name: 'Quero esta oferta' }).click();

      await page.getByRole('link', { name: lightPlan.plan }).waitFor();
      const tenant = await page.evaluate(async () => {
        const token = sessionStorage.getItem('conexa.admin.accessToken');
        const response = await fetch('/api/tenant', { headers: { Authorization: `Bearer ${token}` } });
        return response.json();
      });
      assert.equal(tenant.tier, 'pro');
    });
  });
});
