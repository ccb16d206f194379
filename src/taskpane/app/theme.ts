/** The pane's two looks, following Office's theme. */
export type ThemeName = "light" | "dark";

/**
 * Light or dark from Office's body background colour ("#RRGGBB", as
 * `Office.context.officeTheme.bodyBackgroundColor` gives it): dark when its relative luminance
 * is below one half. Unknown or missing colours give light, Office's default.
 * @example themeForBackground("#262626") // "dark"
 */
export function themeForBackground(color: string | null | undefined): ThemeName {
  const m = /^#?([0-9a-f]{6})$/i.exec((color ?? "").trim());
  if (!m?.[1]) return "light";
  const n = parseInt(m[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => c / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? "dark" : "light";
}

/** The theme Office reports now; light outside Office. */
export function officeTheme(): ThemeName {
  if (typeof Office === "undefined") return "light";
  try {
    return themeForBackground(Office.context?.officeTheme?.bodyBackgroundColor);
  } catch (_notAvailable) {
    // officeTheme throws on hosts without the theme API (e.g. some Excel 2016 builds): use light.
    return "light";
  }
}
