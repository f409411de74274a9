#include "participant.h"

namespace cordee {

QString Participant::displayName() const
{
    if (firstName.isEmpty())
        return lastName;
    if (lastName.isEmpty())
        return firstName;
    return firstName + u' ' + lastName;
}

} // namespace cordee
