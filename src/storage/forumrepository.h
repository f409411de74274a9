#pragma once

#include "forum.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QVariantList>

namespace cordee {

/// The forum's settings and programme (themes, rooms, time slots, workshops) and the declaration's free
/// texts. Writes that belong together are made by the caller inside one WriteTransaction.
class ForumRepository
{
public:
    explicit ForumRepository(QSqlDatabase db);

    Result<ForumInfo> loadInfo() const;
    Status saveInfo(const ForumInfo &info);

    Result<QList<Theme>> loadThemes() const;
    Result<QList<Room>> loadRooms() const;
    Result<QList<TimeSlot>> loadTimeSlots() const;
    Result<QList<Workshop>> loadWorkshops() const;
    Result<DeclarationTexts> loadDeclaration() const;

    /// Inserts and fills in the new item's id. Cross-references (slot, theme, room keys) must exist.
    Status insertTheme(Theme &theme, int position);
    Status insertRoom(Room &room);
    Status insertTimeSlot(TimeSlot &slot);
    Status insertWorkshop(Workshop &workshop);
    /// Saves a workshop's settings (found by key; its key never changes).
    Status updateWorkshop(const Workshop &workshop);
    /// Removes a workshop and its placements.
    Status removeWorkshop(const QString &key);
    Status saveDeclaration(const DeclarationTexts &texts);
    /// Saves a theme's title and description (found by key; keys never change) and its place in the
    /// forum's order.
    Status updateTheme(const Theme &theme, int position);
    /// Numbers the themes' positions 0, 1, … in the order of `keys`.
    Status setThemeOrder(const QStringList &keys);
    /// Removes a theme. Workshops, preferences and proposals lose it: the caller checks nothing uses it.
    Status removeTheme(const QString &key);
    /// Saves a room's name and capacity (found by key).
    Status updateRoom(const Room &room);
    /// Removes a room and clears it from the workshops and time slots that used it.
    Status removeRoom(const QString &key);
    /// Saves a time slot's day, times, kind, title and room (found by key).
    Status updateTimeSlot(const TimeSlot &slot);
    /// Removes a time slot. Its workshops, placements and the participants' absences go with it: the
    /// caller checks nothing uses it.
    Status removeTimeSlot(const QString &key);

    Result<int> countWorkshops() const;
    Result<int> countProposals() const;
    /// Proposals that name the theme `key` / that come from the workshop `key`.
    Result<int> countThemeProposals(const QString &key) const;
    Result<int> countWorkshopProposals(const QString &key) const;

    /// key → id of a table with a `key` column (theme, room, time_slot, workshop).
    Result<QHash<QString, qint64>> keyIds(const QString &table) const;

private:
    /// The values of a workshop's row in the order of insertWorkshop's and updateWorkshop's statements.
    Result<QVariantList> workshopValues(const Workshop &workshop) const;
    Result<qint64> idForKey(const QString &table, const QString &key) const;
    /// The id of the room `key`, 0 for an empty key.
    Result<qint64> roomIdOrZero(const QString &key) const;
    /// Checks that an UPDATE or DELETE by key found its row.
    static Status expectOneRow(const QSqlQuery &query, const QString &key, const QString &what);
    QSqlDatabase m_db;
};

} // namespace cordee
