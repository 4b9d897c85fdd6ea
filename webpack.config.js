// Modelled on OfficeDev's Excel-Custom-Functions-Shared template: one shared runtime page
// (taskpane.html) loads the functions, the task pane and the ribbon commands.

const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { addinUrl, addinUrlOrExit, readdress, DEV_URL: urlDev } = require("./scripts/addin-url");
const { FunctionsMetadataSwitchesPlugin } = require("./scripts/functions-metadata");
const { HelpPagePlugin, README } = require("./scripts/help-page");
const { FunctionsLocalesPlugin, INPUTS } = require("./scripts/functions-locales");

const officeJsUrl = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * Office only loads add-ins over https. Prefer office-addin-dev-certs' certificate, signed by a
 * CA it installs into the system's trust store (it asks for an administrator password once).
 * Where the install fails (on Linux it needs sudo), still use the certificate it generated if it
 * is there, so trusting its CA in the browser is enough; with none, use webpack-dev-server's own
 * self-signed certificate, which the browser must be told to accept.
 */
async function getHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    const httpsOptions = await devCerts.getHttpsServerOptions();
    return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
  } catch (error) {
    const directory = path.join(os.homedir(), ".office-addin-dev-certs");
    const file = (name) => path.join(directory, name);
    const reason = (error instanceof Error ? error.message : String(error)).trim();
    if (["ca.crt", "localhost.crt", "localhost.key"].every((name) => fs.existsSync(file(name)))) {
      console.warn(
        `\nCould not install the Office add-in developer CA (${reason}).\n` +
          `Serving with its certificate anyway: make your browser trust ${file("ca.crt")}, ` +
          "or open https://localhost:3000/taskpane.html once and accept the warning.\n",
      );
      return {
        ca: fs.readFileSync(file("ca.crt")),
        key: fs.readFileSync(file("localhost.key")),
        cert: fs.readFileSync(file("localhost.crt")),
      };
    }
    console.warn(
      `\nNo Office add-in developer certificate (${reason}).\n` +
        "Serving with webpack-dev-server's self-signed certificate: open " +
        "https://localhost:3000/taskpane.html once and accept the warning.\n",
    );
    return undefined;
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  // Where dist/ will be served from: ADDIN_URL (checked; README "Deploy for your organisation"),
  // else the dev server's address, which the dev server always uses.
  const urlProd = serving ? urlDev : (env.WEBPACK_BUILD ? addinUrlOrExit : addinUrl)(process.env.ADDIN_URL);
  if (env.WEBPACK_BUILD && !dev && urlProd === urlDev) {
    console.warn(
      `No ADDIN_URL: dist/ is addressed to ${urlDev}, to try locally. To deploy, build with ADDIN_URL=https://… (README: Deploy for your organisation).`,
    );
  }

  return {
    devtool: "source-map",
    target: ["web", "es2020"],
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    // functions.js must stay self-contained: Excel may load it on its own in the custom
    // functions runtime, so no runtime chunk and no chunks shared with the other entries.
    optimization: {
      runtimeChunk: false,
      splitChunks: false,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type errors in bundled code fail the build; `npm run typecheck` covers tests and bench.
          use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true } },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    performance: {
      // The task pane bundles React and Fluent UI; it is loaded once per session.
      hints: false,
    },
    plugins: [
      // Every file with @customfunction blocks: the plugin writes their metadata into one
      // functions.json and appends their CustomFunctions.associate lines to each file.
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: INPUTS,
      }),
      new FunctionsMetadataSwitchesPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane", "commands"],
        chunksSortMode: "manual",
        officeJsUrl,
      }),
      new HelpPagePlugin({ readme: README, urlDev, urlProd, production: urlProd !== urlDev }),
      // functions.<locale>.json: the help above, translated (manifest.xml's Overrides name them).
      new FunctionsLocalesPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          // help.html shows README.md, pictures included.
          { from: "docs/*.png", to: "docs/[name][ext]" },
          { from: "assets/*", to: "assets/[name][ext][query]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return urlProd === urlDev ? content : readdress(content.toString(), urlProd);
            },
          },
        ],
      }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: {
        type: "https",
        options: serving ? await getHttpsOptions() : undefined,
      },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};
