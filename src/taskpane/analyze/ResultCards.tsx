import {
  Caption1,
  CompoundButton,
  InfoButton,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import type { Ref } from "react";
import type { ResultCard } from "./result-cards";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  heading: { ...typographyStyles.subtitle2, margin: 0, outlineStyle: "none" },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(140px, 1fr))",
    gap: tokens.spacingHorizontalS,
    listStyle: "none",
    margin: 0,
    padding: 0,
  },
  // Top-aligned, so the titles of cards side by side line up whatever the length of their text.
  card: {
    justifyContent: "flex-start",
    alignItems: "flex-start",
    textAlign: "left",
    minHeight: "72px",
    height: "100%",
    width: "100%",
    maxWidth: "none",
  },
  // Fluent's secondary content has a line height of 100%: wrapped details would touch.
  detail: { lineHeight: tokens.lineHeightBase200, marginTop: tokens.spacingVerticalXXS },
  static: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  attention: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteMarigoldBorderActive}` },
  title: { display: "block", color: tokens.colorNeutralForeground3 },
});

export interface ResultCardsProps {
  cards: ResultCard[];
  onOpen: (sheet: string) => void;
  /** The Issues card opens the Issues page (filterable, each issue selects its cell), not the sheet. */
  onOpenIssues?: () => void;
  /** The "Results" heading, focused when a run ends. */
  ref?: Ref<HTMLHeadingElement>;
}

/**
 * The results of a run as cards; a card with a sheet is a button that brings the sheet forward.
 * A card's accessible name starts with its visible words, in order, then says what it opens:
 * "Tiering: 48 partners. 5 Strategic · 12 Focus · 30 Scale. Opens the Tiering sheet."
 */
export function ResultCards({ cards, onOpen, onOpenIssues, ref }: ResultCardsProps) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="results-heading">
      <div className={styles.header}>
        <h2 id="results-heading" className={styles.heading} tabIndex={-1} ref={ref}>
          Results
        </h2>
        <InfoButton
          aria-label="About the result cards"
          info="Each card sums up one result sheet; choose it to open the sheet. A yellow bar on the left marks a result that needs attention: errors in the input, responsibility conflicts or gaps, capability gaps, or channel conflicts."
        />
      </div>
      <ul className={styles.grid} aria-label="Results">
        {cards.map((card) => {
          const toIssues = card.key === "issues" && onOpenIssues !== undefined;
          const opens = toIssues ? "Opens the Issues page." : `Opens the ${card.sheet} sheet.`;
          return (
            <li key={card.key}>
              {card.sheet || toIssues ? (
                <CompoundButton
                  className={mergeClasses(styles.card, card.attention && styles.attention)}
                  secondaryContent={{ className: styles.detail, children: card.detail }}
                  onClick={() => (toIssues ? onOpenIssues() : card.sheet && onOpen(card.sheet))}
                  aria-label={`${card.title}: ${card.headline}. ${card.detail}. ${opens}`}
                >
                  {/* The spaces keep the visible words apart, so the name above starts with them word for word. */}
                  <span>
                    <Caption1 className={styles.title}>{card.title}</Caption1> {card.headline}{" "}
                  </span>
                </CompoundButton>
              ) : (
                <div className={mergeClasses(styles.static, card.attention && styles.attention)}>
                  <Caption1 className={styles.title}>{card.title}</Caption1>
                  <Text weight="semibold">{card.headline}</Text>
                  <Caption1>{card.detail}</Caption1>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
