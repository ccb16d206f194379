/** The Excel enums our code uses, with the real string values (as in @types/office-js). */

/** Builds {camelKey: "Value"} like Excel's enums ("3DColumn" → _3DColumn, "XYScatter" → xyscatter). */
function enumOf(values: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values) {
    const key = /^\d/.test(v)
      ? `_${v}`
      : v.startsWith("XY")
        ? `xy${v.charAt(2).toLowerCase()}${v.slice(3)}`
        : v.charAt(0).toLowerCase() + v.slice(1);
    out[key] = v;
  }
  return out;
}

export const CHART_TYPES = (
  "Invalid ColumnClustered ColumnStacked ColumnStacked100 3DColumnClustered 3DColumnStacked 3DColumnStacked100 " +
  "BarClustered BarStacked BarStacked100 3DBarClustered 3DBarStacked 3DBarStacked100 LineStacked LineStacked100 LineMarkers " +
  "LineMarkersStacked LineMarkersStacked100 PieOfPie PieExploded 3DPieExploded BarOfPie XYScatterSmooth XYScatterSmoothNoMarkers " +
  "XYScatterLines XYScatterLinesNoMarkers AreaStacked AreaStacked100 3DAreaStacked 3DAreaStacked100 DoughnutExploded RadarMarkers " +
  "RadarFilled Surface SurfaceWireframe SurfaceTopView SurfaceTopViewWireframe Bubble Bubble3DEffect StockHLC StockOHLC StockVHLC " +
  "StockVOHLC CylinderColClustered CylinderColStacked CylinderColStacked100 CylinderBarClustered CylinderBarStacked " +
  "CylinderBarStacked100 CylinderCol ConeColClustered ConeColStacked ConeColStacked100 ConeBarClustered ConeBarStacked " +
  "ConeBarStacked100 ConeCol PyramidColClustered PyramidColStacked PyramidColStacked100 PyramidBarClustered PyramidBarStacked " +
  "PyramidBarStacked100 PyramidCol 3DColumn Line 3DLine 3DPie Pie XYScatter 3DArea Area Doughnut Radar Histogram Boxwhisker " +
  "Pareto RegionMap Treemap Waterfall Sunburst Funnel"
).split(" ");

export const ERROR_CODES = (
  "AccessDenied ApiNotFound Conflict DirtySupportingFormula EmptyChartSeries FilteredRangeConflict " +
  "FormulaLengthExceedsLimit GeneralException InactiveWorkbook InsertDeleteConflict InvalidArgument InvalidBinding InvalidOperation " +
  "InvalidReference InvalidSelection ItemAlreadyExists ItemNotFound MergedRangeConflict NonBlankCellOffSheet NotImplemented " +
  "OpenWorkbookLinksBlocked OperationCellsExceedLimit PivotTableRangeConflict PowerQueryRefreshResourceChallenge RangeExceedsLimit " +
  "RangeImageExceedsLimit RefreshWorkbookLinksBlocked RequestAborted ResponsePayloadSizeLimitExceeded UnsupportedFeature " +
  "UnsupportedFillType UnsupportedOperation UnsupportedSheet InvalidOperationInCellEditMode"
).split(" ");

const words = (s: string) => s.split(" ");

export const ExcelEnums = {
  ConditionalFormatType: enumOf(
    words("Custom DataBar ColorScale IconSet TopBottom PresetCriteria ContainsText CellValue"),
  ),
  ChartType: enumOf(CHART_TYPES),
  ChartSeriesBy: enumOf(words("Auto Columns Rows")),
  ClearApplyTo: enumOf(words("All Formats Contents Hyperlinks RemoveHyperlinks ResetContents")),
  SheetVisibility: enumOf(words("Visible Hidden VeryHidden")),
  ConditionalCellValueOperator: enumOf(
    words("Invalid Between NotBetween EqualTo NotEqualTo GreaterThan LessThan GreaterThanOrEqual LessThanOrEqual"),
  ),
  ConditionalTextOperator: enumOf(words("Invalid Contains NotContains BeginsWith EndsWith")),
  ConditionalFormatColorCriterionType: enumOf(
    words("Invalid LowestValue HighestValue Number Percent Formula Percentile"),
  ),
  ChartLegendPosition: enumOf(words("Invalid Top Bottom Left Right Corner Custom")),
  DeleteShiftDirection: enumOf(words("Up Left")),
  BorderIndex: enumOf(
    words("EdgeTop EdgeBottom EdgeLeft EdgeRight InsideVertical InsideHorizontal DiagonalDown DiagonalUp"),
  ),
  BorderLineStyle: enumOf(words("None Continuous Dash DashDot DashDotDot Dot Double SlantDashDot")),
  BorderWeight: enumOf(words("Hairline Thin Medium Thick")),
  HorizontalAlignment: enumOf(words("General Left Center Right Fill Justify CenterAcrossSelection Distributed")),
  VerticalAlignment: enumOf(words("Top Center Bottom Justify Distributed")),
  RangeValueType: enumOf(words("Unknown Empty String Integer Double Boolean Error RichValue")),
  DataValidationType: enumOf(
    words("None WholeNumber Decimal List Date Time TextLength Custom Inconsistent MixedCriteria"),
  ),
  DataValidationAlertStyle: enumOf(words("Stop Warning Information")),
  NamedItemType: enumOf(words("String Integer Double Boolean Range Error Array")),
  ErrorCodes: enumOf(ERROR_CODES),
};
