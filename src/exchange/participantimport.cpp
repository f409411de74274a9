#include "participantimport.h"

#include "validation.h"
#include "valuenormalizer.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <utility>

namespace cordee {

namespace {

// The translation context of this file's messages (lupdate reads Import::tr the same way).
struct Import
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

constexpr int FieldCount = int(ImportField::Notes) + 1;

/// A problem and the position of its column, for sorting (-1: the whole row).
struct PlacedProblem
{
    ImportProblem problem;
    int column = -1;
};

/// What makes two records the same person: the e-mail, or names and organisation.
struct PersonKeys
{
    QString email; ///< lower case; empty when none
    QString name;  ///< folded first, last and organisation; empty when the person has no name
};

PersonKeys keysOf(const Participant &p)
{
    PersonKeys keys;
    keys.email = p.email.trimmed().toLower();
    if (!p.firstName.trimmed().isEmpty() || !p.lastName.trimmed().isEmpty())
        keys.name = ValueNormalizer::foldWords(p.firstName) + u'\x1f' +
                    ValueNormalizer::foldWords(p.lastName) + u'\x1f' +
                    ValueNormalizer::foldWords(p.organisation);
    return keys;
}

/// People found by e-mail, or by names and organisation when either side has no e-mail.
class PersonIndex
{
public:
    struct Match
    {
        int index = -1;
        bool byEmail = false;
    };

    /// Adds the keys that are not known yet: the first person with a key keeps it.
    void add(const PersonKeys &keys, int index)
    {
        if (!keys.email.isEmpty())
            addNew(m_byEmail, keys.email, index);
        if (keys.name.isEmpty())
            return;
        if (keys.email.isEmpty())
            addNew(m_byNameWithoutEmail, keys.name, index);
        addNew(m_byName, keys.name, index);
    }

    /// By e-mail only.
    Match findByEmail(const PersonKeys &keys) const
    {
        if (keys.email.isEmpty())
            return {};
        return {m_byEmail.value(keys.email, -1), true};
    }

    /// By names and organisation, when either side has no e-mail.
    Match findByName(const PersonKeys &keys) const
    {
        const QHash<QString, int> &names = keys.email.isEmpty() ? m_byName : m_byNameWithoutEmail;
        return {names.value(keys.name, -1), false};
    }

private:
    static void addNew(QHash<QString, int> &hash, const QString &key, int index)
    {
        if (!hash.contains(key))
            hash.insert(key, index);
    }

    QHash<QString, int> m_byEmail;
    QHash<QString, int> m_byNameWithoutEmail;
    QHash<QString, int> m_byName;
};

/// Fills the fields `target` lacks with `from`'s values; returns how many it filled.
int completeMissing(Participant &target, const Participant &from)
{
    int filled = 0;
    const auto fill = [&filled](auto &to, const auto &value, bool lacking, bool has) {
        if (lacking && has) {
            to = value;
            ++filled;
        }
    };
    fill(target.email, from.email, target.email.isEmpty(), !from.email.isEmpty());
    fill(target.organisation, from.organisation, target.organisation.isEmpty(), !from.organisation.isEmpty());
    fill(target.country, from.country, target.country.isEmpty(), !from.country.isEmpty());
    fill(target.gender, from.gender, target.gender == Gender::NotStated, from.gender != Gender::NotStated);
    fill(target.ageBand, from.ageBand, target.ageBand == AgeBand::Unknown, from.ageBand != AgeBand::Unknown);
    fill(target.category, from.category, target.category == Category::Unspecified,
         from.category != Category::Unspecified);
    fill(target.languages, from.languages, target.languages.isEmpty(), !from.languages.isEmpty());
    fill(target.preferences, from.preferences, target.preferences.isEmpty(), !from.preferences.isEmpty());
    fill(target.unavailableSlots, from.unavailableSlots, target.unavailableSlots.isEmpty(),
         !from.unavailableSlots.isEmpty());
    fill(target.notes, from.notes, target.notes.isEmpty(), !from.notes.isEmpty());
    return filled;
}

/// "<why>: counted as a duplicate[, n missing values completed]". French and Spanish, like English, have
/// one form for 1 and another for more.
QString duplicateMessage(const QString &why, int completed)
{
    if (completed == 0)
        return Import::tr("%1: counted as a duplicate").arg(why);
    if (completed == 1)
        return Import::tr("%1: counted as a duplicate, 1 missing value completed").arg(why);
    return Import::tr("%1: counted as a duplicate, %2 missing values completed")
        .arg(why, QString::number(completed));
}

bool sameNames(const Participant &a, const Participant &b)
{
    return ValueNormalizer::foldWords(a.firstName) == ValueNormalizer::foldWords(b.firstName) &&
           ValueNormalizer::foldWords(a.lastName) == ValueNormalizer::foldWords(b.lastName);
}

/// One import's planning: lookup tables built once, then one pass over the rows.
class Planner
{
public:
    Planner(const TextTable &table, const ColumnMapping &mapping, const QList<Participant> &existing,
            const QList<Theme> &themes, const QList<TimeSlot> &timeSlots);

    ImportPlan run();

private:
    QString cell(const QStringList &cells, ImportField field) const;
    void report(int row, int column, const QString &message,
                ImportProblem::Severity severity = ImportProblem::Severity::Warning);
    void warn(int row, ImportField field, const QString &message);
    void planRow(const QStringList &cells, int row);
    void readIdentity(const QStringList &cells, int row, Participant &p);
    void readVocabularies(const QStringList &cells, int row, Participant &p);
    void readLanguagesAndRoles(const QStringList &cells, int row, Participant &p);
    void readPreferences(const QStringList &cells, int row, Participant &p);
    void addPreference(const QString &text, ImportField field, int row, Participant &p);
    void readAvailability(const QStringList &cells, int row, Participant &p);
    void enforceValidity(int row, Participant &p);
    void place(const Participant &p, int row);
    void completeExisting(int index, const Participant &p, int row);
    void completeEarlierRow(PersonIndex::Match match, const Participant &p, int row);

    const TextTable &m_table;
    const QList<Participant> &m_existing;
    ValueNormalizer m_values;
    std::array<int, FieldCount> m_columns{};
    QStringList m_themeKeys;
    QStringList m_slotKeys;
    PersonIndex m_existingIndex;
    PersonIndex m_rowIndex;
    QList<int> m_insertedRows;          ///< the row each person of toInsert comes from
    QHash<int, int> m_updateOfExisting; ///< index in existing → index in toUpdate
    QList<PlacedProblem> m_problems;
    ImportPlan m_plan;
};

Planner::Planner(const TextTable &table, const ColumnMapping &mapping, const QList<Participant> &existing,
                 const QList<Theme> &themes, const QList<TimeSlot> &timeSlots)
    : m_table(table)
    , m_existing(existing)
    , m_values(themes, timeSlots, QDate::currentDate().year())
{
    for (int f = 0; f < FieldCount; ++f)
        m_columns[f] = mapping.columnOf(static_cast<ImportField>(f));
    for (const Theme &t : themes)
        m_themeKeys << t.key;
    for (const TimeSlot &s : timeSlots)
        m_slotKeys << s.key;
    for (int i = 0; i < existing.size(); ++i)
        if (!existing.at(i).erased) // an erased identity must not come back through a completion
            m_existingIndex.add(keysOf(existing.at(i)), i);
}

ImportPlan Planner::run()
{
    for (const ImportProblem &p : m_table.problems)
        m_problems << PlacedProblem{p, p.column.isEmpty() ? -1 : int(m_table.header.indexOf(p.column))};
    for (qsizetype i = 0; i < m_table.rows.size(); ++i)
        planRow(m_table.rows.at(i), m_table.rowNumbers.value(i, int(i) + 2));
    std::stable_sort(m_problems.begin(), m_problems.end(),
                     [](const PlacedProblem &a, const PlacedProblem &b) {
                         return std::pair(a.problem.row, a.column) < std::pair(b.problem.row, b.column);
                     });
    m_plan.problems.reserve(m_problems.size());
    for (const PlacedProblem &p : std::as_const(m_problems))
        m_plan.problems << p.problem;
    m_plan.imported = int(m_plan.toInsert.size());
    m_plan.updated = int(m_plan.toUpdate.size());
    return std::move(m_plan);
}

QString Planner::cell(const QStringList &cells, ImportField field) const
{
    const int column = m_columns[int(field)];
    return column < 0 ? QString() : cells.value(column).trimmed();
}

void Planner::report(int row, int column, const QString &message, ImportProblem::Severity severity)
{
    m_problems << PlacedProblem{
        ImportProblem{row, column < 0 ? QString() : m_table.header.value(column), message, severity}, column};
}

void Planner::warn(int row, ImportField field, const QString &message)
{
    report(row, m_columns[int(field)], message);
}

void Planner::planRow(const QStringList &cells, int row)
{
    Participant p;
    const qsizetype problemsBefore = m_problems.size();
    readIdentity(cells, row, p);
    if (p.firstName.isEmpty() && p.lastName.isEmpty()) {
        // The row's other problems would only be noise: it is not imported at all.
        m_problems.resize(problemsBefore);
        const bool blank =
            std::all_of(cells.cbegin(), cells.cend(), [](const QString &c) { return c.trimmed().isEmpty(); });
        if (!blank) {
            report(row, -1, Import::tr("neither a first nor a last name: the row is not imported"),
                   ImportProblem::Severity::Refused);
            ++m_plan.refused;
        }
        return;
    }
    readVocabularies(cells, row, p);
    readLanguagesAndRoles(cells, row, p);
    readPreferences(cells, row, p);
    readAvailability(cells, row, p);
    enforceValidity(row, p);
    place(p, row);
}

void Planner::readIdentity(const QStringList &cells, int row, Participant &p)
{
    p.firstName = cell(cells, ImportField::FirstName).simplified();
    p.lastName = cell(cells, ImportField::LastName).simplified();
    p.organisation = cell(cells, ImportField::Organisation).simplified();
    p.notes = cell(cells, ImportField::Notes);

    const QString email = cell(cells, ImportField::Email);
    QString address = email;
    if (address.startsWith(u"mailto:", Qt::CaseInsensitive))
        address = address.mid(7).trimmed();
    if (address.startsWith(u'<') && address.endsWith(u'>'))
        address = address.mid(1, address.size() - 2).trimmed();
    if (address.isEmpty() || isValidEmail(address))
        p.email = address;
    else
        warn(row, ImportField::Email,
             Import::tr("\"%1\" is not an e-mail address; the e-mail is left empty").arg(email));

    const QString country = cell(cells, ImportField::Country);
    if (const std::optional<QString> code = m_values.country(country))
        p.country = *code;
    else
        warn(row, ImportField::Country,
             Import::tr("unknown country \"%1\"; the country is left empty").arg(country));
}

void Planner::readVocabularies(const QStringList &cells, int row, Participant &p)
{
    const QString gender = cell(cells, ImportField::Gender);
    if (const auto g = m_values.gender(gender))
        p.gender = *g;
    else
        warn(row, ImportField::Gender,
             Import::tr("unknown gender \"%1\"; the gender is left empty").arg(gender));

    const QString age = cell(cells, ImportField::AgeBand);
    if (const auto a = m_values.ageBand(age))
        p.ageBand = *a;
    else
        warn(row, ImportField::AgeBand,
             Import::tr("\"%1\" is not an age or an age band; the age band is left empty").arg(age));

    const QString category = cell(cells, ImportField::Category);
    if (const auto c = m_values.category(category))
        p.category = *c;
    else
        warn(row, ImportField::Category,
             Import::tr("unknown category \"%1\"; the category is left empty").arg(category));

    const QString status = cell(cells, ImportField::Status);
    if (const auto s = m_values.status(status))
        p.status = *s;
    else
        warn(row, ImportField::Status,
             Import::tr("unknown status \"%1\"; the person is counted as registered").arg(status));
}

void Planner::readLanguagesAndRoles(const QStringList &cells, int row, Participant &p)
{
    QStringList unknown;
    p.languages = m_values.languages(cell(cells, ImportField::Languages), &unknown);
    for (const QString &word : std::as_const(unknown))
        warn(row, ImportField::Languages, Import::tr("unknown language \"%1\"; it is left out").arg(word));

    unknown.clear();
    p.roles = m_values.roles(cell(cells, ImportField::Roles), &unknown);
    for (const QString &word : std::as_const(unknown))
        warn(row, ImportField::Roles, Import::tr("unknown role \"%1\"; it is left out").arg(word));
}

void Planner::readPreferences(const QStringList &cells, int row, Participant &p)
{
    static const QRegularExpression separators(QStringLiteral("[;|]"));
    for (int n = 0; n < Participant::MaxPreferences; ++n) {
        const auto field = static_cast<ImportField>(int(ImportField::Preference1) + n);
        const QString text = cell(cells, field);
        if (text.isEmpty())
            continue;
        // "T1; T3" ranks several themes in one cell, unless that is a theme's very title.
        if (!m_values.themeKey(text).isEmpty() || !text.contains(separators)) {
            addPreference(text, field, row, p);
            continue;
        }
        for (const QString &part : text.split(separators, Qt::SkipEmptyParts))
            if (!part.trimmed().isEmpty())
                addPreference(part.trimmed(), field, row, p);
    }
}

void Planner::addPreference(const QString &text, ImportField field, int row, Participant &p)
{
    const QString key = m_values.themeKey(text);
    if (key.isEmpty())
        warn(row, field, Import::tr("unknown theme \"%1\"; this preference is left empty").arg(text));
    else if (p.preferences.contains(key))
        warn(row, field,
             Import::tr("the theme \"%1\" is already ranked; this preference is left empty").arg(text));
    else if (p.preferences.size() >= Participant::MaxPreferences)
        warn(row, field,
             Import::tr("more than %1 preferences: \"%2\" is left out")
                 .arg(Participant::MaxPreferences)
                 .arg(text));
    else
        p.preferences << key;
}

void Planner::readAvailability(const QStringList &cells, int row, Participant &p)
{
    const QString text = cell(cells, ImportField::Availability);
    QStringList unknown;
    if (const std::optional<QStringList> missed = m_values.unavailableSlots(text, &unknown))
        p.unavailableSlots = *missed;
    else
        warn(row, ImportField::Availability,
             Import::tr("unknown time slot \"%1\"; the availability is left empty (every slot)")
                 .arg(unknown.join(QStringLiteral("\", \""))));
}

// The normalisers only produce valid values; this is the net that keeps a bad participant out whatever
// they miss.
void Planner::enforceValidity(int row, Participant &p)
{
    for (const FieldProblem &problem : validateParticipant(p, m_themeKeys, m_slotKeys)) {
        ImportField field = ImportField::Ignore;
        if (problem.field == u"email") {
            p.email.clear();
            field = ImportField::Email;
        } else if (problem.field == u"country") {
            p.country.clear();
            field = ImportField::Country;
        } else if (problem.field == u"languages") {
            p.languages.removeIf([](const QString &code) { return !isValidLanguageCode(code); });
            field = ImportField::Languages;
        } else if (problem.field == u"preferences") {
            p.preferences.clear();
            field = ImportField::Preference1;
        } else if (problem.field == u"unavailableSlots") {
            p.unavailableSlots.clear();
            field = ImportField::Availability;
        } else if (problem.field == u"roles") {
            p.roles = Roles{Role::Participant};
            field = ImportField::Roles;
        } else {
            continue;
        }
        warn(row, field, Import::tr("%1; the value is left empty").arg(problem.message));
    }
}

void Planner::place(const Participant &p, int row)
{
    // An e-mail match anywhere wins over a name match, so that a completion never gives someone an address
    // another person already has.
    const PersonKeys keys = keysOf(p);
    if (const PersonIndex::Match match = m_existingIndex.findByEmail(keys); match.index >= 0)
        return completeExisting(match.index, p, row);
    if (const PersonIndex::Match match = m_rowIndex.findByEmail(keys); match.index >= 0)
        return completeEarlierRow(match, p, row);
    if (const PersonIndex::Match match = m_existingIndex.findByName(keys); match.index >= 0)
        return completeExisting(match.index, p, row);
    if (const PersonIndex::Match match = m_rowIndex.findByName(keys); match.index >= 0)
        return completeEarlierRow(match, p, row);
    m_rowIndex.add(keys, int(m_plan.toInsert.size()));
    m_insertedRows << row;
    m_plan.toInsert << p;
}

void Planner::completeExisting(int index, const Participant &p, int row)
{
    ++m_plan.duplicates;
    const Participant &before = m_existing.at(index);
    const auto slot = m_updateOfExisting.constFind(index);
    Participant completed = slot == m_updateOfExisting.cend() ? before : m_plan.toUpdate.at(*slot);
    const int filled = completeMissing(completed, p);
    if (filled > 0) {
        m_existingIndex.add(keysOf(completed), index);
        if (slot == m_updateOfExisting.cend()) {
            m_updateOfExisting.insert(index, int(m_plan.toUpdate.size()));
            m_plan.toUpdate << completed;
            m_plan.updatedBefore << before;
        } else {
            m_plan.toUpdate[*slot] = completed;
        }
    }
    report(row, -1,
           duplicateMessage(Import::tr("already in the forum (%1)").arg(before.displayName()), filled));
}

void Planner::completeEarlierRow(PersonIndex::Match match, const Participant &p, int row)
{
    ++m_plan.duplicates;
    Participant &earlier = m_plan.toInsert[match.index];
    const int filled = completeMissing(earlier, p);
    if (filled > 0)
        m_rowIndex.add(keysOf(earlier), match.index);
    // A shared address ("contact@…") can join two colleagues: naming the other one lets the organiser see it.
    const int earlierRow = m_insertedRows.at(match.index);
    QString why;
    if (!match.byEmail)
        why = Import::tr("same name and organisation as row %1").arg(earlierRow);
    else if (sameNames(earlier, p))
        why = Import::tr("same e-mail as row %1").arg(earlierRow);
    else
        why = Import::tr("same e-mail as row %1 (%2)").arg(earlierRow).arg(earlier.displayName());
    report(row, -1, duplicateMessage(why, filled));
}

} // namespace

ImportPlan planParticipantImport(const TextTable &table, const ColumnMapping &mapping,
                                 const QList<Participant> &existing, const QList<Theme> &themes,
                                 const QList<TimeSlot> &timeSlots)
{
    return Planner(table, mapping, existing, themes, timeSlots).run();
}

} // namespace cordee
