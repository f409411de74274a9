#pragma once

#include "vocabulary.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace cordee {

/// What the declaration counts.
enum class CountedNoun { Participant, Country, Continent };

/// The figures the declaration's introduction gives, computed from the participants (cancelled excluded).
struct DeclarationFigures
{
    int participants = 0;
    int countries = 0;
    int continents = 0;
    bool operator==(const DeclarationFigures &) const = default;
};

/// The fixed wording of the final declaration in English, French or Spanish: its sentences, dates,
/// ordinals, lists and counts. Deliberately not Qt's tr(): a declaration's language is chosen per export,
/// whatever language the application speaks, so each language keeps its own explicit table. Free texts (the
/// committee's) and proposals are never translated.
class DeclarationLanguage
{
public:
    /// The languages Cordée can write a declaration in, ISO 639-1: "en", "fr", "es".
    static QStringList codes();
    static bool isSupported(const QString &code);
    /// The wording for `code`; English for a language Cordée cannot write a declaration in.
    static const DeclarationLanguage &forCode(const QString &code);

    QString code() const;

    /// "Monday, November 11th, 2013", "lundi 11 novembre 2013", "lunes 11 de noviembre de 2013".
    QString longDate(QDate date) const;
    /// The same without the day of the week: "November 11th, 2013", "11 novembre 2013"…
    QString date(QDate date) const;
    /// When the forum took place, in lower case for the middle of a sentence: "from November 9th to 11th,
    /// 2013", "du 9 au 11 novembre 2013", "del 9 al 11 de noviembre de 2013"; "on …", "le …", "el …" for a
    /// single day (an invalid `to` is a single day).
    QString dateRange(QDate from, QDate to) const;
    /// The ordinal of an edition (feminine where the language says so): "6th", "6e" ("1re"), "6.ª".
    QString ordinal(int n) const;
    /// "A, B and C", "A, B et C", "A, B y C" ("e" before an i sound in Spanish).
    QString list(const QStringList &items) const;
    /// A whole number with the language's thousands separator: "1,350", "1 350", "1350" / "12 500".
    QString number(int n) const;
    /// "350 participants", "1 country", "45 pays", "5 continentes".
    QString count(int n, CountedNoun noun) const;
    /// The ordinal suffixes in `text` that typography sets as superscripts, as (start, length): French
    /// "6e", "1re", "1er". None in English and Spanish ("6.ª" is raised already).
    QList<std::pair<qsizetype, qsizetype>> raisedSuffixes(const QString &text) const;

    /// The forum's name as the subject of a sentence, with its article: "the Alpine Forum",
    /// "le Forum alpin", "les Rencontres du Mont-Blanc", "el Foro alpino". In French and Spanish the article
    /// is the one the name starts with, else one guessed from its first word ("Forum", "Rencontres",
    /// "Cumbre"…), else the name is quoted after a generic noun: "le forum « X »".
    QString theName(const QString &name) const;
    /// "of the Alpine Forum", "du Forum alpin", "de la Conférence…", "del Foro alpino".
    QString ofTheName(const QString &name) const;
    /// The name without a leading article, capitalised, for a running header.
    QString bareName(const QString &name) const;

    /// "Annecy, Friday, October 16th, 2026", "Annecy, le vendredi 16 octobre 2026"; empty when both are.
    QString placeAndDate(const QString &city, QDate date) const;
    /// "Final declaration of the 6th edition of the …" (edition 0: "Final declaration of the …").
    QString title(int edition, const QString &forumName) const;
    /// The introduction's sentence: when, where, which edition of which forum, and the figures.
    QString introduction(QDate from, QDate to, const QString &city, const QString &countryName, int edition,
                         const QString &forumName, const DeclarationFigures &figures) const;
    /// "The opening ceremony was honoured by the presence of:".
    QString guestsIntro() const;
    /// Who took part, from the categories present (Unspecified ignored, Other last) and whether both
    /// women and men came.
    QString participation(const QList<Category> &categories, bool womenAndMen) const;
    /// "They therefore decide to:", when the committee wrote no words of its own.
    QString decisionIntro() const;
    /// The heading of the proposals without a theme when they are grouped by theme.
    QString otherProposals() const;
    QString conclusionHeading() const;
    /// "Page 2 of 5".
    QString pageOf(int page, int pages) const;

    struct Table; ///< the phrases, in declarationlanguage.cpp

private:
    explicit DeclarationLanguage(const Table &table);
    /// The article of `name` in this language (see theName()).
    struct Article;
    Article articleOf(const QString &name) const;

    const Table &m_table;
};

} // namespace cordee
