// Build step: the address the add-in is served from. manifest.xml and the functions' help links
// (src/functions/functions.ts) are written for the dev server, https://localhost:3000/; a build
// for real users moves every one of them to the address given as ADDIN_URL, where dist/ will be
// hosted (README: "Deploy for your organisation"). Office loads add-ins only over HTTPS, and the
// old placeholder address would give users an add-in that never loads, so both are refused.
"use strict";

const DEV_URL = "https://localhost:3000/";
/** The address this project shipped with before ADDIN_URL existed; nobody serves it. */
const PLACEHOLDER_URL = "https://wfm-erlang-staffing.example.com/";
const EXAMPLE = "ADDIN_URL=https://addins.contoso.com/wfm/ npm run build";

/** A refusal to build, meant to be read as one line. */
class AddinUrlError extends Error {}
AddinUrlError.prototype.name = "AddinUrlError";

/**
 * The base address (ending in "/") that a build writes into the manifest and help links:
 * ADDIN_URL when given, checked; otherwise the dev server's, for a bundle tried locally.
 */
function addinUrl(value) {
  const text = (value ?? "").trim();
  if (text === "") return DEV_URL;
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new AddinUrlError(`ADDIN_URL "${text}" is not a web address; give the https:// address dist/ will be served from, as in ${EXAMPLE}`);
  }
  if (url.protocol !== "https:") {
    throw new AddinUrlError(`ADDIN_URL "${text}" is not https://, and Office loads add-ins only over HTTPS; as in ${EXAMPLE}`);
  }
  if (url.hostname === new URL(PLACEHOLDER_URL).hostname) {
    throw new AddinUrlError(`ADDIN_URL "${text}" is the placeholder address, which nobody serves; give the address where you host dist/, as in ${EXAMPLE}`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new AddinUrlError(`ADDIN_URL "${text}" must be a plain folder address, without a user name, ?query or #fragment; as in ${EXAMPLE}`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** addinUrl for a build run by webpack-cli: a refusal ends the build with its one line, no stack. */
function addinUrlOrExit(value) {
  try {
    return addinUrl(value);
  } catch (error) {
    if (!(error instanceof AddinUrlError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

/** Rewrites every dev-server address in a built file to `base`. */
function readdress(text, base) {
  return base === DEV_URL ? text : text.replaceAll(DEV_URL, base);
}

module.exports = { addinUrl, addinUrlOrExit, readdress, AddinUrlError, DEV_URL, PLACEHOLDER_URL };
