import { GraphQLSafeInt } from 'graphql-scalars';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { BillingContext } from '../context.ts';
import { Invoice, InvoiceConnection } from '../entities/invoice.entity.ts';
import { toInvoice, toInvoiceConnection } from '../entities/views.ts';
import { signedIn } from '../services/access-rules.ts';
import { checkFirst } from './paging.ts';

/** Invoices and credit notes. */
@Resolver(() => Invoice)
export class InvoiceResolver {
  @Query(() => InvoiceConnection, { description: 'Your invoices and credit notes, newest first.' })
  @Authorized()
  async myInvoices(
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: '1 to 100' }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null | undefined,
    @Ctx() context: BillingContext,
  ): Promise<InvoiceConnection> {
    const { invoices, deps } = context.billing;
    const page = await invoices.listOfCustomer(signedIn(context.caller), checkFirst(first), after);
    return toInvoiceConnection(page, (d) => invoices.solutionOf(d), deps.publicUrl);
  }

  @Query(() => Invoice, { nullable: true, description: 'Its customer and admins only; null for anyone else.' })
  @Authorized()
  async invoice(@Arg('id', () => ID) id: string, @Ctx() context: BillingContext): Promise<Invoice | null> {
    const { invoices, deps } = context.billing;
    const document = await invoices.visible(context.caller, id);
    return document ? toInvoice(document, await invoices.solutionOf(document), deps.publicUrl) : null;
  }

  @Mutation(() => Invoice, { description: 'Admins: refunds (part of) an invoice at Razorpay and issues the credit note. NOT_FOUND on invoiceId for an unknown invoice; CONFLICT on invoiceId once refunded in full.' })
  @Authorized('admin')
  async refundInvoice(
    @Arg('invoiceId', () => ID) invoiceId: string,
    @Arg('reason', () => String) reason: string,
    @Arg('taxablePaise', () => GraphQLSafeInt, { nullable: true, description: 'Taxable value to refund; default all that is left.' })
    taxablePaise: number | null | undefined,
    @Ctx() context: BillingContext,
  ): Promise<Invoice> {
    const { invoices, sync, deps } = context.billing;
    const note = await sync.refundInvoice(signedIn(context.caller), invoiceId, reason, taxablePaise ?? null);
    return toInvoice(note, await invoices.solutionOf(note), deps.publicUrl);
  }
}
