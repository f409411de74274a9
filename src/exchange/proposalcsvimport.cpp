// planProposalImport(): reading a proposals table row by row, then checking what the rows name.
#include "proposalcsv.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <optional>

namespace cordee {

namespace {

// The translation context of this file's messages (lupdate reads Import::tr the same way).
struct Import
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

enum Column {
    Key,
    WorkshopColumn,
    Text,
    Status,
    Order,
    Parent,
    ThemeColumn,
    TagsColumn,
    Support,
    MergedInto,
    Sources,
    ColumnCount
};

/// One row of the file as it is being planned.
struct Row
{
    int number = 0; ///< spreadsheet row
    bool isNew = false;
    bool refused = false;
    Proposal proposal;
    QStringList sources; ///< the `sources` cell's items, checked once every key is known
};

class Planner
{
public:
    Planner(const TextTable &table, const ProposalSet &existing, const QList<Workshop> &workshops,
            const QList<Theme> &themes)
        : m_table(table)
        , m_existing(existing)
        , m_workshops(workshops)
        , m_themes(themes)
    {}

    ProposalImportPlan run();

private:
    bool mapColumns();
    void readRow(qsizetype index);
    void readCell(Row &row, Column column, const QString &cell);
    std::optional<QString> workshopKey(const QString &cell) const;
    std::optional<QString> themeKey(const QString &cell) const;
    void assignNewKeys();
    void checkReferences(ProposalSet &after);
    void checkSources(Row &row, const ProposalSet &after);
    void finish(ProposalSet after);
    void problem(Row &row, Column column, const QString &message);

    bool has(Column c) const { return m_columns[c] >= 0; }
    QString header(Column c) const { return has(c) ? m_table.header.at(m_columns[c]) : QString(); }

    const TextTable &m_table;
    const ProposalSet &m_existing;
    const QList<Workshop> &m_workshops;
    const QList<Theme> &m_themes;
    std::array<int, ColumnCount> m_columns{};
    QList<Row> m_rows;
    QHash<QString, int> m_rowOfKey;                  ///< key → row number, for keys given in the file
    QList<std::pair<int, ImportProblem>> m_problems; ///< (column index, problem), sorted at the end
    ProposalImportPlan m_plan;
};

const std::array<const char *, ColumnCount> kNames{"key",     "workshop",    "text",   "status",
                                                   "order",   "parent",      "theme",  "tags",
                                                   "support", "merged_into", "sources"};

/// Spreadsheets export "'=…" for a cell that starts like a formula; the export writes them so: read back.
QString undefused(const QString &cell)
{
    if (cell.size() >= 2 && cell.front() == u'\'' && QStringView(u"=+-@\t\r").contains(cell.at(1)))
        return cell.mid(1);
    return cell;
}

/// A whole number from `min + shift`, less `shift` (order 1 is position 0), or −1 for an empty cell; nothing
/// when the cell holds anything else.
std::optional<int> wholeNumber(const QString &value, int min, int shift = 0)
{
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int n = value.toInt(&ok);
    return ok && n >= min + shift ? std::optional<int>(n - shift) : std::nullopt;
}

bool Planner::mapColumns()
{
    m_columns.fill(-1);
    for (int i = 0; i < m_table.header.size(); ++i) {
        const QString name = foldForSearch(m_table.header.at(i).trimmed()).replace(u' ', u'_');
        const auto it = std::find_if(kNames.cbegin(), kNames.cend(),
                                     [&](const char *n) { return name == QLatin1String(n); });
        const int column =
            it == kNames.cend() ? (name == u"position" ? int(Order) : -1) : int(it - kNames.cbegin());
        if (column < 0 || m_columns[column] >= 0) {
            m_problems.emplaceBack(i, ImportProblem{1, m_table.header.at(i),
                                                    column < 0
                                                        ? Import::tr("This column is not read: the columns "
                                                                     "are %1.")
                                                              .arg(proposalCsvColumns().join(u", "))
                                                        : Import::tr("This column comes twice; the first "
                                                                     "one is read."),
                                                    ImportProblem::Severity::Warning});
            continue;
        }
        m_columns[column] = i;
    }
    if (!has(Key)) {
        m_plan.unusable = Import::tr("No column is called \"key\": the proposals' keys are needed (an empty "
                                     "cell makes a new proposal).");
        return false;
    }
    return true;
}

void Planner::problem(Row &row, Column column, const QString &message)
{
    row.refused = true;
    m_problems.emplaceBack(m_columns[column], ImportProblem{row.number, header(column), message,
                                                            ImportProblem::Severity::Refused});
}

std::optional<QString> Planner::workshopKey(const QString &cell) const
{
    if (cell.isEmpty())
        return QString();
    for (const Workshop &w : m_workshops)
        if (w.key == cell)
            return w.key;
    for (const Workshop &w : m_workshops)
        if (w.key.compare(cell, Qt::CaseInsensitive) == 0)
            return w.key;
    return std::nullopt;
}

std::optional<QString> Planner::themeKey(const QString &cell) const
{
    if (cell.isEmpty())
        return QString();
    const QString folded = foldForSearch(cell);
    for (const Theme &t : m_themes)
        if (t.key == cell)
            return t.key;
    for (const Theme &t : m_themes)
        if (foldForSearch(t.key) == folded || foldForSearch(t.title.simplified()) == folded)
            return t.key;
    return std::nullopt;
}

void Planner::readRow(qsizetype index)
{
    const QStringList &cells = m_table.rows.at(index);
    if (std::all_of(cells.cbegin(), cells.cend(), [](const QString &c) { return c.trimmed().isEmpty(); }))
        return;
    Row row;
    row.number = m_table.rowNumbers.value(index, int(index) + 2);
    const QString key = cells.value(m_columns[Key]).trimmed();
    if (!key.isEmpty() && !isValidProposalKey(key)) {
        problem(row, Key,
                Import::tr("\"%1\" cannot be a key: use letters, digits and dashes, without spaces, "
                           "commas or semicolons.")
                    .arg(key));
    } else if (m_rowOfKey.contains(key)) {
        problem(row, Key,
                Import::tr("The key %1 is on row %2 already; give each proposal its own key.")
                    .arg(key)
                    .arg(m_rowOfKey.value(key)));
    } else if (!key.isEmpty()) {
        m_rowOfKey.insert(key, row.number);
    }
    const Proposal *old = key.isEmpty() ? nullptr : m_existing.find(key);
    row.isNew = !old;
    if (old)
        row.proposal = *old;
    row.proposal.key = key;
    for (int c = WorkshopColumn; c < ColumnCount; ++c)
        if (has(Column(c)))
            readCell(row, Column(c), undefused(cells.value(m_columns[c])));
    if (row.isNew && !has(Text))
        problem(row, Key,
                Import::tr("%1 is not in the forum: a new proposal needs a text column.")
                    .arg(key.isEmpty() ? Import::tr("This proposal") : key));
    m_rows << row;
}

void Planner::readCell(Row &row, Column column, const QString &cell)
{
    Proposal &p = row.proposal;
    const QString value = cell.trimmed();
    // Sets `field` from what was understood, or refuses the row with `message`.
    auto take = [&](const auto &understood, auto &field, const QString &message) {
        if (understood)
            field = *understood;
        else
            problem(row, column, message.arg(value));
    };
    switch (column) {
    case WorkshopColumn:
        take(
            workshopKey(value), p.workshop,
            Import::tr("No workshop is called \"%1\": give a workshop's key, or leave the cell empty for the "
                       "plenary."));
        break;
    case Text:
        p.text = value;
        if (value.isEmpty())
            problem(row, column, Import::tr("The text is empty: a proposal needs one."));
        break;
    case Status:
        take(value.isEmpty() ? ProposalStatus::Draft : vocab::proposalStatusFromKey(value.toLower()),
             p.status,
             Import::tr("\"%1\" is not a status: use draft, submitted, retained, rejected or merged."));
        break;
    case Order:
        take(wholeNumber(value, 0, 1), p.position,
             Import::tr("\"%1\" is not an order: give a whole number from 1, or leave the cell empty."));
        break;
    case ThemeColumn:
        take(themeKey(value), p.theme, Import::tr("No theme is called \"%1\": give a theme's key or title."));
        break;
    case TagsColumn: {
        const Tags tags = parseTags(value);
        for (const QString &error : tags.errors)
            problem(row, column, error);
        p.sdgs = tags.sdgs;
        p.actors = tags.actors;
        break;
    }
    case Support:
        take(wholeNumber(value, 0), p.support,
             Import::tr("\"%1\" is not a support: give how many people supported the proposal, or leave the "
                        "cell empty."));
        break;
    case Parent:
    case MergedInto: // checked once every key is known
        (column == Parent ? p.parent : p.mergedInto) = value;
        break;
    case Sources:
        row.sources = value.split(u';', Qt::SkipEmptyParts);
        break;
    default:
        break;
    }
}

void Planner::assignNewKeys()
{
    int fresh = 0;
    for (const Row &row : std::as_const(m_rows))
        fresh += row.proposal.key.isEmpty();
    QSet<QString> taken(m_rowOfKey.keyBegin(), m_rowOfKey.keyEnd());
    const QStringList keys = nextProposalKeys(m_existing, fresh, taken);
    qsizetype next = 0;
    for (Row &row : m_rows)
        if (row.proposal.key.isEmpty())
            row.proposal.key = keys.at(next++);
}

void Planner::checkReferences(ProposalSet &after)
{
    for (Row &row : m_rows) {
        const Proposal &p = row.proposal;
        if (p.parent == p.key)
            problem(row, Parent, Import::tr("%1 cannot be a sub-point of itself.").arg(p.key));
        else if (!p.parent.isEmpty() && !after.contains(p.parent))
            problem(row, Parent,
                    Import::tr("No proposal has the key %1, in this file or in the forum.").arg(p.parent));
        else if (!p.parent.isEmpty()) {
            QStringList chain{p.key};
            for (QString k = p.parent; !k.isEmpty() && chain.size() <= after.proposals.size();
                 k = after.find(k) ? after.find(k)->parent : QString()) {
                chain << k;
                if (k == p.key) {
                    problem(row, Parent,
                            Import::tr("%1 would be a sub-point of itself: %2.")
                                .arg(p.key, chain.join(QStringLiteral(" → "))));
                    break;
                }
            }
        }
        if (p.mergedInto == p.key)
            problem(row, MergedInto, Import::tr("%1 cannot be merged into itself.").arg(p.key));
        else if (!p.mergedInto.isEmpty() && !after.contains(p.mergedInto))
            problem(
                row, MergedInto,
                Import::tr("No proposal has the key %1, in this file or in the forum.").arg(p.mergedInto));
        else if (!p.mergedInto.isEmpty() && p.status != ProposalStatus::Merged)
            problem(row, MergedInto,
                    Import::tr("%1 is merged into %2, so its status must be merged, not %3.")
                        .arg(p.key, p.mergedInto, vocab::key(p.status)));
        if (has(Sources))
            checkSources(row, after);
    }
}

void Planner::checkSources(Row &row, const ProposalSet &after)
{
    const QString &target = row.proposal.key;
    for (const QString &raw : std::as_const(row.sources)) {
        const QString item = raw.trimmed();
        const qsizetype colon = item.indexOf(u':');
        const QString source = (colon < 0 ? item : item.mid(colon + 1)).trimmed();
        const auto kind = colon < 0 ? std::optional<LineageKind>() : lineagekind::fromKey(item.left(colon));
        if (colon >= 0 && !kind)
            problem(row, Sources, Import::tr("\"%1\" is neither \"merge:KEY\" nor \"split:KEY\".").arg(item));
        else if (source == target)
            problem(row, Sources, Import::tr("%1 cannot come from itself.").arg(target));
        else if (!after.contains(source))
            problem(row, Sources,
                    Import::tr("No proposal has the key %1, in this file or in the forum.").arg(source));
    }
}

void Planner::finish(ProposalSet after)
{
    for (Row &row : m_rows) {
        if (row.refused)
            ++m_plan.refused;
        else if (row.isNew)
            ++m_plan.created;
        else if (*m_existing.find(row.proposal.key) == row.proposal)
            ++m_plan.unchanged;
        else
            ++m_plan.updated;
    }
    std::stable_sort(m_problems.begin(), m_problems.end(), [](const auto &a, const auto &b) {
        return a.second.row != b.second.row ? a.second.row < b.second.row : a.first < b.first;
    });
    for (const auto &entry : std::as_const(m_problems))
        m_plan.problems << entry.second;
    if (!m_plan.canWrite())
        return;
    if (has(Sources)) {
        for (const Row &row : std::as_const(m_rows)) {
            const QString &target = row.proposal.key;
            after.lineage.removeIf([&](const LineageEdge &e) { return e.target == target; });
            for (const QString &raw : row.sources) {
                const QString item = raw.trimmed();
                const qsizetype colon = item.indexOf(u':');
                const QString source = (colon < 0 ? item : item.mid(colon + 1)).trimmed();
                // Without a kind: merged when the source says it was merged into this one, split otherwise.
                const Proposal *from = after.find(source);
                const LineageKind kind =
                    colon >= 0
                        ? *lineagekind::fromKey(item.left(colon))
                        : (from && from->mergedInto == target ? LineageKind::Merge : LineageKind::Split);
                const LineageEdge edge{source, target, kind, {}};
                if (!after.lineage.contains(edge))
                    after.lineage << edge;
            }
        }
    }
    m_plan.edit = diffProposals(m_existing, after);
}

ProposalImportPlan Planner::run()
{
    if (!mapColumns())
        return m_plan;
    for (const ImportProblem &p : m_table.problems)
        m_problems.emplaceBack(int(m_table.header.indexOf(p.column)), p);
    for (qsizetype i = 0; i < m_table.rows.size(); ++i)
        readRow(i);
    assignNewKeys();
    ProposalSet after = m_existing;
    for (const Row &row : std::as_const(m_rows)) {
        if (Proposal *p = after.find(row.proposal.key))
            *p = row.proposal;
        else
            after.proposals << row.proposal;
    }
    checkReferences(after);
    finish(std::move(after));
    return m_plan;
}

} // namespace

ProposalImportPlan planProposalImport(const TextTable &table, const ProposalSet &existing,
                                      const QList<Workshop> &workshops, const QList<Theme> &themes)
{
    return Planner(table, existing, workshops, themes).run();
}

} // namespace cordee
