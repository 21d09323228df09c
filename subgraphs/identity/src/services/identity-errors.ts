/** The one answer for an unknown email and a wrong password, so neither reveals which it was. */
export const BAD_CREDENTIALS = 'Email or password is incorrect.';
