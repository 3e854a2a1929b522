// The import graph check that `npm test` runs: no module may reach itself again through its imports,
// type-only imports included, so shared types live in leaf modules and layers stay one-way. The
// layer rules ESLint checks on static imports are here again for every import, dynamic ones too.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "An import cycle: move what both sides share into a leaf module they both import.",
      from: {},
      to: { circular: true },
    },
    {
      name: "teams-sdk-only-in-bot",
      severity: "error",
      comment: "Teams and HTTP types live in bot/ only (docs/architecture.md).",
      from: { path: "^(services|cards|cli)/" },
      to: { path: "node_modules/(@types/)?(botbuilder[^/]*|botframework-[^/]+|restify)/" },
    },
    {
      name: "table-sdk-only-in-storage",
      severity: "error",
      comment: "Table Storage is reached through the port in services/storage/ (docs/storage.md).",
      from: { path: "^(bot|services|cards|cli)/", pathNot: "^services/storage/" },
      to: { path: "node_modules/@azure/data-tables/" },
    },
    {
      name: "card-templates-only-in-cards",
      severity: "error",
      comment: "Card templates are expanded in cards/ only: call the card's render function.",
      from: { path: "^(bot|services|cli)/" },
      to: { path: "^cards/.*[.]json$" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(dist|coverage)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".js", ".json"] },
  },
};
