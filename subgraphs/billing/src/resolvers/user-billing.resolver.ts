import { Arg, Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { BillingContext } from '../context.ts';
import { BillingProfile } from '../entities/billing-profile.entity.ts';
import { InvoiceConnection } from '../entities/invoice.entity.ts';
import { Subscription } from '../entities/subscription.entity.ts';
import { User } from '../entities/user.entity.ts';
import { toBillingProfile, toInvoiceConnection, toSubscription } from '../entities/views.ts';
import { requireSelfOrAdmin } from '../services/access-rules.ts';
import { toProfileView } from '../services/profile.service.ts';
import { checkFirst } from './paging.ts';

/** Adds billing to identity's User: only for the user themself and admins (FORBIDDEN for anyone else). */
@Resolver(() => User)
export class UserBillingResolver {
  @FieldResolver(() => [Subscription], { description: "The user's subscriptions, as in mySubscriptions." })
  @Authorized()
  async subscriptions(@Root() user: User, @Ctx() context: BillingContext): Promise<Subscription[]> {
    requireSelfOrAdmin(context.caller, user.id);
    return (await context.billing.subscriptions.listOfUser(user.id)).map(toSubscription);
  }

  @FieldResolver(() => InvoiceConnection, { description: "The user's invoices and credit notes, newest first." })
  @Authorized()
  async invoices(
    @Root() user: User,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: '1 to 100' }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null | undefined,
    @Ctx() context: BillingContext,
  ): Promise<InvoiceConnection> {
    requireSelfOrAdmin(context.caller, user.id);
    const { invoices, deps } = context.billing;
    return toInvoiceConnection(await invoices.listOfCustomer(user.id, checkFirst(first), after), (d) => invoices.solutionOf(d), deps.publicUrl);
  }

  @FieldResolver(() => BillingProfile, { nullable: true })
  @Authorized()
  async billingProfile(@Root() user: User, @Ctx() context: BillingContext): Promise<BillingProfile | null> {
    requireSelfOrAdmin(context.caller, user.id);
    const record = await context.billing.profiles.get(user.id);
    return record ? toBillingProfile(toProfileView(record)) : null;
  }
}
