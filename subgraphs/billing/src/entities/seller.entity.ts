import { Field, InputType, ObjectType } from 'type-graphql';

@ObjectType('BillingSeller', { description: 'The platform as the seller on tax documents (admin setting; each document keeps a copy).' })
export class BillingSeller {
  @Field(() => String)
  legalName!: string;

  @Field(() => [String])
  addressLines!: string[];

  @Field(() => String)
  gstin!: string;

  @Field(() => String, { description: 'GST state code, e.g. 29 (must be the GSTIN\'s).' })
  stateCode!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { description: 'SAC printed on every line (default 998315).' })
  sac!: string;

  @Field(() => String)
  invoicePrefix!: string;

  @Field(() => String)
  creditNotePrefix!: string;

  @Field(() => Boolean, { description: 'True while no admin has saved a seller and test mode supplies a placeholder.' })
  placeholder!: boolean;
}

@InputType('BillingSellerInput')
export class BillingSellerInput {
  @Field(() => String)
  legalName!: string;

  @Field(() => [String], { description: '1 to 4 lines.' })
  addressLines!: string[];

  @Field(() => String)
  gstin!: string;

  @Field(() => String, { description: 'GST state code or name; must be the GSTIN\'s state.' })
  stateCode!: string;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  sac?: string | null;

  @Field(() => String, { nullable: true })
  invoicePrefix?: string | null;

  @Field(() => String, { nullable: true })
  creditNotePrefix?: string | null;
}
