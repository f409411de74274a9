#pragma once

#include "programmeref.h"

#include <QTabWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace cordee {

class ForumDocument;

/// The programme's lists in tabs: time slots, themes (with how many people ranked each first) and rooms
/// (with what uses them). Selecting or activating a row says which item it is.
class ProgrammeLists : public QTabWidget
{
    Q_OBJECT

public:
    explicit ProgrammeLists(QWidget *parent = nullptr);

    /// Fills the lists from `document` (null: empties them), keeping the selection where it can.
    void refresh(const ForumDocument *document);
    /// Selects the row of `ref` (a time slot, theme or room) and shows its tab; other items clear the
    /// selection. Emits nothing.
    void select(const ProgrammeRef &ref);

    QTreeWidget *timeSlotList() const { return m_slots; }
    QTreeWidget *themeList() const { return m_themes; }
    QTreeWidget *roomList() const { return m_rooms; }

Q_SIGNALS:
    void itemSelected(const cordee::ProgrammeRef &ref);
    void itemActivated(const cordee::ProgrammeRef &ref);

private:
    QTreeWidget *makeList(const QString &objectName, const QString &accessibleName,
                          const QStringList &headers, ProgrammeRef::Type type);
    void fillTimeSlots(const ForumDocument &document);
    void fillThemes(const ForumDocument &document);
    void fillRooms(const ForumDocument &document);
    QTreeWidget *listFor(ProgrammeRef::Type type) const;

    QTreeWidget *m_slots = nullptr;
    QTreeWidget *m_themes = nullptr;
    QTreeWidget *m_rooms = nullptr;
    bool m_filling = false;
};

} // namespace cordee
