#include "participantcsv.h"

#include "participantimport.h"

#include <QStringList>

namespace cordee {

namespace {

/// The columns' fields; their canonical names are the header, so an export imports back as it is.
QList<ImportField> csvFields()
{
    return {ImportField::FirstName,    ImportField::LastName,    ImportField::Email,
            ImportField::Organisation, ImportField::Country,     ImportField::Gender,
            ImportField::Category,     ImportField::Languages,   ImportField::Preference1,
            ImportField::Preference2,  ImportField::Preference3, ImportField::Preference4,
            ImportField::Preference5,  ImportField::Roles,       ImportField::Status};
}

QString value(const Participant &p, ImportField field)
{
    switch (field) {
    case ImportField::FirstName:
        return p.firstName;
    case ImportField::LastName:
        return p.lastName;
    case ImportField::Email:
        return p.email;
    case ImportField::Organisation:
        return p.organisation;
    case ImportField::Country:
        return p.country;
    case ImportField::Gender:
        return vocab::key(p.gender);
    case ImportField::Category:
        return vocab::key(p.category);
    case ImportField::Languages:
        return p.languages.join(u' ');
    case ImportField::Preference1:
    case ImportField::Preference2:
    case ImportField::Preference3:
    case ImportField::Preference4:
    case ImportField::Preference5:
        return p.preferences.value(int(field) - int(ImportField::Preference1));
    case ImportField::Roles:
        return vocab::rolesToKeys(p.roles);
    case ImportField::Status:
        return vocab::key(p.status);
    default:
        return {};
    }
}

/// A cell as a spreadsheet may read it safely: formula starters defused first (a name "=HYPERLINK(…)" is
/// text, not a link), then RFC 4180 quoting.
QString csvCell(const QString &text)
{
    QString cell = text;
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
            first == u'\r')
            cell.prepend(u'\'');
    }
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\r') || cell.contains(u'\n'))
        cell = u'"' + QString(cell).replace(u'"', QStringLiteral("\"\"")) + u'"';
    return cell;
}

QString csvLine(const QStringList &cells)
{
    QStringList quoted;
    quoted.reserve(cells.size());
    for (const QString &c : cells)
        quoted << csvCell(c);
    return quoted.join(u',') + QStringLiteral("\r\n");
}

} // namespace

QStringList participantCsvColumns()
{
    QStringList columns;
    for (ImportField f : csvFields())
        columns << importfield::key(f);
    return columns;
}

QByteArray participantsToCsv(const QList<Participant> &participants)
{
    const QList<ImportField> fields = csvFields();
    QString text = csvLine(participantCsvColumns());
    QStringList cells;
    for (const Participant &p : participants) {
        cells.clear();
        for (ImportField f : fields)
            cells << value(p, f);
        text += csvLine(cells);
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace cordee
