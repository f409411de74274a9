#pragma once

#include "forum.h"

#include <QDialog>
#include <QSet>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTimeEdit;

namespace cordee {

/// Adds or edits a time slot: day, start and end, kind, title and room (plenary items only). A new slot's
/// key is made from its day and kind ("D2-W4", "D1-CONF"); it never changes afterwards.
class TimeSlotDialog : public QDialog
{
    Q_OBJECT

public:
    /// `takenKeys`: the keys of the other time slots.
    TimeSlotDialog(const ForumInfo &info, QList<Room> rooms, QSet<QString> takenKeys,
                   QWidget *parent = nullptr);

    void setTimeSlot(const TimeSlot &slot);
    TimeSlot timeSlot() const;
    void accept() override;

private:
    void kindChanged();
    void updateKey();

    ForumInfo m_info;
    QList<Room> m_rooms;
    QSet<QString> m_taken;
    TimeSlot m_original;
    bool m_keyTyped = false;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_start = nullptr;
    QTimeEdit *m_end = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_room = nullptr;
    QLineEdit *m_key = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace cordee
