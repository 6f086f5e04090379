/** An error the user can act on: printed as its message alone, with an exit code. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 2,
  ) {
    super(message);
    this.name = "UserError";
  }
}
