// What cards load when they run (type-only imports are erased, so not followed here): card code
// must not pull Table Storage in through a service barrel; it imports the leaf modules it needs.
const base = require("./.dependency-cruiser.cjs");

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "cards-load-no-storage",
      severity: "error",
      comment: "Import the leaf module (services/x/y.ts), not a barrel that loads storage.",
      from: { path: "^cards/" },
      to: { path: "^services/storage/|@azure/data-tables", reachable: true },
    },
  ],
  options: { ...base.options, tsPreCompilationDeps: false },
};
