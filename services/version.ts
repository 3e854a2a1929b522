// The product's version, from package.json, for /healthz, the CLI and logs.
import pkg from "../package.json";

export const version: string = pkg.version;
