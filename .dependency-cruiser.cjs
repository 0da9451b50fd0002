// Import rules checked by `npm run lint:deps` (and so by CI, .ci/run): no import cycle between folders. A
// folder counts with its subfolders (lib/agency-admin is apart from lib/agencies for that reason). Tests are
// leaves and are left out. See CONTRIBUTING.md ("Layers").
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-folder-cycles",
      comment:
        "A folder (lib/tasks, lib/agencies/admin, components/ui …) must not import, through any path, a folder that imports it.",
      severity: "error",
      scope: "folder",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: ["node_modules"] },
    exclude: { path: ["^generated/", "^\\.next", "node_modules", "\\.test\\.tsx?$"] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"] },
  },
};
