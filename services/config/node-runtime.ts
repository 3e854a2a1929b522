// Which Node.js the product runs on: 24 LTS, brought in by `npm ci` as the `node` package so that
// npm scripts, npx and CI use it even where the machine's own Node is older. npm checks the
// dependencies' `engines` against the Node that runs npm itself, not this one (see .npmrc), so a
// wrong Node is caught here, where the code actually runs.
export const SUPPORTED_NODE_MAJOR = 24;

/** A Swedish line saying what is wrong and what to do, or undefined when `version` is supported. */
export function unsupportedNodeMessage(version: string): string | undefined {
  const major = Number.parseInt(version.replace(/^v/, "").split(".")[0] ?? "", 10);
  if (major === SUPPORTED_NODE_MAJOR) return undefined;
  return (
    `Uppföljningsboten kör på Node.js ${SUPPORTED_NODE_MAJOR}, inte ${version}. ` +
    "Starta den med `npm start` (eller `npx node …`), som använder Node 24 från node_modules efter `npm ci`."
  );
}
