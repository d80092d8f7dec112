/** The cli bundle loads *.csv as source text (webpack asset/source). */
declare module "*.csv" {
  const text: string;
  export default text;
}
