import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ensureTable, ManualClock, newId, tableName } from '@marketplace/shared';
import { LocalDocumentStore } from '../data/document-store.ts';
import type { SellerSettings } from '../services/seller.ts';
import type { InvoiceRequest } from '../services/tax-document.ts';
import { TaxDocumentService } from '../services/tax-document.service.ts';

/** The platform as a seller in Karnataka (a made-up PAN with a valid GSTIN check character). */
export const SELLER: SellerSettings = {
  legalName: 'Marketplace Technologies Private Limited',
  addressLines: ['4th Floor, 12 Residency Road', 'Bengaluru 560025, Karnataka'],
  gstin: '29AAACM1234F1ZU',
  stateCode: '29',
  email: 'billing@marketplace.example',
};

/** A registered buyer in Maharashtra (inter-state: IGST) and an unregistered one in Karnataka (CGST + SGST). */
export const MAHARASHTRA_BUYER = {
  name: 'Bharat Analytics LLP',
  email: 'accounts@bharat-analytics.example',
  gstin: '27AABCB5678K1Z9',
  stateCode: '27',
  addressLines: ['Unit 7, Hiranandani Business Park', 'Powai, Mumbai 400076'],
};
export const KARNATAKA_CONSUMER = { name: 'Asha Rao', email: 'asha@example.com', stateCode: 'Karnataka' };

/** An invoice for one month of Enterprise on "Acme Geocoding" (₹9,999 + GST), for `paymentId`. */
export function enterpriseInvoice(paymentId: string, overrides: Partial<InvoiceRequest> = {}): InvoiceRequest {
  return {
    paymentId,
    customerId: newId('usr'),
    buyer: MAHARASHTRA_BUYER,
    lines: [
      {
        solutionName: 'Acme Geocoding API',
        tier: 'enterprise',
        periodStart: new Date('2026-04-15T00:00:00+05:30'),
        periodEnd: new Date('2026-05-15T00:00:00+05:30'),
        taxablePaise: 999_900,
      },
    ],
    ...overrides,
  };
}

/**
 * The tax-document service on a billing table of its own (`tablePrefix` from the run's test support), a manual
 * clock and a temporary DATA_DIR. `connect` opens a DynamoDB client on the run's DynamoDB Local.
 */
export async function startTaxDocuments(connect: () => DynamoDBDocumentClient, tablePrefix: string) {
  const db = connect();
  const table = tableName(tablePrefix, 'billing');
  await ensureTable(db, table);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'billing-'));
  const clock = new ManualClock('2026-04-15T10:00:00+05:30');
  const store = new LocalDocumentStore(dataDir);
  const service = new TaxDocumentService({ db, table, clock, store });
  return {
    db,
    table,
    clock,
    store,
    dataDir,
    service,
    /** Every item in the table (tests look for what a refused request must not have written). */
    async scan(): Promise<Record<string, any>[]> {
      const items: Record<string, any>[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const out = await db.send(new ScanCommand({ TableName: table, ExclusiveStartKey: start, ConsistentRead: true }));
        items.push(...(out.Items ?? []));
        start = out.LastEvaluatedKey;
      } while (start);
      return items;
    },
    /** Another process on the same table and DATA_DIR: a service with its own DynamoDB client. */
    process: () => new TaxDocumentService({ db: connect(), table, clock, store }),
    close: () => rm(dataDir, { recursive: true, force: true }),
  };
}
