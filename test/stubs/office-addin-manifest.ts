/**
 * Stand-in for `office-addin-manifest` under Jest. office-addin-mock imports the real package
 * only for its OfficeApp enum, but the real package loads an ESM-only dependency (uuid) that
 * Jest's CommonJS runtime cannot require. jest.config.js maps the module name here.
 * Keep the values in step with office-addin-manifest's OfficeApp.
 */
export enum OfficeApp {
  Excel = "excel",
  OneNote = "onenote",
  Outlook = "outlook",
  PowerPoint = "powerpoint",
  Project = "project",
  Word = "word",
}
