/** Razorpay's error envelope, as its API and Checkout return it. */
export interface RazorpayErrorBody {
  error: {
    code: 'BAD_REQUEST_ERROR' | 'GATEWAY_ERROR' | 'SERVER_ERROR';
    description: string;
    source: string;
    step: string;
    reason: string;
    metadata: Record<string, string>;
    field: string | null;
  };
}

/**
 * A request Razorpay would refuse: the HTTP status and the envelope it answers with. Thrown by the simulator's
 * rules and turned into the response by the transport.
 */
export class RazorpayError extends Error {
  constructor(
    readonly status: number,
    readonly body: RazorpayErrorBody,
  ) {
    super(body.error.description);
    this.name = 'RazorpayError';
  }
}

/** Bad input: 400 naming the field, with the source/step/reason Razorpay gives validation failures. */
export function invalidInput(description: string, field: string | null = null): RazorpayError {
  return new RazorpayError(400, {
    error: {
      code: 'BAD_REQUEST_ERROR',
      description,
      source: 'business',
      step: 'payment_initiation',
      reason: 'input_validation_failed',
      metadata: {},
      field,
    },
  });
}

/** A request that is well formed but not allowed in the entity's current state. */
export function notAllowed(description: string, field: string | null = null): RazorpayError {
  return new RazorpayError(400, {
    error: { code: 'BAD_REQUEST_ERROR', description, source: 'NA', step: 'NA', reason: 'NA', metadata: {}, field },
  });
}

/** An id of the right shape that names nothing: Razorpay answers 400, not 404. */
export function unknownId(field: string | null = null): RazorpayError {
  return invalidInput('The id provided does not exist', field);
}

/** An id of the wrong shape; Razorpay echoes it without its expected prefix ("ub_id%7D is not a valid id"). */
export function malformedId(value: string, prefix: string, field: string | null = null): RazorpayError {
  return invalidInput(`${value.slice(prefix.length + 1)} is not a valid id`, field);
}

export function authenticationFailed(description = 'Authentication failed'): RazorpayError {
  return new RazorpayError(401, {
    error: { code: 'BAD_REQUEST_ERROR', description, source: 'NA', step: 'NA', reason: 'NA', metadata: {}, field: null },
  });
}

export function routeNotFound(): RazorpayError {
  return notAllowed('The requested URL was not found on the server.');
}
