/** The one mapshaper function the geodata build uses (the package ships no types). */
declare module 'mapshaper' {
  const mapshaper: {
    /** Runs mapshaper commands on in-memory inputs; resolves to the -o outputs by file name. */
    applyCommands(commands: string, inputs: Record<string, unknown>): Promise<Record<string, string | Buffer>>;
  };
  export default mapshaper;
}
