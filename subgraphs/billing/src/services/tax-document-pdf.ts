import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { formatIstDate } from '../money/financial-year.ts';
import { formatRate } from '../money/gst.ts';
import { stateLabel } from '../money/indian-states.ts';
import { formatInr } from '../money/paise.ts';
import type { TaxDocument } from './tax-document.ts';

/**
 * Renders a tax invoice or credit note to PDF (A4) with pdfkit. Text is set in DejaVu Sans, embedded as a
 * subset: pdfkit's built-in Helvetica has no ₹ glyph. The PDF's dates are the document's issue time, so the
 * same document always renders to the same bytes (store it once, or render it again on demand).
 */
const require = createRequire(import.meta.url);
const fonts = {
  regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
  bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
};

const PAGE = { width: 595.28, height: 841.89, margin: 42 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
const INK = '#1b1f24';
const MUTED = '#5b6470';
const RULE = '#c9ced6';
const SHADE = '#eef1f5';
const ACCENT = '#1f3a5f';
/** Content stops above the footer; the closing block (totals to signature) needs about this much room. */
const FOOTER_TOP = PAGE.height - PAGE.margin - 30;
const CLOSING_HEIGHT = 230;

export async function renderTaxDocumentPdf(document: TaxDocument): Promise<Buffer> {
  const issued = new Date(document.issuedAt);
  const credit = document.kind === 'credit-note';
  const title = credit ? 'Credit Note' : 'Tax Invoice';
  const pdf = new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    bufferPages: true,
    info: {
      Title: `${title} ${document.number}`,
      Author: document.seller.legalName,
      Subject: `${title} ${document.number} for ${document.buyer.name}`,
      Creator: 'Marketplace billing',
      Producer: 'Marketplace billing (PDFKit)',
      CreationDate: issued,
      ModDate: issued,
    },
  });
  pdf.registerFont('regular', fonts.regular);
  pdf.registerFont('bold', fonts.bold);
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });

  const left = PAGE.margin;
  const right = PAGE.width - PAGE.margin;
  const text = (value: string, x: number, y: number, options: PDFKit.Mixins.TextOptions & { font?: 'regular' | 'bold'; size?: number; color?: string } = {}) => {
    const { font = 'regular', size = 9, color = INK, ...rest } = options;
    pdf.font(font).fontSize(size).fillColor(color).text(value, x, y, { lineGap: 1.5, ...rest });
    return pdf.y;
  };
  const rule = (y: number, color = RULE, width = 0.75) => {
    pdf.moveTo(left, y).lineTo(right, y).lineWidth(width).strokeColor(color).stroke();
  };

  // Heading: the document's kind on the left, the copy marking on the right.
  text(title.toUpperCase(), left, PAGE.margin, { font: 'bold', size: 18, color: ACCENT, characterSpacing: 1 });
  text('Original for recipient', left, PAGE.margin + 6, { width: CONTENT_WIDTH, align: 'right', color: MUTED, size: 8 });

  // Seller.
  let y = PAGE.margin + 34;
  const seller = document.seller;
  y = text(seller.legalName, left, y, { font: 'bold', size: 11 });
  y = text(seller.addressLines.join('\n'), left, y + 2, { color: MUTED });
  y = text(`GSTIN: ${seller.gstin}    State: ${stateLabel(seller.state)}`, left, y + 2);
  if (seller.email) y = text(seller.email, left, y, { color: MUTED });
  y += 10;
  rule(y, ACCENT, 1.2);
  y += 12;

  // Document details (left) and the buyer (right).
  const half = CONTENT_WIDTH / 2;
  const details: [string, string][] = [
    [credit ? 'Credit note no.' : 'Invoice no.', document.number],
    [credit ? 'Credit note date' : 'Invoice date', formatIstDate(issued)],
    ['Place of supply', stateLabel(document.tax.placeOfSupply)],
    ...(document.creditNote
      ? ([
          ['Against invoice', document.creditNote.invoiceNumber],
          ['Invoice date', formatIstDate(new Date(`${document.creditNote.invoiceDate}T12:00:00+05:30`))],
        ] as [string, string][])
      : ([['Payment reference', document.reference]] as [string, string][])),
    ['Reverse charge', 'No'],
  ];
  let detailsY = y;
  for (const [label, value] of details) {
    text(label, left, detailsY, { color: MUTED, width: 100 });
    detailsY = text(value, left + 104, detailsY, { font: 'bold', width: half - 112 });
  }
  const buyer = document.buyer;
  const bx = left + half + 8;
  const bw = half - 8;
  let buyerY = text(credit ? 'Issued to' : 'Bill to', bx, y, { color: MUTED, size: 8 });
  buyerY = text(buyer.name, bx, buyerY + 1, { font: 'bold', size: 10.5, width: bw });
  buyerY = text([...buyer.addressLines, buyer.email].join('\n'), bx, buyerY + 1, { color: MUTED, width: bw });
  buyerY = text(buyer.gstin ? `GSTIN: ${buyer.gstin}` : 'GSTIN: unregistered', bx, buyerY + 2, { width: bw });
  buyerY = text(`State: ${buyer.state ? stateLabel(buyer.state) : 'not given'}`, bx, buyerY, { width: bw });
  y = Math.max(detailsY, buyerY) + 16;

  // Lines.
  const columns = { index: left + 6, description: left + 28, sac: left + 368, amount: left + 420 };
  const widths = { description: 330, amount: right - 6 - columns.amount };
  const tableHeader = (at: number) => {
    pdf.rect(left, at, CONTENT_WIDTH, 20).fill(SHADE);
    text('#', columns.index, at + 6, { font: 'bold', size: 8 });
    text('Description of service', columns.description, at + 6, { font: 'bold', size: 8 });
    text('SAC', columns.sac, at + 6, { font: 'bold', size: 8 });
    text('Taxable value (₹)', columns.amount, at + 6, { font: 'bold', size: 8, width: widths.amount, align: 'right' });
    return at + 26;
  };
  y = tableHeader(y);
  document.lines.forEach((line, i) => {
    pdf.font('regular').fontSize(9);
    const height = pdf.heightOfString(line.description, { width: widths.description, lineGap: 1.5 });
    if (y + height > FOOTER_TOP) {
      pdf.addPage();
      y = tableHeader(PAGE.margin);
    }
    const signed = line.kind === 'credit' ? -line.taxablePaise : line.taxablePaise;
    text(String(i + 1), columns.index, y);
    text(line.description, columns.description, y, { width: widths.description });
    text(line.sac, columns.sac, y);
    text(formatInr(signed, { symbol: false }), columns.amount, y, { width: widths.amount, align: 'right' });
    y += height + 8;
    rule(y - 4);
  });

  // Totals.
  const tax = document.tax;
  const rows: [string, number][] = [['Taxable value', tax.taxablePaise]];
  if (tax.supply === 'intra-state') {
    rows.push([`CGST @ ${formatRate(tax.cgstRateBps)}`, tax.cgstPaise], [`${tax.localTax} @ ${formatRate(tax.sgstRateBps)}`, tax.sgstPaise]);
  } else {
    rows.push([`IGST @ ${formatRate(tax.igstRateBps)}`, tax.igstPaise]);
  }
  // Totals, words, declarations and signature stay together: on a new page when they no longer fit.
  if (y > FOOTER_TOP - CLOSING_HEIGHT) {
    pdf.addPage();
    y = PAGE.margin;
  }
  const labelX = left + 300;
  const labelWidth = 110;
  y += 6;
  for (const [label, amount] of rows) {
    text(label, labelX, y, { color: MUTED, width: labelWidth });
    y = text(formatInr(amount), labelX + labelWidth, y, { width: right - 6 - labelX - labelWidth, align: 'right' }) + 3;
  }
  pdf.moveTo(labelX, y).lineTo(right, y).lineWidth(1).strokeColor(INK).stroke();
  y += 6;
  text(credit ? 'Total credit' : 'Total', labelX, y, { font: 'bold', size: 11, width: labelWidth });
  y = text(formatInr(tax.totalPaise), labelX + labelWidth, y, { font: 'bold', size: 11, width: right - 6 - labelX - labelWidth, align: 'right' });
  y += 14;

  text('Amount in words', left, y, { color: MUTED, size: 8 });
  y = text(document.totalInWords, left, pdf.y + 1, { font: 'bold', width: CONTENT_WIDTH });
  if (document.creditNote) {
    y = text(`Reason: ${document.creditNote.reason}`, left, y + 6, { width: CONTENT_WIDTH });
  }
  y += 18;

  // Declarations and signature.
  const notes = [
    'Tax is not payable on reverse charge basis.',
    credit
      ? 'This credit note reduces the taxable value and tax of the invoice it names.'
      : 'Prices are exclusive of GST; GST is charged at the rates shown above.',
  ];
  const notesY = y;
  text(notes.join('\n'), left, y, { color: MUTED, size: 8, width: half });
  text(`For ${seller.legalName}`, bx, notesY, { width: bw, align: 'right' });
  text('Authorised signatory', bx, notesY + 40, { width: bw, align: 'right', color: MUTED, size: 8 });

  // Footer on every page.
  const range = pdf.bufferedPageRange();
  for (let page = range.start; page < range.start + range.count; page++) {
    pdf.switchToPage(page);
    const footerY = PAGE.height - PAGE.margin - 10;
    pdf.moveTo(left, footerY - 6).lineTo(right, footerY - 6).lineWidth(0.5).strokeColor(RULE).stroke();
    text(`${title} ${document.number} · This is a computer-generated document.`, left, footerY, {
      color: MUTED,
      size: 7,
      width: CONTENT_WIDTH - 60,
      lineBreak: false,
    });
    text(`Page ${page - range.start + 1} of ${range.count}`, left, footerY, { color: MUTED, size: 7, width: CONTENT_WIDTH, align: 'right', lineBreak: false });
  }
  pdf.end();
  await ended;
  return Buffer.concat(chunks);
}

/** The store key of a document's PDF: `invoices/2026-27/MP-26-27-0000042.pdf`, `credit-notes/…`. */
export function taxDocumentKey(document: Pick<TaxDocument, 'kind' | 'financialYear' | 'number'>): string {
  const folder = document.kind === 'invoice' ? 'invoices' : 'credit-notes';
  return `${folder}/${document.financialYear}/${document.number.replaceAll('/', '-')}.pdf`;
}
