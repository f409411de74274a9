#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

#include <functional>

class QAbstractAxis;
class QAbstractBarSeries;
class QAbstractSeries;
class QChart;
class QChartView;
class QWidget;

namespace cordee::charts {

// What every chart of the dashboard shares: palette, axes, hover; used by the chart builders only.

/// "38%": `part` of `whole`, rounded; "0%" when `whole` is 0.
QString percent(int part, int whole);
/// A palette that reads on light and dark backgrounds alike (mid lightness, distinct hues).
QColor seriesColor(int index);
/// An empty chart in the application's palette.
QChart *newChart();
void styleAxis(QAbstractAxis *axis);
QChartView *newView(QChart *chart, QWidget *parent);
/// A category axis with `categories` and a value axis from 0 to `maxValue`, attached to `series`.
void addAxes(QChart *chart, QAbstractSeries *series, const QStringList &categories, int maxValue,
             bool horizontal = false);
/// Shows "set: value" and `extra(index)` while a bar is hovered.
void connectBarHover(QAbstractBarSeries *series, QChartView *view, const std::function<QString(int)> &extra);

} // namespace cordee::charts
