/** Errors with codes that say what to do. Stages throw these; the engine turns them into fatal messages. */
export class FoiscopeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "FoiscopeError";
  }
}

export function errorMessage(error: unknown): { code: string; text: string } {
  if (error instanceof FoiscopeError) return { code: error.code, text: error.message };
  if (error instanceof Error) return { code: "FOISCOPE_INTERNAL", text: `${error.name}: ${error.message}` };
  return { code: "FOISCOPE_INTERNAL", text: String(error) };
}
