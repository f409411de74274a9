#include "programmevalidation.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace cordee {

namespace {

// The translation context of this file's messages.
struct ProgrammeValidation
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeValidation)
};

template <typename T>
bool hasKey(const QList<T> &items, const QString &key)
{
    return std::any_of(items.cbegin(), items.cend(), [&](const T &item) { return item.key == key; });
}

} // namespace

QList<FieldProblem> validateTheme(const Theme &theme)
{
    QList<FieldProblem> out;
    if (theme.title.trimmed().isEmpty())
        out << FieldProblem{QStringLiteral("title"), ProgrammeValidation::tr("a theme needs a title")};
    return out;
}

QList<FieldProblem> validateRoom(const Room &room)
{
    QList<FieldProblem> out;
    if (room.name.trimmed().isEmpty())
        out << FieldProblem{QStringLiteral("name"), ProgrammeValidation::tr("a room needs a name")};
    if (room.capacity < 1)
        out << FieldProblem{QStringLiteral("capacity"),
                            ProgrammeValidation::tr("a room seats at least one person")};
    return out;
}

QList<FieldProblem> validateTimeSlot(const TimeSlot &slot, const ForumInfo &info, const QList<Room> &rooms)
{
    QList<FieldProblem> out;
    const QLocale locale;
    if (!slot.date.isValid())
        out << FieldProblem{QStringLiteral("date"), ProgrammeValidation::tr("a day is needed")};
    else if ((info.startDate.isValid() && slot.date < info.startDate) ||
             (info.endDate.isValid() && slot.date > info.endDate))
        out << FieldProblem{QStringLiteral("date"),
                            ProgrammeValidation::tr("the day falls outside the forum's dates (%1 to %2)")
                                .arg(locale.toString(info.startDate, QLocale::ShortFormat),
                                     locale.toString(info.endDate, QLocale::ShortFormat))};
    if (!slot.start.isValid() || !slot.end.isValid())
        out << FieldProblem{QStringLiteral("start"),
                            ProgrammeValidation::tr("start and end times are needed")};
    else if (slot.end <= slot.start)
        out << FieldProblem{QStringLiteral("end"),
                            ProgrammeValidation::tr("the slot must end after it starts")};
    if (slot.kind == SlotKind::Workshops && !slot.room.isEmpty())
        out << FieldProblem{QStringLiteral("room"),
                            ProgrammeValidation::tr("a workshop slot has no room of its own: each of its "
                                                    "workshops has one")};
    else if (!slot.room.isEmpty() && !hasKey(rooms, slot.room))
        out << FieldProblem{QStringLiteral("room"), ProgrammeValidation::tr("no room \"%1\"").arg(slot.room)};
    return out;
}

QList<FieldProblem> validateWorkshop(const Workshop &workshop, const QList<TimeSlot> &timeSlots,
                                     const QList<Theme> &themes, const QList<Room> &rooms)
{
    QList<FieldProblem> out;
    const auto slot = std::find_if(timeSlots.cbegin(), timeSlots.cend(),
                                   [&](const TimeSlot &s) { return s.key == workshop.slot; });
    if (slot == timeSlots.cend())
        out << FieldProblem{QStringLiteral("slot"),
                            ProgrammeValidation::tr("no time slot \"%1\"").arg(workshop.slot)};
    else if (slot->kind != SlotKind::Workshops)
        out << FieldProblem{QStringLiteral("slot"),
                            ProgrammeValidation::tr("workshops take place in workshop slots only")};
    if (!workshop.theme.isEmpty() && !hasKey(themes, workshop.theme))
        out << FieldProblem{QStringLiteral("theme"),
                            ProgrammeValidation::tr("no theme \"%1\"").arg(workshop.theme)};
    if (!workshop.room.isEmpty() && !hasKey(rooms, workshop.room))
        out << FieldProblem{QStringLiteral("room"),
                            ProgrammeValidation::tr("no room \"%1\"").arg(workshop.room)};
    if (!workshop.language.isEmpty() && !isValidLanguageCode(workshop.language))
        out << FieldProblem{
            QStringLiteral("language"),
            ProgrammeValidation::tr("\"%1\" is not an ISO 639-1 language code").arg(workshop.language)};
    if (workshop.facilitatorId != 0 && workshop.facilitatorId == workshop.rapporteurId)
        out << FieldProblem{QStringLiteral("rapporteur"),
                            ProgrammeValidation::tr("the facilitator and the rapporteur are two people")};
    return out;
}

QString problemsText(const QList<FieldProblem> &problems)
{
    QStringList lines;
    for (const FieldProblem &p : problems)
        lines << p.message;
    if (lines.isEmpty())
        return {};
    lines.first()[0] = lines.first().at(0).toUpper();
    return lines.join(QStringLiteral("; ")) + u'.';
}

} // namespace cordee
