#pragma once

#include "forum.h"
#include "participant.h"
#include "texttable.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cordee {

/// The participant fields a spreadsheet column can feed. Canonical names (used by `--map "Header=field"`
/// and the export): first_name, last_name, email, organization, country, gender, age_band, category,
/// languages, preference_1 … preference_5, roles, availability, status, notes.
enum class ImportField {
    Ignore,
    FirstName,
    LastName,
    Email,
    Organisation,
    Country,
    Gender,
    AgeBand,
    Category,
    Languages,
    Preference1,
    Preference2,
    Preference3,
    Preference4,
    Preference5,
    Roles,
    Availability,
    Status,
    Notes
};

namespace importfield {
QList<ImportField> all();                               ///< without Ignore
QString key(ImportField field);                         ///< canonical name; "ignore" for Ignore
QString label(ImportField field);                       ///< translated, for the wizard
std::optional<ImportField> fromKey(const QString &key); ///< canonical names, case-blind
} // namespace importfield

/// Which field each column of a table feeds.
class ColumnMapping
{
public:
    /// Guesses from header names in English, French and Spanish, case- and accent-blind ("Prénom", "Nombre",
    /// "First name", "E-mail", "Courriel", "Correo electrónico", "Choix 1", "Preferencia 2", canonical
    /// names…). A field is given to one column at most.
    static ColumnMapping guess(const QStringList &header);

    QList<ImportField> fields() const { return m_fields; }
    ImportField field(int column) const { return m_fields.value(column, ImportField::Ignore); }
    void setField(int column, ImportField field); ///< a field taken from another column leaves it
    int columnOf(ImportField field) const;        ///< -1 when no column feeds it

    /// Applies `--map "Header=field"` (header compared case- and accent-blind; field a canonical name or
    /// "ignore"); an error message names the unknown header or field.
    std::optional<QString> applyOverride(const QStringList &header, const QString &assignment);

private:
    QList<ImportField> m_fields;
};

/// What an import would do, computed before anything is written (the preview).
struct ImportPlan
{
    QList<Participant> toInsert;      ///< new people (id 0)
    QList<Participant> toUpdate;      ///< existing people completed with values they lacked (their ids)
    QList<Participant> updatedBefore; ///< the same people as they were, for undo
    int imported = 0;                 ///< rows that become new people
    int updated = 0;                  ///< existing people that gain values
    int duplicates = 0;            ///< rows that matched someone already in the forum or earlier in the file
    int refused = 0;               ///< rows refused (no name at all)
    QList<ImportProblem> problems; ///< every problem, by row and column, sorted by row

    bool hasProblems() const { return !problems.isEmpty(); }
};

/// Plans the import of `table` through `mapping` into a forum that has `existing` participants, `themes` and
/// `timeSlots`. Rules: a row with neither first nor last name is refused; any other bad value (malformed
/// e-mail, unknown country, gender, category, language, theme, role, slot or status) leaves that field empty
/// and is reported as a warning naming row and column. A row is the same person as an existing participant or
/// an earlier row when the e-mails match case-blind, or — when either has no e-mail — when first name, last
/// name and organisation match case- and accent-blind; it then counts as a duplicate and only fills fields
/// the person lacked. Values are normalised: countries from codes and names in English, French and Spanish;
/// genders, categories, roles and statuses from words in the three languages; languages from ISO 639-1 codes
/// or names; preferences from theme keys or titles; availability lists the workshop slots (keys) the person
/// attends — slots not listed become unavailable; empty means all.
ImportPlan planParticipantImport(const TextTable &table, const ColumnMapping &mapping,
                                 const QList<Participant> &existing, const QList<Theme> &themes,
                                 const QList<TimeSlot> &timeSlots);

} // namespace cordee
