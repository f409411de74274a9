#pragma once
// Small helpers shared by the tests of every layer.

#include "participant.h"
#include "result.h"

#include <QString>

namespace cordee::test {

/// The error's full text, or nothing when `status` is ok (for QVERIFY2 messages).
inline QString errorText(const Status &status)
{
    return status.isOk() ? QString() : status.error().fullText();
}

/// A complete, valid participant with accents in every name (themes T1/T2/T4, misses slot D2-W2).
inline Participant sampleParticipant()
{
    Participant p;
    p.firstName = QStringLiteral("Hélène");
    p.lastName = QStringLiteral("Dupont");
    p.email = QStringLiteral("helene.dupont@cooperative-elan.example");
    p.organisation = QStringLiteral("Coopérative Élan");
    p.country = QStringLiteral("FR");
    p.gender = Gender::Female;
    p.ageBand = AgeBand::From50To64;
    p.category = Category::Academic;
    p.languages = {QStringLiteral("fr"), QStringLiteral("en")};
    p.preferences = {QStringLiteral("T2"), QStringLiteral("T4"), QStringLiteral("T1")};
    p.unavailableSlots = {QStringLiteral("D2-W2")};
    p.roles = Roles{Role::Participant, Role::Rapporteur};
    p.notes = QStringLiteral("Arrive le 2");
    p.status = ParticipantStatus::Present;
    return p;
}

} // namespace cordee::test
