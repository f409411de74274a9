#pragma once

#include <QString>

namespace cordee {

/// An item of the programme the page can select, show and edit: named by its type and key.
struct ProgrammeRef
{
    enum class Type { None, Theme, Room, TimeSlot, Workshop };

    Type type = Type::None;
    QString key;

    bool isNull() const { return type == Type::None || key.isEmpty(); }
    bool operator==(const ProgrammeRef &) const = default;
};

} // namespace cordee
