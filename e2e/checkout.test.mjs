// Browser tests of the public checkout: the Api (built, with its SPA in Api/wwwroot) runs in
// Development with the EFI sandbox, and headless Chromium uses a phone-sized viewport.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startApi } from './support/apiServer.mjs';
import { launchChromium } from './support/browser.mjs';

const resultsDirectory = join(dirname(fileURLToPath(import.meta.url)), 'test-results');

const proPlan = { tenant: 'Demo Coworking', plan: 'Estação fixa' };
// "Light Offices" is on the LIGHT tier, which has no online contracting.
const lightPlan = { tenant: 'Light Offices', plan: 'Escritório virtual' };

const phoneViewport = { width: 375, height: 812 };

/** Maximum wait for a single page step (a click, a field, a heading), in milliseconds. */
const stepTimeoutMs = 15_000;

/** Maximum wait for a payment status to reach the page. The SPA polls every 3 s. */
const paymentTimeoutMs = 30_000;

const customer = {
  name: 'Maria Teste da Silva',
  email: 'maria.e2e@example.com',
  cpf: '529.982.247-25',
  phone: '(11) 91234-5678',
};

const approvedCard = '4111 1111 1111 1111';
const declinedCard = '4000 0000 0000 0002';

let api;
let browser;

/** Returns a card expiry (MM/AA) three years ahead, so the test data never expires. */
function futureExpiry() {
  const year = (new Date().getFullYear() + 3) % 100;
  return `12/${String(year).padStart(2, '0')}`;
}

function checkoutUrl({ tenant, plan }) {
  const url = api.links.get(`${tenant} / ${plan}`);
  assert.ok(url, `The Api logged no demo checkout link for ${tenant} / ${plan}.`);
  return url;
}

/**
 * Runs `body(page)` in a new phone-sized browser context. On failure it saves a screenshot as
 * test-results/<name>-failure.png before rethrowing. It also fails the test on uncaught page errors.
 */
async function withPhonePage(name, body) {
  const context = await browser.newContext({ viewport: phoneViewport, isMobile: true, hasTouch: true, locale: 'pt-BR' });
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

async function fillPersonCustomer(page) {
  await page.getByRole('heading', { name: 'Contratar' }).waitFor();
  await page.getByLabel('Pessoa física').check();
  await page.getByLabel('Nome completo').fill(customer.name);
  await page.getByLabel('E-mail', { exact: true }).fill(customer.email);
  await page.getByLabel('CPF', { exact: true }).fill(customer.cpf);
  await page.getByLabel('Telefone').fill(customer.phone);
}

async function fillCard(scope, number) {
  await scope.getByLabel('Número do cartão').fill(number);
  await scope.getByLabel('Nome impresso no cartão').fill('MARIA T SILVA');
  await scope.getByLabel('Validade (MM/AA)').fill(futureExpiry());
  await scope.getByLabel('CVV').fill('123');
}

/**
 * Accepts the terms, submits the form, waits for the result page with `heading` and returns the checkout id from its
 * URL. A refused payment heads the page with the refusal instead.
 */
async function submitAndOpenResult(page, heading = 'Contratação registrada') {
  await page.getByLabel('Li e aceito os termos').check();
  await page.getByRole('button', { name: 'Contratar e pagar' }).click();
  await page.waitForURL(/\/checkout\/[^/]+\/result\/[^/]+$/, { timeout: stepTimeoutMs });
  await page.getByRole('heading', { name: heading }).waitFor();
  return decodeURIComponent(new URL(page.url()).pathname.split('/').pop());
}

async function fetchCheckout(checkoutId) {
  const response = await fetch(`${api.baseUrl}/api/public/checkouts/${encodeURIComponent(checkoutId)}`, {
    signal: AbortSignal.timeout(stepTimeoutMs),
  });
  assert.equal(response.status, 200, `GET /api/public/checkouts/${checkoutId} returned ${response.status}.`);
  return response.json();
}

/** Fails when the page is wider than the viewport, which on a phone means sideways scrolling. */
async function assertNoHorizontalScroll(page) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= phoneViewport.width, `The page is ${scrollWidth} px wide on a ${phoneViewport.width} px screen.`);
}

describe('public checkout in a phone browser', () => {
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

  test('pix payment confirmed after sandbox pay', { timeout: 120_000 }, async () => {
    await withPhonePage('pix', async (page) => {
      await page.goto(checkoutUrl(proPlan));
      await page.getByText(proPlan.plan).first().waitFor();
      await assertNoHorizontalScroll(page);

      await fillPersonCustomer(page);
      await page.getByLabel('Pix', { exact: true }).check();
      const checkoutId = await submitAndOpenResult(page);

      await page.getByText('Aguardando pagamento…').waitFor();
      const pixCode = await page.getByLabel('Pix copia e cola').inputValue();
      assert.ok(pixCode.startsWith('000201'), `The Pix code does not start with the EMV header 000201: ${pixCode}`);

      const qrImage = page.getByRole('img', { name: 'QR Code do Pix' });
      await qrImage.waitFor();
      // The image comes from its own route, so it may still be loading when the element appears.
      const qrNaturalWidth = await qrImage.evaluate((image) =>
        image.complete
          ? image.naturalWidth
          : new Promise((resolve) => {
              image.addEventListener('load', () => resolve(image.naturalWidth), { once: true });
              image.addEventListener('error', () => resolve(0), { once: true });
            }),
      );
      assert.ok(qrNaturalWidth > 0, 'The Pix QR code image did not load.');
      await assertNoHorizontalScroll(page);

      mkdirSync(resultsDirectory, { recursive: true });
      await page.screenshot({ path: join(resultsDirectory, 'pix-result.png'), fullPage: true });

      const pendingCheckout = await fetchCheckout(checkoutId);
      assert.equal(pendingCheckout.status, 'awaitingPayment');

      await page.getByRole('button', { name: 'Simular pagamento (sandbox)' }).click();
      await page.getByText('Pagamento confirmado').waitFor({ timeout: paymentTimeoutMs });

      const paidCheckout = await fetchCheckout(checkoutId);
      assert.equal(paidCheckout.status, 'active');
      assert.equal(paidCheckout.payment?.method, 'pix');
      assert.equal(paidCheckout.payment?.status, 'paid');
    });
  });

  test('approved card shows payment approved', { timeout: 120_000 }, async () => {
    await withPhonePage('card-approved', async (page) => {
      await page.goto(checkoutUrl(proPlan));
      await fillPersonCustomer(page);
      await page.getByLabel('Cartão de crédito', { exact: true }).check();
      await fillCard(page, approvedCard);
      const checkoutId = await submitAndOpenResult(page);

      await page.getByText('Pagamento aprovado').waitFor({ timeout: paymentTimeoutMs });
      await page.getByRole('heading', { name: 'Contratação registrada' }).waitFor();
      await assertNoHorizontalScroll(page);

      const checkout = await fetchCheckout(checkoutId);
      assert.equal(checkout.payment?.method, 'card');
      assert.ok(
        ['approved', 'paid'].includes(checkout.payment?.status),
        `Expected payment status approved or paid, got ${checkout.payment?.status}.`,
      );
    });
  });

  test('declined card retried with approved card', { timeout: 120_000 }, async () => {
    await withPhonePage('card-declined', async (page) => {
      await page.goto(checkoutUrl(proPlan));
      await fillPersonCustomer(page);
      await page.getByLabel('Cartão de crédito', { exact: true }).check();
      await fillCard(page, declinedCard);
      const checkoutId = await submitAndOpenResult(page, 'Pagamento recusado');

      const retryForm = page.getByRole('form', { name: 'Tentar novamente com outro cartão' });
      await retryForm.waitFor();
      assert.equal((await fetchCheckout(checkoutId)).payment?.status, 'declined');

      await fillCard(retryForm, approvedCard);
      await retryForm.getByRole('button', { name: 'Tentar novamente' }).click();
      await page.getByText('Pagamento aprovado').waitFor({ timeout: paymentTimeoutMs });

      const checkout = await fetchCheckout(checkoutId);
      assert.ok(
        ['approved', 'paid'].includes(checkout.payment?.status),
        `Expected payment status approved or paid after the retry, got ${checkout.payment?.status}.`,
      );
    });
  });

  test('light tier link shows unavailable page', { timeout: 60_000 }, async () => {
    await withPhonePage('light-unavailable', async (page) => {
      await page.goto(checkoutUrl(lightPlan));
      await page.getByRole('heading', { name: 'Contratação online indisponível' }).waitFor();
      assert.equal(await page.getByRole('button', { name: 'Contratar e pagar' }).count(), 0);
      await assertNoHorizontalScroll(page);
    });
  });
});
