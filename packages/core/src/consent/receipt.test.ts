import { describe, expect, it } from 'vitest';
import { createReceiptSender } from './receipt';
import { createConsentStore } from './store';
import type { ConsentReceipt } from './types';

describe('createReceiptSender', () => {
  it('POSTs each receipt as JSON to the host endpoint', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const send = createReceiptSender({
      url: '/api/consent',
      headers: { 'x-csrf': 't' },
      fetch: async (url, init) => {
        calls.push({ url: String(url), init: init! });
        return new Response(null, { status: 204 });
      },
    });
    let receipt: ConsentReceipt | undefined;
    createConsentStore({
      policyVersion: '1',
      onDecision: (r) => {
        receipt = r;
      },
    }).rejectAll();
    await send(receipt!);
    expect(calls[0]?.url).toBe('/api/consent');
    expect(calls[0]?.init.method).toBe('POST');
    expect(JSON.parse(String(calls[0]?.init.body)).action).toBe('reject-all');
    expect(calls[0]?.init.headers).toMatchObject({ 'x-csrf': 't' });
  });

  it('rejects when the backend refuses, so the store can report it', async () => {
    const send = createReceiptSender({ url: '/x', fetch: async () => new Response(null, { status: 500 }) });
    let receipt: ConsentReceipt | undefined;
    createConsentStore({
      policyVersion: '1',
      onDecision: (r) => {
        receipt = r;
      },
    }).acceptAll();
    await expect(send(receipt!)).rejects.toThrow(/500/);
  });
});
