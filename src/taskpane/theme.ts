/**
 * Which Fluent theme follows Office's. Inside Office, `Office.context.officeTheme` describes the
 * Office theme (Colorful, Dark Grey, Black, White); `isDarkTheme` is newer than the colours, so
 * the body background's brightness decides when it is missing. Outside Office (a browser, the
 * test page) there is no Office theme and the system's colour scheme decides.
 */
import { Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

interface OfficeThemeLike {
  isDarkTheme?: boolean;
  bodyBackgroundColor?: string;
}

/** Relative luminance of "#rrggbb" (WCAG), or null for anything else. */
export function luminance(hexColour: string): number | null {
  const match = /^#?([0-9a-f]{6})$/i.exec(hexColour.trim());
  if (!match) return null;
  const channel = (offset: number) => {
    const value = parseInt(match[1].slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

export function isDarkOfficeTheme(theme: OfficeThemeLike | undefined | null): boolean | null {
  if (!theme) return null;
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme;
  const brightness = theme.bodyBackgroundColor ? luminance(theme.bodyBackgroundColor) : null;
  return brightness === null ? null : brightness < 0.3;
}

function officeTheme(): OfficeThemeLike | undefined {
  try {
    return typeof Office !== "undefined" ? (Office.context?.officeTheme as OfficeThemeLike | undefined) : undefined;
  } catch {
    // Office.context throws outside Office on some versions: there is simply no Office theme.
    return undefined;
  }
}

export function paneTheme(): Theme {
  const dark =
    isDarkOfficeTheme(officeTheme()) ?? (window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false);
  return dark ? webDarkTheme : webLightTheme;
}
