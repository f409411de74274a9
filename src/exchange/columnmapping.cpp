#include "participantimport.h"
#include "textfold.h"
#include "valuenormalizer.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <array>

namespace cordee {

namespace {

// The translation context of this file's messages (lupdate reads Import::tr the same way).
struct Import
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

struct FieldKey
{
    ImportField field;
    const char *key;
};

constexpr std::array kKeys{
    FieldKey{ImportField::Ignore, "ignore"},
    FieldKey{ImportField::FirstName, "first_name"},
    FieldKey{ImportField::LastName, "last_name"},
    FieldKey{ImportField::Email, "email"},
    FieldKey{ImportField::Organisation, "organization"},
    FieldKey{ImportField::Country, "country"},
    FieldKey{ImportField::Gender, "gender"},
    FieldKey{ImportField::AgeBand, "age_band"},
    FieldKey{ImportField::Category, "category"},
    FieldKey{ImportField::Languages, "languages"},
    FieldKey{ImportField::Preference1, "preference_1"},
    FieldKey{ImportField::Preference2, "preference_2"},
    FieldKey{ImportField::Preference3, "preference_3"},
    FieldKey{ImportField::Preference4, "preference_4"},
    FieldKey{ImportField::Preference5, "preference_5"},
    FieldKey{ImportField::Roles, "roles"},
    FieldKey{ImportField::Availability, "availability"},
    FieldKey{ImportField::Status, "status"},
    FieldKey{ImportField::Notes, "notes"},
};

struct Synonym
{
    ImportField field;
    const char16_t *headers; ///< separated by '|'
};

// Headers seen in registration spreadsheets, compared compacted (case, accents and punctuation ignored:
// "Nombre(s)" is "nombres", "Rôle(s)" is "roles"). The canonical keys ("email", "country"…) and numbered
// preference headers are added below.
constexpr Synonym kSynonyms[] = {
    {ImportField::FirstName, u"First name|Given name|Forename|Prénom|Prénoms|Nombre|Nombres"},
    {ImportField::LastName, u"Last name|Surname|Family name|Nom|Nom de famille|Apellido|Apellidos"},
    {ImportField::Email,
     u"E-mail|E-mail address|Mail|Courriel|Adresse électronique|Adresse e-mail|Adresse mail|Correo"
     u"|Correo electrónico"},
    {ImportField::Organisation,
     u"Organisation|Organisme|Structure|Organización|Entidad|Institution|Institución"},
    {ImportField::Country, u"Pays|País|Country of residence|Pays de résidence|País de residencia"},
    {ImportField::Gender, u"Sex|Sexe|Genre|Género|Sexo"},
    {ImportField::AgeBand,
     u"Age|Age band|Age group|Tranche d'âge|Edad|Year of birth|Birth year|Date of birth|Année de naissance"
     u"|Date de naissance|Año de nacimiento|Fecha de nacimiento"},
    {ImportField::Category, u"Catégorie|Categoría|Profile|Profil|Perfil"},
    {ImportField::Languages,
     u"Language|Languages spoken|Langue|Langues|Langues parlées|Idioma|Idiomas|Lengua|Lenguas"},
    {ImportField::Preference1, u"Preferences|Préférences|Preferencias|Themes|Thèmes|Temas|Choices"},
    {ImportField::Roles, u"Role|Rôle(s)|Rôle|Rol|Rol(es)|Función|Funciones"},
    {ImportField::Availability,
     u"Availabilities|Disponibilité|Disponibilité(s)|Disponibilidad|Disponibilidades"},
    {ImportField::Status, u"Statut|Estado"},
    {ImportField::Notes,
     u"Note|Remarques|Remarque|Remarks|Comments|Commentaires|Commentaire|Observaciones|Comentarios|Notas"},
};

// "Choix 1", "Preferencia 2", "Thème 3"…: each word followed by the preference's number.
constexpr const char16_t *kPreferenceWords[] = {u"Preference", u"Préférence", u"Preferencia", u"Choice",
                                                u"Choix",      u"Opción",     u"Option",      u"Theme",
                                                u"Thème",      u"Tema",       u"Vœu"};

const QHash<QString, ImportField> &synonymTable()
{
    static const QHash<QString, ImportField> table = [] {
        QHash<QString, ImportField> t;
        for (ImportField f : importfield::all())
            t.insert(ValueNormalizer::compact(importfield::key(f)), f);
        t.insert(QStringLiteral("organisation"), ImportField::Organisation);
        for (const Synonym &s : kSynonyms)
            for (const QString &header : QString::fromUtf16(s.headers).split(u'|'))
                t.insert(ValueNormalizer::compact(header), s.field);
        for (int n = 1; n <= Participant::MaxPreferences; ++n) {
            const auto field = static_cast<ImportField>(int(ImportField::Preference1) + n - 1);
            for (const char16_t *word : kPreferenceWords)
                t.insert(ValueNormalizer::compact(QString::fromUtf16(word)) + QString::number(n), field);
        }
        return t;
    }();
    return table;
}

ImportField guessField(const QString &header)
{
    const QHash<QString, ImportField> &table = synonymTable();
    if (const auto it = table.constFind(ValueNormalizer::compact(header)); it != table.cend())
        return *it;
    // "E-mail (2)", "Pays 1": a numbering the spreadsheet added.
    static const QRegularExpression numbering(QStringLiteral("[\\s._#-]*[(\\[]?\\s*\\d+\\s*[)\\]]?\\s*$"));
    QString stripped = header;
    stripped.remove(numbering);
    if (stripped != header)
        if (const auto it = table.constFind(ValueNormalizer::compact(stripped)); it != table.cend())
            return *it;
    return ImportField::Ignore;
}

} // namespace

namespace importfield {

QList<ImportField> all()
{
    QList<ImportField> out;
    for (const FieldKey &k : kKeys)
        if (k.field != ImportField::Ignore)
            out << k.field;
    return out;
}

QString key(ImportField field)
{
    for (const FieldKey &k : kKeys)
        if (k.field == field)
            return QString::fromLatin1(k.key);
    return QStringLiteral("ignore");
}

QString label(ImportField field)
{
    switch (field) {
    case ImportField::Ignore:
        return Import::tr("(not imported)");
    case ImportField::FirstName:
        return Import::tr("First name");
    case ImportField::LastName:
        return Import::tr("Last name");
    case ImportField::Email:
        return Import::tr("E-mail");
    case ImportField::Organisation:
        return Import::tr("Organisation");
    case ImportField::Country:
        return Import::tr("Country");
    case ImportField::Gender:
        return Import::tr("Gender");
    case ImportField::AgeBand:
        return Import::tr("Age band");
    case ImportField::Category:
        return Import::tr("Category");
    case ImportField::Languages:
        return Import::tr("Languages");
    case ImportField::Preference1:
    case ImportField::Preference2:
    case ImportField::Preference3:
    case ImportField::Preference4:
    case ImportField::Preference5:
        return Import::tr("Preference %1").arg(int(field) - int(ImportField::Preference1) + 1);
    case ImportField::Roles:
        return Import::tr("Roles");
    case ImportField::Availability:
        return Import::tr("Availability");
    case ImportField::Status:
        return Import::tr("Status");
    case ImportField::Notes:
        return Import::tr("Notes");
    }
    return {};
}

std::optional<ImportField> fromKey(const QString &key)
{
    const QString k = key.trimmed();
    for (const FieldKey &entry : kKeys)
        if (k.compare(QLatin1String(entry.key), Qt::CaseInsensitive) == 0)
            return entry.field;
    if (k.compare(u"organisation", Qt::CaseInsensitive) == 0) // the British spelling of the code
        return ImportField::Organisation;
    return std::nullopt;
}

} // namespace importfield

ColumnMapping ColumnMapping::guess(const QStringList &header)
{
    ColumnMapping mapping;
    mapping.m_fields.reserve(header.size());
    for (const QString &name : header) {
        const ImportField field = guessField(name);
        const bool taken = field != ImportField::Ignore && mapping.m_fields.contains(field);
        mapping.m_fields << (taken ? ImportField::Ignore : field);
    }
    return mapping;
}

void ColumnMapping::setField(int column, ImportField field)
{
    if (column < 0)
        return;
    while (m_fields.size() <= column)
        m_fields << ImportField::Ignore;
    if (field != ImportField::Ignore)
        for (ImportField &f : m_fields)
            if (f == field)
                f = ImportField::Ignore;
    m_fields[column] = field;
}

int ColumnMapping::columnOf(ImportField field) const
{
    if (field == ImportField::Ignore)
        return -1;
    return int(m_fields.indexOf(field));
}

std::optional<QString> ColumnMapping::applyOverride(const QStringList &header, const QString &assignment)
{
    const qsizetype equals = assignment.lastIndexOf(u'=');
    if (equals < 0)
        return Import::tr("\"%1\" is not a column assignment (expected Header=field)").arg(assignment);
    const QString name = assignment.left(equals).trimmed();
    const QString fieldName = assignment.mid(equals + 1).trimmed();
    const std::optional<ImportField> field = importfield::fromKey(fieldName);
    if (!field) {
        QStringList keys;
        for (ImportField f : importfield::all())
            keys << importfield::key(f);
        keys << importfield::key(ImportField::Ignore);
        return Import::tr("\"%1\" is not a field (expected one of: %2)").arg(fieldName, keys.join(u", "));
    }
    // The header as written, case- and accent-blind; failing that, punctuation-blind too.
    int column = -1;
    const QString folded = foldForSearch(name).simplified();
    for (int c = 0; c < header.size() && column < 0; ++c)
        if (foldForSearch(header.at(c)).simplified() == folded)
            column = c;
    const QString compacted = ValueNormalizer::compact(name);
    for (int c = 0; c < header.size() && column < 0 && !compacted.isEmpty(); ++c)
        if (ValueNormalizer::compact(header.at(c)) == compacted)
            column = c;
    if (column < 0)
        return Import::tr("no column \"%1\" in the file").arg(name);
    while (m_fields.size() < header.size())
        m_fields << ImportField::Ignore;
    setField(column, *field);
    return std::nullopt;
}

} // namespace cordee
