import { Field, ObjectType } from 'type-graphql';
import { PageInfo } from './page-info.entity.ts';
import { User } from './user.entity.ts';

@ObjectType('UserConnection')
export class UserConnection {
  @Field(() => [User])
  nodes!: User[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
