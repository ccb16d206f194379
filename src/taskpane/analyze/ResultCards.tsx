import { Caption1, CompoundButton, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ResultCard } from "./result-cards";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(140px, 1fr))", gap: tokens.spacingHorizontalS },
  // Top-aligned, so the titles of cards side by side line up whatever the length of their text.
  card: { justifyContent: "flex-start", alignItems: "flex-start", textAlign: "left", minHeight: "72px", height: "100%", width: "100%", maxWidth: "none" },
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
  title: { color: tokens.colorNeutralForeground3 },
});

export interface ResultCardsProps {
  cards: ResultCard[];
  onOpen: (sheet: string) => void;
}

/** The results of a run as cards; a card with a sheet is a button that brings the sheet forward. */
export function ResultCards({ cards, onOpen }: ResultCardsProps) {
  const styles = useStyles();
  return (
    <ul className={styles.grid} aria-label="Results" style={{ listStyle: "none", margin: 0, padding: 0 }}>
      {cards.map((card) => (
        <li key={card.key}>
          {card.sheet ? (
            <CompoundButton
              className={mergeClasses(styles.card, card.attention && styles.attention)}
              secondaryContent={{ className: styles.detail, children: card.detail }}
              onClick={() => card.sheet && onOpen(card.sheet)}
              aria-label={`${card.title}: ${card.headline}. ${card.detail}. Opens the ${card.sheet} sheet.`}
            >
              <span>
                <Caption1 className={styles.title} block>
                  {card.title}
                </Caption1>
                {card.headline}
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
      ))}
    </ul>
  );
}
