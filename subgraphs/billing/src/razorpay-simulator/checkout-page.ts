import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RazorpayPlan } from './entities.ts';
import { RazorpayError } from './errors.ts';
import { readBody, sendHtml } from './http.ts';
import type { CheckoutResponse, CheckoutView, SimulatorCore } from './simulator-core.ts';
import { TEST_CARDS } from './test-cards.ts';
import { asInput, type Input } from './validate.ts';

/**
 * The stand-in for Razorpay Checkout: `GET /checkout/:subscription_id` shows what the customer authorises and
 * takes a test card; `POST` pays. On success the browser goes to `callback_url` with `razorpay_payment_id`,
 * `razorpay_subscription_id` and `razorpay_signature` — as a form POST (Razorpay's way) or, with
 * `callback_method=get`, a 303 redirect with the same query parameters. A failing card shows Razorpay's error
 * and changes nothing.
 */

const escapeHtml = (value: unknown) =>
  String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function money(paise: number, currency: string): string {
  return new Intl.NumberFormat('en-IN', { style: 'currency', currency }).format(paise / 100);
}

const PERIOD_UNIT: Record<RazorpayPlan['period'], string> = { daily: 'day', weekly: 'week', monthly: 'month', quarterly: 'quarter', yearly: 'year' };

function cadence(plan: RazorpayPlan): string {
  const unit = PERIOD_UNIT[plan.period];
  return plan.interval === 1 ? `every ${unit}` : `every ${plan.interval} ${unit}s`;
}

interface CheckoutOptions {
  key?: string;
  callbackUrl?: string;
  callbackMethod: 'post' | 'get';
  name?: string;
  email?: string;
  contact?: string;
}

function str(input: Input, key: string): string | undefined {
  const value = input[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function optionsFrom(input: Input): CheckoutOptions {
  const prefill = typeof input.prefill === 'object' && input.prefill !== null ? (input.prefill as Input) : {};
  return {
    key: str(input, 'key'),
    callbackUrl: str(input, 'callback_url'),
    callbackMethod: str(input, 'callback_method')?.toLowerCase() === 'get' ? 'get' : 'post',
    name: str(input, 'name') ?? str(prefill, 'name'),
    email: str(input, 'email') ?? str(prefill, 'email'),
    contact: str(input, 'contact') ?? str(prefill, 'contact'),
  };
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)} · Razorpay test mode (simulator)</title>
<style>
body{font-family:system-ui,sans-serif;background:#f3f4f6;margin:0;color:#111827}
.banner{background:#b45309;color:#fff;padding:10px 16px;font-weight:600;text-align:center}
main{max-width:560px;margin:24px auto;background:#fff;border-radius:10px;padding:24px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
h1{font-size:20px;margin:0 0 4px}.muted{color:#6b7280;font-size:14px}.amount{font-size:28px;font-weight:700;margin:12px 0}
.error{background:#fef2f2;border:1px solid #fca5a5;color:#991b1b;padding:10px 12px;border-radius:6px;margin:12px 0}
.ok{background:#ecfdf5;border:1px solid #6ee7b7;padding:10px 12px;border-radius:6px;margin:12px 0}
label{display:block;font-size:14px;margin:10px 0 4px}input{width:100%;box-sizing:border-box;padding:8px;border:1px solid #d1d5db;border-radius:6px}
button{background:#2563eb;color:#fff;border:0;border-radius:6px;padding:10px 16px;font-size:15px;cursor:pointer;margin-top:14px}
table{width:100%;border-collapse:collapse;font-size:13px;margin-top:8px}td{padding:4px;border-top:1px solid #e5e7eb}
td button{margin:0;padding:4px 8px;font-size:12px;background:#4b5563}code{font-size:13px}td code{white-space:nowrap}
</style></head>
<body><div class="banner" role="banner">Razorpay test mode (simulator) — no real money moves</div>
<main>${body}</main></body></html>`;
}

function hidden(name: string, value: string | undefined): string {
  return value === undefined ? '' : `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`;
}

const DUE_NOTE: Record<CheckoutView['due'], string> = {
  'first-cycle': 'Charged now for the first billing cycle.',
  upfront: 'Upfront amount charged now; the plan is first charged on the start date.',
  token: 'Only a token amount is authorised now (and refunded at once); the plan is first charged on the start date.',
  outstanding: 'The unpaid invoice of this subscription.',
  nothing: 'There is nothing to pay on this subscription.',
};

function checkoutForm(core: SimulatorCore, subscriptionId: string, opts: CheckoutOptions, error?: string): string {
  const { subscription: sub, plan, due, dueAmount } = core.checkoutView(subscriptionId);
  const cards = TEST_CARDS.map(
    (card) =>
      `<tr><td><code>${card.number.replace(/(\d{4})(?=\d)/g, '$1 ')}</code></td><td>${escapeHtml(card.label)}</td><td><button type="submit" name="test_card" value="${card.number}">Pay with this card</button></td></tr>`,
  ).join('');
  return page(
    `Pay for ${plan.item.name}`,
    `<h1>${escapeHtml(plan.item.name)}</h1>
<p class="muted">${escapeHtml(plan.item.description ?? '')}</p>
<p class="muted">Subscription <code>${escapeHtml(sub.id)}</code> · status <strong data-status>${escapeHtml(sub.status)}</strong></p>
<p>${escapeHtml(money(plan.item.amount, plan.item.currency))} × ${sub.quantity} ${escapeHtml(cadence(plan))}, ${sub.total_count} billing cycles</p>
<div class="amount" data-amount="${dueAmount}">${escapeHtml(money(dueAmount, plan.item.currency))}</div>
<p class="muted">${escapeHtml(DUE_NOTE[due])}</p>
${error ? `<div class="error" role="alert">${escapeHtml(error)}</div>` : ''}
${due === 'nothing' ? '' : `<form method="post" action="/checkout/${encodeURIComponent(sub.id)}">
${hidden('key', opts.key)}${hidden('callback_url', opts.callbackUrl)}${hidden('callback_method', opts.callbackMethod)}
<label for="card_number">Card number</label><input id="card_number" name="card_number" inputmode="numeric" autocomplete="off" placeholder="4718 6091 0820 4366">
<label for="name">Name on card</label><input id="name" name="name" value="${escapeHtml(opts.name ?? '')}">
<label for="email">Email</label><input id="email" name="email" value="${escapeHtml(opts.email ?? '')}">
<label for="contact">Phone</label><input id="contact" name="contact" value="${escapeHtml(opts.contact ?? '')}">
<p class="muted">Any future expiry date and any CVV are accepted in test mode.</p>
<button type="submit">Pay ${escapeHtml(money(dueAmount, plan.item.currency))}</button>
<h2 class="muted">Razorpay test cards</h2><table>${cards}</table>
</form>`}`,
  );
}

function messagePage(title: string, message: string): string {
  return page(title, `<h1>${escapeHtml(title)}</h1><div class="error" role="alert">${escapeHtml(message)}</div>`);
}

function validCallback(url: string | undefined): URL | undefined | null {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

function returnToMerchant(res: ServerResponse, response: CheckoutResponse, opts: CheckoutOptions, callback: URL | undefined): void {
  const fields = Object.entries(response) as [keyof CheckoutResponse, string][];
  if (!callback) {
    const rows = fields.map(([k, v]) => `<dt>${k}</dt><dd><code data-${k.replace(/_/g, '-')}>${escapeHtml(v)}</code></dd>`).join('');
    return sendHtml(res, 200, page('Payment successful', `<h1>Payment successful</h1><div class="ok">Checkout would hand these to your handler:</div><dl>${rows}</dl>`));
  }
  if (opts.callbackMethod === 'get') {
    for (const [k, v] of fields) callback.searchParams.set(k, v);
    res.writeHead(303, { location: callback.toString(), 'cache-control': 'no-store' });
    return void res.end();
  }
  const inputs = fields.map(([k, v]) => hidden(k, v)).join('');
  sendHtml(
    res,
    200,
    page(
      'Payment successful',
      `<h1>Payment successful</h1><p>Returning to the merchant…</p>
<form id="callback" method="post" action="${escapeHtml(callback.toString())}">${inputs}<noscript><button type="submit">Continue</button></noscript></form>
<script>document.getElementById('callback').submit()</script>`,
    ),
  );
}

/** Serves `GET` and `POST /checkout/:subscription_id`. */
export async function handleCheckout(
  core: SimulatorCore,
  keyId: string,
  req: IncomingMessage,
  res: ServerResponse,
  subscriptionId: string,
  query: Input,
): Promise<void> {
  const input = req.method === 'POST' ? { ...query, ...asInput(await readBody(req)) } : query;
  const opts = optionsFrom(input);
  if (opts.key !== undefined && opts.key !== keyId) return sendHtml(res, 400, messagePage('Checkout refused', 'The api key provided is invalid'));
  const callback = validCallback(opts.callbackUrl);
  if (callback === null) return sendHtml(res, 400, messagePage('Checkout refused', 'The callback_url must be an http(s) URL.'));
  try {
    if (req.method !== 'POST') return sendHtml(res, 200, checkoutForm(core, subscriptionId, opts));
    const result = core.checkout(subscriptionId, {
      cardNumber: str(input, 'test_card') ?? str(input, 'card_number'),
      name: opts.name,
      email: opts.email,
      contact: opts.contact,
    });
    if (!result.ok) return sendHtml(res, 400, checkoutForm(core, subscriptionId, opts, `Payment failed: ${result.error.description} (${result.error.reason})`));
    returnToMerchant(res, result.response, opts, callback);
  } catch (error) {
    if (error instanceof RazorpayError) return sendHtml(res, 400, messagePage('Checkout refused', error.message));
    throw error;
  }
}
