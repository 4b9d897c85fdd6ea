// `npm start`. On Windows and macOS, office-addin-debugging starts the dev server and sideloads
// manifest.xml into desktop Excel, as in OfficeDev's templates. It refuses Linux, which has no
// desktop Excel, so there this serves the add-in and says how to upload it to Excel on the web.
"use strict";

const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const pidFile = path.join(root, ".dev-server.pid");

function runToExit(script, args) {
  const child = spawn(process.execPath, [script, ...args], { cwd: root, stdio: "inherit" });
  child.on("exit", (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
}

const uploadInstructions = `
WFM Erlang Staffing is being served at https://localhost:${port}/

To use it in Excel on the web:
  1. In this browser, open https://localhost:${port}/taskpane.html once. If it warns that the
     connection is not private, accept the certificate (Advanced > Proceed), or trust
     ~/.office-addin-dev-certs/ca.crt in the browser's certificate settings.
  2. Open a workbook at https://www.office.com (Excel on the web).
  3. Home > Add-ins > More Add-ins (or Insert > Add-ins > My Add-ins) > Upload My Add-in,
     choose ${path.join(root, "manifest.xml")} and select Upload.
  4. Type =WFM. in a cell to use the functions; Home > Staffing planner opens the task pane.

Stop the server with Ctrl+C here, or \`npm stop\` from another terminal.
`;

function serveForExcelOnTheWeb() {
  const webpackCli = require.resolve("webpack-cli/bin/cli.js", { paths: [root] });
  const server = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], {
    cwd: root,
    stdio: ["inherit", "pipe", "inherit"],
  });
  fs.writeFileSync(pidFile, String(server.pid));

  // Repeat the instructions once the first build is served, so webpack's log does not bury them.
  let told = false;
  server.stdout.on("data", (chunk) => {
    process.stdout.write(chunk);
    if (!told && /compiled successfully/i.test(chunk.toString())) {
      told = true;
      console.log(uploadInstructions);
    }
  });

  const forward = (signal) => server.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  server.on("exit", (code, signal) => {
    fs.rmSync(pidFile, { force: true });
    process.exit(signal ? 0 : (code ?? 1));
  });
}

if (process.platform === "win32" || process.platform === "darwin") {
  const debugging = require.resolve("office-addin-debugging/cli.js", { paths: [root] });
  runToExit(debugging, ["start", "manifest.xml", "desktop", "--app", "excel"]);
} else {
  console.log(uploadInstructions);
  serveForExcelOnTheWeb();
}
