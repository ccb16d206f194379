/**
 * The end-to-end build: the real task pane (webpack.config.js, production mode by default),
 * with test/e2e/harness/fake-office.ts built as `fake-office.js` and put where office.js goes
 * in taskpane.html. The harness installs the in-memory Excel before the pane's bundle runs.
 *
 *   npx webpack --config test/e2e/webpack.e2e.js --env E2E_OUT=.tmp/e2e-dist
 *
 * Only the task pane is built (commands.html has nothing to test in a browser).
 */
"use strict";

const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const base = require("../../webpack.config.js");

const ROOT = path.resolve(__dirname, "../..");
const HARNESS = "fake-office";

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const config = base(env, { ...argv, mode });
  const named = config.output.filename;
  config.context = ROOT;
  config.entry = { [HARNESS]: path.join(__dirname, "harness/fake-office.ts"), taskpane: config.entry.taskpane };
  config.output = {
    ...config.output,
    path: path.resolve(ROOT, env.E2E_OUT || ".tmp/e2e-dist"),
    // taskpane.html names the harness as it names office.js: a fixed file name.
    filename: (data) => (data.chunk && data.chunk.name === HARNESS ? `${HARNESS}.js` : named),
  };
  config.plugins = [
    ...config.plugins.filter((p) => !(p instanceof HtmlWebpackPlugin)),
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: path.join(ROOT, "src/taskpane/taskpane.html"),
      chunks: ["taskpane"],
      templateParameters: { officeJsUrl: `${HARNESS}.js`, contentSecurityPolicy: base.contentSecurityPolicy },
    }),
  ];
  delete config.devServer;
  return config;
};
