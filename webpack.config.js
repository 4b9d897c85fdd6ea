// Modelled on OfficeDev's Excel-Custom-Functions-Shared template: one shared runtime page
// (taskpane.html) loads the functions, the task pane and the ribbon commands.

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
const urlProd = "https://wfm-erlang-staffing.example.com/"; // CHANGE THIS TO YOUR PRODUCTION DEPLOYMENT LOCATION

const officeJsUrl = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * Office only loads add-ins over https. Prefer the office-addin-dev-certs certificate, which
 * `office-addin-dev-certs install` makes trusted; when it cannot be made (for example on Linux
 * without a system trust store it can write to), fall back to webpack-dev-server's self-signed one.
 */
async function getHttpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const httpsOptions = await devCerts.getHttpsServerOptions();
    return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
  } catch (error) {
    console.warn(
      `office-addin-dev-certs could not provide a trusted certificate (${error.message || error}); ` +
        "serving with webpack-dev-server's self-signed certificate instead. " +
        "Open https://localhost:3000/taskpane.html in your browser once and accept it.",
    );
    return undefined;
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);

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
          use: "ts-loader",
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
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane", "commands"],
        chunksSortMode: "manual",
        officeJsUrl,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext][query]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : content.toString().replaceAll(urlDev, urlProd);
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
