/**
 * A small renderer for `Range.text`: General, fixed decimals, thousands separators, percent,
 * literal prefixes/suffixes, sections (pos;neg;zero;text) and common date tokens. Not a full
 * implementation of Excel's number formats.
 */
import { serialToDate } from "./address";
import { isErrorValue, type CellValue } from "./model";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export function formatGeneral(n: number): string {
  if (n === 0) return "0";
  const abs = Math.abs(n);
  if (abs >= 1e11 || abs < 1e-9) {
    const [m, e] = n.toExponential(5).split("e");
    const mant = String(Number(m));
    const exp = Number(e);
    return `${mant}E${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  const s = Number(n.toPrecision(10)).toString();
  return s.length > 11 && s.includes(".") ? Number(n.toPrecision(Math.max(1, 10 - (s.length - 11)))).toString() : s;
}

function stripLiterals(fmt: string): string {
  return fmt
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
}

function isDateFormat(fmt: string): boolean {
  return /[ymdhs]/i.test(stripLiterals(fmt).replace(/General/gi, ""));
}

function renderDate(serial: number, fmt: string): string {
  const d = serialToDate(serial);
  const Y = d.getUTCFullYear(),
    M = d.getUTCMonth(),
    D = d.getUTCDate();
  const h = d.getUTCHours(),
    mi = d.getUTCMinutes(),
    s = d.getUTCSeconds();
  const ampm = /AM\/PM/i.test(fmt);
  const tokens = /"[^"]*"|\\.|\[[^\]]*\]|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|AM\/PM|./gi;
  const parts = fmt.match(tokens) ?? [];
  let out = "";
  let lastWasHour = false;
  for (let i = 0; i < parts.length; i++) {
    const t = parts[i] ?? "";
    const lower = t.toLowerCase();
    const nextIsSec = (parts.slice(i + 1).find((p) => /[a-z]/i.test(p)) ?? "").toLowerCase().startsWith("s");
    if (t.startsWith('"')) out += t.slice(1, -1);
    else if (t.startsWith("\\")) out += t.slice(1);
    else if (t.startsWith("[")) continue;
    else if (lower === "yyyy") out += String(Y);
    else if (lower === "yy") out += String(Y % 100).padStart(2, "0");
    else if (lower === "mmmm") out += MONTHS[M] ?? "";
    else if (lower === "mmm") out += (MONTHS[M] ?? "").slice(0, 3);
    else if (lower === "mm" || lower === "m") {
      const minutes = lastWasHour || nextIsSec;
      const v = minutes ? mi : M + 1;
      out += lower === "mm" ? String(v).padStart(2, "0") : String(v);
    } else if (lower === "dddd") out += DAYS[d.getUTCDay()] ?? "";
    else if (lower === "ddd") out += (DAYS[d.getUTCDay()] ?? "").slice(0, 3);
    else if (lower === "dd") out += String(D).padStart(2, "0");
    else if (lower === "d") out += String(D);
    else if (lower === "hh" || lower === "h") {
      const hv = ampm ? ((h + 11) % 12) + 1 : h;
      out += lower === "hh" ? String(hv).padStart(2, "0") : String(hv);
      lastWasHour = true;
      continue;
    } else if (lower === "ss" || lower === "s") out += lower === "ss" ? String(s).padStart(2, "0") : String(s);
    else if (lower === "am/pm") out += h < 12 ? "AM" : "PM";
    else out += t;
    if (/[a-z]/i.test(t)) lastWasHour = false;
  }
  return out;
}

function renderNumber(n: number, fmt: string): string {
  const bare = stripLiterals(fmt);
  const percent = (bare.match(/%/g) ?? []).length;
  const value = Math.abs(n) * Math.pow(100, percent);
  const firstDigit = fmt.search(/[0#?]/);
  if (firstDigit < 0) return fmt.replace(/"([^"]*)"/g, "$1");
  let lastDigit = firstDigit;
  for (let i = firstDigit; i < fmt.length; i++) if (/[0#?.,]/.test(fmt[i] ?? "")) lastDigit = i;
  const prefix = fmt
    .slice(0, firstDigit)
    .replace(/"([^"]*)"/g, "$1")
    .replace(/\\(.)/g, "$1")
    .replace(/\[[^\]]*\]/g, "");
  const suffix = fmt
    .slice(lastDigit + 1)
    .replace(/"([^"]*)"/g, "$1")
    .replace(/\\(.)/g, "$1");
  const core = fmt.slice(firstDigit, lastDigit + 1);
  const [intPart = "", decPart = ""] = core.split(".");
  const decimals = (decPart.match(/[0#?]/g) ?? []).length;
  const minDecimals = (decPart.match(/0/g) ?? []).length;
  const grouping = intPart.includes(",");
  const minInt = (intPart.match(/0/g) ?? []).length;
  let text = value.toFixed(decimals);
  let [ip = "", dp = ""] = text.split(".");
  while (dp.length > minDecimals && dp.endsWith("0")) dp = dp.slice(0, -1);
  if (minInt === 0 && ip === "0") ip = "";
  ip = ip.padStart(minInt, "0");
  if (grouping) ip = ip.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  text = dp ? `${ip}.${dp}` : decimals > 0 && core.includes(".") && minDecimals === 0 ? `${ip}.` : ip;
  return prefix + text + suffix;
}

/** What Excel would show in the cell (Range.text) for a value and number format. */
export function formatValue(value: CellValue, numberFormat: string): string {
  if (value === null) return "";
  if (isErrorValue(value)) return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const sections = numberFormat.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  if (typeof value === "string") {
    const textSection = sections[3] ?? (sections[0]?.includes("@") ? sections[0] : undefined);
    return textSection ? textSection.replace(/@/g, value).replace(/"([^"]*)"/g, "$1") : value;
  }
  if (numberFormat === "General" || numberFormat === "" || numberFormat === "@") return formatGeneral(value);
  let section = sections[0] ?? "General";
  let sign = value < 0 ? "-" : "";
  if (value < 0 && sections[1] !== undefined) {
    section = sections[1];
    sign = "";
  }
  if (value === 0 && sections[2] !== undefined) section = sections[2];
  if (/^General$/i.test(section.trim())) return sign + formatGeneral(Math.abs(value));
  if (isDateFormat(section)) return renderDate(value, section);
  return sign + renderNumber(value, section);
}
