/**
 * An error the local cloud reports the way CloudBase does: the reply carries a truthy `code`
 * and a `message`, which the SDK turns into its own error.
 */
export class LocalCloudError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'LocalCloudError';
  }
}
