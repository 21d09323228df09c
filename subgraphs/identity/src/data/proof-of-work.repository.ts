import { isConditionFailure, ttlAt } from '@marketplace/shared';
import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from './keys.ts';

/** Owns the "this proof-of-work challenge was used" markers, kept until the challenge expires. */
export class ProofOfWorkRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** Marks the challenge spent; false when it already was (one conditional put, so concurrent replays lose). */
  async spend(signatureHash: string, expiresAt: Date): Promise<boolean> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...keys.spentProofOfWork(signatureHash), type: 'SpentProofOfWork', ttl: ttlAt(expiresAt) },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }
}
