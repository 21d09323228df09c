import { GraphQLSafeInt } from 'graphql-scalars';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { BillingContext } from '../context.ts';
import { Invoice, InvoiceConnection } from '../entities/invoice.entity.ts';
import { notImplemented } from './access.ts';

/** Invoices and credit notes. */
@Resolver(() => Invoice)
export class InvoiceResolver {
  @Query(() => InvoiceConnection, { description: 'Your invoices and credit notes, newest first.' })
  @Authorized()
  async myInvoices(
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: '1 to 100' }) _first: number,
    @Arg('after', () => String, { nullable: true }) _after: string | null | undefined,
    @Ctx() _context: BillingContext,
  ): Promise<InvoiceConnection> {
    return notImplemented('myInvoices');
  }

  @Query(() => Invoice, { nullable: true, description: 'Its customer and admins only; null for anyone else.' })
  @Authorized()
  async invoice(@Arg('id', () => ID) _id: string, @Ctx() _context: BillingContext): Promise<Invoice | null> {
    return notImplemented('invoice');
  }

  @Mutation(() => Invoice, { description: 'Admins: refunds (part of) an invoice at Razorpay and issues the credit note.' })
  @Authorized('admin')
  async refundInvoice(
    @Arg('invoiceId', () => ID) _invoiceId: string,
    @Arg('reason', () => String) _reason: string,
    @Arg('taxablePaise', () => GraphQLSafeInt, { nullable: true, description: 'Taxable value to refund; default all that is left.' })
    _taxablePaise: number | null | undefined,
    @Ctx() _context: BillingContext,
  ): Promise<Invoice> {
    return notImplemented('refundInvoice');
  }
}
