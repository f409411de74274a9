#pragma once

#include "forum.h"

#include <QDialog>
#include <QSet>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace cordee {

/// Adds or edits a room: its name, its seats and its key (made from the name, fixed once created).
class RoomDialog : public QDialog
{
    Q_OBJECT

public:
    /// `takenKeys`: the keys of the other rooms.
    explicit RoomDialog(QSet<QString> takenKeys, QWidget *parent = nullptr);

    void setRoom(const Room &room);
    Room room() const;
    void accept() override;

private:
    QSet<QString> m_taken;
    Room m_original;
    bool m_keyTyped = false;
    QLineEdit *m_name = nullptr;
    QSpinBox *m_capacity = nullptr;
    QLineEdit *m_key = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace cordee
