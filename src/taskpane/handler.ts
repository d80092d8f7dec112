/** A callback prop that receives one value (kept in a .ts file: the .tsx lint rules misread parameter names in types). */
export type Handler<T> = (value: T) => void;

/** Called when a table was read: the columns detected and the table itself. */
export type LoadedHandler<M, T> = (detected: M, table: T) => void;
