#include "dashboardpage.h"

#include "chartfactory.h"
#include "dashboarddata.h"
#include "forumdocument.h"
#include "icons.h"
#include "programmekeys.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cordee {

namespace {

constexpr int Columns = 2;

QWidget *newGridHost(QWidget *parent)
{
    auto *host = new QWidget(parent);
    auto *grid = new QGridLayout(host);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(12);
    return host;
}

void clearGrid(QWidget *host)
{
    auto *grid = static_cast<QGridLayout *>(host->layout());
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

QString facetName(Distribution::Facet facet)
{
    switch (facet) {
    case Distribution::Facet::Continent:
        return u"continent"_s;
    case Distribution::Facet::Country:
        return u"country"_s;
    case Distribution::Facet::Category:
        return u"category"_s;
    case Distribution::Facet::Gender:
        return u"gender"_s;
    case Distribution::Facet::AgeBand:
        return u"ageBand"_s;
    }
    return {};
}

} // namespace

DashboardPage::DashboardPage(QWidget *parent)
    : Page(parent)
{
    setObjectName(u"dashboardPage"_s);
    auto *layout = new QVBoxLayout(this);

    m_empty = new QLabel(tr("The dashboard shows who came, how balanced the workshops are and what they "
                            "propose. Open a forum, or register participants on the Participants page."),
                         this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    auto *content = new QWidget(this);
    auto *column = new QVBoxLayout(content);
    auto *participantsTitle = new QLabel(u"<h3>"_s + tr("Participants") + u"</h3>"_s, content);
    column->addWidget(participantsTitle);
    m_participantCards = newGridHost(content);
    column->addWidget(m_participantCards);
    auto *slotRow = new QHBoxLayout;
    slotRow->addWidget(new QLabel(u"<h3>"_s + tr("Workshops") + u"</h3>"_s, content));
    auto *slotLabel = new QLabel(tr("&Slot:"), content);
    m_slot = new QComboBox(content);
    m_slot->setObjectName(u"dashboardSlot"_s);
    m_slot->setAccessibleName(tr("Workshop slot"));
    slotLabel->setBuddy(m_slot);
    slotRow->addStretch();
    slotRow->addWidget(slotLabel);
    slotRow->addWidget(m_slot);
    column->addLayout(slotRow);
    m_workshopCards = newGridHost(content);
    column->addWidget(m_workshopCards);
    column->addWidget(new QLabel(u"<h3>"_s + tr("Proposals") + u"</h3>"_s, content));
    m_proposalCards = newGridHost(content);
    column->addWidget(m_proposalCards);
    column->addStretch();
    connect(m_slot, &QComboBox::currentIndexChanged, this, &DashboardPage::rebuildWorkshopCharts);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"dashboardScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(scroll);
    layout->addWidget(m_stack);

    m_refresh = new QAction(themedIcon(u"view-statistics"_s), tr("&Refresh Charts"), this);
    m_refresh->setObjectName(u"refreshChartsAction"_s);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Redraw every chart from the forum as it is now (F5)"));
    connect(m_refresh, &QAction::triggered, this, &DashboardPage::rebuild);
}

DashboardPage::~DashboardPage() = default;

QIcon DashboardPage::icon() const
{
    return themedIcon(u"view-statistics"_s);
}

QList<QAction *> DashboardPage::pageActions() const
{
    return {m_refresh};
}

void DashboardPage::setDocument(ForumDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &ForumDocument::participantsChanged, this, &DashboardPage::markDirty);
        connect(m_document, &ForumDocument::programmeChanged, this, &DashboardPage::markDirty);
        connect(m_document, &ForumDocument::placementsChanged, this, &DashboardPage::markDirty);
        connect(m_document, &ForumDocument::proposalsChanged, this, &DashboardPage::markDirty);
    }
    m_dirty = true;
    if (isVisible())
        rebuild();
}

QChartView *DashboardPage::chart(const QString &name) const
{
    for (const auto &[cardName, view] : m_charts)
        if (cardName == name)
            return view;
    return nullptr;
}

void DashboardPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_dirty)
        rebuild();
}

void DashboardPage::markDirty()
{
    // Charts are rebuilt when the page is shown, not on every edit made elsewhere.
    m_dirty = true;
    if (isVisible())
        rebuild();
}

void DashboardPage::rebuild()
{
    m_dirty = false;
    const bool empty = !m_document || m_document->stats().participants == 0;
    m_stack->setCurrentIndex(empty ? 0 : 1);
    m_charts.erase(std::remove_if(m_charts.begin(), m_charts.end(),
                                  [](const auto &c) { return !c.first.startsWith(u"workshop"); }),
                   m_charts.end());
    clearGrid(m_participantCards);
    clearGrid(m_proposalCards);
    if (empty) {
        clearGrid(m_workshopCards);
        m_charts.clear();
        return;
    }
    const QList<Participant> &people = m_document->participants();
    const QList<std::tuple<QString, QString, Distribution>> cards{
        {u"continents"_s, tr("Participants by continent"), participantsByContinent(people)},
        {u"countries"_s, tr("Top countries"), topCountries(people, 10)},
        {u"categories"_s, tr("Categories"), participantsByCategory(people)},
        {u"genders"_s, tr("Gender"), participantsByGender(people)},
        {u"ageBands"_s, tr("Age bands"), participantsByAgeBand(people)},
    };
    auto *grid = static_cast<QGridLayout *>(m_participantCards->layout());
    int index = 0;
    for (const auto &[name, title, distribution] : cards) {
        const QString facet = facetName(distribution.facet);
        charts::ClickHandler onClick;
        if (!facet.isEmpty())
            onClick = [this, facet](const QString &key) {
                if (!key.isEmpty())
                    openFacet(facet, key);
            };
        addCard(grid, index++, name, title, charts::reading(distribution),
                charts::distributionChart(distribution, onClick, m_participantCards));
    }

    const QString current = m_slot->currentData().toString();
    const QSignalBlocker blocker(m_slot);
    m_slot->clear();
    const ForumSnapshot snapshot = m_document->snapshot();
    for (const TimeSlot &slot : workshopSlots(snapshot))
        m_slot->addItem(timeSlotLabel(slot) + u" — "_s + slot.key, slot.key);
    m_slot->setCurrentIndex(std::max(0, m_slot->findData(current)));
    rebuildWorkshopCharts();
    rebuildProposalCharts();
}

void DashboardPage::rebuildProposalCharts()
{
    const QList<ThemeProposals> themes = proposalsByTheme(m_document->proposals(), m_document->themes());
    const charts::ClickHandler toProposals = [this](const QString &themeAndStatus) {
        Q_EMIT filterRequested(u"proposalsPage"_s, u"themeStatus"_s, themeAndStatus);
    };
    addCard(static_cast<QGridLayout *>(m_proposalCards->layout()), 0, u"proposalThemes"_s,
            tr("Proposals by theme and status"), charts::proposalsReading(themes),
            charts::proposalsByThemeChart(themes, toProposals, m_proposalCards));
}

void DashboardPage::rebuildWorkshopCharts()
{
    m_charts.erase(std::remove_if(m_charts.begin(), m_charts.end(),
                                  [](const auto &c) { return c.first.startsWith(u"workshop"); }),
                   m_charts.end());
    clearGrid(m_workshopCards);
    if (!m_document)
        return;
    auto *grid = static_cast<QGridLayout *>(m_workshopCards->layout());
    const QString slotKey = m_slot->currentData().toString();
    if (slotKey.isEmpty()) {
        auto *none = new QLabel(tr("No workshop slot yet: plan one on the Programme page."), m_workshopCards);
        grid->addWidget(none, 0, 0);
        return;
    }
    const ForumSnapshot snapshot = m_document->snapshot();
    const SlotFigures figures = slotFigures(snapshot, buildFormationModel(snapshot), slotKey);
    const charts::ClickHandler toWorkshops = [this](const QString &workshopKey) {
        Q_EMIT filterRequested(u"workshopsPage"_s, u"workshop"_s, workshopKey);
    };
    const charts::ClickHandler toCapture = [this](const QString &workshopKey) {
        Q_EMIT filterRequested(u"proposalsPage"_s, u"workshop"_s, workshopKey);
    };
    addCard(grid, 0, u"workshopSizes"_s, tr("Workshop sizes"), charts::sizesReading(figures),
            charts::workshopSizesChart(figures, toWorkshops, m_workshopCards));
    addCard(grid, 1, u"workshopGender"_s, tr("Gender balance"), charts::genderReading(figures),
            charts::genderBalanceChart(figures, toWorkshops, m_workshopCards));
    addCard(grid, 2, u"workshopDiversity"_s, tr("Countries and continents"),
            charts::diversityReading(figures), charts::diversityChart(figures, toWorkshops, m_workshopCards));
    addCard(grid, 3, u"workshopPreferences"_s, tr("Preferences met"), charts::preferenceReading(figures),
            charts::preferenceChart(figures, m_workshopCards));
    const QList<WorkshopSubmissions> sent = submissionsBySlot(snapshot, m_document->proposals(), slotKey);
    addCard(grid, 4, u"workshopProposals"_s, tr("Proposals sent"), charts::submissionsReading(sent),
            charts::submissionsChart(sent, toCapture, m_workshopCards));
}

void DashboardPage::addCard(QGridLayout *grid, int index, const QString &name, const QString &title,
                            const QString &reading, QChartView *view)
{
    auto *card = new QFrame(grid->parentWidget());
    card->setObjectName(name + u"Card"_s);
    card->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(card);
    auto *head = new QHBoxLayout;
    auto *titleLabel = new QLabel(u"<b>"_s + title.toHtmlEscaped() + u"</b>"_s, card);
    head->addWidget(titleLabel, 1);
    auto *exportButton = new QPushButton(themedIcon(u"document-export"_s), tr("Export…"), card);
    exportButton->setObjectName(name + u"Export"_s);
    exportButton->setAccessibleName(tr("Export the chart “%1”").arg(title));
    exportButton->setToolTip(tr("Save this chart as PNG, SVG or PDF"));
    connect(exportButton, &QPushButton::clicked, this, [this, name] { exportCard(name); });
    head->addWidget(exportButton);
    layout->addLayout(head);
    auto *readingLabel = new QLabel(reading, card);
    readingLabel->setObjectName(name + u"Reading"_s);
    readingLabel->setWordWrap(true);
    layout->addWidget(readingLabel);
    view->setParent(card);
    view->setObjectName(name + u"Chart"_s);
    view->setAccessibleName(title);
    view->setAccessibleDescription(reading);
    view->chart()->setTitle(QString());
    layout->addWidget(view, 1);
    grid->addWidget(card, index / Columns, index % Columns);
    m_charts.append({name, view});
}

void DashboardPage::exportCard(const QString &name)
{
    QChartView *view = chart(name);
    if (!view)
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Chart"), name + u".png"_s,
                                     tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (charts::exportChart(view, path))
        Q_EMIT statusMessage(tr("Chart exported to %1").arg(path));
    else
        QMessageBox::warning(
            this, tr("Export Chart"),
            tr("Could not write %1. Check that the folder exists and can be written to.").arg(path));
}

void DashboardPage::openFacet(const QString &facet, const QString &value)
{
    Q_EMIT filterRequested(u"participantsPage"_s, facet, value);
}

} // namespace cordee
