#include "participantspage.h"

#include "facetbar.h"
#include "forumdocument.h"
#include "icons.h"
#include "importwizard.h"
#include "participantcommands.h"
#include "participantcsv.h"
#include "participantdetails.h"
#include "participantdialog.h"
#include "participantfilter.h"
#include "participanttablemodel.h"
#include "personaldatadialogs.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cordee {

ParticipantsPage::ParticipantsPage(QWidget *parent)
    : Page(parent)
    , m_model(new ParticipantTableModel(this))
    , m_filter(new ParticipantFilter(this))
{
    setObjectName(QStringLiteral("participantsPage"));
    m_filter->setSourceModel(m_model);
    createActions();

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search names, organisations, countries… (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search participants"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(themedIcon(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    connect(m_search, &QLineEdit::textChanged, m_filter, &ParticipantFilter::setSearchText);
    m_facets = new FacetBar(this);
    connect(m_facets, &FacetBar::facetsChanged, m_filter, &ParticipantFilter::setFacets);

    buildTable();

    m_shown = new QLabel(this);
    m_shown->setObjectName(QStringLiteral("shownLabel"));
    m_details = new ParticipantDetails(this);

    m_stack = new QStackedWidget(this);
    auto *tablePane = new QWidget(m_stack);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_search->setMinimumWidth(340);
    top->addWidget(m_search, 1);
    top->addWidget(m_facets);
    tableLayout->addLayout(top);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_shown);
    m_stack->addWidget(tablePane);
    m_stack->addWidget(buildEmptyState());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    setTabOrder(m_search, m_facets);
    setTabOrder(m_facets, m_table);

    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ParticipantsPage::updateState);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ParticipantsPage::updateState);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ParticipantsPage::updateState);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ParticipantsPage::updateState);
    updateState();
}

ParticipantsPage::~ParticipantsPage() = default;

void ParticipantsPage::buildTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("participantsTable"));
    m_table->setAccessibleName(tr("Participants"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ParticipantTableModel::LastName, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setColumnHidden(ParticipantTableModel::Email, true);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_table->addActions({m_edit, m_delete, separator, m_exportPersonal, m_erasePersonal});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_table, &QTableView::activated, this, &ParticipantsPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ParticipantsPage::updateState);
}

QIcon ParticipantsPage::icon() const
{
    return themedIcon(QStringLiteral("system-users"));
}

void ParticipantsPage::createActions()
{
    m_add = new QAction(themedIcon(QStringLiteral("list-add-user")), tr("&Add Participant…"), this);
    m_add->setIconText(tr("Add", "toolbar"));
    m_add->setObjectName(QStringLiteral("addParticipantAction"));
    m_add->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), QKeySequence(Qt::Key_Insert)});
    m_add->setToolTip(tr("Add a participant (Ctrl+Shift+A)"));
    connect(m_add, &QAction::triggered, this, &ParticipantsPage::addParticipant);

    m_edit = new QAction(themedIcon(QStringLiteral("document-edit")), tr("&Edit Participant…"), this);
    m_edit->setIconText(tr("Edit", "toolbar"));
    m_edit->setObjectName(QStringLiteral("editParticipantAction"));
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_edit->setToolTip(tr("Edit the selected participant (F2)"));
    connect(m_edit, &QAction::triggered, this, &ParticipantsPage::editSelected);

    m_delete = new QAction(themedIcon(QStringLiteral("edit-delete")), tr("&Delete Participants"), this);
    m_delete->setIconText(tr("Delete", "toolbar"));
    m_delete->setObjectName(QStringLiteral("deleteParticipantAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete->setToolTip(tr("Delete the selected participants (Del) — Undo brings them back"));
    connect(m_delete, &QAction::triggered, this, &ParticipantsPage::deleteSelected);

    m_find = new QAction(themedIcon(QStringLiteral("edit-find")), tr("&Find Participants"), this);
    m_find->setIconText(tr("Find", "toolbar"));
    m_find->setObjectName(QStringLiteral("findParticipantAction"));
    m_find->setShortcut(QKeySequence::Find);
    m_find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_find->setToolTip(tr("Search by name, organisation or country (Ctrl+F)"));
    connect(m_find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    QWidget::addActions({m_edit, m_delete, m_find});
    createFileActions();
}

void ParticipantsPage::createFileActions()
{
    m_import = new QAction(themedIcon(QStringLiteral("document-import")), tr("&Import…"), this);
    m_import->setObjectName(QStringLiteral("importParticipantsAction"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setToolTip(tr("Import participants from a spreadsheet (Ctrl+I) — Undo takes the import back"));
    connect(m_import, &QAction::triggered, this, &ParticipantsPage::importParticipants);

    m_export = new QAction(themedIcon(QStringLiteral("document-export")), tr("E&xport…"), this);
    m_export->setObjectName(QStringLiteral("exportParticipantsAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setToolTip(tr("Save every participant in a CSV file for spreadsheets (Ctrl+E)"));
    connect(m_export, &QAction::triggered, this, &ParticipantsPage::exportParticipants);

    m_exportPersonal = new QAction(tr("Export &Personal Data…"), this);
    m_exportPersonal->setObjectName(QStringLiteral("exportPersonalDataAction"));
    m_exportPersonal->setToolTip(tr("Save everything the forum holds about the selected person, to give them "
                                    "a copy"));
    connect(m_exportPersonal, &QAction::triggered, this, &ParticipantsPage::exportPersonalData);

    m_erasePersonal = new QAction(tr("Era&se Personal Data…"), this);
    m_erasePersonal->setObjectName(QStringLiteral("erasePersonalDataAction"));
    m_erasePersonal->setToolTip(
        tr("Erase the selected person's identity for good; the forum's figures stay"));
    connect(m_erasePersonal, &QAction::triggered, this, &ParticipantsPage::erasePersonalData);
}

QWidget *ParticipantsPage::buildEmptyState()
{
    auto *empty = new QWidget(this);
    empty->setObjectName(QStringLiteral("participantsEmptyState"));
    auto *title = new QLabel(tr("<h2>No participants yet</h2>"), empty);
    auto *hint =
        new QLabel(tr("This page lists everyone registered for the forum: find anyone in a keystroke, "
                      "filter by country, continent, category, gender or role."),
                   empty);
    hint->setWordWrap(true);
    auto *import = new QPushButton(m_import->icon(), tr("Import a spreadsheet…"), empty);
    import->setObjectName(QStringLiteral("emptyImportButton"));
    connect(import, &QPushButton::clicked, this, &ParticipantsPage::importParticipants);
    auto *add = new QPushButton(m_add->icon(), tr("Add a participant"), empty);
    add->setObjectName(QStringLiteral("emptyAddButton"));
    connect(add, &QPushButton::clicked, this, &ParticipantsPage::addParticipant);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(import);
    buttons->addWidget(add);
    buttons->addStretch();
    // A centred column of fixed width.
    auto *column = new QWidget(empty);
    column->setFixedWidth(480);
    auto *columnLayout = new QVBoxLayout(column);
    title->setAlignment(Qt::AlignCenter);
    hint->setAlignment(Qt::AlignCenter);
    columnLayout->addWidget(title);
    columnLayout->addWidget(hint);
    columnLayout->addLayout(buttons);
    // Layouts honour a wrapped label's height only when asked: reserve it for the column's width.
    hint->setMinimumHeight(
        hint->heightForWidth(column->width() - 2 * columnLayout->contentsMargins().left()));
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(column);
    row->addStretch();
    auto *layout = new QVBoxLayout(empty);
    layout->addStretch();
    layout->addLayout(row);
    layout->addStretch();
    return empty;
}

QList<QAction *> ParticipantsPage::pageActions() const
{
    return {m_add, m_edit, m_delete, m_find, m_import, m_export};
}

QList<QAction *> ParticipantsPage::menuOnlyActions() const
{
    return {m_exportPersonal, m_erasePersonal};
}

QWidget *ParticipantsPage::detailsWidget() const
{
    return m_details;
}

void ParticipantsPage::applyFilter(const QString &facet, const QString &value)
{
    ParticipantFacets facets;
    if (facet == u"country")
        facets.countries.insert(value);
    else if (facet == u"continent") {
        if (const auto c = vocab::continentFromKey(value))
            facets.continents.insert(*c);
    } else if (facet == u"category") {
        if (const auto c = vocab::categoryFromKey(value))
            facets.categories.insert(*c);
    } else if (facet == u"gender") {
        if (const auto g = vocab::genderFromKey(value))
            facets.genders.insert(*g);
    } else if (facet == u"ageBand") {
        if (const auto a = vocab::ageBandFromKey(value))
            facets.ageBands.insert(*a);
    } else if (facet == u"role") {
        if (const auto r = vocab::roleFromKey(value))
            facets.roles.insert(*r);
    }
    m_search->clear();
    m_facets->setFacets(facets); // announces them to the filter
}

void ParticipantsPage::setDocument(ForumDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    // An edit or an erasure changes what the selected person allows.
    if (m_document)
        connect(m_document, &ForumDocument::participantsChanged, this, &ParticipantsPage::updateState);
    m_model->setDocument(document);
    m_facets->setDocument(document);
    m_details->setDocument(document);
    m_search->clear();
    m_table->resizeColumnsToContents();
    // Long organisation names should not push the other columns out of sight.
    for (int c = 0; c < ParticipantTableModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 280));
    updateState();
}

void ParticipantsPage::updateState()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    const QList<qint64> selected = selectedIds();
    m_add->setEnabled(m_document);
    m_edit->setEnabled(selected.size() == 1);
    m_delete->setEnabled(!selected.isEmpty());
    m_find->setEnabled(total > 0);
    m_import->setEnabled(m_document);
    m_export->setEnabled(total > 0);
    const int index =
        m_document && selected.size() == 1 ? m_document->indexOfParticipant(selected.first()) : -1;
    m_exportPersonal->setEnabled(index >= 0);
    m_erasePersonal->setEnabled(index >= 0 && !m_document->participants().at(index).erased);
    m_stack->setCurrentIndex(m_document && total == 0 ? 1 : 0);
    m_shown->setText(shown == total ? tr("%n participant(s)", nullptr, total)
                                    : tr("Showing %1 of %n participant(s)", nullptr, total).arg(shown));
    m_details->showParticipant(selected.size() == 1 ? selected.constFirst() : 0);
}

QList<qint64> ParticipantsPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << index.data(ParticipantTableModel::IdRole).toLongLong();
    return ids;
}

void ParticipantsPage::selectId(qint64 id)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(ParticipantTableModel::IdRole).toLongLong() == id) {
            m_table->setCurrentIndex(index);
            m_table->selectRow(row);
            m_table->scrollTo(index);
            return;
        }
    }
}

void ParticipantsPage::addParticipant()
{
    if (!m_document)
        return;
    ParticipantDialog dialog(m_document->themes(), m_document->timeSlots(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = new AddParticipantCommand(m_document, dialog.participant());
    m_document->undoStack()->push(command);
    // The command may have become obsolete (not saved); then the stack already deleted it.
    if (m_document->undoStack()->command(m_document->undoStack()->index() - 1) == command)
        selectId(command->participantId());
}

void ParticipantsPage::editSelected()
{
    const QList<qint64> ids = selectedIds();
    if (!m_document || ids.size() != 1)
        return;
    const int index = m_document->indexOfParticipant(ids.constFirst());
    if (index < 0)
        return;
    const Participant before = m_document->participants().at(index);
    ParticipantDialog dialog(m_document->themes(), m_document->timeSlots(), this);
    dialog.setParticipant(before);
    if (dialog.exec() != QDialog::Accepted || dialog.participant() == before)
        return;
    m_document->undoStack()->push(new EditParticipantCommand(m_document, before, dialog.participant()));
}

void ParticipantsPage::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (!m_document || ids.isEmpty())
        return;
    QList<Participant> people;
    for (qint64 id : ids)
        if (const int index = m_document->indexOfParticipant(id); index >= 0)
            people << m_document->participants().at(index);
    // No confirmation: deleting is undoable (Edit ▸ Undo), and the status bar says so.
    m_document->undoStack()->push(new DeleteParticipantsCommand(m_document, people));
    Q_EMIT statusMessage(
        tr("Deleted %n participant(s) — Ctrl+Z brings them back", nullptr, int(people.size())));
}

void ParticipantsPage::importParticipants()
{
    if (!m_document)
        return;
    ImportWizard wizard(m_document->participants(), m_document->themes(), m_document->timeSlots(), this);
    if (wizard.exec() != QDialog::Accepted)
        return;
    const ImportPlan plan = wizard.plan();
    QUndoStack *stack = m_document->undoStack();
    auto *command =
        new ImportParticipantsCommand(m_document, plan.toInsert, plan.toUpdate, plan.updatedBefore);
    stack->push(command);
    // A failed import makes itself obsolete and is gone from the stack; the window has said why.
    if (stack->command(stack->index() - 1) != command)
        return;
    const int completed = int(plan.toUpdate.size());
    Q_EMIT statusMessage(plan.toInsert.isEmpty()
                             ? tr("Completed %n participant(s); Ctrl+Z undoes the import", nullptr, completed)
                             : tr("Imported %n participant(s), completed %1; Ctrl+Z undoes the import",
                                  nullptr, int(plan.toInsert.size()))
                                   .arg(completed));
}

void ParticipantsPage::exportParticipants()
{
    if (!m_document)
        return;
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("export/directory"), QDir::homePath()).toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Participants"), QDir(dir).filePath(tr("participants.csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/directory"), QFileInfo(path).absolutePath());
    exportTo(path);
}

bool ParticipantsPage::exportTo(const QString &path)
{
    if (!m_document)
        return false;
    const QList<Participant> &people = m_document->participants();
    if (!PersonalDataDialogs::writeFile(this, path, participantsToCsv(people)))
        return false;
    Q_EMIT statusMessage(tr("Exported %n participant(s) to %1", nullptr, int(people.size()))
                             .arg(QDir::toNativeSeparators(path)));
    return true;
}

void ParticipantsPage::exportPersonalData()
{
    const QList<qint64> ids = selectedIds();
    if (!m_document || ids.size() != 1)
        return;
    const QString path = PersonalDataDialogs::exportData(this, *m_document, ids.constFirst());
    if (!path.isEmpty())
        Q_EMIT statusMessage(tr("Personal data saved in %1").arg(QDir::toNativeSeparators(path)));
}

void ParticipantsPage::erasePersonalData()
{
    const QList<qint64> ids = selectedIds();
    if (!m_document || ids.size() != 1)
        return;
    if (PersonalDataDialogs::erase(this, *m_document, ids.constFirst()))
        Q_EMIT statusMessage(tr("Personal data erased; the forum's figures are unchanged"));
}

} // namespace cordee
