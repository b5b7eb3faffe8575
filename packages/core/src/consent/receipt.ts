import type { ConsentReceipt } from './types';

/** Options of {@link createReceiptSender}. */
export interface ReceiptSenderOptions {
  /** The host's endpoint that keeps receipts (proof of consent). */
  url: string;
  /** Extra headers, e.g. a CSRF token. */
  headers?: Record<string, string>;
  /** The fetch to use; default the global one. */
  fetch?: typeof fetch;
}

/**
 * A ready-made `onDecision`: POSTs each receipt as JSON to the host's backend, which adds who the user
 * is (from its session) and keeps it. Survives the page closing right after the click (`keepalive`).
 *
 * @example
 * createConsentStore({ policyVersion, onDecision: createReceiptSender({ url: '/api/consent-receipts' }) });
 */
export function createReceiptSender(options: ReceiptSenderOptions): (receipt: ConsentReceipt) => Promise<void> {
  return async (receipt) => {
    const send = options.fetch ?? fetch;
    const response = await send(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...options.headers },
      body: JSON.stringify(receipt),
      credentials: 'same-origin',
      keepalive: true,
    });
    if (!response.ok) throw new Error(`Consent receipt not accepted: HTTP ${response.status}`);
  };
}
