/** Errors shaped like OfficeExtension.Error (name 'RichApi.Error', code, message, debugInfo). */
export class SimError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export function notLoaded(property: string): SimError {
  return new SimError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export const itemNotFound = (what: string) =>
  new SimError('ItemNotFound', `The requested resource doesn't exist.`, what);

export const accessDenied = (where: string) =>
  new SimError('AccessDenied', `The cell or chart that you are trying to change is protected and therefore read-only.`, where);

export const apiNotFound = (api: string, set: string) =>
  new SimError('ApiNotFound', `The API you are trying to use could not be found. It may be available in a newer version of Excel. (${api} needs ExcelApi ${set})`, api);

export const invalidArgument = (what: string) => new SimError('InvalidArgument', `The argument is invalid or missing or has an incorrect format.`, what);
