// The dashboard's proposal charts: per theme and status, and what each workshop of a slot has sent.
#include "chartfactory.h"
#include "chartsupport.h"

#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
#include <QStackedBarSeries>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cordee::charts {

namespace {

struct ProposalChartText
{
    Q_DECLARE_TR_FUNCTIONS(ProposalChartText)
};

/// Each status its colour and its hatching, so that no status is told by colour alone.
QBrush statusBrush(ProposalStatus status)
{
    switch (status) {
    case ProposalStatus::Draft:
        return QBrush(QColor(0x95, 0x9d, 0xa5), Qt::Dense4Pattern);
    case ProposalStatus::Submitted:
        return QBrush(seriesColor(0));
    case ProposalStatus::Retained:
        return QBrush(seriesColor(2));
    case ProposalStatus::Rejected:
        return QBrush(seriesColor(3), Qt::BDiagPattern);
    case ProposalStatus::Merged:
        return QBrush(seriesColor(4), Qt::CrossPattern);
    }
    return {};
}

QString shortLabel(const QString &label)
{
    // QtCharts elides every label when one is too long: keep them short, the hover names them in full.
    return label.size() > 22 ? label.left(20) + u'…' : label;
}

} // namespace

QChartView *proposalsByThemeChart(const QList<ThemeProposals> &themes, const ClickHandler &onClick,
                                  QWidget *parent)
{
    QChart *chart = newChart();
    auto *series = new QHorizontalStackedBarSeries(chart);
    // Horizontal bars read top down: the first theme goes last on the axis.
    QList<ThemeProposals> items = themes;
    std::reverse(items.begin(), items.end());
    QStringList categories;
    int maxValue = 0;
    for (const ThemeProposals &t : std::as_const(items)) {
        categories << shortLabel(t.label);
        maxValue = std::max(maxValue, t.total());
    }
    const QList<ProposalStatus> statuses = vocab::proposalStatuses();
    for (ProposalStatus status : statuses) {
        auto *set = new QBarSet(vocab::label(status), series);
        const QBrush brush = statusBrush(status);
        set->setBrush(brush);
        set->setBorderColor(brush.color().darker(130));
        for (const ThemeProposals &t : std::as_const(items))
            set->append(t.count(status));
        series->append(set);
    }
    chart->addSeries(series);
    addAxes(chart, series, categories, maxValue + 1, true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChartView *view = newView(chart, parent);
    view->setMinimumHeight(std::max(260, 34 * int(items.size()) + 90));
    connectBarHover(series, view, [items](int i) {
        return ProposalChartText::tr(" of %1 — %2").arg(items.at(i).total()).arg(items.at(i).label);
    });
    if (onClick)
        QObject::connect(series, &QAbstractBarSeries::clicked, view,
                         [onClick, items, statuses, series](int index, QBarSet *set) {
                             const qsizetype s = series->barSets().indexOf(set);
                             onClick(items.at(index).key + u'|' + vocab::key(statuses.value(s)));
                         });
    return view;
}

QChartView *submissionsChart(const QList<WorkshopSubmissions> &workshops, const ClickHandler &onClick,
                             QWidget *parent)
{
    QChart *chart = newChart();
    auto *series = new QStackedBarSeries(chart);
    auto *sent = new QBarSet(ProposalChartText::tr("Sent"), series);
    sent->setBrush(statusBrush(ProposalStatus::Submitted));
    auto *drafts = new QBarSet(ProposalChartText::tr("Drafts"), series);
    drafts->setBrush(statusBrush(ProposalStatus::Draft));
    drafts->setBorderColor(statusBrush(ProposalStatus::Draft).color().darker(130));
    QStringList categories;
    int maxValue = 0;
    for (qsizetype i = 0; i < workshops.size(); ++i) {
        const WorkshopSubmissions &w = workshops.at(i);
        sent->append(w.sent);
        drafts->append(w.drafts);
        // Keys would be elided under 25 bars: numbers, named on hover; "!" marks a room that sent nothing.
        categories << (w.sent == 0 ? QString::number(i + 1) + u'!' : QString::number(i + 1));
        maxValue = std::max(maxValue, w.sent + w.drafts);
    }
    series->append(sent);
    series->append(drafts);
    chart->addSeries(series);
    addAxes(chart, series, categories, maxValue + 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChartView *view = newView(chart, parent);
    connectBarHover(series, view, [workshops](int i) {
        const WorkshopSubmissions &w = workshops.at(i);
        QString text = u" — "_s + w.key + u' ' + w.label;
        if (!w.rapporteur.isEmpty())
            text += u" · "_s + ProposalChartText::tr("rapporteur: %1").arg(w.rapporteur);
        return text;
    });
    if (onClick)
        QObject::connect(series, &QAbstractBarSeries::clicked, view,
                         [onClick, workshops](int index, QBarSet *) { onClick(workshops.at(index).key); });
    return view;
}

QString proposalsReading(const QList<ThemeProposals> &themes)
{
    int total = 0, retained = 0, open = 0;
    for (const ThemeProposals &t : themes) {
        total += t.total();
        retained += t.count(ProposalStatus::Retained);
        open += t.count(ProposalStatus::Draft) + t.count(ProposalStatus::Submitted);
    }
    if (total == 0)
        return ProposalChartText::tr("No proposals yet: rapporteurs capture them on the Proposals page.");
    return ProposalChartText::tr("%n proposal(s) retained for the declaration; %1 still to decide, of %2.",
                                 nullptr, retained)
        .arg(open)
        .arg(total);
}

QString submissionsReading(const QList<WorkshopSubmissions> &workshops)
{
    QStringList silent;
    for (const WorkshopSubmissions &w : workshops)
        if (w.sent == 0)
            silent << (w.rapporteur.isEmpty() ? w.key
                                              : ProposalChartText::tr("%1 (%2)").arg(w.key, w.rapporteur));
    if (workshops.isEmpty())
        return ProposalChartText::tr("No workshops in this slot yet.");
    if (silent.isEmpty())
        return ProposalChartText::tr("Every workshop of the slot has sent proposals.");
    const qsizetype count = silent.size();
    const QString names = count > 4 ? silent.mid(0, 4).join(ProposalChartText::tr(", ")) + u'…'
                                    : QLocale().createSeparatedList(silent);
    return ProposalChartText::tr("Nothing sent yet from %n workshop(s): %1.", nullptr, int(count)).arg(names);
}

} // namespace cordee::charts
