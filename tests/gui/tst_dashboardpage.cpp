// The Dashboard in the main window on the demo forum: its cards and readings, a click on Africa's slice
// that opens the Participants page filtered to Africa, the workshop charts per slot, a chart's export.

#include "captureoutline.h"
#include "captureview.h"
#include "chartfactory.h"
#include "curateview.h"
#include "dashboarddata.h"
#include "dashboardpage.h"
#include "facetbar.h"
#include "forumdocument.h"
#include "mainwindow.h"
#include "proposalfigures.h"
#include "proposalfilter.h"
#include "proposalspage.h"
#include "workshopcard.h"
#include "workshopspage.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLegend>
#include <QListWidget>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace cordee;
using namespace Qt::StringLiterals;

class TstDashboardPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsCardsWithReadings();
    void clickingAfricaOpensTheFilteredList();
    void workshopChartsFollowTheSlot();
    void proposalChartsOpenTheirLists();
    void workshopBarsOpenTheWorkshop();
    void ageBandsOpenTheFilteredList();
    void followsADarkPalette();
    void exportsPngSvgAndPdf();

private:
    DashboardPage *openDashboard();

    std::unique_ptr<MainWindow> m_window;
};

void TstDashboardPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstDashboardPage::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openDemo());
}

void TstDashboardPage::cleanup()
{
    m_window.reset();
}

DashboardPage *TstDashboardPage::openDashboard()
{
    auto *sidebar = m_window->findChild<QListWidget *>();
    QListWidgetItem *item = nullptr;
    for (int row = 0; row < sidebar->count(); ++row)
        if (sidebar->item(row)->text() == u"Dashboard"_s)
            item = sidebar->item(row);
    if (!item)
        return nullptr;
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, sidebar->visualItemRect(item).center());
    auto *page = m_window->findChild<DashboardPage *>(u"dashboardPage"_s);
    return page && page->isVisible() ? page : nullptr;
}

void TstDashboardPage::showsCardsWithReadings()
{
    DashboardPage *page = openDashboard();
    QVERIFY(page);
    for (const QString &name :
         {u"continents"_s, u"countries"_s, u"categories"_s, u"genders"_s, u"ageBands"_s, u"workshopSizes"_s,
          u"workshopGender"_s, u"workshopDiversity"_s, u"workshopPreferences"_s}) {
        QVERIFY2(page->chart(name), qPrintable(name));
        auto *reading = page->findChild<QLabel *>(name + u"Reading"_s);
        QVERIFY(reading && !reading->text().isEmpty());
    }
    auto *continents = page->findChild<QLabel *>(u"continentsReading"_s);
    QVERIFY2(continents->text().contains(u"% of participants come from"_s), qPrintable(continents->text()));
}

void TstDashboardPage::clickingAfricaOpensTheFilteredList()
{
    DashboardPage *page = openDashboard();
    QVERIFY(page);
    QChartView *view = page->chart(u"continents"_s);
    QVERIFY(view);
    page->findChild<QWidget *>(u"continentsCard"_s)->show();
    auto *series = qobject_cast<QPieSeries *>(view->chart()->series().value(0));
    QVERIFY(series);
    QPieSlice *africa = nullptr;
    for (QPieSlice *slice : series->slices())
        if (slice->label().startsWith(u"Africa"_s))
            africa = slice;
    QVERIFY(africa);

    // Click the middle of Africa's ring segment (angles run clockwise from twelve o'clock).
    const QRectF plot = view->chart()->plotArea();
    const qreal outer = std::min(plot.width(), plot.height()) / 2 * series->pieSize();
    const qreal radius = outer * (1 + series->holeSize() / series->pieSize()) / 2;
    const qreal angle = qDegreesToRadians(africa->startAngle() + africa->angleSpan() / 2);
    const QPointF inChart = plot.center() + QPointF(radius * std::sin(angle), -radius * std::cos(angle));
    const QPoint inView = view->mapFromScene(view->chart()->mapToScene(inChart));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inView);

    auto *participants = m_window->findChild<QWidget *>(u"participantsPage"_s);
    QTRY_VERIFY(participants->isVisible());
    auto *facets = m_window->findChild<FacetBar *>();
    QCOMPARE(facets->facets().continents, QSet<Continent>{Continent::Africa});
    const Distribution byContinent = participantsByContinent(m_window->document()->participants());
    auto *table = m_window->findChild<QTableView *>(u"participantsTable"_s);
    int africans = 0;
    for (const ChartItem &item : byContinent.items)
        if (item.key == u"africa"_s)
            africans = item.count;
    QVERIFY(africans > 0);
    // The Participants table lists cancelled people too; the chart counts those present.
    QVERIFY(table->model()->rowCount() >= africans);
    QVERIFY(table->model()->rowCount() < byContinent.total);
}

void TstDashboardPage::workshopChartsFollowTheSlot()
{
    DashboardPage *page = openDashboard();
    QVERIFY(page);
    auto *slotBox = page->findChild<QComboBox *>(u"dashboardSlot"_s);
    QVERIFY(slotBox->count() >= 2);
    const QString first = page->findChild<QLabel *>(u"workshopSizesReading"_s)->text();
    QVERIFY(!first.isEmpty());
    QChartView *before = page->chart(u"workshopSizes"_s);
    slotBox->setCurrentIndex(1);
    QVERIFY(page->chart(u"workshopSizes"_s) != before);
    QVERIFY(page->chart(u"workshopSizes"_s)->chart()->series().size() == 3); // bars, minimum, maximum
}

void TstDashboardPage::proposalChartsOpenTheirLists()
{
    DashboardPage *page = openDashboard();
    QVERIFY(page);
    for (const QString &name : {u"proposalThemes"_s, u"workshopProposals"_s})
        QVERIFY2(page->chart(name), qPrintable(name));
    QVERIFY(page->findChild<QLabel *>(u"proposalThemesReading"_s)->text().contains(u"retained"_s));

    // A bar of the themes chart: that theme's retained proposals, in Curate.
    auto *themes =
        qobject_cast<QAbstractBarSeries *>(page->chart(u"proposalThemes"_s)->chart()->series().value(0));
    QVERIFY(themes);
    QBarSet *retained = nullptr;
    for (QBarSet *set : themes->barSets())
        if (set->label() == vocab::label(ProposalStatus::Retained))
            retained = set;
    QVERIFY(retained);
    const int lastBar = int(retained->count()) - 1; // the bars run bottom up: the last is the first theme
    Q_EMIT themes->clicked(lastBar, retained);
    auto *proposals = m_window->findChild<ProposalsPage *>(u"proposalsPage"_s);
    QTRY_VERIFY(proposals->isVisible());
    QCOMPARE(proposals->mode(), ProposalsPage::Curate);
    const QString firstTheme = m_window->document()->themes().first().key;
    QCOMPARE(proposals->curate()->filter()->facets().theme, std::optional<QString>(firstTheme));
    QCOMPARE(proposals->curate()->filter()->facets().statuses,
             QSet<ProposalStatus>{ProposalStatus::Retained});
    const int rows = proposals->curate()->table()->model()->rowCount();
    QCOMPARE(rows, int(retained->at(lastBar)));

    // A bar of the slot's submissions: that workshop, in Capture.
    page = openDashboard();
    auto *sent =
        qobject_cast<QAbstractBarSeries *>(page->chart(u"workshopProposals"_s)->chart()->series().value(0));
    QVERIFY(sent);
    Q_EMIT sent->clicked(2, sent->barSets().first());
    QTRY_VERIFY(proposals->isVisible());
    QCOMPARE(proposals->mode(), ProposalsPage::Capture);
    const ForumSnapshot snapshot = m_window->document()->snapshot();
    const QList<WorkshopSubmissions> items =
        submissionsBySlot(snapshot, m_window->document()->proposals(),
                          page->findChild<QComboBox *>(u"dashboardSlot"_s)->currentData().toString());
    QCOMPARE(proposals->capture()->outline()->workshop(), items.at(2).key);
}

void TstDashboardPage::workshopBarsOpenTheWorkshop()
{
    DashboardPage *page = openDashboard();
    QVERIFY(page);
    auto *slotBox = page->findChild<QComboBox *>(u"dashboardSlot"_s);
    slotBox->setCurrentIndex(1);
    const QString slot = slotBox->currentData().toString();
    auto *sizes =
        qobject_cast<QAbstractBarSeries *>(page->chart(u"workshopSizes"_s)->chart()->series().value(0));
    QVERIFY(sizes);
    Q_EMIT sizes->clicked(3, sizes->barSets().first());
    auto *workshops = m_window->findChild<WorkshopsPage *>(u"workshopsPage"_s);
    QTRY_VERIFY(workshops->isVisible());
    QCOMPARE(workshops->currentSlot(), slot);
    const SlotFigures figures = slotFigures(m_window->document()->snapshot(),
                                            buildFormationModel(m_window->document()->snapshot()), slot);
    const QString key = figures.workshops.at(3).key;
    const auto focusedCard = [&]() -> QString {
        for (WorkshopCard *card : workshops->cards())
            if (card->isAncestorOf(QApplication::focusWidget()))
                return card->workshopKey();
        return {};
    };
    QTRY_COMPARE(focusedCard(), key);
}

void TstDashboardPage::ageBandsOpenTheFilteredList()
{
    DashboardPage *page = openDashboard();
    QVERIFY(page);
    auto *ages = qobject_cast<QAbstractBarSeries *>(page->chart(u"ageBands"_s)->chart()->series().value(0));
    QVERIFY(ages);
    const Distribution d = participantsByAgeBand(m_window->document()->participants());
    Q_EMIT ages->clicked(0, ages->barSets().first());
    auto *facets = m_window->findChild<FacetBar *>();
    QTRY_VERIFY(m_window->findChild<QWidget *>(u"participantsPage"_s)->isVisible());
    QCOMPARE(facets->facets().ageBands, QSet<AgeBand>{*vocab::ageBandFromKey(d.items.first().key)});
    auto *table = m_window->findChild<QTableView *>(u"participantsTable"_s);
    QVERIFY(table->model()->rowCount() >= d.items.first().count);
    QVERIFY(table->model()->rowCount() < d.total);
}

void TstDashboardPage::followsADarkPalette()
{
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
    dark.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    dark.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Mid, QColor(0x4d, 0x4d, 0x4d));
    QApplication::setPalette(dark);
    DashboardPage *page = openDashboard();
    QVERIFY(page);
    QAction *refresh = page->findChild<QAction *>(u"refreshChartsAction"_s);
    refresh->trigger(); // charts built under the dark palette
    for (const QString &name : {u"continents"_s, u"countries"_s, u"workshopGender"_s, u"proposalThemes"_s}) {
        QChart *chart = page->chart(name)->chart();
        QCOMPARE(chart->backgroundBrush().color(), dark.color(QPalette::Base));
        QCOMPARE(chart->legend()->labelColor(), dark.color(QPalette::Text));
        for (QAbstractAxis *axis : chart->axes())
            QCOMPARE(axis->labelsBrush().color(), dark.color(QPalette::Text));
    }
    if (const QByteArray keep = qgetenv("CORDEE_KEEP_SCREENSHOTS"); !keep.isEmpty()) {
        QTest::qWait(300);
        m_window->grab().save(QString::fromLocal8Bit(keep) + u"/dashboard-dark.png"_s);
    }
    QApplication::setPalette(light);
}

void TstDashboardPage::exportsPngSvgAndPdf()
{
    DashboardPage *page = openDashboard();
    QVERIFY(page);
    QTemporaryDir dir;
    for (const QString &suffix : {u"png"_s, u"svg"_s, u"pdf"_s}) {
        const QString path = dir.filePath(u"continents."_s + suffix);
        QVERIFY(charts::exportChart(page->chart(u"continents"_s), path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(8);
        if (suffix == u"png")
            QVERIFY(head.startsWith("\x89PNG"));
        else if (suffix == u"pdf")
            QVERIFY(head.startsWith("%PDF"));
        else
            QVERIFY(QByteArray(head + file.readAll()).contains("<svg"));
    }
}

QTEST_MAIN(TstDashboardPage)
#include "tst_dashboardpage.moc"
