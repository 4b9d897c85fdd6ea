/** Which Fluent theme the pane takes from Office's theme description. */
import { isDarkOfficeTheme, luminance } from "../../src/taskpane/theme";

describe("Office theme → light or dark", () => {
  test("isDarkTheme decides when Office gives it", () => {
    expect(isDarkOfficeTheme({ isDarkTheme: true, bodyBackgroundColor: "#ffffff" })).toBe(true);
    expect(isDarkOfficeTheme({ isDarkTheme: false, bodyBackgroundColor: "#000000" })).toBe(false);
  });

  test("otherwise the body background's brightness decides (Office's four themes)", () => {
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#FFFFFF" })).toBe(false); // White
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#E6E6E6" })).toBe(false); // Colorful
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#666666" })).toBe(true); // Dark Grey
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#262626" })).toBe(true); // Black
  });

  test("no Office theme: no opinion, so the system's colour scheme decides", () => {
    expect(isDarkOfficeTheme(undefined)).toBeNull();
    expect(isDarkOfficeTheme({})).toBeNull();
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "transparent" })).toBeNull();
  });

  test("luminance follows WCAG", () => {
    expect(luminance("#ffffff")).toBeCloseTo(1, 10);
    expect(luminance("#000000")).toBe(0);
    expect(luminance("#808080")).toBeCloseTo(0.2158605, 6);
    expect(luminance("red")).toBeNull();
  });
});
