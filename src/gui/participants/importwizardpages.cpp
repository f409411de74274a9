#include "importwizardpages.h"

#include "icons.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cordee {

namespace {

constexpr int kSampleWidth = 220;

/// The first `count` non-empty values of a column, for recognising what it holds.
QStringList samples(const TextTable &table, int column, int count)
{
    QStringList values;
    for (const QStringList &row : table.rows) {
        if (const QString value = row.value(column).simplified(); !value.isEmpty())
            values << value;
        if (values.size() == count)
            break;
    }
    return values;
}

QLabel *sampleLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setText(label->fontMetrics().elidedText(text, Qt::ElideRight, kSampleWidth));
    if (label->text() != text)
        label->setToolTip(text);
    label->setMinimumWidth(80);
    return label;
}

QString sentenceCase(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

/// A label that warns: text and a framed background, so colour is not the only sign.
void setWarning(QLabel *label, bool warning)
{
    label->setStyleSheet(warning ? QStringLiteral("color: palette(highlighted-text); background: #b3261e;"
                                                  "padding: 4px; border-radius: 3px;")
                                 : QString());
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
// Columns

ImportColumnsPage::ImportColumnsPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("importColumnsPage"));
    setTitle(tr("Match the Columns"));
    setSubTitle(tr("Say which participant field each column feeds. Cordée has guessed from the column names; "
                   "a column set to “Do not import” is left out."));
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("mappingArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::StyledPanel);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("mappingHint"));
    m_hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_hint);
}

void ImportColumnsPage::initializePage()
{
    // Back and Next keep the choices made; a file read again is guessed again.
    if (m_builtFor != m_session.tableVersion)
        rebuild();
    updateHint();
}

bool ImportColumnsPage::isComplete() const
{
    return m_session.mapping.columnOf(ImportField::FirstName) >= 0 ||
           m_session.mapping.columnOf(ImportField::LastName) >= 0;
}

void ImportColumnsPage::rebuild()
{
    m_builtFor = m_session.tableVersion;
    m_combos.clear();
    m_rows = new QWidget;
    m_grid = new QGridLayout(m_rows);
    m_grid->setHorizontalSpacing(16);
    QFont bold = font();
    bold.setBold(true);
    const QStringList titles{tr("Column"), tr("Sample values"), QString(), tr("Imported as")};
    for (int c = 0; c < titles.size(); ++c) {
        auto *title = new QLabel(titles.at(c), m_rows);
        title->setFont(bold);
        m_grid->addWidget(title, 0, c);
    }
    const QStringList header = m_session.table ? m_session.table->header : QStringList();
    m_session.mapping = ColumnMapping::guess(header);
    for (int column = 0; column < header.size(); ++column) {
        const QString name = header.at(column).simplified();
        const QStringList values = samples(*m_session.table, column, 2);
        auto *label =
            new QLabel(name.isEmpty() ? tr("(column %1 has no name)").arg(column + 1) : name, m_rows);
        QComboBox *combo = makeCombo(column);
        label->setBuddy(combo); // a screen reader announces the column with its field
        m_grid->addWidget(label, column + 1, 0);
        m_grid->addWidget(sampleLabel(values.value(0), m_rows), column + 1, 1);
        m_grid->addWidget(sampleLabel(values.value(1), m_rows), column + 1, 2);
        m_grid->addWidget(combo, column + 1, 3);
    }
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(2, 1);
    m_grid->setRowStretch(int(header.size()) + 1, 1);
    m_scroll->setWidget(m_rows); // deletes the rows of the previous file
    syncCombos();
}

QComboBox *ImportColumnsPage::makeCombo(int column)
{
    auto *combo = new QComboBox(m_rows);
    combo->setObjectName(QStringLiteral("mappingCombo_%1").arg(column));
    combo->setAccessibleName(
        tr("Field for column “%1”").arg(m_session.table->header.value(column).simplified()));
    combo->addItem(tr("Do not import"), int(ImportField::Ignore));
    for (ImportField field : importfield::all())
        combo->addItem(importfield::label(field), int(field));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(combo, &QComboBox::currentIndexChanged, this, [this, column] { fieldChosen(column); });
    m_combos << combo;
    return combo;
}

void ImportColumnsPage::fieldChosen(int column)
{
    const auto field = ImportField(m_combos.at(column)->currentData().toInt());
    m_session.mapping.setField(column, field);
    // A field feeds from one column: the one that had it lets it go.
    if (field != ImportField::Ignore)
        for (int other = 0; other < m_combos.size(); ++other)
            if (other != column && m_session.mapping.field(other) == field)
                m_session.mapping.setField(other, ImportField::Ignore);
    syncCombos();
    updateHint();
    Q_EMIT completeChanged();
}

void ImportColumnsPage::syncCombos()
{
    for (int column = 0; column < m_combos.size(); ++column) {
        QComboBox *combo = m_combos.at(column);
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(qMax(0, combo->findData(int(m_session.mapping.field(column)))));
    }
}

void ImportColumnsPage::updateHint()
{
    if (!isComplete()) {
        m_hint->setText(
            tr("Every participant needs a name: choose “%1” or “%2” for at least one column.")
                .arg(importfield::label(ImportField::FirstName), importfield::label(ImportField::LastName)));
        setWarning(m_hint, true);
        return;
    }
    int used = 0;
    for (int column = 0; column < m_combos.size(); ++column)
        used += m_session.mapping.field(column) != ImportField::Ignore;
    m_hint->setText(tr("%1 of %n column(s) will be imported.", nullptr, int(m_combos.size())).arg(used));
    setWarning(m_hint, false);
}

// ---------------------------------------------------------------------------------------------------------
// Review

ImportReviewPage::ImportReviewPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("importReviewPage"));
    setTitle(tr("Review the Import"));
    setSubTitle(tr("What Import will do, and what it found in the file."));
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("reviewCountsLabel"));
    m_counts->setWordWrap(true);
    QFont big = font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_counts->setFont(big);
    m_nothing = new QLabel(this);
    m_nothing->setObjectName(QStringLiteral("nothingToImportLabel"));
    m_nothing->setWordWrap(true);
    m_nothing->setText(
        tr("Nothing would change: every row is either someone already in the forum with nothing "
           "new to add, or refused. Go Back to match other columns, or Cancel."));
    setWarning(m_nothing, true);

    m_problems = new QTableWidget(0, 3, this);
    m_problems->setObjectName(QStringLiteral("problemsTable"));
    m_problems->setAccessibleName(tr("Problems found in the file"));
    m_problems->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setAlternatingRowColors(true);
    m_problems->setWordWrap(false);
    m_problems->verticalHeader()->hide();
    m_problems->verticalHeader()->setDefaultSectionSize(m_problems->fontMetrics().height() + 8);
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_noProblems = new QLabel(tr("No problems found: every value can be imported as it is."), this);
    m_noProblems->setObjectName(QStringLiteral("noProblemsLabel"));

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("undoNoteLabel"));
    m_note->setWordWrap(true);
    m_note->setText(tr("Nothing has been written yet. Import adds everyone in one step, and Edit ▸ Undo "
                       "(Ctrl+Z) takes the whole import back."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addWidget(m_nothing);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_noProblems);
    layout->addStretch(0);
    layout->addWidget(m_note);
}

void ImportReviewPage::initializePage()
{
    if (!m_session.table)
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    m_session.plan = planParticipantImport(*m_session.table, m_session.mapping, m_session.existing,
                                           m_session.themes, m_session.timeSlots);
    QGuiApplication::restoreOverrideCursor();
    showCounts();
    fillProblems();
    Q_EMIT completeChanged();
}

bool ImportReviewPage::isComplete() const
{
    return !m_session.plan.toInsert.isEmpty() || !m_session.plan.toUpdate.isEmpty();
}

void ImportReviewPage::showCounts()
{
    const ImportPlan &plan = m_session.plan;
    const QStringList parts{
        tr("%n new participant(s)", nullptr, plan.imported),
        tr("%n existing participant(s) completed", nullptr, plan.updated),
        tr("%n duplicate(s)", nullptr, plan.duplicates),
        tr("%n row(s) refused", nullptr, plan.refused),
    };
    m_counts->setText(parts.join(QStringLiteral(" · ")));
    m_nothing->setVisible(!isComplete());
}

void ImportReviewPage::fillProblems()
{
    const QList<ImportProblem> &problems = m_session.plan.problems;
    m_problems->setSortingEnabled(false);
    m_problems->setRowCount(int(problems.size()));
    const QIcon refusedIcon = themedIcon(QStringLiteral("emblem-error"));
    const QIcon warningIcon = themedIcon(QStringLiteral("emblem-warning"));
    for (int r = 0; r < problems.size(); ++r) {
        const ImportProblem &problem = problems.at(r);
        const bool refused = problem.severity == ImportProblem::Severity::Refused;
        auto *row = new QTableWidgetItem;
        row->setData(Qt::DisplayRole, problem.row); // a number, so that row 10 sorts after row 9
        auto *text = new QTableWidgetItem(refused ? tr("Refused — %1").arg(problem.message)
                                                  : sentenceCase(problem.message));
        text->setIcon(refused ? refusedIcon : warningIcon);
        text->setToolTip(refused ? tr("This row will not be imported.")
                                 : tr("This value will be left empty; the rest of the row is imported."));
        text->setData(Qt::AccessibleDescriptionRole, refused ? tr("Refused") : tr("Warning"));
        m_problems->setItem(r, 0, row);
        m_problems->setItem(r, 1, new QTableWidgetItem(problem.column));
        m_problems->setItem(r, 2, text);
    }
    m_problems->setSortingEnabled(true);
    m_problems->sortByColumn(0, Qt::AscendingOrder);
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(1);
    m_problems->setColumnWidth(1, qMin(m_problems->columnWidth(1), 220));
    m_problems->setVisible(!problems.isEmpty());
    m_noProblems->setVisible(problems.isEmpty());
}

} // namespace cordee
