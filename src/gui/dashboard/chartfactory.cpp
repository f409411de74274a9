#include "chartfactory.h"

#include "chartsupport.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QCursor>
#include <QFileInfo>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPainter>
#include <QPdfWriter>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QSvgGenerator>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cordee::charts {

namespace {

struct ChartText
{
    Q_DECLARE_TR_FUNCTIONS(ChartText)
};

QColor itemColor(const Distribution &d, const ChartItem &item, int index)
{
    if (item.key.isEmpty())
        return QColor(0x95, 0x9d, 0xa5); // "other"
    if (d.facet == Distribution::Facet::Continent)
        if (const auto c = vocab::continentFromKey(item.key))
            return continentColor(*c);
    return seriesColor(index);
}

QStringList workshopLabels(const SlotFigures &f)
{
    // Keys such as "D1-W1-T2-fr-1" would be elided under 25 bars: numbers, named on hover.
    QStringList out;
    for (qsizetype i = 0; i < f.workshops.size(); ++i)
        out.append(QString::number(i + 1));
    return out;
}

QChartView *pieChart(const Distribution &d, const ClickHandler &onClick, QWidget *parent)
{
    QChart *chart = newChart();
    auto *series = new QPieSeries(chart);
    series->setHoleSize(0.4);
    series->setPieSize(0.62);
    const int total = d.sum();
    const QColor text = QApplication::palette().color(QPalette::Text);
    for (qsizetype i = 0; i < d.items.size(); ++i) {
        const ChartItem &item = d.items.at(i);
        auto *slice = series->append(item.label + u' ' + percent(item.count, total), item.count);
        slice->setColor(itemColor(d, item, int(i)));
        slice->setBorderColor(QApplication::palette().color(QPalette::Base));
        slice->setLabelColor(text);
        slice->setLabelVisible(item.count * 20 >= total); // small slices are named in the legend
        const QString key = item.key;
        const QString tip =
            ChartText::tr("%1: %2 (%3)").arg(item.label).arg(item.count).arg(percent(item.count, total));
        QObject::connect(slice, &QPieSlice::hovered, series, [slice, tip](bool on) {
            slice->setExploded(on);
            if (on)
                QToolTip::showText(QCursor::pos(), tip);
            else
                QToolTip::hideText();
        });
        if (onClick)
            QObject::connect(slice, &QPieSlice::clicked, series, [onClick, key] { onClick(key); });
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignBottom); // the labels beside the ring need the width
    QChartView *view = newView(chart, parent);
    view->setMinimumHeight(300);
    return view;
}

} // namespace

QColor continentColor(Continent continent)
{
    switch (continent) {
    case Continent::Africa:
        return QColor(0xe6, 0x7e, 0x22);
    case Continent::Americas:
        return QColor(0xc0, 0x39, 0x2b);
    case Continent::Asia:
        return QColor(0xf1, 0xc4, 0x0f);
    case Continent::Europe:
        return QColor(0x29, 0x80, 0xb9);
    case Continent::Oceania:
        return QColor(0x16, 0xa0, 0x85);
    }
    return Qt::gray;
}

QChartView *distributionChart(const Distribution &d, const ClickHandler &onClick, QWidget *parent)
{
    if (d.facet == Distribution::Facet::Continent || d.facet == Distribution::Facet::Gender)
        return pieChart(d, onClick, parent);
    const bool horizontal =
        d.facet == Distribution::Facet::Country || d.facet == Distribution::Facet::Category;
    QChart *chart = newChart();
    QAbstractBarSeries *series = horizontal
                                     ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries(chart))
                                     : new QBarSeries(chart);
    auto *set = new QBarSet(ChartText::tr("Participants"), series);
    set->setColor(seriesColor(0));
    set->setBorderColor(seriesColor(0).darker(130));
    QStringList categories;
    int maxValue = 0;
    // Horizontal bars read top down: the first item goes last on the axis.
    QList<ChartItem> items = d.items;
    if (horizontal)
        std::reverse(items.begin(), items.end());
    for (const ChartItem &item : items) {
        set->append(item.count);
        // QtCharts elides every label when one is too long: keep them short, the hover names them in full.
        categories.append(item.label.size() > 18 ? item.label.left(16) + u'…' : item.label);
        maxValue = std::max(maxValue, item.count);
    }
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    set->setLabelColor(QApplication::palette().color(QPalette::Text));
    chart->addSeries(series);
    addAxes(chart, series, categories, maxValue + maxValue / 8 + 1, horizontal);
    chart->legend()->hide();
    QChartView *view = newView(chart, parent);
    if (horizontal) // QtCharts elides a bar's label when the bars are packed too tight for its line
        view->setMinimumHeight(std::max(260, 30 * int(items.size()) + 60));
    const int total = d.total;
    connectBarHover(series, view, [items, total](int i) {
        return QStringLiteral(" (%1)").arg(percent(items.at(i).count, total));
    });
    if (onClick)
        QObject::connect(series, &QAbstractBarSeries::clicked, view,
                         [onClick, items](int index, QBarSet *) { onClick(items.at(index).key); });
    return view;
}

QChartView *workshopSizesChart(const SlotFigures &f, const ClickHandler &onClick, QWidget *parent)
{
    QChart *chart = newChart();
    auto *series = new QBarSeries(chart);
    auto *set = new QBarSet(ChartText::tr("Members"), series);
    set->setColor(seriesColor(0));
    auto *minLine = new QLineSeries(chart);
    minLine->setName(ChartText::tr("Minimum"));
    auto *maxLine = new QLineSeries(chart);
    maxLine->setName(ChartText::tr("Maximum"));
    int maxValue = 0;
    for (qsizetype i = 0; i < f.workshops.size(); ++i) {
        const WorkshopFigures &w = f.workshops.at(i);
        set->append(w.size);
        minLine->append(qreal(i), w.minSize);
        maxLine->append(qreal(i), w.upperBound);
        maxValue = std::max({maxValue, w.size, w.upperBound});
    }
    series->append(set);
    chart->addSeries(series);
    addAxes(chart, series, workshopLabels(f), maxValue + 2);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QLineSeries *line : {minLine, maxLine}) {
        QPen pen(line == minLine ? seriesColor(3) : seriesColor(2), 2,
                 line == minLine ? Qt::DashLine : Qt::DotLine);
        line->setPen(pen);
        chart->addSeries(line);
        for (QAbstractAxis *axis : axes)
            line->attachAxis(axis);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChartView *view = newView(chart, parent);
    const QList<WorkshopFigures> workshops = f.workshops;
    connectBarHover(series, view, [workshops](int i) {
        const WorkshopFigures &w = workshops.at(i);
        return u" — "_s + w.key + u' ' + w.label + u' ' +
               ChartText::tr("(%1–%2)").arg(w.minSize).arg(w.upperBound);
    });
    if (onClick)
        QObject::connect(series, &QBarSeries::clicked, view,
                         [onClick, workshops](int index, QBarSet *) { onClick(workshops.at(index).key); });
    return view;
}

QChartView *genderBalanceChart(const SlotFigures &f, const ClickHandler &onClick, QWidget *parent)
{
    QChart *chart = newChart();
    auto *series = new QStackedBarSeries(chart);
    const QList<std::pair<QString, Qt::BrushStyle>> kinds{
        {vocab::label(Gender::Female), Qt::SolidPattern},
        {vocab::label(Gender::Male), Qt::BDiagPattern},
        {ChartText::tr("Other or not stated"), Qt::CrossPattern}};
    QList<QBarSet *> sets;
    for (qsizetype k = 0; k < kinds.size(); ++k) {
        auto *set = new QBarSet(kinds.at(k).first, series);
        QBrush brush(seriesColor(int(k) == 0 ? 4 : int(k) == 1 ? 6 : 7), kinds.at(k).second);
        set->setBrush(brush);
        set->setBorderColor(brush.color().darker(130));
        sets.append(set);
    }
    int maxValue = 0;
    for (const WorkshopFigures &w : f.workshops) {
        sets[0]->append(w.women);
        sets[1]->append(w.men);
        sets[2]->append(w.otherGender);
        maxValue = std::max(maxValue, w.size);
    }
    series->append(sets);
    chart->addSeries(series);
    addAxes(chart, series, workshopLabels(f), maxValue + 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChartView *view = newView(chart, parent);
    const QList<WorkshopFigures> workshops = f.workshops;
    connectBarHover(series, view, [workshops](int i) {
        return u" / "_s + QString::number(workshops.at(i).size) + u" — "_s + workshops.at(i).key + u' ' +
               workshops.at(i).label;
    });
    if (onClick)
        QObject::connect(series, &QStackedBarSeries::clicked, view,
                         [onClick, workshops](int index, QBarSet *) { onClick(workshops.at(index).key); });
    return view;
}

QChartView *diversityChart(const SlotFigures &f, const ClickHandler &onClick, QWidget *parent)
{
    QChart *chart = newChart();
    auto *series = new QBarSeries(chart);
    auto *countries = new QBarSet(ChartText::tr("Countries"), series);
    countries->setBrush(QBrush(seriesColor(0)));
    auto *continents = new QBarSet(ChartText::tr("Continents"), series);
    continents->setBrush(QBrush(seriesColor(1), Qt::Dense4Pattern));
    int maxValue = 0;
    for (const WorkshopFigures &w : f.workshops) {
        countries->append(w.countries);
        continents->append(w.continents);
        maxValue = std::max(maxValue, w.countries);
    }
    series->append(countries);
    series->append(continents);
    series->setLabelsVisible(true);
    countries->setLabelColor(QApplication::palette().color(QPalette::Text));
    continents->setLabelColor(QApplication::palette().color(QPalette::Text));
    chart->addSeries(series);
    addAxes(chart, series, workshopLabels(f), maxValue + 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChartView *view = newView(chart, parent);
    const QList<WorkshopFigures> workshops = f.workshops;
    connectBarHover(series, view, [workshops](int i) {
        return u" — "_s + workshops.at(i).key + u' ' + workshops.at(i).label;
    });
    if (onClick)
        QObject::connect(series, &QBarSeries::clicked, view,
                         [onClick, workshops](int index, QBarSet *) { onClick(workshops.at(index).key); });
    return view;
}

QChartView *preferenceChart(const SlotFigures &f, QWidget *parent)
{
    Distribution d;
    d.facet = Distribution::Facet::AgeBand; // a plain bar chart; its bars lead nowhere
    for (qsizetype r = 0; r < f.byRank.size(); ++r)
        d.items.append({QString::number(r + 1), ChartText::tr("Choice %1").arg(r + 1), f.byRank.at(r)});
    d.items.append({QStringLiteral("0"), ChartText::tr("Not ranked"), f.unranked});
    d.total = f.placed();
    return distributionChart(d, {}, parent);
}

QString reading(const Distribution &d)
{
    const ChartItem *top = d.largest();
    if (!top || d.total == 0)
        return ChartText::tr("No participants yet.");
    const QString share = percent(top->count, d.total);
    switch (d.facet) {
    case Distribution::Facet::Continent:
        return ChartText::tr("%1 of participants come from %2.").arg(share, top->label);
    case Distribution::Facet::Country:
        return ChartText::tr("%1 of participants come from %2, the most represented country.")
            .arg(share, top->label);
    case Distribution::Facet::Category:
    case Distribution::Facet::Gender:
    case Distribution::Facet::AgeBand:
        return ChartText::tr("%1 of participants: %2.").arg(share, top->label);
    }
    return {};
}

QString sizesReading(const SlotFigures &f)
{
    int outside = 0;
    for (const WorkshopFigures &w : f.workshops)
        if (w.size < w.minSize || w.size > w.upperBound)
            ++outside;
    if (f.workshops.isEmpty())
        return ChartText::tr("No workshops in this slot yet.");
    return outside == 0 ? ChartText::tr("Every workshop is within its size band (%1 workshops).")
                              .arg(f.workshops.size())
                        : ChartText::tr("Workshops outside their size band: %1 of %2.")
                              .arg(outside)
                              .arg(f.workshops.size());
}

QString genderReading(const SlotFigures &f)
{
    int women = 0, size = 0;
    for (const WorkshopFigures &w : f.workshops) {
        women += w.women;
        size += w.size;
    }
    return ChartText::tr("Women make up %1 of the slot's workshops.").arg(percent(women, size));
}

QString diversityReading(const SlotFigures &f)
{
    if (f.workshops.isEmpty())
        return ChartText::tr("No workshops in this slot yet.");
    int least = f.workshops.first().countries;
    for (const WorkshopFigures &w : f.workshops)
        least = std::min(least, w.countries);
    return ChartText::tr("Every workshop gathers people from at least %1 countries.").arg(least);
}

QString preferenceReading(const SlotFigures &f)
{
    return ChartText::tr("%1 of the members got their first choice.")
        .arg(percent(f.byRank.value(0), f.placed()));
}

bool exportChart(QChartView *view, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QSize size = view->size();
    if (suffix == u"svg") {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(view->chart()->title());
        QPainter painter;
        if (!painter.begin(&svg))
            return false;
        view->render(&painter);
        return painter.end();
    }
    if (suffix == u"pdf") {
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setResolution(150);
        QPainter painter;
        if (!painter.begin(&pdf))
            return false;
        const QRect page = painter.viewport();
        QSize fitted = size.scaled(page.size(), Qt::KeepAspectRatio);
        view->render(&painter, QRectF(QPointF(0, 0), fitted), view->viewport()->rect());
        return painter.end();
    }
    QImage image(size * 2, QImage::Format_ARGB32);
    image.setDevicePixelRatio(2);
    image.fill(view->palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    view->render(&painter);
    painter.end();
    return image.save(path, "PNG");
}

} // namespace cordee::charts
