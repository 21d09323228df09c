import { Arg, Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { BillingContext } from '../context.ts';
import { BillingProfile } from '../entities/billing-profile.entity.ts';
import { InvoiceConnection } from '../entities/invoice.entity.ts';
import { Subscription } from '../entities/subscription.entity.ts';
import { User } from '../entities/user.entity.ts';
import { notImplemented } from './access.ts';

/** Adds billing to identity's User: only for the user themself and admins (FORBIDDEN for anyone else). */
@Resolver(() => User)
export class UserBillingResolver {
  @FieldResolver(() => [Subscription], { description: "The user's subscriptions, as in mySubscriptions." })
  @Authorized()
  async subscriptions(@Root() _user: User, @Ctx() _context: BillingContext): Promise<Subscription[]> {
    return notImplemented('User.subscriptions');
  }

  @FieldResolver(() => InvoiceConnection, { description: "The user's invoices and credit notes, newest first." })
  @Authorized()
  async invoices(
    @Root() _user: User,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: '1 to 100' }) _first: number,
    @Arg('after', () => String, { nullable: true }) _after: string | null | undefined,
    @Ctx() _context: BillingContext,
  ): Promise<InvoiceConnection> {
    return notImplemented('User.invoices');
  }

  @FieldResolver(() => BillingProfile, { nullable: true })
  @Authorized()
  async billingProfile(@Root() _user: User, @Ctx() _context: BillingContext): Promise<BillingProfile | null> {
    return notImplemented('User.billingProfile');
  }
}
