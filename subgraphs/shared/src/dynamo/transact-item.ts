import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';

/** One item of a TransactWriteItems call: what changes stage (audit appends, outbox events) and `transactWrite` sends. */
export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
