#include "chartsupport.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QLocale>
#include <QPainter>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cordee::charts {

QString percent(int part, int whole)
{
    // In the interface's language: "38%", "38 %" in French (a narrow no-break space before the sign).
    const QLocale locale;
    const QString number = locale.toString(whole > 0 ? qRound(100.0 * part / whole) : 0);
    if (locale.language() == QLocale::French)
        return QString(number + QChar(0x202F) + locale.percent());
    return QString(number + locale.percent());
}

QColor seriesColor(int index)
{
    static const QList<QColor> colors{QColor(0x3d, 0xae, 0xe9), QColor(0xf6, 0x74, 0x00),
                                      QColor(0x27, 0xae, 0x60), QColor(0xda, 0x44, 0x53),
                                      QColor(0x9b, 0x59, 0xb6), QColor(0xc9, 0xa2, 0x27),
                                      QColor(0x1a, 0xbc, 0x9c), QColor(0x7f, 0x8c, 0x8d)};
    return colors.at(index % colors.size());
}

QChart *newChart()
{
    auto *chart = new QChart;
    const QPalette palette = QApplication::palette();
    chart->setBackgroundBrush(palette.base());
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

void styleAxis(QAbstractAxis *axis)
{
    const QPalette palette = QApplication::palette();
    axis->setLabelsColor(palette.color(QPalette::Text));
    axis->setGridLineColor(palette.color(QPalette::Mid));
    axis->setLinePenColor(palette.color(QPalette::Mid));
}

QChartView *newView(QChart *chart, QWidget *parent)
{
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(360, 260);
    view->setBackgroundBrush(QApplication::palette().base());
    return view;
}

void addAxes(QChart *chart, QAbstractSeries *series, const QStringList &categories, int maxValue,
             bool horizontal)
{
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    // QtCharts elides every label of a crowded axis to "…": many short labels stand on their side instead.
    if (!horizontal && categories.size() > 12)
        x->setLabelsAngle(-90);
    auto *y = new QValueAxis;
    y->setRange(0, std::max(1, maxValue));
    y->setLabelFormat(QStringLiteral("%d"));
    y->applyNiceNumbers();
    chart->addAxis(x, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(y, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    styleAxis(x);
    styleAxis(y);
}

void connectBarHover(QAbstractBarSeries *series, QChartView *view, const std::function<QString(int)> &extra)
{
    QObject::connect(series, &QAbstractBarSeries::hovered, view, [extra](bool on, int index, QBarSet *set) {
        if (on)
            QToolTip::showText(QCursor::pos(),
                               set->label() + u": "_s + QString::number(int(set->at(index))) + extra(index));
        else
            QToolTip::hideText();
    });
}

} // namespace cordee::charts
