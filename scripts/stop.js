// `npm stop`. On Windows and macOS, office-addin-debugging stops the dev server and removes the
// sideloaded add-in from desktop Excel. On Linux it stops the server `npm start` left running,
// by the process id that `npm start` saved in .dev-server.pid.
"use strict";

const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const pidFile = path.join(root, ".dev-server.pid");

if (process.platform === "win32" || process.platform === "darwin") {
  const debugging = require.resolve("office-addin-debugging/cli.js", { paths: [root] });
  const result = spawnSync(process.execPath, [debugging, "stop", "manifest.xml"], { cwd: root, stdio: "inherit" });
  process.exit(result.status ?? 1);
}

if (!fs.existsSync(pidFile)) {
  console.log(
    "No dev server started by `npm start` is recorded (.dev-server.pid is missing).\n" +
      "If one is running, stop it with Ctrl+C in its terminal. In Excel on the web, remove the add-in\n" +
      "under Home > Add-ins > More Add-ins > My Add-ins if you no longer want it.",
  );
  process.exit(0);
}

const pid = Number(fs.readFileSync(pidFile, "utf8").trim());
try {
  process.kill(pid, "SIGTERM");
  console.log(`Stopped the dev server (process ${pid}).`);
} catch (error) {
  if (error.code !== "ESRCH") {
    console.error(`Could not stop the dev server (process ${pid}): ${error.message}\nStop it with: kill ${pid}`);
    process.exit(1);
  }
  console.log(`The dev server (process ${pid}) had already stopped.`);
}
fs.rmSync(pidFile, { force: true });
