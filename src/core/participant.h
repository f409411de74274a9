#pragma once

#include "vocabulary.h"

#include <QString>
#include <QStringList>

namespace cordee {

/// One person registered for the forum. Themes and slots are named by their stable keys.
struct Participant
{
    static constexpr int MaxPreferences = 5;

    qint64 id = 0; ///< 0 until stored
    QString firstName;
    QString lastName;
    QString email;
    QString organisation;
    QString country; ///< ISO 3166-1 alpha-2, upper case; empty when unknown
    Gender gender = Gender::NotStated;
    AgeBand ageBand = AgeBand::Unknown;
    Category category = Category::Unspecified;
    QStringList languages;        ///< ISO 639-1 codes, the first is the most fluent
    QStringList preferences;      ///< theme keys, ranked, at most MaxPreferences
    QStringList unavailableSlots; ///< keys of the slots the person will miss
    Roles roles{Role::Participant};
    QString notes;
    ParticipantStatus status = ParticipantStatus::Registered;
    bool erased = false; ///< identity erased on request; only the counted figures remain

    QString displayName() const;
    bool isCounted() const { return status != ParticipantStatus::Cancelled; }
    bool operator==(const Participant &) const = default;
};

} // namespace cordee
