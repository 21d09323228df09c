import { Field, InputType, ObjectType } from 'type-graphql';

@ObjectType('BillingProfile', { description: 'Who invoices are made out to.' })
export class BillingProfile {
  @Field(() => String)
  legalName!: string;

  @Field(() => String, { description: 'Receipts, invoices and payment reminders go here.' })
  email!: string;

  @Field(() => String, { nullable: true, description: 'Registered businesses: their GSTIN (the invoice then shows it, and its state is the place of supply).' })
  gstin!: string | null;

  @Field(() => String, { nullable: true, description: 'State or union territory, by name.' })
  state!: string | null;

  @Field(() => String, { nullable: true, description: 'GST state code of `state`, e.g. 29.' })
  stateCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Postal address, up to 4 lines separated by newlines.' })
  address!: string | null;
}

@InputType('BillingProfileInput')
export class BillingProfileInput {
  @Field(() => String, { description: '1 to 120 characters.' })
  legalName!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String, { nullable: true, description: 'A valid GSTIN (15 characters, checked); its state must be `state` when both are given.' })
  gstin?: string | null;

  @Field(() => String, { nullable: true, description: 'State or union territory by name or GST state code.' })
  state?: string | null;

  @Field(() => String, { nullable: true, description: 'Up to 4 lines of 120 characters, separated by newlines.' })
  address?: string | null;
}
