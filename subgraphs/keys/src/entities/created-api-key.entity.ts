import { Field, ObjectType } from 'type-graphql';
import { ApiKey } from './api-key.entity.ts';

/** A key just created or rotated, with the plaintext that no query ever returns again. */
@ObjectType('CreatedApiKey')
export class CreatedApiKey {
  @Field(() => ApiKey)
  key!: ApiKey;

  @Field(() => String, { description: 'The key itself. Shown this once: store it now; the platform keeps only its hash.' })
  plaintext!: string;
}
