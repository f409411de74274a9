#pragma once

#include "workshopboard.h"

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace cordee {

class MemberList;

/// One workshop of the board: theme, room, language, facilitator and rapporteur, size against its band,
/// balance badges, the rules it breaks, and its members (a drop target). With an empty card it is the
/// tray of people not placed in the slot.
class WorkshopCard : public QFrame
{
    Q_OBJECT

public:
    /// A workshop's card.
    explicit WorkshopCard(const BoardCard &card, QWidget *parent = nullptr);
    /// The tray of unplaced people.
    WorkshopCard(const QList<BoardMember> &unplaced, int attending, QWidget *parent = nullptr);

    MemberList *members() const { return m_members; }
    QString workshopKey() const;

private:
    QLabel *addLabel(const QString &text, const QString &objectName);
    void addBadges(const BoardCard &card);

    MemberList *m_members = nullptr;
    QVBoxLayout *m_layout = nullptr;
};

/// "français", "English": a working language by its own name.
QString languageDisplayName(const QString &code);

} // namespace cordee
