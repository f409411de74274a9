#pragma once

#include "forum.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

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
    Status saveDeclaration(const DeclarationTexts &texts);

    Result<int> countWorkshops() const;
    Result<int> countProposals() const;

    /// key → id of a table with a `key` column (theme, room, time_slot, workshop).
    Result<QHash<QString, qint64>> keyIds(const QString &table) const;

private:
    Result<qint64> idForKey(const QString &table, const QString &key) const;
    QSqlDatabase m_db;
};

} // namespace cordee
