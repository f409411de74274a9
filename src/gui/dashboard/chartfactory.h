#pragma once

#include "dashboarddata.h"
#include "proposalfigures.h"
#include "vocabulary.h"

#include <QColor>
#include <QString>

#include <functional>

class QChartView;
class QWidget;

namespace cordee::charts {

/// Called with the key of the slice or bar clicked (see ChartItem::key).
using ClickHandler = std::function<void(const QString &key)>;

/// The colour of a continent, the same in every chart.
QColor continentColor(Continent continent);

/// A donut (continents) or bar chart (countries, categories, genders, age bands) of a distribution; slices
/// and bars carry their label and share, and say their count and share on hover.
QChartView *distributionChart(const Distribution &distribution, const ClickHandler &onClick, QWidget *parent);
/// Workshop sizes as bars against the forum's minimum and each workshop's maximum (dashed lines).
QChartView *workshopSizesChart(const SlotFigures &figures, const ClickHandler &onClick, QWidget *parent);
/// Women, men and others per workshop, stacked, each with its own hatching.
QChartView *genderBalanceChart(const SlotFigures &figures, const ClickHandler &onClick, QWidget *parent);
/// Distinct countries and continents per workshop.
QChartView *diversityChart(const SlotFigures &figures, const ClickHandler &onClick, QWidget *parent);
/// How many members got their 1st, 2nd, … choice, or a theme they did not rank.
QChartView *preferenceChart(const SlotFigures &figures, QWidget *parent);

/// Proposals per theme, stacked by status (horizontal bars); a click gives "theme key|status key".
QChartView *proposalsByThemeChart(const QList<ThemeProposals> &themes, const ClickHandler &onClick,
                                  QWidget *parent);
/// Per workshop of a slot, the proposals sent and those still drafts, stacked; a click gives the workshop.
QChartView *submissionsChart(const QList<WorkshopSubmissions> &workshops, const ClickHandler &onClick,
                             QWidget *parent);

/// The one-line reading under a chart's title ("38% of participants come from Africa").
QString reading(const Distribution &distribution);
QString sizesReading(const SlotFigures &figures);
QString genderReading(const SlotFigures &figures);
QString diversityReading(const SlotFigures &figures);
QString preferenceReading(const SlotFigures &figures);
QString proposalsReading(const QList<ThemeProposals> &themes);
/// Names the workshops that have sent nothing yet, with their rapporteurs: those to ask.
QString submissionsReading(const QList<WorkshopSubmissions> &workshops);

/// Writes the chart to `path` as PNG, SVG or PDF, by its suffix. False when the file cannot be written.
bool exportChart(QChartView *view, const QString &path);

} // namespace cordee::charts
