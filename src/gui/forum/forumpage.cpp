#include "forumpage.h"

#include "countrytable.h"
#include "forumdocument.h"
#include "icons.h"

#include <QAction>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace cordee {

ForumPage::ForumPage(QWidget *parent)
    : Page(parent)
{
    setObjectName(QStringLiteral("forumPage"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("forumHeading"));
    m_heading->setWordWrap(true);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_heading->setFont(big);
    m_subtitle = new QLabel(this);
    m_subtitle->setWordWrap(true);
    QFont italic = font();
    italic.setItalic(true);
    italic.setPointSizeF(italic.pointSizeF() * 1.15);
    m_subtitle->setFont(italic);
    m_when = new QLabel(this);
    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("forumFigures"));
    m_figures->setTextFormat(Qt::RichText);

    auto *journey = new QGroupBox(tr("The forum's journey"), this);
    m_steps = new QGridLayout(journey);
    m_steps->setColumnStretch(2, 1);
    m_setup = addStep(0, tr("1. Set up the forum"), tr("Forum Settings…"), QStringLiteral("setupStepButton"));
    m_register = addStep(1, tr("2. Register participants"), tr("Open Participants"),
                         QStringLiteral("registerStepButton"));
    m_programme =
        addStep(2, tr("3. Plan the programme"), tr("Open Programme"), QStringLiteral("programmeStepButton"));
    m_workshops =
        addStep(3, tr("4. Form workshops"), tr("Open Workshops"), QStringLiteral("workshopsStepButton"));
    m_capture =
        addStep(4, tr("5. Capture proposals"), tr("Open Proposals"), QStringLiteral("captureStepButton"));
    m_curate = addStep(5, tr("6. Curate the proposals"), tr("Curate"), QStringLiteral("curateStepButton"));
    m_declaration = addStep(6, tr("7. Write the declaration"), tr("Open Synthesis"),
                            QStringLiteral("declarationStepButton"));
    connect(m_capture.button, &QPushButton::clicked, this, [this] {
        Q_EMIT filterRequested(QStringLiteral("proposalsPage"), QStringLiteral("mode"),
                               QStringLiteral("capture"));
    });
    connect(m_curate.button, &QPushButton::clicked, this, [this] {
        Q_EMIT filterRequested(QStringLiteral("proposalsPage"), QStringLiteral("mode"),
                               QStringLiteral("curate"));
    });
    connect(m_declaration.button, &QPushButton::clicked, this,
            [this] { Q_EMIT showPageRequested(QStringLiteral("synthesisPage")); });
    connect(m_programme.button, &QPushButton::clicked, this,
            [this] { Q_EMIT showPageRequested(QStringLiteral("programmePage")); });
    connect(m_workshops.button, &QPushButton::clicked, this,
            [this] { Q_EMIT showPageRequested(QStringLiteral("workshopsPage")); });
    connect(m_setup.button, &QPushButton::clicked, this, [this] {
        if (m_settingsAction)
            m_settingsAction->trigger();
    });
    connect(m_register.button, &QPushButton::clicked, this,
            [this] { Q_EMIT showPageRequested(QStringLiteral("participantsPage")); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(10);
    layout->addWidget(m_heading);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_when);
    layout->addSpacing(8);
    layout->addWidget(m_figures);
    layout->addSpacing(8);
    layout->addWidget(journey);
    layout->addStretch();
    refresh();
}

void ForumPage::setSettingsAction(QAction *action)
{
    m_settingsAction = action;
    if (action)
        action->setToolTip(tr("Change the forum's title, theme, dates, place and organizer (Ctrl+,)"));
}

QIcon ForumPage::icon() const
{
    return themedIcon(QStringLiteral("go-home"));
}

ForumPage::Step ForumPage::addStep(int row, const QString &title, const QString &buttonText,
                                   const QString &objectName)
{
    Step step;
    step.state = new QLabel(this);
    step.state->setMinimumWidth(24);
    auto *name = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
    step.summary = new QLabel(this);
    step.summary->setWordWrap(true);
    step.button = new QPushButton(buttonText, this);
    step.button->setObjectName(objectName);
    m_steps->addWidget(step.state, row, 0);
    m_steps->addWidget(name, row, 1);
    m_steps->addWidget(step.summary, row, 2);
    m_steps->addWidget(step.button, row, 3);
    return step;
}

void ForumPage::setDocument(ForumDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &ForumDocument::infoChanged, this, &ForumPage::refresh);
        connect(document, &ForumDocument::participantsChanged, this, &ForumPage::refresh);
        connect(document, &ForumDocument::programmeChanged, this, &ForumPage::refresh);
        connect(document, &ForumDocument::placementsChanged, this, &ForumPage::refresh);
        connect(document, &ForumDocument::proposalsChanged, this, &ForumPage::refreshProposalSteps);
        connect(document, &ForumDocument::exportRecorded, this, &ForumPage::refreshDeclarationStep);
    }
    refresh();
}

void ForumPage::refresh()
{
    const bool open = m_document != nullptr;
    for (const Step &s : {m_setup, m_register, m_programme, m_workshops, m_capture, m_curate, m_declaration})
        s.button->setEnabled(open);
    if (!open) {
        m_heading->setText(tr("No forum open"));
        m_subtitle->setText(tr("Create a forum with File ▸ New Forum, open one, or explore the demo forum "
                               "(File ▸ Open Demo Forum)."));
        m_when->clear();
        m_figures->clear();
        for (const Step &s :
             {m_setup, m_register, m_programme, m_workshops, m_capture, m_curate, m_declaration}) {
            s.state->clear();
            s.summary->clear();
        }
        return;
    }
    const ForumInfo &info = m_document->info();
    const QLocale locale;
    m_heading->setText(info.edition > 0 ? tr("%1 — edition %2").arg(info.title).arg(info.edition)
                                        : info.title);
    m_subtitle->setText(info.theme);
    m_subtitle->setVisible(!info.theme.isEmpty());
    QStringList when;
    if (info.startDate.isValid())
        when << tr("%1 to %2")
                    .arg(locale.toString(info.startDate, QLocale::LongFormat),
                         locale.toString(info.endDate, QLocale::LongFormat));
    if (!info.city.isEmpty())
        when << (info.country.isEmpty()
                     ? info.city
                     : tr("%1, %2").arg(info.city, CountryTable::instance().displayName(info.country)));
    if (!info.organizer.isEmpty())
        when << tr("organised by %1").arg(info.organizer);
    m_when->setText(when.join(QStringLiteral(" · ")));

    const ForumStats stats = m_document->stats();
    const auto figure = [](int n, const QString &label) {
        return QStringLiteral(
                   "<td style='padding-right:32px'><span style='font-size:22pt; font-weight:600'>%1</span>"
                   "<br>%2</td>")
            .arg(n)
            .arg(label.toHtmlEscaped());
    };
    m_figures->setText(
        QStringLiteral("<table><tr>") + figure(stats.participants, tr("participants")) +
        figure(stats.countries(), tr("countries")) + figure(stats.continents(), tr("continents")) +
        figure(int(m_document->themes().size()), tr("themes")) +
        figure(int(m_document->rooms().size()), tr("rooms")) + QStringLiteral("</tr></table>"));

    const bool setUp = !info.title.isEmpty() && info.startDate.isValid() && !info.city.isEmpty();
    showStep(m_setup, setUp,
             setUp ? tr("Title, dates and place are set.") : tr("Give the forum its dates and place."));
    const bool registered = stats.participants > 0;
    showStep(m_register, registered,
             registered ? tr("%n participant(s) registered.", nullptr, stats.participants)
                        : tr("Add the people who come to the forum."));
    refreshPlanningSteps();
    refreshProposalSteps();
    refreshDeclarationStep();
}

void ForumPage::showStep(const Step &step, bool done, const QString &summary)
{
    step.state->setText(done ? tr("✔") : tr("●"));
    step.state->setToolTip(done ? tr("Done") : tr("To do"));
    step.summary->setText(summary);
}

void ForumPage::refreshPlanningSteps()
{
    int workshopSlots = 0;
    for (const TimeSlot &slot : m_document->timeSlots())
        workshopSlots += slot.kind == SlotKind::Workshops;
    const int slotCount = int(m_document->timeSlots().size());
    showStep(m_programme, workshopSlots > 0 && !m_document->rooms().isEmpty(),
             workshopSlots > 0 ? tr("Time slots: %1 (%2 for workshops) · rooms: %3")
                                     .arg(slotCount)
                                     .arg(workshopSlots)
                                     .arg(m_document->rooms().size())
                               : tr("Add days, time slots and rooms: workshops need slots of their own."));
    const int workshops = m_document->workshopCount();
    const int placed = int(m_document->assignments().size());
    showStep(m_workshops, workshops > 0 && placed > 0,
             workshops > 0 ? tr("Workshops: %1 · placements: %2").arg(workshops).arg(placed)
                           : tr("Place everyone in workshops of 10–15, mixing countries and organisations."));
}

void ForumPage::refreshProposalSteps()
{
    if (!m_document)
        return;
    int sent = 0, drafts = 0;
    for (const Proposal &p : m_document->proposals().proposals)
        (p.status == ProposalStatus::Draft ? drafts : sent) += 1;
    showStep(m_capture, sent > 0,
             sent + drafts > 0 ? tr("Proposals: %1 sent · %2 still drafts").arg(sent).arg(drafts)
                               : tr("Rapporteurs type what each workshop proposes."));
    const int retained = int(m_document->proposals().retainedInOrder().size());
    showStep(m_curate, retained > 0,
             retained > 0 ? tr("%n proposal(s) retained for the declaration, in order.", nullptr, retained)
                          : tr("Merge what says the same, then retain and order the proposals."));
}

void ForumPage::refreshDeclarationStep()
{
    if (!m_document)
        return;
    // Read from the file when an export is recorded, not at every word typed elsewhere.
    const auto exports = m_document->exportRecords(); // the latest first
    const int exported = exports ? int(exports->size()) : 0;
    const QString last = exported > 0 ? QLocale().toString(exports->constFirst().exportedAt.toLocalTime(),
                                                           QLocale::ShortFormat)
                                      : QString();
    showStep(m_declaration, exported > 0,
             exported > 0 ? tr("Exported %n time(s), last on %1.", nullptr, exported).arg(last)
                          : tr("Edit the free texts, preview, and export the declaration as PDF."));
}

} // namespace cordee
