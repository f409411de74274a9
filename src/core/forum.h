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
    QString title;
    bool operator==(const Guest &) const = default;
};

/// The declaration's free texts, edited by the committee (one set per language later on).
struct DeclarationTexts
{
    QString patronage;
    QList<Guest> guests;
    QString conclusion;
    bool operator==(const DeclarationTexts &) const = default;
};

} // namespace cordee
