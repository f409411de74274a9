#pragma once

#include "vocabulary.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace cordee {

/// A country of ISO 3166-1 with its continent and its names in the three languages Cordée speaks.
struct Country
{
    QString code;   ///< alpha-2, upper case
    QString alpha3; ///< alpha-3, upper case
    Continent continent = Continent::Europe;
    QString nameEn;
    QString nameFr;
    QString nameEs;
    QStringList aliases; ///< other spellings seen in spreadsheets

    /// The name in `language` (ISO 639-1); English for languages Cordée has no names for.
    QString name(const QString &language) const;
};

/// The read-only table of every ISO 3166-1 country, shipped with Cordée (from iso-codes, see
/// tools/generate-countries.py). Loaded once; safe to share between threads after the first call.
class CountryTable
{
public:
    static const CountryTable &instance();

    const QList<Country> &all() const { return m_countries; }
    const Country *find(const QString &alpha2) const;

    /// The alpha-2 code for a code (alpha-2 or alpha-3) or a name or alias in any of the three languages,
    /// compared case- and accent-blind; empty when nothing matches.
    QString codeFor(const QString &codeOrName) const;

    /// The country's name in the UI language (QLocale's default), or the code itself when unknown.
    QString displayName(const QString &alpha2) const;

    /// ISO 639-1 code of the current UI language ("en", "fr", "es"…).
    static QString uiLanguage();

private:
    CountryTable();
    QList<Country> m_countries;
    QHash<QString, qsizetype> m_byCode;
    QHash<QString, QString> m_byFoldedName;
};

} // namespace cordee
