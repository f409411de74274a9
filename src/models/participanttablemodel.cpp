#include "participanttablemodel.h"

#include "countrytable.h"
#include "forumdocument.h"
#include "languagenames.h"
#include "textfold.h"

#include <QFont>
#include <QLocale>

namespace cordee {

ParticipantTableModel::ParticipantTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ParticipantTableModel::setDocument(ForumDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        // Rows and the document's list change together, between begin and end.
        connect(document, &ForumDocument::participantAboutToBeInserted, this,
                [this](int row) { beginInsertRows({}, row, row); });
        connect(document, &ForumDocument::participantInserted, this, [this](int row) {
            m_rows.insert(row, makeRow(m_document->participants().at(row)));
            endInsertRows();
        });
        connect(document, &ForumDocument::participantChanged, this, [this](int row) {
            m_rows[row] = makeRow(m_document->participants().at(row));
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        });
        connect(document, &ForumDocument::participantAboutToBeRemoved, this,
                [this](int row) { beginRemoveRows({}, row, row); });
        connect(document, &ForumDocument::participantRemoved, this, [this](int row) {
            m_rows.removeAt(row);
            endRemoveRows();
        });
    }
    rebuild();
}

void ParticipantTableModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    if (m_document) {
        m_rows.reserve(m_document->participants().size());
        for (const Participant &p : m_document->participants())
            m_rows << makeRow(p);
    }
    endResetModel();
}

void ParticipantTableModel::retranslate()
{
    if (!m_document)
        return;
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_rows[i] = makeRow(m_document->participants().at(i));
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

ParticipantTableModel::Row ParticipantTableModel::makeRow(const Participant &p) const
{
    Row row;
    const cordee::Country *country = CountryTable::instance().find(p.country);
    row.countryName = country ? country->name(CountryTable::uiLanguage()) : p.country;
    // Every name of the country is searchable, so "senegal" and "sénégal" find Senegal in any UI language.
    QString text = p.firstName + u' ' + p.lastName + u' ' + p.organisation + u' ' + p.email;
    if (country)
        text += u' ' + country->nameEn + u' ' + country->nameFr + u' ' + country->nameEs;
    row.searchText = foldForSearch(text);
    return row;
}

const Participant &ParticipantTableModel::participantAt(int row) const
{
    return m_document->participants().at(row);
}

int ParticipantTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ParticipantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ParticipantTableModel::columnText(const Participant &p, const Row &row, int column) const
{
    switch (column) {
    case LastName:
        return p.erased ? tr("(erased)") : p.lastName;
    case FirstName:
        return p.firstName;
    case Organisation:
        return p.organisation;
    case Country:
        return row.countryName;
    case Continent: {
        const cordee::Country *c = CountryTable::instance().find(p.country);
        return c ? vocab::label(c->continent) : QString();
    }
    case Category:
        return p.category == cordee::Category::Unspecified ? QString() : vocab::label(p.category);
    case Gender:
        return p.gender == cordee::Gender::NotStated ? QString() : vocab::label(p.gender);
    case Roles:
        return vocab::rolesLabel(p.roles);
    case Languages:
        return p.languages.join(QStringLiteral(", "));
    case Status:
        return vocab::label(p.status);
    case Email:
        return p.email;
    default:
        return {};
    }
}

QVariant ParticipantTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Participant &p = participantAt(index.row());
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return columnText(p, row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Country)
            return p.country;
        if (index.column() == Languages) {
            QStringList names;
            for (const QString &code : p.languages)
                names << nativeLanguageName(code);
            return names.join(QStringLiteral(", "));
        }
        return {};
    case Qt::FontRole:
        if (p.status == ParticipantStatus::Cancelled) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case IdRole:
        return p.id;
    case SearchTextRole:
        return row.searchText;
    default:
        return {};
    }
}

QVariant ParticipantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LastName:
        return tr("Last name");
    case FirstName:
        return tr("First name");
    case Organisation:
        return tr("Organisation");
    case Country:
        return tr("Country");
    case Continent:
        return tr("Continent");
    case Category:
        return tr("Category");
    case Gender:
        return tr("Gender");
    case Roles:
        return tr("Roles");
    case Languages:
        return tr("Languages");
    case Status:
        return tr("Status");
    case Email:
        return tr("E-mail");
    default:
        return {};
    }
}

} // namespace cordee
