/**
 * THE place that decides whether a solution's partner may see a customer's email (the partner's customer list).
 * Only with the customer's consent to share it with that solution's partner; no consent record exists yet (the
 * `gdpr` work adds them), so no email is shown. Switch it on here by reading those records.
 */
export async function sharesEmailWithPartner(_userId: string, _solutionId: string): Promise<boolean> {
  return false;
}
