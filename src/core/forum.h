#pragma once

#include "vocabulary.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTime>

namespace cordee {

/// The forum's own settings: one per file.
struct ForumInfo
{
    static constexpr int DefaultWorkshopMin = 10;
    static constexpr int DefaultWorkshopMax = 15;

    QString title;
    int edition = 0; ///< 0 when the forum has no numbered editions
    QString theme;   ///< the edition's question or theme
    QString city;
    QString country; ///< ISO 3166-1 alpha-2
    QDate startDate;
    QDate endDate;
    QString organizer;
    QStringList languages{QStringLiteral("en")}; ///< ISO 639-1 codes; the first is the forum's main language
    int workshopMin = DefaultWorkshopMin;
    int workshopMax = DefaultWorkshopMax;
    /// The organizer's weights of the formation objective that differ from the defaults, by name
    /// ("country", "organisation", "rank2", …; see formationweights.h).
    QMap<QString, double> formationWeights;

    bool operator==(const ForumInfo &) const = default;
};

struct Theme
{
    qint64 id = 0;
    QString key;
    QString title;
    QString description;
    bool operator==(const Theme &) const = default;
};

struct Room
{
    qint64 id = 0;
    QString key;
    QString name;
    int capacity = 1;
    bool operator==(const Room &) const = default;
};

struct TimeSlot
{
    qint64 id = 0;
    QString key;
    QDate date;
    QTime start;
    QTime end;
    SlotKind kind = SlotKind::Workshops;
    QString title; ///< e.g. the conference's subject; empty for workshop slots
    QString room;  ///< room key for plenary items; empty otherwise
    bool operator==(const TimeSlot &) const = default;
};

struct Workshop
{
    qint64 id = 0;
    QString key;
    QString slot;     ///< slot key
    QString theme;    ///< theme key, may be empty
    QString room;     ///< room key, may be empty
    QString language; ///< working language, ISO 639-1
    QString title;
    qint64 facilitatorId = 0;
    qint64 rapporteurId = 0;
    bool operator==(const Workshop &) const = default;
};

/// Someone the declaration thanks by name at the opening.
struct Guest
{
    QString name;
    QString title;                      ///< in the default language (see DeclarationTexts)
    QMap<QString, QString> titles = {}; ///< the title in other languages, by ISO 639-1 code

    /// The title in `language`, else the default one.
    QString titleIn(const QString &language) const
    {
        const QString own = titles.value(language);
        return own.isEmpty() ? title : own;
    }
    bool operator==(const Guest &) const = default;
};

/// The parts of the declaration the committee writes, in one language. An empty part is left out, or takes
/// the wording noted beside it.
struct DeclarationFreeTexts
{
    QString forumName;     ///< the forum's name as the declaration writes it; empty: ForumInfo::title
    QString question;      ///< the edition's question or theme; empty: ForumInfo::theme
    QString patronage;     ///< who placed the forum under their patronage, and why it matters
    QString decisionIntro; ///< the words that lead to the proposals; empty: "They therefore decide to:"
    QString closing;       ///< after the proposals
    QString conclusion;    ///< under the heading "Conclusion"
    bool operator==(const DeclarationFreeTexts &) const = default;
};

/// The declaration's free texts, edited by the committee. The texts of the base (stored without a
/// language) stand for every language; `translations` holds a language's own wording, part by part: a part
/// a language leaves empty takes the base's. Existing code that reads `patronage`, `guests` and
/// `conclusion` reads the base.
struct DeclarationTexts : DeclarationFreeTexts
{
    QList<Guest> guests;
    QMap<QString, DeclarationFreeTexts> translations; ///< by ISO 639-1 code

    /// The texts for `language`: its own parts where it has them, the base's elsewhere.
    DeclarationFreeTexts inLanguage(const QString &language) const
    {
        DeclarationFreeTexts out = *this;
        const auto it = translations.constFind(language);
        if (it == translations.cend())
            return out;
        for (auto part : {&DeclarationFreeTexts::forumName, &DeclarationFreeTexts::question,
                          &DeclarationFreeTexts::patronage, &DeclarationFreeTexts::decisionIntro,
                          &DeclarationFreeTexts::closing, &DeclarationFreeTexts::conclusion})
            if (!((*it).*part).isEmpty())
                out.*part = (*it).*part;
        return out;
    }
    bool operator==(const DeclarationTexts &) const = default;
};

} // namespace cordee
