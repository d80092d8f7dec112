import { StubExcelError, stubErrorCode } from "./builtFunctions";

/** Installs the stub CustomFunctions global so tests can call src/functions wrappers directly. */
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  associate: () => undefined,
  Error: StubExcelError,
  ErrorCode: stubErrorCode,
};

export { StubExcelError };
