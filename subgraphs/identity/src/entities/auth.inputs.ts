import { Field, InputType } from 'type-graphql';

@InputType('RegisterInput')
export class RegisterInput {
  @Field(() => String)
  email!: string;

  @Field(() => String, { description: '10 to 200 characters, not the email address.' })
  password!: string;

  @Field(() => String, { description: '1 to 100 characters.' })
  name!: string;

  // Consents (GDPR section): recorded with the time and the current version of each text.
  @Field(() => Boolean, { nullable: true, description: 'Must be true: the user accepted the terms of use. Missing or false is BAD_USER_INPUT on input.acceptTerms.' })
  acceptTerms?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'The user wants marketing emails (default: no).' })
  marketingEmails?: boolean | null;
}

@InputType('LoginInput')
export class LoginInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  password!: string;
}
