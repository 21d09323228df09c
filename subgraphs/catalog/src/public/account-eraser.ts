import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { GSI1, isConditionFailure, queryAll } from '@marketplace/shared';
import { applicantPartition, keys } from '../data/keys.ts';

export const ERASED_CONTACT = 'Erased contact';

/**
 * The catalog's part of an account erasure (identity runs it): the contact person's name and email address leave
 * the user's partner applications and partner profile (the company name and website stay: they describe a
 * business, and published solutions and reviews refer to it). Idempotent.
 */
export function createCatalogAccountEraser(deps: { db: DynamoDBDocumentClient; table: string }) {
  const { db, table } = deps;
  const eraseContact = async (key: { pk: string; sk: string }) => {
    try {
      await db.send(
        new UpdateCommand({
          TableName: table,
          Key: key,
          UpdateExpression: 'SET contactName = :name, contactEmail = :email',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':name': ERASED_CONTACT, ':email': '' },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  };
  return {
    name: 'catalog',
    async erase(userId: string): Promise<void> {
      const applications = await queryAll<{ id: string }>(db, {
        TableName: table,
        IndexName: GSI1,
        KeyConditionExpression: 'gsi1pk = :p',
        ExpressionAttributeValues: { ':p': applicantPartition(userId) },
      });
      for (const application of applications) await eraseContact(keys.application(application.id));
      await eraseContact(keys.partnerProfile(userId));
    },
  };
}
