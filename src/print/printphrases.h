#pragma once

#include <QString>

namespace cordee::print {

/// The fixed words of the printed documents in one language. Documents speak their reader's language,
/// which need not be the interface's, hence this table rather than tr().
struct Phrases
{
    QString language; ///< ISO 639-1: "en", "fr" or "es"
    QString attendanceSheet;
    QString personalProgramme;
    QString slot;
    QString room;
    QString theme;
    QString language_; ///< the word "Language"
    QString facilitator;
    QString rapporteur;
    QString number;
    QString name;
    QString country;
    QString signature;
    QString members;
    QString yourWorkshop;
    QString noWorkshop;
    QString plenary;
    QString breakTime;
    QString roles[6]; ///< by cordee::Role
};

/// The phrases for `language`; English for any language other than English, French and Spanish.
const Phrases &phrases(const QString &language);

/// The language a document for someone speaking `languages` (most fluent first) is printed in: the first of
/// them Cordée prints in, else `fallback` when it does, else English.
QString documentLanguage(const QStringList &languages, const QString &fallback);

} // namespace cordee::print
