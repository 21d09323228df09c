import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('AnalyticsFunnel', { description: 'anonymous → registered → paid over a range (conversions dated by their first keyed call).' })
export class AnalyticsFunnel {
  @Field(() => Int, { description: 'Distinct anonymous callers (keyed fingerprints per solution).' })
  anonymous!: number;

  @Field(() => Int, { description: 'Anonymous callers later seen with a registered key on the same solution.' })
  registered!: number;

  @Field(() => Int, { description: 'Of the registered, those who subscribed to the solution.' })
  paid!: number;

  @Field(() => Float, { nullable: true, description: 'registered ÷ anonymous (null when no anonymous callers).' })
  registeredRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'paid ÷ registered.' })
  paidRate!: number | null;

  @Field(() => Float, { nullable: true })
  medianSecondsToRegister!: number | null;

  @Field(() => Float, { nullable: true })
  medianSecondsToPay!: number | null;
}

@ObjectType('AnalyticsConsumerCalls')
export class AnalyticsConsumerCalls {
  @Field(() => String, { description: 'Pseudonymous consumer id (cons_…).' })
  consumer!: string;

  @Field(() => GraphQLSafeInt)
  calls!: number;
}

@ObjectType('AnalyticsLead', { description: 'A registered consumer who reached 80 % of their allowance (upgrade prompt) or 100 % (refused).' })
export class AnalyticsLead {
  @Field(() => String)
  consumer!: string;

  @Field(() => String)
  tier!: string;

  @Field(() => Int, { description: '80 or 100.' })
  reached!: number;
}

@ObjectType('AnalyticsLeads')
export class AnalyticsLeads {
  @Field(() => Int)
  at80!: number;

  @Field(() => Int)
  at100!: number;

  @Field(() => [AnalyticsLead], { description: 'Up to 100, those at 100 % first.' })
  consumers!: AnalyticsLead[];
}

@ObjectType('SolutionAnalytics', { description: "A solution's ready-made figures for its partner (and analysts and admins)." })
export class SolutionAnalytics {
  @Field(() => ID)
  solutionId!: string;

  @Field(() => GraphQLSafeInt)
  calls!: number;

  @Field(() => AnalyticsFunnel)
  funnel!: AnalyticsFunnel;

  @Field(() => Int, { description: 'Distinct registered consumers who called.' })
  uniqueConsumers!: number;

  @Field(() => Int, { description: 'Distinct anonymous callers.' })
  uniqueAnonymous!: number;

  @Field(() => [AnalyticsConsumerCalls], { description: 'The 10 consumers with most calls.' })
  topConsumers!: AnalyticsConsumerCalls[];

  @Field(() => AnalyticsLeads)
  leads!: AnalyticsLeads;

  @Field(() => Date, { nullable: true })
  freshAt!: Date | null;
}

@ObjectType('AnalyticsSolutionRank')
export class AnalyticsSolutionRank {
  @Field(() => ID)
  solutionId!: string;

  @Field(() => GraphQLSafeInt)
  calls!: number;

  @Field(() => Int, { description: 'Distinct registered customers who called it.' })
  customers!: number;

  @Field(() => GraphQLSafeInt)
  revenuePaise!: number;
}

@ObjectType('AnalyticsCohort', { description: 'Users who signed up in a week, and the share of them making keyed calls 0, 1, 2… weeks later.' })
export class AnalyticsCohort {
  @Field(() => Date, { description: 'Monday 00:00 UTC of the sign-up week.' })
  week!: Date;

  @Field(() => Int)
  size!: number;

  @Field(() => [Float], { description: 'retention[k] = share active in week k after sign-up (0 = the sign-up week).' })
  retention!: number[];
}

@ObjectType('PlatformAnalytics', { description: 'Platform-wide figures for analysts and admins (a range; MRR and paying customers at its end).' })
export class PlatformAnalytics {
  @Field(() => GraphQLSafeInt)
  calls!: number;

  @Field(() => Int, { description: 'Distinct registered customers who made calls.' })
  activeCustomers!: number;

  @Field(() => Int)
  signups!: number;

  @Field(() => Int, { description: 'Customers with an active subscription at the end of the range.' })
  payingCustomers!: number;

  @Field(() => GraphQLSafeInt)
  mrrPaise!: number;

  @Field(() => GraphQLSafeInt)
  arrPaise!: number;

  @Field(() => Float, { nullable: true, description: 'Subscriptions cancelled in the range ÷ those active at its start.' })
  churnRate!: number | null;

  @Field(() => GraphQLSafeInt, { description: 'Payments minus refunds in the range.' })
  revenuePaise!: number;

  @Field(() => GraphQLSafeInt)
  commissionPaise!: number;

  @Field(() => [AnalyticsSolutionRank], { description: 'Top 10 by calls.' })
  popularSolutions!: AnalyticsSolutionRank[];

  @Field(() => AnalyticsFunnel)
  funnel!: AnalyticsFunnel;

  @Field(() => [AnalyticsCohort])
  cohorts!: AnalyticsCohort[];

  @Field(() => Date, { nullable: true })
  freshAt!: Date | null;
}
