/**
 * THE place that decides whether a solution's partner may see a customer's email (the partner's customer list).
 * Only with the customer's consent to share it with that solution's partner. The consents recorded today are the
 * terms and marketing mail (the consent records in the account store), neither of which covers sharing an address with a partner, so no
 * email is shown. A consent of that kind, when it exists, is read here.
 */
export async function sharesEmailWithPartner(_userId: string, _solutionId: string): Promise<boolean> {
  return false;
}
