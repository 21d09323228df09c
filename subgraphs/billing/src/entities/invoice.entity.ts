import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { PageInfo } from '@marketplace/shared';
import type { InvoiceKindName } from '../services/billing-types.ts';
import { InvoiceKindEnum } from './enums.ts';
import { Money } from './money.entity.ts';
import { Solution } from './solution.entity.ts';

@ObjectType('Invoice', { description: 'A GST tax invoice (one per successful payment) or a credit note (one per refund).' })
export class Invoice {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'e.g. MP/26-27/0000042: gapless per financial year and kind.' })
  number!: string;

  @Field(() => InvoiceKindEnum)
  kind!: InvoiceKindName;

  @Field(() => GraphQLISODateTime)
  issuedAt!: Date;

  @Field(() => Solution, { nullable: true })
  solution!: Solution | null;

  @Field(() => String, { nullable: true, description: 'What the document is for, e.g. "Text Summariser — Pro plan, 1 Apr 2026 – 30 Apr 2026".' })
  description!: string | null;

  @Field(() => Money)
  taxable!: Money;

  @Field(() => Money, { nullable: true })
  cgst!: Money | null;

  @Field(() => Money, { nullable: true, description: 'SGST, or UTGST in union territories without a legislature.' })
  sgst!: Money | null;

  @Field(() => Money, { nullable: true })
  igst!: Money | null;

  @Field(() => Money)
  total!: Money;

  @Field(() => String, { description: 'GET it with the bearer token (Authorization header): the PDF, for its customer and admins only.' })
  pdfUrl!: string;
}

@ObjectType('InvoiceConnection')
export class InvoiceConnection {
  @Field(() => [Invoice])
  nodes!: Invoice[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
